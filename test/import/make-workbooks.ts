/**
 * Writes the test workbooks of the importer into test/import/workbooks/ (committed, a few KB
 * each; run `node --import tsx test/import/make-workbooks.ts` after changing this file):
 *
 *  - tongnan-2023.xlsx: the bundled Tongnan data file as a budget system exports it (department
 *    name in each title, "附件 N" rows, merged multi-row headings, number formats, the targets
 *    together on one sheet). The round-trip test compares every figure with the data file.
 *    (.xlsx only: the library's .xls writer cuts texts at 255 characters, and 立项依据 is longer.)
 *  - example-district-2024.xls: the example district in .xls (BIFF8), in 元, with split 类/款/项
 *    columns, "附件N 表名" titles, thousands separators, "金额单位：元".
 *  - quirks.xlsx / quirks.xls: what differs from one export to the next, in one small workbook:
 *    two tables on one sheet, a sheet named "__proto__", split and joined codes, binary noise,
 *    a number shown with three decimals, amounts as text with separators, "-" marks, formulas
 *    (one without a cached value in the .xlsx), a two-sided 部门收支总表 split over two sheets
 *    ("（续）"), an unknown column and an unknown table, a project target table.
 *  - final-2023.xlsx: a 部门决算 workbook: 收入支出决算总表 with 行次, 支出决算表.
 */
import * as XLSX from '@e965/xlsx';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { amountCell, disclosureWorkbook, SheetBuilder, text, writeProject, type Cell } from './layout.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
export const WORKBOOKS = join(here, 'workbooks');

const load = (name: string) => JSON.parse(readFileSync(join(root, 'data', name), 'utf8')) as BudgetDisclosure;

const num = (v: number, z = '0.00'): Cell => ({ t: 'n', v, z });

/** The quirks workbook; `xls` leaves out what BIFF8 cannot hold (a formula without a cached value). */
export function quirksWorkbook(xls: boolean): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  // Sheet "__proto__": two tables on one sheet.
  const a = new SheetBuilder();
  a.row([text('附件2 2024年一般公共预算财政拨款支出预算表')]);
  a.row([null, null, null, null, null, null, null, text('单位：万元')]);
  const h = a.row([text('功能分类科目'), null, null, null, text('2023年预算数'), text('2024年预算数'), null, null, text('调整数')]);
  a.row([text('类'), text('款'), text('项'), text('科目名称'), null, text('合计'), text('基本支出'), text('项目支出'), null]);
  a.merge(h, 0, h, 3);
  a.merge(h, 4, h + 1, 4);
  a.merge(h, 5, h, 7);
  a.merge(h, 8, h + 1, 8);
  const total = a.row([text('合计'), null, null, null, num(300.5), num(258.23999999999998), num(156.24), { t: 'n', v: 102, z: '0.00', f: 'F7' }, null]);
  a.merge(total, 0, total, 3);
  a.row([text('201'), null, null, text('一般公共服务支出'), num(300.5), num(258.23999999999998), num(156.24), num(102), null]);
  a.row([null, text('37'), null, text('网信事务'), num(300.5), num(258.24), num(156.24), num(102), null]);
  a.row([null, null, text('01'), text('行政运行'), num(200.5), num(156.24), num(156.24), null, num(1.005, '0.000')]);
  a.row([null, null, text('99'), text('其他网信事务支出'), num(100), num(102), null, num(102), null]);
  a.row([]);
  a.row([text('附件3')]);
  a.row([text('一般公共预算财政拨款基本支出预算表')]);
  a.row([text('金额单位：元')]);
  a.row(['经济分类科目', '总计', '人员经费', '日常公用经费'].map(text));
  a.row([text('合计'), text('1,234.50'), text('1,000.00'), text('234.50')]);
  a.row([text('[301]工资福利支出'), text('1,000.00'), text('1,000.00'), text('-')]);
  a.row([text('30101 基本工资'), text('1,000.00'), text('1,000.00'), text('0.00')]);
  a.row([text('302-商品和服务支出'), text('234.50'), null, text('234.50')]);
  XLSX.utils.book_append_sheet(wb, a.toSheet(), '__proto__');

  // 部门收支总表 over two sheets.
  const headings = (sb: SheetBuilder) => {
    const r = sb.row([text('收入'), null, text('支出'), null]);
    sb.merge(r, 0, r, 1);
    sb.merge(r, 2, r, 3);
    sb.row(['项目', '预算数', '支出科目', '预算数'].map(text));
  };
  const b = new SheetBuilder();
  b.row([text('某某区某某局 2024年部门收支总表')]);
  b.row([text('单位：万元')]);
  headings(b);
  b.row([text('一般公共预算拨款收入'), num(258.24), text('一、一般公共服务支出'), num(258.24)]);
  b.row([text('政府性基金预算拨款收入'), null, text('二、教育支出'), xls ? null : { t: 'n', f: 'B5*0' } as Cell]);
  XLSX.utils.book_append_sheet(wb, b.toSheet(), 'Sheet2');
  const c = new SheetBuilder();
  c.row([text('部门收支总表（续）')]);
  c.row([text('单位：万元')]);
  headings(c);
  c.row([text('本年收入合计'), num(258.24), text('本年支出合计'), num(258.24)]);
  c.row([text('上年结转'), text('-'), text('结转下年'), null]);
  c.row([text('收入总计'), num(258.24), text('支出总计'), num(258.24)]);
  XLSX.utils.book_append_sheet(wb, c.toSheet(), 'Sheet3');

  // A table the kit does not know, then a project target table.
  const d = new SheetBuilder();
  d.row([text('部门人员情况表')]);
  d.row(['项目', '人数'].map(text));
  d.row([text('行政编制'), { t: 'n', v: 12 }]);
  d.row([]);
  const data: BudgetDisclosure = load('tongnan-cac-2023.json');
  writeProject(d, { ...data, department: { ...data.department, fiscalYear: 2024 } }, { ...data.projects![0]!, basis: '（略）', sequence: '1' });
  XLSX.utils.book_append_sheet(wb, d.toSheet(), 'Sheet4');
  return wb;
}

