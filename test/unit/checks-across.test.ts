/** Rules 7–12: tables agree with each other. Each rule: a failing and a passing fixture. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../src/model/checks/index.js';
import { disclosure, indicator, labels, project, row, side, table, totalRow, twoSided } from '../fixtures/checks/build.js';

const only = (rule: string, data: Parameters<typeof runChecks>[0]) => runChecks(data).filter((f) => f.rule === rule);

const summary6 = (amount: string) =>
  twoSided(['amount'], ['amount'], [side('income', '收入总计', { amount }, 'total'), side('expenditure', '支出总计', { amount }, 'total')]);

test('R07 dept-totals: 部门收支总表 totals = 收入总表 and 支出总表 合计', () => {
  const t7 = table(['total'], [totalRow({ total: '291.00' })]);
  const t8 = table(['total'], [totalRow({ total: '291.00' })]);
  assert.deepEqual(only('R07', disclosure({ 'dept-summary': summary6('291.00'), 'dept-income': t7, 'dept-expenditure': t8 })), []);
  const f = only('R07', disclosure({ 'dept-summary': summary6('290.00'), 'dept-income': t7, 'dept-expenditure': t8 }));
  assert.deepEqual(f.map((x) => `${x.severity} ${x.place.column} ${x.expected} ${x.actual}`), ['error income:amount 291.00 290.00', 'error expenditure:amount 291.00 290.00']);
});

const fiscal = (gpb201: string) =>
  twoSided(['amount'], ['total', 'gpb', 'govFund'], [
    side('expenditure', '一、本年支出', { total: '20.00', gpb: '20.00', govFund: null }, 'subtotal'),
    side('expenditure', '(一) 一般公共服务支出', { total: gpb201, gpb: gpb201, govFund: null }),
    side('expenditure', '(八) 社会保障和就业支出', { total: '5.00', gpb: '5.00', govFund: null }),
    side('expenditure', '支出合计', { total: '20.00', gpb: '20.00', govFund: null }, 'total'),
  ]);
const gpb2 = () => table(['total', 'basic', 'project'], [
  totalRow({ total: '20.00', basic: '8.00', project: '12.00' }),
  row('201', '一般公共服务支出', { total: '15.00', basic: '3.00', project: '12.00' }),
  row('208', '社会保障和就业支出', { total: '5.00', basic: '5.00', project: null }),
]);

test('R08 fiscal-vs-gpb: table 1 class rows match table 2 classes by name without the ordinal', () => {
  assert.deepEqual(only('R08', disclosure({ 'fiscal-summary': fiscal('15.00'), 'gpb-expenditure': gpb2() })), []);
  const f = only('R08', disclosure({ 'fiscal-summary': fiscal('14.00'), 'gpb-expenditure': gpb2() }));
  assert.deepEqual(f.map((x) => `${x.severity} ${x.place.row} ${x.expected} ${x.actual}`), ['error (一) 一般公共服务支出 15.00 14.00']);
});

test('R08: a class missing from table 1, and the 政府性基金 column against table 5', () => {
  const one = fiscal('15.00');
  one.rows.splice(2, 1); // drop (八)
  const five = table(['total'], [totalRow({ total: '1.00' })]);
  const f = only('R08', disclosure({ 'fiscal-summary': one, 'gpb-expenditure': gpb2(), 'gov-fund-expenditure': five }));
  assert.deepEqual(f.map((x) => `${x.severity} ${x.place.row} ${x.place.column} ${x.expected}`), [
    'error 社会保障和就业支出 expenditure:gpb 5.00',
    'error 一、本年支出 expenditure:govFund 1.00',
  ]);
});

test('R09 basic-vs-economic: table 2 基本支出 = table 3 合计', () => {
  const three = (t: string) => table(['total'], [totalRow({ total: t })]);
  assert.deepEqual(only('R09', disclosure({ 'gpb-expenditure': gpb2(), 'gpb-basic-expenditure': three('8.00') })), []);
  const [f] = only('R09', disclosure({ 'gpb-expenditure': gpb2(), 'gpb-basic-expenditure': three('8.01') }));
  assert.deepEqual([f?.severity, f?.expected, f?.actual, f?.difference], ['rounding', '8.01', '8.00', '-0.01']);
});

const ten = (a: string, b: string, total = '12.00') =>
  table(['total'], [totalRow({ total }), row('2013799', '2023 网络宣传专项', { total: a }), row('2013799', '2023 网络安全维护专项', { total: b })]);

test('R10 projects-total: table 10 合计 = Σ projects = 项目支出 of table 2', () => {
  assert.deepEqual(only('R10', disclosure({ 'project-expenditure': ten('5.00', '7.00'), 'gpb-expenditure': gpb2() })), []);
  const f = only('R10', disclosure({ 'project-expenditure': ten('5.00', '6.00', '11.00'), 'gpb-expenditure': gpb2() }));
  assert.deepEqual(f.map((x) => `${x.severity} ${x.expected} ${x.actual}`), ['error 12.00 11.00']);
});

test('R11 project-targets: each target project is in table 10 with the same amount; cost indicators add up', () => {
  const cost = (value: string) => indicator('成本', { level2: '成本指标', operator: '=', value, unit: '万元' });
  const good = [project('2023 网络宣传专项', [cost('3'), cost('2')], { amount: '5' }), project('2023 网络安全维护专项', [], { amount: '7.00' })];
  assert.deepEqual(only('R11', disclosure({ 'project-expenditure': ten('5.00', '7.00') }, { projects: good })), []);
  const bad = [project('2023 网络宣传专项', [cost('3'), cost('1')], { amount: '5' }), project('不存在的项目', [], { amount: '1' }), project('2023 网络安全维护专项', [], { amount: '8' })];
  const f = only('R11', disclosure({ 'project-expenditure': ten('5.00', '7.00') }, { projects: bad }));
  assert.deepEqual(f.map((x) => `${x.severity} ${x.place.project}`), ['warning 2023 网络宣传专项', 'error 不存在的项目', 'error 2023 网络安全维护专项']);
  assert.match(f[0]!.message.zh, /通常等于 2 个成本指标之和：应为 4\.00，实为 5\.00/);
});

test('R11: a project is found by name (whitespace ignored) or by code, the first matching row of table 10 winning', () => {
  const t10 = table(['total'], [
    totalRow({ total: '16.00' }),
    row('P-1', '网络 宣传\n专项', { total: '5.00' }),
    row('P-2', '舆情监测专项', { total: '7.00' }),
    row('P-3', '网络宣传专项', { total: '4.00' }),
  ]);
  const found = (p: ReturnType<typeof project>) => only('R11', disclosure({ 'project-expenditure': t10 }, { projects: [p] })).map((x) => `${x.severity} ${x.place.row ?? ''} ${x.expected ?? ''}`);
  // By name: the first of two rows that print the same name (P-1), not the later P-3.
  assert.deepEqual(found(project('网络宣传专项', [], { amount: '5.00' })), []);
  assert.deepEqual(found(project('网络宣传专项', [], { amount: '4.00' })), ['error P-1 5.00']);
  // By code, under another name.
  assert.deepEqual(found(project('改名后的项目', [], { code: 'P-2', amount: '6.00' })), ['error P-2 7.00']);
  // Name and code point at different rows: the earlier row (P-1 by name before P-3 by code).
  assert.deepEqual(found(project('网络宣传专项', [], { code: 'P-3', amount: '4.00' })), ['error P-1 5.00']);
  // The code's row (P-1) comes before the name's (P-2): P-1 is the one compared, and agrees.
  assert.deepEqual(found(project('舆情监测专项', [], { code: 'P-1', amount: '5.00' })), []);
});

test('R12 sangong-vs-economic: 三公 items = 30217/30231/30212 of table 3, as a warning', () => {
  const four = table(['total', 'abroad', 'vehicleOps', 'reception'], [totalRow({ total: '7.00', abroad: null, vehicleOps: '3.50', reception: '3.50' })]);
  const three = (reception: string) =>
    table(['total'], [row('30212', '因公出国（境）费用', { total: null }), row('30217', '公务接待费', { total: reception }), row('30231', '公务用车运行维护费', { total: '3.50' })]);
  assert.deepEqual(only('R12', disclosure({ sangong: four, 'gpb-basic-expenditure': three('3.50') })), []);
  const f = only('R12', disclosure({ sangong: four, 'gpb-basic-expenditure': three('3.00') }));
  assert.deepEqual(labels(f), ['R12:warning']);
  assert.equal(f[0]!.place.column, 'reception');
});
