import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/project-table/project-table.js';
import '../../src/elements/budget-table/budget-table.js';
import { ProjectSelectEvent, type ProjectTable } from '../../src/elements/project-table/project-table.js';
import type { BudgetDisclosure, Row } from '../../src/model/schema.js';
import { catchDownload, DISTRICT_URL, EDGE_URL, load, stallFetch, TONGNAN_URL } from '../fixtures/elements/browser.js';

let tongnan: BudgetDisclosure;
before(async () => {
  tongnan = await load(TONGNAN_URL);
});
afterEach(() => resetMouse());

async function projects(opts: { data?: BudgetDisclosure; width?: number; lang?: string } = {}): Promise<ProjectTable> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${opts.width ?? 1100}px" lang=${opts.lang ?? 'zh'}>
    <project-table .data=${opts.data ?? tongnan}></project-table>
  </div>`);
  const el = wrap.querySelector('project-table')!;
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (n: Element) => n.textContent!.replace(/[▸▲▼↕]/g, '').replace(/\s+/g, ' ').trim();
const bodyRows = (el: Element) => $$<HTMLTableRowElement>(el, 'tbody > tr[data-id]');
const names = (el: Element) => bodyRows(el).map((tr) => text(tr.cells[0]!));
const column = (el: Element, i: number) => bodyRows(el).map((tr) => text(tr.cells[i]!));
const heading = (el: Element, label: string) => $$<HTMLTableCellElement>(el, 'thead th').find((th) => text(th) === label)!;
const sortButton = (el: Element, label: string) => heading(el, label).querySelector('button')!;
// The empty cells under the text columns (td.filler) carry nothing.
const footRows = (el: Element) => $$<HTMLTableRowElement>(el, 'tfoot tr').map((tr) => [...tr.cells].filter((c) => !c.classList.contains('filler')).map(text));
const button = (el: Element, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label)!;
async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}
async function typeFilter(el: ProjectTable, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
  await el.updateComplete;
}

/** Tongnan with `n` generated projects (amounts vary, all exact two-decimal strings) and their exact total. */
function generated(n: number): BudgetDisclosure {
  const table = tongnan.tables['project-expenditure']!;
  let cents = 0;
  const rows: Row[] = Array.from({ length: n }, (_, i) => {
    const c = ((i * 7919) % 100000) + 1;
    cents += c;
    const v = `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, '0')}`;
    return { code: i % 3 ? '2013799' : '2080505', name: `生成项目${String(i + 1).padStart(5, '0')}`, values: { total: v, 'specific.general': v }, text: { seq: String(i + 1), unit: i % 2 ? '甲单位' : '乙单位' } };
  });
  const total = `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  return {
    ...tongnan,
    projects: [],
    tables: { ...tongnan.tables, 'project-expenditure': { ...table, rows: [{ name: '合计', role: 'total', values: { total, 'specific.general': total } }, ...rows] } },
  };
}

