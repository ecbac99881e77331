import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/kpi-card/kpi-card.js';
import '../../src/elements/project-table/project-table.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';

const CODE1 = '50015223T000003492534';
const NAME1 = '2023 网络宣传专项';

let data: BudgetDisclosure;
let edge: BudgetDisclosure;
before(async () => {
  // The real bundled file once it exists, else the fixture holding the same 附件11 and 12-1.
  const real = await fetch('/data/tongnan-cac-2023.json');
  data = (await (real.ok ? real : await fetch('/test/fixtures/kpi/tongnan-kpi.json')).json()) as BudgetDisclosure;
  edge = (await (await fetch('/test/fixtures/kpi/edge-cases.json')).json()) as BudgetDisclosure;
});

interface Options {
  project?: string;
  indicator?: string;
  mode?: 'full' | 'single';
  for?: string;
  lang?: string;
  width?: number;
  d?: BudgetDisclosure;
}
async function card(o: Options = {}): Promise<KpiCard> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${o.width ?? 900}px" lang=${o.lang ?? 'zh'}>
    <kpi-card .data=${o.d ?? data} project=${o.project ?? ''} indicator=${o.indicator ?? ''} mode=${o.mode ?? 'full'} for=${o.for ?? ''}></kpi-card>
  </div>`);
  const el = wrap.querySelector('kpi-card')!;
  // empty attributes mean "unset" for the card
  for (const a of ['project', 'indicator', 'for'] as const) if (!o[a]) el.removeAttribute(a);
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: KpiCard, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: KpiCard, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
/** The header's facts as "label value" pairs. */
const meta = (el: KpiCard) => $$(el, '.meta > div').map((d) => `${text(d.querySelector('dt'))} ${text(d.querySelector('dd'))}`);
const text = (n: Element | null) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** Each indicator row as [name, target, weight]. */
const rows = (el: KpiCard) => $$(el, 'tr[data-index]').map((r) => [...r.children].map(text));
/** Each 一级/二级 heading row as "level:weight". */
const headings = (el: KpiCard) => $$(el, 'tr.l1, tr.l2').map((r) => `${r.classList.contains('l1') ? 'L1' : 'L2'} ${text(r.children[0]!)} ${text(r.children[1]!)}`);

const OVERALL_ROWS = [
  ['区委网信专网、中央网信专网、视频会议专网正常运行天数', '≥ 350 天', '10%'],
  ['监测方案数', '= 5 个', '5%'],
  ['监测关键词字', '≤ 500 字数', '5%'],
  ['系统账户管理', '= 200 个', '15%'],
  ['网络安全应急演练', '≥ 1 次', '15%'],
  ['关键信息基础设施检查', '≥ 1 次', '10%'],
  ['网络安全宣传天数', '= 7 天', '10%'],
  ['跟帖转发点赞任务', '≥ 50000 条', '10%'],
  ['培训场次', '≥ 2 次', '10%'],
  ['参加培训人数', '≥ 300 人', '10%'],
];

const PROJECT1_ROWS = [
  ['承办网络宣传活动场次', '≥ 2 场次', '5 分'],
  ['跟帖转发点赞任务', '≥ 50000 条', '5 分'],
  ['培训场次', '≥ 2 场次', '10 分'],
  ['培训人次', '≥ 300 人次', '5 分'],
  ['宣传效果', '定性：好', '5 分'],
  ['完成时限', '≤ 1 年', '5 分'],
  ['承办网络宣传活动', '= 13 万元', '5 分'],
  ['网宣培训', '= 3 万元', '5 分'],
  ['舆论引导', '= 2 万元', '5 分'],
  ['项目对自然环境影响', '定性：好', '5 分'],
  ['网络宣传可持续性', '定性：好', '15 分'],
  ['增强全区网信战线干部思想意识、提高业务水平', '定性：好', '10 分'],
  ['吸引客商来潼南投资、旅游、消费', '定性：好', '5 分'],
  ['服务对象满意度', '≥ 5%', '5 分'],
];

const PROJECT1_HEADINGS = [
  'L1 产出指标 50 分',
  'L2 数量指标 25 分',
  'L2 质量指标 5 分',
  'L2 时效指标 5 分',
  'L2 成本指标 15 分',
  'L1 效益指标 35 分',
  'L2 经济效益指标 5 分',
  'L2 社会效益指标 15 分',
  'L2 可持续影响指标 15 分',
  'L1 满意度指标 5 分',
  'L2 服务对象满意度指标 5 分',
];

describe('<kpi-card>', () => {
  describe('accessibility', () => {
    it('is axe-clean ready: overall, project 1, big-number, and at 320 px', async () => {
      await expect(await card()).to.be.accessible();
      await expect(await card({ project: CODE1 })).to.be.accessible();
      await expect(await card({ indicator: '1' })).to.be.accessible();
      await expect(await card({ project: CODE1, indicator: '宣传效果' })).to.be.accessible();
      await expect(await card({ project: CODE1, width: 320 })).to.be.accessible();
    });

    it('is axe-clean loading, in error and empty', async () => {
      const realFetch = window.fetch;
      window.fetch = () => new Promise<Response>(() => {}); // never settles: the card stays loading
      try {
        const loading = await fixture<KpiCard>(html`<kpi-card src="/kpi-pending.json"></kpi-card>`);
        expect($(loading, '[role="status"]').textContent).to.equal('加载中…');
        expect($(loading, '.skeleton')).to.exist;
        await expect(loading).to.be.accessible();
      } finally {
        window.fetch = realFetch;
      }
      const failed = await fixture<KpiCard>(html`<kpi-card src="/missing/kpi.json"></kpi-card>`);
      expect(await failed.loadComplete, 'the error state is shown').to.equal(false);
      await expect(failed).to.be.accessible();
      await expect(await card({ project: '不存在的项目' })).to.be.accessible();
      await expect(await card({ d: edge })).to.be.accessible();
    });

    it('labels the card by its title and keeps the big number readable as one phrase', async () => {
      const el = await card();
      expect($(el, 'section').getAttribute('aria-labelledby')).to.equal('title');
      expect(text($(el, '#title'))).to.equal('部门整体绩效目标');
      const big = await card({ indicator: '1' });
      expect(text($(big, '.big-value .visually-hidden'))).to.equal('≥ 350 天');
      expect($$(big, '.big-value > [aria-hidden="true"]').map(text)).to.deep.equal(['≥', '350', '天']);
    });
  });

  describe('overall targets (附件11)', () => {
    it('shows the ten indicators flat, exactly as published', async () => {
      const el = await card();
      expect(rows(el)).to.deep.equal(OVERALL_ROWS);
      expect(headings(el)).to.deep.equal([]);
    });

    it('shows the title, the department, the amount and the goal', async () => {
      const el = await card();
      expect(text($(el, 'h2'))).to.equal('部门整体绩效目标');
      expect(text($(el, '.eyebrow'))).to.equal('中共重庆市潼南区委网络安全和信息化委员会办公室');
      expect(meta(el)).to.deep.equal(['部门支出预算数 291.00 万元']);
      expect(text($(el, '.goal p'))).to.match(/^区委网信办根据上级文件要求，优化办公网络环境实现业务专网接入/);
    });

    it('totals 100% with no note', async () => {
      const el = await card();
      expect(text($(el, '[part="footer"] .total'))).to.equal('权重合计：100%');
      expect($(el, '[part="footer"] .note')).to.equal(null);
    });

    it('spreads the weight by indicator, with text labels and percentages', async () => {
      const el = await card();
      const legend = $$(el, '[part="chart"] li').map(text);
      expect(legend).to.have.length(10);
      expect(legend[0]).to.equal('1 区委网信专网、中央网信专网、视频会议专网正常运行天数 10%');
      expect(legend[3]).to.equal('4 系统账户管理 15%');
      const segs = $$(el, '.seg');
      expect(segs.map((s) => s.style.flexGrow)).to.deep.equal(['0.1', '0.05', '0.05', '0.15', '0.15', '0.1', '0.1', '0.1', '0.1', '0.1']);
    });
  });

  describe('project 1 (附件12-1)', () => {
    for (const [how, project] of [['code', CODE1], ['name', NAME1]] as const) {
      it(`by ${how}: the 14 indicators grouped 一级 → 二级, exactly as published`, async () => {
        const el = await card({ project });
        expect(rows(el)).to.deep.equal(PROJECT1_ROWS);
        expect(headings(el)).to.deep.equal(PROJECT1_HEADINGS);
        expect(text($(el, 'h2'))).to.equal(NAME1);
        expect(text($(el, '.eyebrow'))).to.equal('项目绩效目标');
        expect(meta(el)).to.deep.equal(['资金总额 18.00 万元', `项目编码 ${CODE1}`]);
      });
    }

    it('totals 90 分 and says the other 10 are 预算执行率', async () => {
      const el = await card({ project: CODE1 });
      expect(text($(el, '.total'))).to.equal('权重合计：90 分');
      expect(text($(el, '.note'))).to.equal('另 10 分为预算执行率，在绩效评价时计分。');
    });

    it('spreads the weight by 一级 plus a hatched 预算执行率 segment', async () => {
      const el = await card({ project: CODE1 });
      expect($$(el, '[part="chart"] li').map(text)).to.deep.equal([
        '1 产出指标 50 分（50%）',
        '2 效益指标 35 分（35%）',
        '3 满意度指标 5 分（5%）',
        '4 预算执行率 10 分（10%）',
      ]);
      const segs = $$(el, '.seg');
      expect(segs.map((s) => s.style.flexGrow)).to.deep.equal(['0.5', '0.35', '0.05', '0.1']);
      expect(segs[3]!.classList.contains('execution')).to.equal(true);
      // Its number sits on an opaque chip, not on the hatching, and the chip stays inside the segment.
      const chip = segs[3]!.querySelector('span')!;
      expect(text(chip)).to.equal('4');
      const style = getComputedStyle(chip);
      expect(style.backgroundImage).to.equal('none');
      expect(style.backgroundColor).to.match(/^rgb\(/);
      expect(style.borderTopWidth).to.equal('1px');
      const [inner, outer] = [chip.getBoundingClientRect(), segs[3]!.getBoundingClientRect()];
      expect(inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom).to.equal(true);
    });

    it('ties each indicator cell to its 一级, 二级 and name headers', async () => {
      const el = await card({ project: CODE1 });
      const cell = $(el, 'tr[data-index="4"] td.target');
      const ids = cell.getAttribute('headers')!.split(/\s+/).filter(Boolean);
      expect(ids.map((id) => text(el.shadowRoot!.getElementById(id)))).to.deep.equal(['产出指标', '质量指标', '宣传效果', '指标值']);
    });
  });

  describe('weight totals of other tables', () => {
    it('says nothing more for 100 points and warns for 85', async () => {
      const hundred = await card({ d: edge, project: 'P-100' });
      expect(text($(hundred, '.total'))).to.equal('权重合计：100 分');
      expect($(hundred, '.note')).to.equal(null);
      expect($$(hundred, '[part="chart"] li').map(text)).to.deep.equal(['1 产出指标 60 分（60%）', '2 满意度指标 40 分（40%）']);
      const odd = await card({ d: edge, project: '权重异常项目' });
      expect(text($(odd, '.total'))).to.equal('权重合计：85 分');
      expect(text($(odd, '.note'))).to.match(/^权重合计为 85 分，项目通常为 90 分/);
      expect(rows(odd)[1]).to.deep.equal(['群众知晓度', '定性：明显提高', '40 分']);
    });

    it('says so when a project publishes no indicators', async () => {
      const el = await card({ d: edge, project: '无指标项目' });
      expect(text($(el, '.notice'))).to.equal('未公布绩效指标。');
      expect($(el, 'table')).to.equal(null);
    });
  });

  describe('big-number mode', () => {
    it('shows the first overall indicator large with operator, value and unit', async () => {
      for (const o of [{ indicator: '1' }, { mode: 'single' as const }, { indicator: '区委网信专网、中央网信专网、视频会议专网正常运行天数' }]) {
        const el = await card(o);
        expect(text($(el, '.big-value .op'))).to.equal('≥');
        expect(text($(el, '.big-value .num'))).to.equal('350');
        expect(text($(el, '.big-value .unit'))).to.equal('天');
        expect(text($(el, '.big-label'))).to.equal('区委网信专网、中央网信专网、视频会议专网正常运行天数');
        expect(text($(el, '.levels'))).to.equal('权重 10%');
        expect($(el, 'table')).to.equal(null);
      }
    });

    it('shows a qualitative project indicator as text, with its levels and weight', async () => {
      const el = await card({ project: NAME1, indicator: '宣传效果' });
      expect($$(el, '.big-value > span').map(text)).to.deep.equal(['定性', '好']);
      expect(text($(el, '.eyebrow'))).to.equal(NAME1);
      expect(text($(el, '.levels'))).to.equal('产出指标 · 质量指标 · 权重 5 分');
      const last = await card({ project: CODE1, indicator: '14' });
      expect($$(last, '.big-value > span').map(text)).to.deep.equal(['≥ 5%', '≥', '5', '%']);
    });

    it('names an unknown indicator and lists the ones there are', async () => {
      const el = await card({ project: CODE1, indicator: '不存在' });
      expect(text($(el, '.notice'))).to.equal('未找到指标“不存在”。可用的指标：');
      const options = $$(el, '.options li').map(text);
      expect(options).to.have.length(14);
      expect(options[4]).to.equal('宣传效果');
    });
  });

  describe('unknown project', () => {
    it('names what was asked and lists the available projects', async () => {
      const el = await card({ project: '2023 网络宣传' });
      expect(text($(el, 'h2'))).to.equal('项目绩效目标');
      expect($$(el, '.notice').map(text)).to.deep.equal(['未找到项目“2023 网络宣传”。', '本数据中的项目：']);
      expect($$(el, '.options li').map(text)).to.deep.equal([
        '2023 网络宣传专项（50015223T000003492534）',
        '2023 网络舆情监测专项（50015223T000003492540）',
        '2023 网络安全维护专项（50015223T000003492544）',
        '2023 网络信息化建设专项（50015223T000003492550）',
      ]);
    });

    it('says when the data has no overall targets', async () => {
      const el = await card({ d: edge });
      expect(text($(el, '.notice'))).to.equal('本数据未包含部门整体绩效目标。');
    });

    it('following a table, a file without overall targets first invites a choice, not an error', async () => {
      const el = await card({ d: edge, for: 'projects' });
      expect(text($(el, 'h2'))).to.equal('项目绩效目标');
      expect(text($(el, '.hint'))).to.equal('在项目表中选择项目，此处显示其绩效目标。');
      expect($$(el, '.notice')).to.deep.equal([]);
      expect(el.shadowRoot!.textContent).not.to.contain('未包含');
    });
  });

  describe('linking with for="ID"', () => {
    async function linked(): Promise<{ el: KpiCard; stub: HTMLElement; other: HTMLElement }> {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <div id="projects"></div><div id="elsewhere"></div>
        <kpi-card .data=${data} for="projects"></kpi-card>
      </div>`);
      const stub = wrap.querySelector<HTMLElement>('#projects')!;
      // a stand-in for <project-table>: the event starts inside its shadow root, as a real one does
      stub.attachShadow({ mode: 'open' }).innerHTML = '<button>row</button>';
      const el = wrap.querySelector('kpi-card')!;
      await el.updateComplete;
      return { el, stub, other: wrap.querySelector<HTMLElement>('#elsewhere')! };
    }
    const select = (from: Element, detail: { code?: string; name: string }) =>
      from.dispatchEvent(new CustomEvent('budget-project-select', { bubbles: true, composed: true, detail }));

    it('shows the overall targets and a hint until a project is selected', async () => {
      const { el } = await linked();
      expect(text($(el, 'h2'))).to.equal('部门整体绩效目标');
      expect(text($(el, '.hint'))).to.equal('在项目表中选择项目，此处显示其绩效目标。');
    });

    it('follows budget-project-select from the element with that id and announces it', async () => {
      const { el, stub } = await linked();
      select(stub.shadowRoot!.querySelector('button')!, { code: CODE1, name: NAME1 });
      await el.updateComplete;
      expect(el.project).to.equal(CODE1);
      expect(text($(el, 'h2'))).to.equal(NAME1);
      expect(rows(el)).to.deep.equal(PROJECT1_ROWS);
      expect(text($(el, '[role="status"]'))).to.equal(`已显示“${NAME1}”的绩效目标`);
      expect($(el, '.hint')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('ignores budget-project-select from any other element', async () => {
      const { el, other } = await linked();
      select(other, { code: CODE1, name: NAME1 });
      await el.updateComplete;
      expect(el.project).to.equal(undefined);
      expect(text($(el, 'h2'))).to.equal('部门整体绩效目标');
    });

    it('follows by name when the event has no code, and stops after for is removed', async () => {
      const { el, stub } = await linked();
      select(stub, { name: '2023 网络安全维护专项' });
      await el.updateComplete;
      expect(text($(el, 'h2'))).to.equal('2023 网络安全维护专项');
      el.removeAttribute('for');
      select(stub, { code: CODE1, name: NAME1 });
      await el.updateComplete;
      expect(text($(el, 'h2'))).to.equal('2023 网络安全维护专项');
    });

    it('stops listening once disconnected', async () => {
      const { el, stub } = await linked();
      const parent = el.parentElement!;
      el.remove();
      select(stub, { code: CODE1, name: NAME1 });
      parent.append(el);
      await el.updateComplete;
      expect(text($(el, 'h2'))).to.equal('部门整体绩效目标');
    });
  });

  describe('linking with the real <project-table>', () => {
    async function page() {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:1100px">
        <project-table id="pt" .data=${data}></project-table>
        <kpi-card .data=${data} for="pt"></kpi-card>
      </div>`);
      const table = wrap.querySelector('project-table')!;
      const el = wrap.querySelector('kpi-card')!;
      await table.updateComplete;
      await el.updateComplete;
      const toggle = (name: string) =>
        [...table.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody > tr[data-id]')]
          .find((tr) => text(tr.cells[0]!).includes(name))!
          .querySelector('button')!;
      return { table, el, toggle };
    }

    it('shows the project whose row is opened by click', async () => {
      const { el, toggle } = await page();
      toggle(NAME1).click();
      await el.updateComplete;
      expect(text($(el, 'h2'))).to.equal(NAME1);
      expect(rows(el)).to.deep.equal(PROJECT1_ROWS);
    });

    it('shows the project whose row is opened by keyboard', async () => {
      const { el, toggle } = await page();
      toggle('2023 网络信息化建设专项').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text($(el, 'h2'))).to.equal('2023 网络信息化建设专项');
      expect(el.project).to.equal('50015223T000003492550');
      expect(text($(el, '.total'))).to.equal('权重合计：90 分');
    });
  });

  describe('language', () => {
    it('uses English labels with lang="en", data text as published', async () => {
      const el = await card({ project: CODE1, lang: 'en' });
      expect(text($(el, '.eyebrow'))).to.equal('Project performance targets');
      expect(text($(el, 'h2'))).to.equal(NAME1);
      expect(meta(el)).to.deep.equal(['Total funding 18.00 10k yuan', `Project code ${CODE1}`]);
      expect($$(el, 'thead th').map(text)).to.deep.equal(['Indicator', 'Target', 'Weight']);
      expect(rows(el)[4]).to.deep.equal(['宣传效果', 'Qualitative: 好', '5 pts']);
      expect(text($(el, '.total'))).to.equal('Total weight: 90 pts');
      expect(text($(el, '.note'))).to.equal('The other 10 points are for the budget execution rate, scored at evaluation.');
      expect($$(el, '[part="chart"] li').map(text)).to.deep.equal([
        '1 产出指标 50 pts (50%)',
        '2 效益指标 35 pts (35%)',
        '3 满意度指标 5 pts (5%)',
        '4 Budget execution rate 10 pts (10%)',
      ]);
      const overall = await card({ lang: 'en' });
      expect(text($(overall, 'h2'))).to.equal('Department performance targets');
      const missing = await card({ project: 'nope', lang: 'en' });
      expect(text($(missing, '.notice'))).to.equal('No project “nope” was found.');
    });
  });

  describe('parts and layout', () => {
    it('exposes base, header, chart, table and footer', async () => {
      const el = await card({ project: CODE1 });
      for (const p of ['base', 'header', 'chart', 'table', 'footer']) expect($(el, `[part="${p}"]`), p).to.exist;
    });

    it('fits 320 px and 1400 px without horizontal overflow', async () => {
      for (const width of [320, 1400]) {
        const el = await card({ project: CODE1, width });
        const base = $(el, '[part="base"]');
        expect(base.scrollWidth, `${width}`).to.be.at.most(base.clientWidth);
        expect(el.getBoundingClientRect().width).to.equal(width);
      }
    });

    it('puts the goal and the weight spread side by side only on wide containers', async () => {
      const wide = await card({ project: CODE1, width: 1280 });
      expect(getComputedStyle($(wide, '.overview')).gridTemplateColumns.split(' ')).to.have.length(2);
      const narrow = await card({ project: CODE1, width: 375 });
      expect(getComputedStyle($(narrow, '.overview')).gridTemplateColumns.split(' ')).to.have.length(1);
    });
  });
});

