import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/elements/budget-table/budget-table.js';
import type { BudgetTable } from '../../src/elements/budget-table/budget-table.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { catchDownload, DISTRICT_URL, EDGE_URL, load, stallFetch, TONGNAN_URL } from '../fixtures/elements/browser.js';
import { generateDisclosure } from '../bench/generate.js';

let tongnan: BudgetDisclosure;
before(async () => {
  tongnan = await load(TONGNAN_URL);
});
afterEach(() => resetMouse());

async function table(kind: string | undefined, opts: { data?: BudgetDisclosure; width?: number; lang?: string; collapsed?: boolean } = {}): Promise<BudgetTable> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${opts.width ?? 1000}px" lang=${opts.lang ?? 'zh'}>
    <budget-table kind=${kind ?? ''} ?collapsed=${opts.collapsed ?? false} .data=${opts.data ?? tongnan}></budget-table>
  </div>`);
  const el = wrap.querySelector('budget-table')!;
  if (kind === undefined) el.removeAttribute('kind');
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (n: Element) => n.textContent!.replace(/▸/g, '').replace(/\s+/g, ' ').trim();
/** The body row whose first cell is `first` (a code, or a name for rows without a code column). */
const row = (el: Element, first: string, scope: ParentNode = el.shadowRoot!) =>
  [...scope.querySelectorAll<HTMLTableRowElement>('tbody tr')].find((tr) => text(tr.cells[0]!) === first || (tr.cells[1] && text(tr.cells[1]) === first && text(tr.cells[0]!) === ''))!;
const cells = (tr: HTMLTableRowElement) => [...tr.cells].map(text);
const toggle = (el: Element, code: string) => row(el, code).querySelector<HTMLButtonElement>('button.toggle')!;
const visibleCodes = (el: Element) => $$<HTMLTableRowElement>(el, 'tbody tr').filter((tr) => !tr.hidden).map((tr) => text(tr.cells[0]!));
async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

describe('<budget-table>', () => {
  describe('accessibility', () => {
    it('is axe-clean ready, collapsed, two-sided, empty and with a missing kind', async () => {
      await expect(await table('gpb-expenditure')).to.be.accessible();
      await expect(await table('gpb-basic-expenditure', { collapsed: true })).to.be.accessible();
      await expect(await table('dept-summary')).to.be.accessible();
      await expect(await table('sangong', { width: 375 })).to.be.accessible();
      await expect(await table('gov-fund-expenditure', { data: await load(EDGE_URL) })).to.be.accessible();
      await expect(await table('no-such-kind')).to.be.accessible();
    });

    it('is axe-clean while loading and after a failed load', async () => {
      const restore = stallFetch();
      try {
        const loading = await fixture<BudgetTable>(html`<budget-table kind="gpb-expenditure" src="/slow.json"></budget-table>`);
        expect($(loading, '[role="status"]').textContent).to.equal('加载中…');
        expect($(loading, '.skeleton')).to.exist;
        await expect(loading).to.be.accessible();
      } finally {
        restore();
      }
      const failed = await fixture<BudgetTable>(html`<budget-table kind="gpb-expenditure" src="/missing/file.json"></budget-table>`);
      expect(await failed.loadComplete, 'error state').to.equal(false);
      await expect(failed).to.be.accessible();
    });

    it('wraps every table in a focusable, labelled scroll region with a real caption', async () => {
      const el = await table('gpb-expenditure', { width: 320 });
      const region = $(el, '.scroll');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(region.getAttribute('aria-label')).to.equal('附件2 一般公共预算财政拨款支出预算表（可横向滚动）');
      expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
      expect($(el, 'table > caption')).to.exist;
    });
  });

  describe('附件2 figures and headers', () => {
    it('captions the table with title, department, year and unit', async () => {
      const el = await table('gpb-expenditure');
      expect(text($(el, 'caption .title'))).to.equal('附件2 一般公共预算财政拨款支出预算表');
      expect(text($(el, 'caption .meta'))).to.equal('中共重庆市潼南区委网络安全和信息化委员会办公室 · 2023年 · 单位：万元');
    });

    it('renders the two-level header with colgroup spans', async () => {
      const el = await table('gpb-expenditure');
      const head = $$<HTMLTableRowElement>(el, 'thead tr').map((tr) => [...tr.cells].map((c) => [text(c), c.colSpan, c.rowSpan, c.getAttribute('scope')]));
      expect(head).to.deep.equal([
        [['功能分类科目', 2, 1, 'colgroup'], ['2022 年预算数', 1, 2, 'col'], ['2023 年预算数', 3, 1, 'colgroup']],
        [['科目编码', 1, 1, 'col'], ['科目名称', 1, 1, 'col'], ['总计', 1, 1, 'col'], ['基本支出', 1, 1, 'col'], ['项目支出', 1, 1, 'col']],
      ]);
    });

    it('shows the exact published figures in the right cells, "—" for empty', async () => {
      const el = await table('gpb-expenditure');
      expect(cells(row(el, '合计'))).to.deep.equal(['', '合计', '312.49', '291.00', '189.00', '102.00']);
      expect(cells(row(el, '201'))).to.deep.equal(['201', '一般公共服务支出', '275.34', '258.24', '156.24', '102.00']);
      expect(cells(row(el, '20137'))).to.deep.equal(['20137', '网信事务', '275.34', '258.24', '156.24', '102.00']);
      expect(cells(row(el, '2013701'))).to.deep.equal(['2013701', '行政运行', '102.25', '87.07', '87.07', '—']);
      expect(cells(row(el, '2013799'))).to.deep.equal(['2013799', '其他网信事务支出', '103.50', '102.00', '—', '102.00']);
      expect(cells(row(el, '2210201'))).to.deep.equal(['2210201', '住房公积金', '8.93', '8.72', '8.72', '—']);
      expect($$(el, 'tbody tr')).to.have.length(19);
      expect(row(el, '合计').classList.contains('total')).to.be.true;
      // Published subtotals are kept even where the children miss by 0.01 (87.07 + 69.18 + 102.00 = 258.25).
      expect(row(el, '2013701').querySelector('th')!.className).to.equal('level-2');
      expect(text($(el, '[part="footer"]'))).to.contain('本表反映当年一般公共预算财政拨款支出情况。');
    });

    it('renders the three-level header of the 三公 table', async () => {
      const el = await table('sangong');
      const [top, mid, low] = $$<HTMLTableRowElement>(el, 'thead tr').map((tr) => [...tr.cells].map((c) => `${text(c)}:${c.colSpan}x${c.rowSpan}`));
      expect(top).to.deep.equal(['部门编码:1x3', '部门名称:1x3', '2022 年预算数:6x1', '2023 年预算数:6x1']);
      expect(mid).to.deep.equal(['总计:1x2', '因公出国(境)费用:1x2', '公务用车购置及运行费:3x1', '公务接待费:1x2', '总计:1x2', '因公出国(境)费用:1x2', '公务用车购置及运行费:3x1', '公务接待费:1x2']);
      expect(low).to.deep.equal(['小计:1x1', '公务用车购置:1x1', '公务用车运行维护费:1x1', '小计:1x1', '公务用车购置:1x1', '公务用车运行维护费:1x1']);
      expect(cells(row(el, '307'))).to.deep.equal(['307', '区委网信办', '7.90', '—', '4.00', '—', '4.00', '3.90', '7.00', '—', '3.50', '—', '3.50', '3.50']);
    });
  });

  describe('tree', () => {
    it('collapses and expands a 类 by mouse; hidden rows stay in the table', async () => {
      const el = await table('gpb-expenditure');
      const button = toggle(el, '201');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-controls')).to.equal('row-2');
      await click(button);
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      for (const code of ['20137', '2013701', '2013750', '2013799']) expect(row(el, code).hidden, code).to.be.true;
      expect(row(el, '208').hidden).to.be.false;
      await click(button);
      await el.updateComplete;
      expect(row(el, '2013701').hidden).to.be.false;
      expect(toggle(el, '20137').getAttribute('aria-expanded')).to.equal('true', 'the 款 keeps its own state');
    });

    it('toggles by keyboard: Enter, Space, ArrowLeft and ArrowRight', async () => {
      const el = await table('gpb-expenditure');
      toggle(el, '20137').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(row(el, '2013701').hidden).to.be.true;
      expect(row(el, '20137').hidden).to.be.false;
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(row(el, '2013701').hidden).to.be.false;
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(toggle(el, '20137').getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(toggle(el, '20137').getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(toggle(el, '20137'));
    });

    it('starts collapsed to the 类 rows with `collapsed`; expand all / collapse all', async () => {
      const el = await table('gpb-expenditure', { collapsed: true });
      expect(visibleCodes(el)).to.deep.equal(['', '201', '208', '210', '221']);
      const [expandAll, collapseAll] = $$<HTMLButtonElement>(el, '.toolbar button');
      expect(text(expandAll!)).to.equal('全部展开');
      await click(expandAll!);
      await el.updateComplete;
      expect(visibleCodes(el)).to.have.length(19);
      collapseAll!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibleCodes(el)).to.have.length(5);
    });

    it('economic codes (附件3) form the same tree', async () => {
      const el = await table('gpb-basic-expenditure', { collapsed: true });
      expect(visibleCodes(el)).to.deep.equal(['', '301', '302', '303']);
      expect(cells(row(el, '合计'))).to.deep.equal(['', '合计', '189.00', '148.40', '40.60']);
      await click(toggle(el, '302'));
      await el.updateComplete;
      expect(cells(row(el, '30217'))).to.deep.equal(['30217', '公务接待费', '3.50', '—', '3.50']);
      expect(row(el, '30217').hidden).to.be.false;
    });

    it('has no tree controls for tables without parent codes', async () => {
      const el = await table('project-expenditure');
      expect($$(el, 'button.toggle')).to.have.length(0);
      expect($$(el, '.toolbar button').map(text)).to.deep.equal(['下载 CSV']);
    });

    it('treats project rows that share a code as siblings: no indent, no toggles', async () => {
      const el = await table('project-expenditure', { data: await load(DISTRICT_URL) });
      const charged = $$<HTMLTableRowElement>(el, 'tbody tr').filter((tr) => text(tr.cells[2]!) === '2050102');
      expect(charged.map((tr) => text(tr.querySelector('th')!))).to.deep.equal(['教育督导公务用车购置', '教育督导评估经费']);
      const starts = charged.map((tr) => getComputedStyle(tr.querySelector('th')!).paddingInlineStart);
      expect(starts[0]).to.equal(starts[1]);
      expect($$(el, 'tbody th[class*="level-"], .leaf-pad, button.toggle')).to.have.length(0);
    });
  });

  describe('other tables', () => {
    it('shows two-sided tables as 收入 and 支出 tables, marks as published', async () => {
      const el = await table('dept-summary');
      const tables = $$(el, 'table');
      expect(tables.map((t) => text(t.querySelector('caption .title')!))).to.deep.equal(['附件6 部门收支总表（收入）', '附件6 部门收支总表（支出）']);
      expect(cells(row(el, '一般公共预算拨款收入', tables[0]!))).to.deep.equal(['一般公共预算拨款收入', '291.00']);
      expect(cells(row(el, '政府性基金预算拨款收入', tables[0]!))).to.deep.equal(['政府性基金预算拨款收入', '.']);
      expect(cells(row(el, '支出总计', tables[1]!))).to.deep.equal(['支出总计', '291.00']);
    });

    it('shows text columns and the published note of an empty table', async () => {
      const el = await table('project-expenditure');
      expect(cells(row(el, '1'))).to.deep.equal(['1', '中共重庆市潼南区委网络安全和信息化委员会办公室', '2013799', '其他网信事务支出', '2023 网络宣传专项', '18.00', '18.00', '—', '18.00', '—', '—', '—', '—', '—']);
      const empty = await table('gov-fund-expenditure');
      expect(cells(row(empty, '合计'))).to.deep.equal(['', '合计', '—', '—', '—']);
      expect(text($(empty, '[part="footer"]'))).to.equal('我单位无政府性基金预算支出。');
      const none = await table('gov-fund-expenditure', { data: await load(EDGE_URL) });
      const only = $$<HTMLTableRowElement>(none, 'tbody tr');
      expect(only.map(cells)).to.deep.equal([['本单位无政府性基金预算支出。']]);
      expect(only[0]!.cells[0]!.colSpan).to.equal(3);
    });

    it('names a missing kind and lists the kinds the data has', async () => {
      const el = await table('state-capital-expenditure');
      const state = $(el, '[part="base"]');
      expect(text(state)).to.contain('本数据中没有类型为“state-capital-expenditure”的表。');
      expect($$(el, 'li').map(text)).to.include.members(['gpb-expenditure 一般公共预算财政拨款支出预算表', 'project-expenditure 项目支出明细表']);
      expect($$(el, 'li')).to.have.length(Object.keys(tongnan.tables).length);
      const noKind = await table(undefined);
      expect(text($(noKind, '[part="base"]'))).to.contain('未指定要显示的表');
    });

    it('renders the second data set, other units and kinds, without special cases', async () => {
      const district = await load(DISTRICT_URL);
      const el = await table('state-capital-expenditure', { data: district });
      expect(text($(el, 'caption .meta'))).to.contain('单位：元');
      expect($$(el, 'tbody tr').length).to.equal(district.tables['state-capital-expenditure']!.rows.length);
      const custom = await table('staff-costs', { data: await load(EDGE_URL) });
      expect(cells(row(custom, '结转'))).to.deep.equal(['结转', '—', '—']);
      expect(cells(row(custom, '合计'))).to.deep.equal(['合计', '—', '-21.49']);
    });
  });

  describe('large tables (more than 500 rows)', () => {
    // The bench generator's tables: 2,000 function-code rows = 28 类, 219 款, 1,753 项 under a 合计.
    const synthetic = (codeRows: number) => generateDisclosure({ projects: 1, codeRows, units: 1 });
    const rendered = (el: Element) => $$<HTMLTableRowElement>(el, 'tbody tr');
    const classCodes = Array.from({ length: 28 }, (_, i) => String(201 + i));

    it('start collapsed to the 类 rows and write only those to the page', async () => {
      const el = await table('gpb-expenditure', { data: synthetic(2000) });
      expect(rendered(el).map((tr) => text(tr.cells[0]!))).to.deep.equal(['', ...classCodes]);
      expect(rendered(el).every((tr) => !tr.hidden)).to.be.true;
      expect(cells(row(el, '201'))).to.deep.equal(['201', '一般公共服务支出', '19,027.57', '8,965.15', ...cells(row(el, '201')).slice(4)]);
      const button = toggle(el, '201');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.hasAttribute('aria-controls'), 'no reference to rows not in the page').to.be.false;
      await expect(el).to.be.accessible();
    });

    it('expand a 类 and a 款 by mouse and keyboard, and collapse them out of the page again', async () => {
      const el = await table('gpb-expenditure', { data: synthetic(2000) });
      await click(toggle(el, '201'));
      await el.updateComplete;
      const kuan = ['20101', '20102', '20103', '20104', '20105', '20106', '20107', '20108'];
      expect(rendered(el).map((tr) => text(tr.cells[0]!))).to.deep.equal(['', '201', ...kuan, ...classCodes.slice(1)]);
      const ids = toggle(el, '201').getAttribute('aria-controls')!.split(' ');
      expect(ids.map((id) => text((el.shadowRoot!.getElementById(id) as HTMLTableRowElement).cells[0]!))).to.deep.equal(kuan);
      toggle(el, '20101').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(rendered(el)).to.have.length(1 + 28 + 8 + 8);
      expect(text(rendered(el)[3]!.cells[0]!)).to.equal('2010101');
      expect(el.shadowRoot!.activeElement).to.equal(toggle(el, '20101'));
      await click(toggle(el, '201'));
      await el.updateComplete;
      expect(rendered(el)).to.have.length(29);
      await click(toggle(el, '201'));
      await el.updateComplete;
      expect(rendered(el)).to.have.length(1 + 28 + 8 + 8, 'the 款 keeps its own state');
    });

    it('expand all writes every row, collapse all goes back to the 类 rows; the CSV always has every row', async () => {
      const el = await table('gpb-expenditure', { data: synthetic(2000) });
      const [expandAll, collapseAll] = $$<HTMLButtonElement>(el, '.toolbar button');
      await click(expandAll!);
      await el.updateComplete;
      expect(rendered(el)).to.have.length(2001);
      expect(rendered(el).every((tr) => !tr.hidden)).to.be.true;
      await click(collapseAll!);
      await el.updateComplete;
      expect(rendered(el)).to.have.length(29);
      const file = await catchDownload(() => click($(el, 'button.download')));
      expect(file.text.slice(1).split('\r\n')).to.have.length(1 + 2001 + 1);
    });

    it('the threshold: 500 rows render in full and expanded, 501 start collapsed', async () => {
      const full = await table('gpb-expenditure', { data: synthetic(499) });
      expect(rendered(full)).to.have.length(500);
      expect(visibleCodes(full)).to.have.length(500);
      const large = await table('gpb-expenditure', { data: synthetic(500) });
      expect(rendered(large).map((tr) => text(tr.cells[0]!))).to.deep.equal(['', '201', '202', '203', '204', '205', '206', '207', '208', '209']);
    });

    it('`collapsed` still collapses a small table with every row in the page', async () => {
      const el = await table('gpb-expenditure', { collapsed: true });
      expect(rendered(el)).to.have.length(19);
      expect(visibleCodes(el)).to.have.length(5);
    });
  });

  describe('CSV', () => {
    it('downloads the whole table (collapsed rows too) with the published figures', async () => {
      const el = await table('gpb-expenditure', { collapsed: true });
      const file = await catchDownload(() => click($(el, 'button.download')));
      expect(file.filename).to.equal('区委网信办-2023-一般公共预算财政拨款支出预算表.csv');
      expect(file.type).to.equal('text/csv;charset=utf-8');
      expect([...file.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = file.text.slice(1).split('\r\n');
      expect(lines.slice(0, 4)).to.deep.equal([
        '功能分类科目 科目编码,功能分类科目 科目名称,2022 年预算数（万元）,2023 年预算数 总计（万元）,2023 年预算数 基本支出（万元）,2023 年预算数 项目支出（万元）',
        ',合计,312.49,291.00,189.00,102.00',
        '201,一般公共服务支出,275.34,258.24,156.24,102.00',
        '20137,网信事务,275.34,258.24,156.24,102.00',
      ]);
      expect(lines).to.include('2013701,行政运行,102.25,87.07,87.07,');
      expect(lines).to.have.length(21); // header + 19 rows + the empty string after the last CRLF
    });

    it('guards formula-like text, keeps negative amounts and marks; two sides in two blocks', async () => {
      const custom = await table('staff-costs', { data: await load(EDGE_URL) });
      const file = await catchDownload(() => $<HTMLButtonElement>(custom, 'button.download').click());
      expect(file.filename).to.equal('测试局-2024-自定义明细表.csv');
      // The table's own unit (元), not the department's (万元), is named.
      expect(file.text).to.equal('\uFEFF项目,说明,金额（元）\r\n"\'=HYPERLINK(""x"")","调减, 含""尾差""",-21.49\r\n结转,,—\r\n合计,,-21.49\r\n');
      const two = await table('dept-summary');
      const lines = (await catchDownload(() => $<HTMLButtonElement>(two, 'button.download').click())).text.split('\r\n');
      expect(lines[0]).to.equal('\uFEFF收支,收入 项目,收入 预算数（万元）');
      expect(lines[1]).to.equal('收入,一般公共预算拨款收入,291.00');
      expect(lines[2]).to.equal('收入,政府性基金预算拨款收入,.');
      const split = lines.indexOf('');
      expect(lines[split + 1]).to.equal('收支,支出 支出科目,支出 预算数（万元）');
      expect(lines.at(-2)).to.equal('支出,支出总计,291.00');
    });
  });

  describe('language, parts and tokens', () => {
    it('speaks English with lang="en" and keeps the data text as published', async () => {
      const el = await table('gpb-expenditure', { lang: 'en' });
      expect(text($(el, 'caption .title'))).to.equal('Attachment 2 一般公共预算财政拨款支出预算表');
      expect(text($(el, 'caption .meta'))).to.equal('中共重庆市潼南区委网络安全和信息化委员会办公室 · 2023 · Unit: 10k yuan');
      expect($$(el, '.toolbar button').map(text)).to.deep.equal(['Expand all', 'Collapse all', 'Download CSV']);
      expect(text($$(el, 'thead th')[0]!)).to.equal('功能分类科目');
      expect(cells(row(el, '2013701'))).to.deep.equal(['2013701', '行政运行', '102.25', '87.07', '87.07', '—']);
      const missing = await table('x-kind', { lang: 'en' });
      expect(text($(missing, '[part="base"]'))).to.contain('The data has no table of kind “x-kind”.');
    });

    it('exposes the documented parts and reads the theme tokens', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="--budget-color-surface: rgb(1, 2, 3)">
        <budget-table kind="gpb-expenditure" .data=${tongnan}></budget-table></div>`);
      const el = wrap.querySelector('budget-table')!;
      await el.updateComplete;
      for (const part of ['base', 'caption', 'table', 'header', 'row', 'button', 'footer']) expect($(el, `[part~="${part}"]`), part).to.exist;
      expect(getComputedStyle($(el, 'thead th')).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('is defined once, even when the module is evaluated again', async () => {
      expect(customElements.get('budget-table')).to.exist;
      const again = '../../src/elements/budget-table/budget-table.ts?again';
      await import(again);
      expect(customElements.get('budget-table')!.name).to.equal('BudgetTable');
    });
  });
});