describe('<project-table>', () => {
  describe('accessibility', () => {
    it('is axe-clean ready, with a row open, filtered and with no match', async () => {
      const el = await projects();
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, 'tbody button.toggle').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await typeFilter(el, '舆情');
      await expect(el).to.be.accessible();
      await typeFilter(el, '不存在的项目');
      expect(text($(el, 'tbody'))).to.equal('没有符合筛选条件的项目。');
      await expect(el).to.be.accessible();
    });

    it('is axe-clean loading, failed, without the table, at 375 px and paged', async () => {
      const restore = stallFetch();
      try {
        const loading = await fixture<ProjectTable>(html`<project-table src="/slow.json"></project-table>`);
        expect($(loading, '[role="status"]').textContent).to.equal('加载中…');
        await expect(loading).to.be.accessible();
      } finally {
        restore();
      }
      const failed = await fixture<ProjectTable>(html`<project-table src="/missing/file.json"></project-table>`);
      expect(await failed.loadComplete, 'error state').to.equal(false);
      await expect(failed).to.be.accessible();
      const bare = structuredClone(tongnan);
      delete bare.tables['project-expenditure'];
      const empty = await projects({ data: bare });
      expect(text($(empty, '[part="base"]'))).to.equal('本数据中没有项目支出明细表。');
      await expect(empty).to.be.accessible();
      await expect(await projects({ width: 375 })).to.be.accessible();
      await expect(await projects({ data: generated(120) })).to.be.accessible();
    });

    it('names its scroll region apart from <budget-table kind="project-expenditure"> on the same page', async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="width:1000px" lang="zh">
        <project-table .data=${tongnan}></project-table><budget-table kind="project-expenditure" .data=${tongnan}></budget-table>
      </div>`);
      const els = [page.querySelector('project-table')!, page.querySelector('budget-table')!];
      for (const el of els) await el.updateComplete;
      expect(els.map((el) => el.shadowRoot!.querySelector('[role="region"]')!.getAttribute('aria-label'))).to.deep.equal([
        '附件10 项目支出明细表（可排序、筛选，可横向滚动）',
        '附件10 项目支出明细表（可横向滚动）',
      ]);
      await expect(page).to.be.accessible();
    });
  });

  describe('Tongnan 附件10 figures', () => {
    it('lists the four projects with the published amounts and their shares', async () => {
      const el = await projects();
      expect($$(el, 'thead th').map(text)).to.deep.equal(['项目名称', '功能分类科目', '预算单位', '合计', '年初特定目标 小计', '年初特定目标 一般性项目', '占合计比例']);
      expect(names(el)).to.deep.equal(['2023 网络宣传专项', '2023 网络舆情监测专项', '2023 网络安全维护专项', '2023 网络信息化建设专项']);
      expect(column(el, 1)).to.deep.equal(Array(4).fill('2013799 其他网信事务支出'));
      expect(column(el, 3)).to.deep.equal(['18.00', '44.00', '30.00', '10.00']);
      expect(column(el, 5)).to.deep.equal(['18.00', '44.00', '30.00', '10.00']);
      expect(column(el, 6)).to.deep.equal(['17.65%', '43.14%', '29.41%', '9.80%']);
      expect(footRows(el)).to.deep.equal([['合计', '102.00', '102.00', '102.00', '100.00%']]);
      expect($(el, '[part="footer"]')).to.not.exist; // the projects add up: no note
      expect(text($(el, '[role="status"]'))).to.equal('共 4 个项目');
      const bar = bodyRows(el)[1]!.querySelector<HTMLElement>('.bar')!;
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      expect((bar.firstElementChild as HTMLElement).style.inlineSize).to.match(/^43\.13\d*%$/);
    });

    it('flags a published total the projects do not add up to, and keeps only funding columns with figures', async () => {
      const el = await projects({ data: await load(EDGE_URL) });
      expect($$(el, 'thead th').map(text)).to.deep.equal(['项目名称', '功能分类科目', '合计', '上级专项 市级专项', '占合计比例']);
      expect(footRows(el)).to.deep.equal([['合计', '10.01', '10.00', '100.00%']]);
      expect(text($(el, '[part="footer"] .warn'))).to.equal('注意：各项目“合计”之和为 10.00 万元，与公布的合计 10.01 万元 不一致（相差 -0.01）。');
      expect($$(el, '[part="footer"] .warn')).to.have.length(1);
    });

    it('renders the second data set (元, 14 projects, more funding columns)', async () => {
      const el = await projects({ data: await load(DISTRICT_URL) });
      expect(bodyRows(el)).to.have.length(14);
      expect(footRows(el)[0]!.slice(0, 2)).to.deep.equal(['合计', '11,552,400.00']);
      expect(text($(el, 'caption .meta'))).to.contain('单位：元');
    });
  });

  describe('narrow layout', () => {
    it('at 375 px keeps the name column sticky and lets the region scroll 合计 and the share into view', async () => {
      const el = await projects({ width: 375 });
      const region = $(el, '.scroll');
      const nameHead = heading(el, '项目名称');
      for (const cell of [nameHead, bodyRows(el)[0]!.cells[0]!, $(el, 'tfoot th')]) expect(getComputedStyle(cell).position).to.equal('sticky');
      expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
      // Visible = inside the region and not under the sticky name column (the topmost element at its centre is it).
      const visible = (cell: HTMLElement) => {
        const r = region.getBoundingClientRect();
        const c = cell.getBoundingClientRect();
        const top = el.shadowRoot!.elementFromPoint(c.left + c.width / 2, c.top + c.height / 2);
        return c.left >= r.left && c.right <= r.right && c.left >= nameHead.getBoundingClientRect().right - 1 && !!top && cell.contains(top);
      };
      const total = heading(el, '合计');
      const share = heading(el, '占合计比例');
      total.scrollIntoView({ block: 'center', inline: 'nearest' });
      region.scrollLeft = 0;
      expect(visible(total)).to.equal(false);
      expect(visible(share)).to.equal(false);
      region.scrollLeft = region.scrollWidth - region.clientWidth;
      expect(visible(share)).to.equal(true);
      expect(Math.round(nameHead.getBoundingClientRect().left)).to.equal(Math.round(region.getBoundingClientRect().left));
      // 合计 scrolled to just past the sticky names.
      region.scrollLeft = total.offsetLeft - nameHead.offsetWidth;
      expect(visible(total)).to.equal(true);
    });
  });

  describe('sorting', () => {
    it('sorts by click with aria-sort on the heading', async () => {
      const el = await projects();
      expect(heading(el, '合计').hasAttribute('aria-sort')).to.be.false;
      await click(sortButton(el, '合计'));
      await el.updateComplete;
      expect(heading(el, '合计').getAttribute('aria-sort')).to.equal('ascending');
      expect(column(el, 3)).to.deep.equal(['10.00', '18.00', '30.00', '44.00']);
      await click(sortButton(el, '合计'));
      await el.updateComplete;
      expect(heading(el, '合计').getAttribute('aria-sort')).to.equal('descending');
      expect(column(el, 3)).to.deep.equal(['44.00', '30.00', '18.00', '10.00']);
      expect($$(el, 'thead th[aria-sort]')).to.have.length(1);
      expect(footRows(el)[0]![1]).to.equal('102.00');
    });

    it('sorts by keyboard (Enter and Space on the heading button)', async () => {
      const el = await projects();
      sortButton(el, '项目名称').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(heading(el, '项目名称').getAttribute('aria-sort')).to.equal('ascending');
      // zh-CN collation: 安(an) < 信(xin) < 宣(xuan) < 舆(yu).
      expect(names(el)).to.deep.equal(['2023 网络安全维护专项', '2023 网络信息化建设专项', '2023 网络宣传专项', '2023 网络舆情监测专项']);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(heading(el, '项目名称').getAttribute('aria-sort')).to.equal('descending');
      expect(names(el)[0]).to.equal('2023 网络舆情监测专项');
      expect(el.shadowRoot!.activeElement).to.equal(sortButton(el, '项目名称'));
    });
  });

  describe('filter', () => {
    it('filters as the user types, announces the count and adds an exact 筛选后合计', async () => {
      const el = await projects();
      await typeFilter(el, '舆情');
      expect(names(el)).to.deep.equal(['2023 网络舆情监测专项']);
      expect(text($(el, '[role="status"]'))).to.equal('筛选出 1 个项目（共 4 个）');
      expect(footRows(el)).to.deep.equal([
        ['合计', '102.00', '102.00', '102.00', '100.00%'],
        ['筛选后合计（1 个项目）', '44.00', '44.00', '44.00', '43.14%'],
      ]);
      expect(text($(el, '[part="footer"]'))).to.equal('已筛选：“筛选后合计”为所显示项目之和 44.00 万元，公布的合计为 102.00 万元。');
      await typeFilter(el, '2023网络 专项');
      expect(bodyRows(el)).to.have.length(4);
      await typeFilter(el, '50015223T000003492550');
      expect(names(el)).to.deep.equal(['2023 网络信息化建设专项']);
      await typeFilter(el, '');
      expect(text($(el, '[role="status"]'))).to.equal('共 4 个项目');
      expect(footRows(el)).to.have.length(1);
    });

    it('sums the filtered rows in cents: 18.00 + 30.00 + 10.00 = 58.00', async () => {
      const el = await projects();
      await typeFilter(el, '网络');
      await click(sortButton(el, '合计'));
      await typeFilter(el, '宣传');
      expect(footRows(el)[1]).to.deep.equal(['筛选后合计（1 个项目）', '18.00', '18.00', '18.00', '17.65%']);
      const data = await load(EDGE_URL);
      const edge = await projects({ data });
      await typeFilter(edge, '项目');
      expect(footRows(edge)[1]).to.deep.equal(['筛选后合计（2 个项目）', '10.00', '10.00', '99.90%']);
    });
  });

  describe('project details and budget-project-select', () => {
    it('opens a row by click: goal and indicators; fires budget-project-select with code and name, then the deprecated project-select', async () => {
      const el = await projects();
      const toggle = bodyRows(el)[0]!.querySelector('button')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const legacy = oneEvent(el, 'project-select');
      setTimeout(() => click(toggle));
      const event = await oneEvent(el, 'budget-project-select');
      expect((await legacy).detail).to.deep.equal(event.detail);
      expect(event).to.be.instanceOf(ProjectSelectEvent);
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail).to.deep.equal({ code: '50015223T000003492534', name: '2023 网络宣传专项', index: 0 });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const detail = $(el, `#${toggle.getAttribute('aria-controls')}`);
      expect(text(detail)).to.contain('项目当年绩效目标');
      expect(text(detail)).to.contain('建强网信“铁军”');
      const indicators = [...detail.querySelectorAll<HTMLTableRowElement>('.indicators tbody tr')];
      expect(indicators).to.have.length(14);
      const first = tongnan.projects![0]!.indicators[0]!;
      expect([...indicators[0]!.cells].map(text)).to.deep.equal([first.level1, first.level2, first.name, first.operator, first.value, first.unit || '—', String(first.weight)]);
    });

    it('opens by keyboard, closes without firing, and never fires on its own', async () => {
      const fired: ProjectSelectEvent[] = [];
      const el = await projects();
      el.addEventListener('budget-project-select', (e) => fired.push(e));
      el.data = structuredClone(tongnan);
      await el.updateComplete;
      await typeFilter(el, '安全');
      await click(sortButton(el, '合计'));
      expect(fired).to.have.length(0);
      const toggle = bodyRows(el)[0]!.querySelector('button')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(fired.map((e) => e.detail.name)).to.deep.equal(['2023 网络信息化建设专项']);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($$(el, 'tr.detail')).to.have.length(0);
      expect(fired).to.have.length(1);
    });

    it('says so when a project has no published targets', async () => {
      const el = await projects({ data: await load(EDGE_URL) });
      const rows = bodyRows(el);
      rows[1]!.querySelector('button')!.click();
      await el.updateComplete;
      expect(text($(el, 'tr.detail'))).to.equal('数据中没有该项目的绩效目标。');
    });
  });

  describe('CSV', () => {
    it('downloads the rows shown with the published 合计', async () => {
      const el = await projects();
      const file = await catchDownload(() => click(button(el, '下载 CSV')));
      expect(file.filename).to.equal('区委网信办-2023-项目支出明细表.csv');
      expect([...file.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = file.text.slice(1).split('\r\n');
      expect(lines[0]).to.equal('序号,项目名称,项目编码,科目编码,科目名称,预算单位,合计（万元）,年初特定目标 小计（万元）,年初特定目标 一般性项目（万元）');
      expect(lines[1]).to.equal('1,2023 网络宣传专项,50015223T000003492534,2013799,其他网信事务支出,中共重庆市潼南区委网络安全和信息化委员会办公室,18.00,18.00,18.00');
      expect(lines[5]).to.equal(',合计,,,,,102.00,102.00,102.00');
      expect(lines).to.have.length(7);
    });

    it('downloads the filtered rows in the order shown with the 筛选后合计', async () => {
      const el = await projects();
      await click(sortButton(el, '合计'));
      await click(sortButton(el, '合计'));
      await typeFilter(el, '2023');
      // Every row matches 2023 yet the list is filtered: the closing line is the exact sum.
      const file = await catchDownload(() => button(el, '下载 CSV').click());
      expect(file.filename).to.equal('区委网信办-2023-项目支出明细表-筛选结果.csv');
      const lines = file.text.slice(1).split('\r\n');
      expect(lines.slice(1, 5).map((l) => l.split(',')[6])).to.deep.equal(['44.00', '30.00', '18.00', '10.00']);
      expect(lines[5]).to.equal(',筛选后合计,,,,,102.00,102.00,102.00');
      await typeFilter(el, '宣传');
      const one = (await catchDownload(() => button(el, '下载 CSV').click())).text.split('\r\n');
      expect(one.length).to.equal(4);
      expect(one[2]).to.equal(',筛选后合计,,,,,18.00,18.00,18.00');
    });
  });

  describe('10,000 rows', () => {
    it('pages 50 at a time with buttons, keyboard and a page-size select', async () => {
      const data = generated(10_000);
      const el = await projects({ data });
      expect(bodyRows(el)).to.have.length(50);
      expect(text($(el, '.page-status'))).to.equal('第 1 / 200 页（第 1–50 项）');
      expect(names(el)[0]).to.equal('生成项目00001');
      await click(button(el, '下一页'));
      await el.updateComplete;
      expect(text($(el, '.page-status'))).to.equal('第 2 / 200 页（第 51–100 项）');
      expect(names(el)[0]).to.equal('生成项目00051');
      button(el, '末页').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text($(el, '.page-status'))).to.equal('第 200 / 200 页（第 9951–10000 项）');
      expect(button(el, '下一页').getAttribute('aria-disabled')).to.equal('true');
      await click(button(el, '下一页'));
      await el.updateComplete;
      expect(text($(el, '.page-status'))).to.contain('第 200 / 200 页');
      const select = $<HTMLSelectElement>(el, '.pager select');
      select.value = '100';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(100);
      expect(text($(el, '.page-status'))).to.equal('第 1 / 100 页（第 1–100 项）');
      // The published total of the generated list is its exact sum: no mismatch note.
      expect(footRows(el)[0]![1]).to.equal(data.tables['project-expenditure']!.rows[0]!.values.total!.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
      expect($(el, '[part="footer"]')).to.not.exist;
    });

    it('sorts and filters the whole list, not only the page', async () => {
      const el = await projects({ data: generated(10_000) });
      await click(sortButton(el, '合计'));
      await el.updateComplete;
      await click(sortButton(el, '合计'));
      await el.updateComplete;
      expect(column(el, 3)[0]).to.equal('999.90');
      await typeFilter(el, '2080505 乙单位');
      expect(text($(el, '[role="status"]'))).to.equal('筛选出 1667 个项目（共 10000 个）');
      expect(text($(el, '.page-status'))).to.equal('第 1 / 34 页（第 1–50 项）');
      expect(column(el, 1).every((c) => c.startsWith('2080505'))).to.be.true;
    });
  });

  describe('language and parts', () => {
    it('speaks English with lang="en", data text as published', async () => {
      const el = await projects({ lang: 'en' });
      expect($$(el, 'thead th').map(text)).to.deep.equal(['Project', 'Function', 'Budget unit', '合计', '年初特定目标 小计', '年初特定目标 一般性项目', 'Share of total']);
      expect(text($(el, '[role="status"]'))).to.equal('4 projects');
      expect(text($(el, 'caption .meta'))).to.equal('中共重庆市潼南区委网络安全和信息化委员会办公室 · 2023 · Unit: 10k yuan');
      expect(footRows(el)[0]![0]).to.equal('Total');
      expect(button(el, 'Download CSV')).to.exist;
    });

    it('exposes the documented parts', async () => {
      const el = await projects({ data: await load(EDGE_URL) });
      for (const part of ['base', 'caption', 'table', 'header', 'row', 'button', 'footer']) expect($(el, `[part~="${part}"]`), part).to.exist;
    });
  });
});