/** A small 部门决算 workbook (domain.md §7). */
export function finalWorkbook(): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  const a = new SheetBuilder();
  a.row([text('附件1')]);
  a.row([text('某某区某某局 2023年度收入支出决算总表')]);
  a.row([text('单位：万元')]);
  const r = a.row([text('收入'), null, null, text('支出'), null, null]);
  a.merge(r, 0, r, 2);
  a.merge(r, 3, r, 5);
  a.row(['项目', '行次', '金额', '项目', '行次', '金额'].map(text));
  const line = (n: number): Cell => ({ t: 'n', v: n });
  a.row([text('一、一般公共预算财政拨款收入'), line(1), num(250), text('一、一般公共服务支出'), line(32), num(240.5)]);
  a.row([text('六、其他收入'), line(8), num(10.5), text('二、社会保障和就业支出'), line(33), num(20)]);
  a.row([text('本年收入合计'), line(9), num(260.5), text('本年支出合计'), line(34), num(260.5)]);
  a.row([text('年初结转和结余'), line(11), num(0), text('年末结转和结余'), line(36), num(0)]);
  a.row([text('总计'), line(12), num(260.5), text('总计'), line(37), num(260.5)]);
  a.row([]);
  a.row([text('附件3')]);
  a.row([text('支出决算表')]);
  a.row([text('单位：万元')]);
  a.row(['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'].map(text));
  a.row([text('合计'), null, num(260.5), num(200), num(60.5)]);
  a.row([text('201'), text('一般公共服务支出'), num(240.5), num(180), num(60.5)]);
  a.row([text('208'), text('社会保障和就业支出'), num(20), num(20), null]);
  XLSX.utils.book_append_sheet(wb, a.toSheet(), 'Sheet1');
  return wb;
}

/** Every test workbook: file name → bytes. */
export function makeWorkbooks(): Record<string, Uint8Array> {
  const write = (wb: XLSX.WorkBook, bookType: XLSX.BookType) => new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType, compression: true }) as Buffer);
  return {
    'tongnan-2023.xlsx': write(disclosureWorkbook(load('tongnan-cac-2023.json'), { departmentInTitle: true }), 'xlsx'),
    'example-district-2024.xls': write(disclosureWorkbook(load('example-district-2024.json'), { codes: 'split', attachment: 'inline', numbers: 'thousands', unitLine: (u) => `金额单位：${u}` }), 'biff8'),
    'quirks.xlsx': write(quirksWorkbook(false), 'xlsx'),
    'quirks.xls': write(quirksWorkbook(true), 'biff8'),
    'final-2023.xlsx': write(finalWorkbook(), 'xlsx'),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(WORKBOOKS, { recursive: true });
  for (const [name, bytes] of Object.entries(makeWorkbooks())) {
    writeFileSync(join(WORKBOOKS, name), bytes);
    console.log(`${name}: ${bytes.byteLength} bytes`);
  }
}
