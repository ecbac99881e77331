/**
 * <budget-execution>: the fictional 决算 (data/example-district-2024-final.json) joined with its
 * budget (data/example-district-2024.json). Expected figures are worked out by hand from the two
 * JSON files, not with the element's model: e.g. 2050101 行政运行 年初预算 6234518.36 (budget file,
 * 总计), 决算 6412905.18 (决算 table 5, 合计): difference 178386.82, 6412905.18 ÷ 6234518.36 =
 * 1.02861… → 102.9%.
 *
 * The kit is imported as a page imports it (src/index.ts): the element is defined lazily, so the
 * first test checks its module was not fetched before a tag was in the document.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { BudgetExecution } from '../../src/elements/budget-execution/budget-execution.js';
import type { BudgetDisclosure, Row } from '../../src/model/schema.js';
import type { BudgetErrorEvent } from '../../src/elements/shared/events.js';
import { catchDownload, DISTRICT_URL, load } from '../fixtures/elements/browser.js';
import { alertText, whenSettled } from '../hostile/browser.js';

const FINAL_URL = '/data/example-district-2024-final.json';
const MODULE = '/src/elements/budget-execution/budget-execution.ts';
const fetched = () => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === MODULE);

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The cells of the table row of `code`, as shown. */
const row = (el: Element, code: string) => [...$<HTMLTableRowElement>(el, `tbody tr[data-code="${code}"]`).cells].map(text);
const codes = (el: Element) => $$(el, 'tbody tr').map((tr) => tr.dataset.code);
const button = (el: Element, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label)!;

