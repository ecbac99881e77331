/**
 * `src/import`: the test workbooks (test/import/workbooks, written by make-workbooks.ts) read back
 * into the format. The Tongnan round trip compares every figure, code, name and indicator with
 * data/tongnan-cac-2023.json; the others pin each quirk to the exact value it must give.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSheets, type ImportResult } from '../../src/import/assemble.js';
import { FindingList } from '../../src/import/findings.js';
import { readWorkbook } from '../../src/import/workbook.js';
import { explainDisclosure } from '../../src/model/validate.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { root } from './built-cli.js';
import { makeWorkbooks } from '../import/make-workbooks.js';

const workbook = (name: string) => new Uint8Array(readFileSync(join(root, 'test/import/workbooks', name)));
const dataFile = (name: string) => JSON.parse(readFileSync(join(root, 'data', name), 'utf8')) as BudgetDisclosure;

function importFile(name: string, department: Partial<BudgetDisclosure["department"]> = {}, bytes: Uint8Array = workbook(name)): ImportResult {
  const findings = new FindingList();
  const sheets = readWorkbook(name, bytes, findings);
  return importSheets(sheets, department, findings.items);
}

const at = (r: ImportResult, code: string) => r.findings.filter((f) => f.code === code).map((f) => f.where);

test('the committed workbooks are what make-workbooks.ts writes (same tables when read)', () => {
  const made = makeWorkbooks();
  for (const name of Object.keys(made)) {
    const a = importFile(name, {}, made[name]!);
    const b = importFile(name);
    assert.deepEqual(b.data, a.data, `${name}: regenerate with node --import tsx test/import/make-workbooks.ts`);
  }
});

test('round trip: the Tongnan workbook (.xlsx) gives back every table, project and indicator of the data file', () => {
  const data = dataFile('tongnan-cac-2023.json');
  const r = importFile('tongnan-2023.xlsx', data.department);
  assert.deepEqual(r.findings, [], 'a clean export needs no finding');
  assert.deepEqual(Object.keys(r.data.tables), Object.keys(data.tables));
  for (const kind of Object.keys(data.tables)) assert.deepStrictEqual(r.data.tables[kind], data.tables[kind], kind);
  assert.deepStrictEqual(r.data.projects, data.projects);
  assert.deepStrictEqual(r.data.overallPerformance, data.overallPerformance);
  assert.deepStrictEqual(r.data.department, data.department);
  assert.equal(explainDisclosure({ ...r.data, narrative: data.narrative }).ok, true);
  // Spot checks a reader would make: the 258.24 of 网信事务, a weight, a merged 一级指标.
  const row = r.data.tables['gpb-expenditure']!.rows.find((x) => x.code === '20137')!;
  assert.equal(row.values['total'], '258.24');
  assert.equal(r.data.projects![0]!.indicators[12]!.level1, '效益指标');
  assert.equal(r.data.overallPerformance!.indicators[0]!.weight, 10);
});

test('the example district in .xls (BIFF8): split 类/款/项 codes, 元, thousands separators, "附件N 表名"', () => {
  const data = dataFile('example-district-2024.json');
  const r = importFile('example-district-2024.xls', data.department);
  assert.deepEqual(r.findings.filter((f) => f.severity !== 'info'), []);
  assert.deepEqual(Object.keys(r.data.tables), Object.keys(data.tables));
  // The example's data file adds `year` to columns whose headings name none: a workbook cannot carry it.
  const noYear = (t: BudgetDisclosure['tables'][string]) => ({ ...t, columns: t.columns.map(({ year: _y, ...c }) => (c.type === 'code' ? { ...c, label: '类/款/项' } : c)) });
  for (const kind of Object.keys(data.tables)) {
    const got = r.data.tables[kind]!;
    const want = data.tables[kind]!;
    assert.deepStrictEqual(got.rows, want.rows, kind);
    assert.deepStrictEqual(noYear(got), noYear(want), kind);
  }
  // weightUnit "point" is the default the example leaves out.
  assert.deepStrictEqual(r.data.projects!.map(({ weightUnit: _w, ...p }) => p), data.projects!.map(({ weightUnit: _w, ...p }) => p));
  assert.deepStrictEqual(r.data.overallPerformance, { ...data.overallPerformance, weightUnit: r.data.overallPerformance!.weightUnit });
  const edu = r.data.tables['gpb-expenditure']!.rows.find((x) => x.code === '2050201')!;
  assert.equal(edu.values['total'], data.tables['gpb-expenditure']!.rows.find((x) => x.code === '2050201')!.values['total']);
});

for (const file of ['quirks.xlsx', 'quirks.xls']) {
  test(`quirks (${file}): two tables on one sheet named __proto__, split and joined codes, noise, text amounts, marks`, () => {
    const r = importFile(file, { name: '某某区某某局', region: '某某区', fiscalYear: 2024 });
    const gpb = r.data.tables['gpb-expenditure']!;
    assert.equal(gpb.attachment, '2');
    assert.equal(gpb.title, '一般公共预算财政拨款支出预算表');
    assert.equal(gpb.unit, '万元');
    assert.deepEqual(gpb.columns.map((c) => c.key), ['code', 'name', 'prior.total', 'total', 'basic', 'project', 'col.I']);
    assert.deepEqual(gpb.rows.map((x) => [x.code, x.name, x.role, x.values['total'], x.values['project']]), [
      [undefined, '合计', 'total', '258.24', '102.00'], // 258.23999999999998 stored; the formula's cached 102
      ['201', '一般公共服务支出', undefined, '258.24', '102.00'],
      ['20137', '网信事务', undefined, '258.24', '102.00'],
      ['2013701', '行政运行', undefined, '156.24', null],
      ['2013799', '其他网信事务支出', undefined, '102.00', '102.00'],
    ]);
    assert.equal(gpb.rows[3]!.values['col.I'], '1.01', '1.005 shown with three decimals is rounded in decimal, and reported');
    assert.deepEqual(at(r, 'rounded'), ['__proto__!I8']);
    assert.deepEqual(at(r, 'unmapped-column'), ['__proto__!I3']);

    const basic = r.data.tables['gpb-basic-expenditure']!;
    assert.equal(basic.attachment, '3');
    assert.equal(basic.unit, '元');
    assert.deepEqual(basic.rows.map((x) => [x.code, x.name, x.values['total'], x.values['public']]), [
      [undefined, '合计', '1234.50', '234.50'],
      ['301', '工资福利支出', '1000.00', '-'],
      ['30101', '基本工资', '1000.00', '0.00'],
      ['302', '商品和服务支出', '234.50', '234.50'],
    ]);
    assert.deepEqual(at(r, 'joined-codes'), ['__proto__!A12']);

    const summary = r.data.tables['dept-summary']!;
    assert.deepEqual(summary.rows.map((x) => [x.side, x.name, x.role, x.values['amount']]), [
      ['income', '一般公共预算拨款收入', undefined, '258.24'],
      ['income', '政府性基金预算拨款收入', undefined, null],
      ['income', '本年收入合计', 'subtotal', '258.24'],
      ['income', '上年结转', undefined, '-'],
      ['income', '收入总计', 'total', '258.24'],
      ['expenditure', '一、一般公共服务支出', undefined, '258.24'],
      ['expenditure', '二、教育支出', undefined, null],
      ['expenditure', '本年支出合计', 'subtotal', '258.24'],
      ['expenditure', '结转下年', undefined, null],
      ['expenditure', '支出总计', 'total', '258.24'],
    ]);
    assert.deepEqual(at(r, 'continued'), ['Sheet3!A1']);
    // The .xls writer cannot store a formula without its value; the .xlsx has one, flagged.
    assert.deepEqual(at(r, 'formula-without-value'), file.endsWith('.xlsx') ? ['Sheet2!D6'] : []);

    assert.deepEqual(r.data.tables['other-1'], { title: '部门人员情况表', columns: [{ key: 'name', label: '项目', type: 'name' }, { key: 'col.B', label: '人数' }], rows: [{ name: '行政编制', values: { 'col.B': '12' } }] });
    assert.deepEqual(at(r, 'unknown-table'), ['Sheet4!A1']);
    const p = r.data.projects![0]!;
    assert.deepEqual([p.code, p.name, p.sequence, p.amount, p.indicators.length, p.indicators[13]!.level2], ['50015223T000003492534', '2023 网络宣传专项', '1', '18', 14, '服务对象满意度指标']);
    assert.equal(explainDisclosure(r.data).ok, true);
  });
}

test('a 部门决算 workbook: 决算 kinds kept under their own names, 行次 as text, sides and roles', () => {
  const r = importFile('final-2023.xlsx');
  assert.equal(r.data.department.kind, 'final');
  assert.equal(r.data.department.fiscalYear, 2023);
  assert.deepEqual(Object.keys(r.data.tables), ['final-summary', 'final-expenditure']);
  const s = r.data.tables['final-summary']!;
  assert.deepEqual(s.rows.filter((x) => x.role).map((x) => [x.side, x.name, x.role, x.values['amount'], x.text?.['line']]), [
    ['income', '本年收入合计', 'subtotal', '260.50', '9'],
    ['income', '总计', 'total', '260.50', '12'],
    ['expenditure', '本年支出合计', 'subtotal', '260.50', '34'],
    ['expenditure', '总计', 'total', '260.50', '37'],
  ]);
  assert.deepEqual(r.data.tables['final-expenditure']!.rows[0], { name: '合计', role: 'total', values: { total: '260.50', basic: '200.00', project: '60.50' } });
  assert.deepEqual(r.missing, ['name', 'region', 'fiscalYear (guessed)']);
  assert.equal(explainDisclosure(r.data).ok, true);
});

test('the year, when the department file does not give it: the one the workbook states as its disclosure’s, said with its cell', () => {
  // The example workbook names 2025 as some projects' 终止时间 and 2023 in last year's headings;
  // its titles and headings state 2024 (年部门预算, 2024年预算数).
  const r = importFile('example-district-2024.xls');
  assert.equal(r.data.department.fiscalYear, 2024);
  const reference = JSON.parse(readFileSync(new URL('../../data/example-district-2024.json', import.meta.url), 'utf8'));
  // This year's columns are this year's: the 三公 table as in the published file.
  assert.deepEqual(r.data.tables['sangong']?.rows.map((x) => x.values), reference.tables['sangong'].rows.map((x: { values: unknown }) => x.values));
  const said = r.findings.find((f) => f.code === 'fiscal-year-guessed');
  assert.ok(said, JSON.stringify(r.findings.map((f) => f.code)));
  assert.match(said.zh, /定为 2024 年/);
  assert.match(said.where ?? '', /!\w+\d+$/);
  // Given, nothing is guessed.
  assert.equal(importFile('example-district-2024.xls', { fiscalYear: 2024 }).findings.some((f) => f.code === 'fiscal-year-guessed'), false);
  assert.equal(importFile('final-2023.xlsx').data.department.fiscalYear, 2023);
});

test('a target table’s amount stated in another unit than the file’s is written in the file’s unit, and said', () => {
  // The example workbook is in 元 (资金总额（元）, 单位：元); a department file saying 万元.
  const reference = JSON.parse(readFileSync(new URL('../../data/example-district-2024.json', import.meta.url), 'utf8'));
  const r = importFile('example-district-2024.xls', { unit: '万元', fiscalYear: 2024 });
  assert.equal(r.data.department.unit, '万元');
  const first = r.data.projects!.find((p) => p.name === reference.projects[0].name)!;
  assert.equal(first.amount, '32.00'); // 320000.00 元, not 320,000.00 万元
  // 97579235.48 元 has six decimals in 万元: left out, with the fix.
  assert.equal(r.data.overallPerformance?.amount, undefined);
  const said = r.findings.filter((f) => f.code === 'target-amount-unit');
  assert.ok(said.some((f) => f.severity === 'info' && /320000\.00 元.*32\.00 万元/.test(f.zh)), JSON.stringify(said));
  assert.ok(said.some((f) => f.severity === 'warning' && /97579235\.48 元.*超过两位小数，未导入/.test(f.zh)), JSON.stringify(said));
  // In the workbook's own unit: as published, nothing to say.
  const same = importFile('example-district-2024.xls', { unit: '元', fiscalYear: 2024 });
  assert.equal(same.data.projects!.find((p) => p.name === reference.projects[0].name)!.amount, '320000.00');
  assert.equal(same.findings.some((f) => f.code === 'target-amount-unit'), false);
});

test('a standard table the workbook lacks is named in one warning, with how to fix it', () => {
  const findings = new FindingList();
  const sheets = readWorkbook('tongnan-2023.xlsx', workbook('tongnan-2023.xlsx'), findings);
  const without8 = sheets.filter((s) => s.name !== 'Sheet8');
  const r = importSheets(without8, dataFile('tongnan-cac-2023.json').department, findings.items);
  assert.equal(r.data.tables['dept-expenditure'], undefined);
  const missing = r.findings.filter((f) => f.code === 'standard-tables-missing');
  assert.equal(missing.length, 1);
  assert.equal(missing[0]!.severity, 'warning');
  assert.match(missing[0]!.zh, /8 张表中的 1 张：“部门支出总表”。如果工作簿中其实有某张表，请检查它上方的表名行/);
  assert.match(missing[0]!.en, /lacks 1 of the eight tables .*: “部门支出总表”/);

  // A 决算 workbook of two tables: the seven others, in the template's order.
  const final = importFile('final-2023.xlsx').findings.find((f) => f.code === 'standard-tables-missing');
  assert.match(final!.zh, /部门决算的 9 张标准表中的 7 张：“收入决算表”、“财政拨款收入支出决算总表”、/);

  // A workbook of performance targets only is not a disclosure with gaps: nothing to say.
  const targetsOnly = importSheets(sheets.filter((s) => s.name === '绩效目标'), {}, []);
  assert.deepEqual(at(targetsOnly, 'standard-tables-missing'), []);
});
