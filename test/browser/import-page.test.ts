/**
 * The import page (issue 14): a workbook dropped in (here: handed to readFiles as a File) shows
 * each detected table with <budget-table>, the source rows beside it, the findings with their
 * places, and the department fields update the data and the checks live. Accessibility first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/import-page/import-page.js';
import type { BudgetImportPage } from '../../src/import-page/import-page.js';
import type { BudgetElement } from '../../src/elements/shared/budget-element.js';
import * as XLSX from '@e965/xlsx';
import { disclosureWorkbook } from '../import/layout.js';

const text = (n: Element) => n.textContent!.replace(/▸/g, '').replace(/\s+/g, ' ').trim();

async function dropped(name: string, given?: ArrayBuffer): Promise<BudgetImportPage> {
  const el = await fixture<BudgetImportPage>(html`<budget-import-page></budget-import-page>`);
  const bytes = given ?? (await (await fetch(`/test/import/workbooks/${name}`)).arrayBuffer());
  await el.readFiles([new File([bytes], name)]);
  expect(el.dataset['state']).to.equal('done');
  await el.updateComplete;
  for (const t of el.shadowRoot!.querySelectorAll<BudgetElement>('budget-table, project-table')) await t.updateComplete;
  return el;
}

describe('<budget-import-page>', () => {
  it('is accessible with a workbook loaded', async () => {
    const el = await dropped('quirks.xlsx');
    await expect(el).to.be.accessible();
  });

  it('shows each table with <budget-table>, its exact figures, and the sheet rows it came from', async () => {
    const el = await dropped('quirks.xlsx');
    const sections = [...el.shadowRoot!.querySelectorAll('section[aria-label]')].map((s) => s.getAttribute('aria-label'));
    expect(sections).to.deep.equal(['一般公共预算财政拨款支出预算表（gpb-expenditure）', '一般公共预算财政拨款基本支出预算表（gpb-basic-expenditure）', '部门收支总表（dept-summary）', '部门人员情况表（other-1）']);
    const table = el.shadowRoot!.querySelector<BudgetElement>('budget-table[kind="gpb-expenditure"]')!;
    const row = [...table.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')].find((tr) => text(tr.cells[0]!) === '20137')!;
    expect([...row.cells].map(text).slice(0, 4)).to.deep.equal(['20137', '网信事务', '300.50', '258.24']);
    const source = el.shadowRoot!.querySelector('section[aria-label^="一般公共预算财政拨款支出预算表"] .source')!;
    expect(text(source.querySelector('caption')!)).to.equal('quirks.xlsx · __proto__!A1');
    expect([...source.querySelector('tr')!.children].map(text).slice(0, 2)).to.deep.equal(['1', '附件2 2024年一般公共预算财政拨款支出预算表']);
  });

  it('lists the findings with their places, and department fields update them live', async () => {
    const el = await dropped('quirks.xlsx');
    const items = () => [...el.shadowRoot!.querySelectorAll('#report ~ ul li')].map(text);
    expect(items()).to.include('[错误] Sheet2!D6：公式单元格没有保存计算结果，导入为空。请在 Excel/WPS 中打开、重新计算并保存工作簿后再导入（本工具不计算公式）。');
    expect(text(el.shadowRoot!.querySelector('legend')!)).to.equal('部门信息（工作簿中没有的部分）：请填写 name、region、fiscalYear (guessed)');
    for (const [name, value] of [['name', '某某区某某局'], ['region', '重庆市某某区'], ['fiscalYear', '2024']]) {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
      input.value = value!;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('legend')!)).to.equal('部门信息（工作簿中没有的部分）');
    expect(el.reportText()).to.match(/^导入：quirks\.xlsx\n\n导入报告：\n/);
    expect(el.reportText()).to.include('- [error] Sheet2!D6: 公式单元格没有保存计算结果');
  });

  it('a table of more than 1,000 rows is imported whole but drawn only when asked (drawing it froze the page)', async function () {
    this.timeout(40000);
    const data = await (await fetch('/data/tongnan-cac-2023.json')).json();
    const t = data.tables['project-expenditure'];
    const item = t.rows.find((r: { role?: string }) => !r.role);
    // 1,200 projects of one amount; the 合计 row then no longer adds up, which the checks say, as they should.
    t.rows = [...Array.from({ length: 1200 }, (_, i) => ({ ...item, name: `项目${i + 1}` })), ...t.rows.filter((r: { role?: string }) => r.role)];
    const bytes = XLSX.write(disclosureWorkbook(data, { departmentInTitle: true }), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
    const el = await dropped('large.xlsx', bytes);
    const section = () => el.shadowRoot!.querySelector('section[aria-label^="项目支出明细表"]')!;
    expect(section().querySelector('budget-table')).to.equal(null);
    expect(text(section().querySelector('.large p')!)).to.match(/^此表有 1,201 行，已全部导入数据文件/);
    const button = section().querySelector<HTMLButtonElement>('.large button')!;
    expect(text(button)).to.equal('绘制此表（1,201 行）');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    const table = section().querySelector<BudgetElement>('budget-table')!;
    await table.loadComplete;
    expect(table.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(1200);
  });

  it('a damaged file gets a plain message, not a blank page', async () => {
    const el = await fixture<BudgetImportPage>(html`<budget-import-page></budget-import-page>`);
    expect(el.dataset['state']).to.equal(undefined);
    await el.readFiles([new File([new Uint8Array([0x50, 0x4b, 3, 4, 9, 9])], 'bad.xlsx')]);
    expect(el.dataset['state']).to.equal('done');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[role="alert"]')!)).to.match(/^bad\.xlsx 不是可读的 Excel\/WPS 工作簿/);
  });

  describe('.ods and .et (WPS)', () => {
    /** What a clerk sees: each table's heading and every cell of its <budget-table>. */
    const shown = (el: BudgetImportPage) =>
      [...el.shadowRoot!.querySelectorAll('section[aria-label]')].map((s) => [s.getAttribute('aria-label'), ...[...(s.querySelector('budget-table')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map(text)]);

    it('the file input offers .et and .ods', async () => {
      const el = await fixture<BudgetImportPage>(html`<budget-import-page></budget-import-page>`);
      expect(el.shadowRoot!.querySelector('input[type="file"]')!.getAttribute('accept')!.split(',')).to.include.members(['.et', '.ods']);
    });

    it('an .ods of the Tongnan layout shows what the .xlsx shows', async () => {
      const data = await (await fetch('/data/tongnan-cac-2023.json')).json();
      const ods = XLSX.write(disclosureWorkbook(data, { departmentInTitle: true }), { type: 'array', bookType: 'ods', compression: true }) as ArrayBuffer;
      const fromOds = await dropped('tongnan-2023.ods', ods);
      const fromXlsx = await dropped('tongnan-2023.xlsx');
      expect(shown(fromOds).length).to.be.greaterThan(5);
      expect(shown(fromOds)).to.deep.equal(shown(fromXlsx));
      expect(fromOds.reportText().replace('tongnan-2023.ods', 'X')).to.equal(fromXlsx.reportText().replace('tongnan-2023.xlsx', 'X'));
    });

    it('an .et (WPS saves it as BIFF8, the .xls format: here the .xls bytes named .et) shows what the .xls shows', async () => {
      const bytes = await (await fetch('/test/import/workbooks/quirks.xls')).arrayBuffer();
      const fromEt = await dropped('quirks.et', bytes);
      const fromXls = await dropped('quirks.xls');
      expect(shown(fromEt).length).to.equal(4);
      expect(shown(fromEt)).to.deep.equal(shown(fromXls));
      expect(text(fromEt.shadowRoot!.querySelector('.source caption')!)).to.equal('quirks.et · __proto__!A1');
    });
  });
});