async function execution(opts: { budget?: BudgetDisclosure; budgetSrc?: string; src?: string; width?: number } = {}): Promise<BudgetExecution> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${opts.width ?? 1100}px">
    <budget-execution src=${opts.src ?? FINAL_URL} budget-src=${opts.budgetSrc ?? ''} .budget=${opts.budget}></budget-execution>
  </div>`);
  const el = wrap.querySelector('budget-execution')!;
  await customElements.whenDefined('budget-execution');
  await whenSettled(el);
  return el;
}

/** The budget file with `change` applied to its 一般公共预算财政拨款支出预算表 rows. */
async function budgetWith(change: (rows: Row[]) => Row[]): Promise<BudgetDisclosure> {
  const b = await load(DISTRICT_URL);
  const t = b.tables['gpb-expenditure']!;
  b.tables['gpb-expenditure'] = { ...t, rows: change([...t.rows]) };
  return b;
}

describe('<budget-execution>', () => {
  describe('lazy definition', () => {
    it('is not fetched on a page without the tag, and is once a tag is inserted', async () => {
      expect(customElements.get('budget-execution'), 'not defined before a tag').to.equal(undefined);
      expect(fetched(), 'module not fetched').to.equal(false);
      const el = document.createElement('budget-execution');
      el.setAttribute('src', FINAL_URL);
      document.body.append(el);
      await customElements.whenDefined('budget-execution');
      expect(fetched()).to.equal(true);
      el.remove();
    });
  });

  describe('accessibility', () => {
    it('is axe-clean joined, sorted by difference, with a row focused, and in its error states', async () => {
      const el = await execution({ budgetSrc: DISTRICT_URL });
      await expect(el).to.be.accessible();
      button(el, '按差额').click();
      await el.updateComplete;
      $<SVGGElement>(el, 'g.row[tabindex="0"]').focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await expect(await execution({ budgetSrc: '/no-such-budget.json' })).to.be.accessible();
      await expect(await execution({ src: DISTRICT_URL })).to.be.accessible();
    });
  });

  describe('figures', () => {
    it('shows 年初预算 from the budget file, 决算, difference, 执行率 and the reason per 项', async () => {
      const el = await execution({ budgetSrc: DISTRICT_URL });
      expect(row(el, '2050101')).to.deep.equal(['2050101', '行政运行', '6,234,518.36', '6,412,905.18', '+178,386.82', '102.9%', '主要是年中调整绩效工资标准，追加人员经费', '']);
      expect(row(el, '2050199')).to.deep.equal([
        '2050199', '其他教育管理事务支出', '1,850,000.00', '1,724,900.00', '-125,100.00', '93.2%',
        '智慧校园二期部分设备年底前未完成验收，资金结转下年使用；使用上年结转资金 412300.00 元', '',
      ]);
      // 320000.00 → 306480.00: 95.775% rounds half up to 95.8%.
      expect(row(el, '2013602').slice(2, 6)).to.deep.equal(['320,000.00', '306,480.00', '-13,520.00', '95.8%']);
      // Blank in the budget file, 0.00 in the 决算 text: the text's figure, said so; no rate for a budget of 0.
      expect(row(el, '2050299')).to.deep.equal(['2050299', '其他普通教育支出', '0.00', '120,000.00', '+120,000.00', '—', '年中追加：区级教育教学改革试点专项', '年初预算取自决算说明（预算文件中此项为空）。']);
      expect(row(el, '2101101').slice(2, 6)).to.deep.equal(['512,380.44', '512,380.44', '0.00', '100.0%']);
      // Σ over the 18 项 = the published 合计 of both tables: 94532035.48 and 95058251.89.
      expect([...$<HTMLTableRowElement>(el, 'tfoot tr').cells].map(text)).to.deep.equal(['', '合计（两方都有数的项）', '94,532,035.48', '95,058,251.89', '+526,216.41', '100.6%', '', '']);
      expect(text($(el, '.notice'))).to.equal('年初预算取自预算文件（一般公共预算财政拨款支出预算表“总计”）。');
    });

    it('describes the join with exact counts', async () => {
      const el = await execution({ budgetSrc: DISTRICT_URL });
      expect(text($(el, '#description'))).to.equal(
        '18 个项目中 17 个执行率在 90% 以上（1 个无执行率：年初预算为 0 或缺少一方数字）；12 个超出年初预算，4 个低于年初预算，2 个与年初预算相等。' +
          '18 个两方都有数的项目合计：年初预算 94,532,035.48 元，支出决算 95,058,251.89 元，差额 +526,216.41 元，执行率 100.6%。' +
          '超出最多的是 2050101 行政运行（+178,386.82 元）。低于最多的是 2050199 其他教育管理事务支出（-125,100.00 元）。',
      );
    });

    it('says where the two files state different 年初预算, beside the row and in the description', async () => {
      const budget = await budgetWith((rows) => rows.map((r) => (r.code === '2050101' ? { ...r, values: { ...r.values, total: '6234000.00' } } : r)));
      const el = await execution({ budget });
      // The budget file's figure is shown; 6412905.18 − 6234000.00 = 178905.18; ÷ = 1.02869… → 102.9%.
      expect(row(el, '2050101').slice(2, 6)).to.deep.equal(['6,234,000.00', '6,412,905.18', '+178,905.18', '102.9%']);
      expect(row(el, '2050101')[7]).to.equal('年初预算两份文件不一致：决算说明为 6,234,518.36 元，预算文件为 6,234,000.00 元（相差 +518.36 元）。');
      expect(text($(el, '#description'))).to.contain('1 个项目的年初预算在决算说明与预算文件中不一致（见表中说明）。');
      expect(text($(el, 'g.row[data-id="2050101"] text.name'))).to.equal('2050101 行政运行 ※');
    });

    it('lists a 项 of one file only with “—” and says so', async () => {
      const budget = await budgetWith((rows) => rows.filter((r) => r.code !== '2050803'));
      const el = await execution({ budget });
      expect(row(el, '2050803')).to.deep.equal(['2050803', '培训支出', '—', '497,250.00', '—', '—', '部分线下培训改为线上开展，节约培训经费', '仅见于决算：预算文件中没有此项（年中追加或调整）。']);
      expect(text($(el, '#description'))).to.contain('1 个项目仅见于决算。');
    });
  });

  describe('keyboard and sorting', () => {
    it('moves the focus over the rows with ↑/↓/Home/End and shows the focused 项', async () => {
      const el = await execution({ budgetSrc: DISTRICT_URL });
      const focused = () => (el.shadowRoot!.activeElement as SVGElement | null)?.dataset.id;
      expect($$(el, 'g.row[tabindex="0"]').map((g) => g.dataset.id)).to.deep.equal(['2013602']);
      $<SVGGElement>(el, 'g.row[tabindex="0"]').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused()).to.equal('2050101');
      expect(text($(el, '.detail'))).to.equal(
        '2050101 行政运行：年初预算 6,234,518.36 元，决算 6,412,905.18 元，差额 +178,386.82 元，执行率 102.9%。原因（决算说明）：主要是年中调整绩效工资标准，追加人员经费',
      );
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused()).to.equal('2210201');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(), 'stays on the last row').to.equal('2210201');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused()).to.equal('2013602');
      expect($$(el, 'g.row[tabindex="0"]')).to.have.length(1);
    });

    it('sorts by difference (largest overspend first) and back by code, chart and table alike', async () => {
      const el = await execution({ budgetSrc: DISTRICT_URL });
      expect(codes(el).slice(0, 3)).to.deep.equal(['2013602', '2050101', '2050102']);
      button(el, '按差额').click();
      await el.updateComplete;
      expect(el.getAttribute('sort')).to.equal('difference');
      // +178386.82, +120000.00, +103934.63 … 0.00, 0.00 (by code) … -1400.00, -13520.00, -42750.00, -125100.00
      expect(codes(el).slice(0, 3)).to.deep.equal(['2050101', '2050299', '2050202']);
      expect(codes(el).slice(-6)).to.deep.equal(['2101101', '2101103', '2050102', '2013602', '2050803', '2050199']);
      expect($$(el, 'g.row').map((g) => g.dataset.id)).to.deep.equal(codes(el));
      expect(button(el, '按差额').getAttribute('aria-pressed')).to.equal('true');
      button(el, '按科目编码').click();
      await el.updateComplete;
      expect(codes(el)[0]).to.equal('2013602');
    });
  });

  describe('CSV', () => {
    it('downloads the rows in the order shown with the total, amounts as published', async () => {
      const el = await execution({ budgetSrc: DISTRICT_URL });
      button(el, '按差额').click();
      await el.updateComplete;
      const file = await catchDownload(() => button(el, '下载 CSV').click());
      expect(file.filename).to.equal('区教委-2024-预算执行.csv');
      const lines = file.text.slice(1).split('\r\n');
      expect(lines[0]).to.equal('科目编码,科目名称,年初预算（元）,支出决算（元）,决算与预算差额（元）,执行率（%）,原因（决算说明）,说明');
      expect(lines[1]).to.equal('2050101,行政运行,6234518.36,6412905.18,178386.82,102.9,主要是年中调整绩效工资标准，追加人员经费,');
      expect(lines[18]).to.equal('2050199,其他教育管理事务支出,1850000.00,1724900.00,-125100.00,93.2,智慧校园二期部分设备年底前未完成验收，资金结转下年使用；使用上年结转资金 412300.00 元,');
      expect(lines[19]).to.equal(',合计（两方都有数的项）,94532035.48,95058251.89,526216.41,100.6,,');
      expect(lines).to.have.length(21);
    });
  });

  describe('states', () => {
    it('a budget-src that fails is said, and the 决算 alone is still shown with its own 年初预算', async () => {
      const errors: BudgetErrorEvent[] = [];
      const listen = (e: BudgetErrorEvent) => errors.push(e);
      document.addEventListener('budget-error', listen);
      try {
        const el = await execution({ budgetSrc: '/no-such-budget.json' });
        // loadComplete covers src; the budget file's answer (a 404 here) may come after it.
        await waitUntil(() => errors.length > 0, 'budget-error fired for the budget file');
        expect(alertText(el)).to.match(/^预算文件（budget-src）无法使用：.*404.*以下只显示决算文件本身所说明的年初预算。$/);
        // The event says which file failed and carries the words shown.
        expect(errors).to.have.length(1);
        expect(errors[0]!.target).to.equal(el);
        expect(errors[0]!.detail).to.include({ kind: 'http', status: 404, file: 'budget', message: alertText(el) });
        expect(errors[0]!.detail.url).to.match(/\/no-such-budget\.json$/);
        // 2050101: 6234518.36 as the 决算 text states it.
        expect(row(el, '2050101').slice(2, 6)).to.deep.equal(['6,234,518.36', '6,412,905.18', '+178,386.82', '102.9%']);
      } finally {
        document.removeEventListener('budget-error', listen);
      }
    });

    it('the 决算 alone, without a budget file: no budget-error', async () => {
      const errors: Event[] = [];
      const listen = (e: Event) => errors.push(e);
      document.addEventListener('budget-error', listen);
      try {
        await execution();
        expect(errors).to.have.length(0);
      } finally {
        document.removeEventListener('budget-error', listen);
      }
    });

    it('without budget-src says the 年初预算 are the 决算 text’s', async () => {
      const el = await execution();
      expect(text($(el, '.notice'))).to.equal('未给出预算文件，年初预算取自决算文字说明。');
      expect(row(el, '2050299')[7], 'no one-file note without a budget file').to.equal('');
    });

    it('a file that is not a 决算 says so', async () => {
      const el = await execution({ src: DISTRICT_URL });
      expect(text($(el, '[part~="empty"]'))).to.equal('这不是决算文件（department.kind 不是 "final"）：预算执行情况需要一个决算文件作 src，其年度的预算文件作 budget-src。');
      expect($$(el, 'table')).to.have.length(0);
    });

    it('shows the loading state while the budget file loads', async () => {
      let release!: () => void;
      const real = window.fetch;
      window.fetch = (input, init) => (String(input).includes('slow-budget') ? new Promise<void>((r) => (release = r)).then(() => real(DISTRICT_URL, init)) : real(input, init));
      try {
        const wrap = await fixture<HTMLDivElement>(html`<div><budget-execution src=${FINAL_URL} budget-src="/slow-budget.json"></budget-execution></div>`);
        const el = wrap.querySelector('budget-execution')!;
        await waitUntil(() => el.shadowRoot?.querySelector('[role="status"]')?.textContent === '正在载入预算文件……', 'budget loading state');
        expect($$(el, 'table')).to.have.length(0);
        release();
        await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'rows after the budget file');
        expect(row(el, '2050101')[2]).to.equal('6,234,518.36');
      } finally {
        window.fetch = real;
      }
    });
  });
});
