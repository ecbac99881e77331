/** Rules 1–6: relations inside one table. Each rule: a failing and a passing fixture. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../src/model/checks/index.js';
import { disclosure, labels, row, side, table, totalRow, twoSided } from '../fixtures/checks/build.js';

const only = (rule: string, data: Parameters<typeof runChecks>[0]) => runChecks(data).filter((f) => f.rule === rule);

test('R01 row-sum: 总计 = 基本支出 + 项目支出, error beyond rounding', () => {
  const bad = disclosure({ 'gpb-expenditure': table(['total', 'basic', 'project'], [row('2013701', '行政运行', { total: '10.00', basic: '7.00', project: '2.50' })]) });
  const [f] = only('R01', bad);
  assert.equal(f?.severity, 'error');
  assert.deepEqual([f!.expected, f!.actual, f!.difference, f!.unit], ['9.50', '10.00', '0.50', '万元']);
  assert.deepEqual(f!.place, { table: 'gpb-expenditure', row: '2013701', column: 'total' });
  assert.match(f!.message.zh, /2013701 行政运行「total」应等于 basic \+ project：应为 9\.50，实为 10\.00/);
  const good = disclosure({ 'gpb-expenditure': table(['total', 'basic', 'project'], [row('2013701', '行政运行', { total: '9.50', basic: '7.00', project: '2.50' })]) });
  assert.deepEqual(only('R01', good), []);
});

test('R01 row-sum: 人员经费 + 日常公用经费 and the funding-source columns', () => {
  const t3 = table(['total', 'personnel', 'public'], [row('301', '工资福利支出', { total: '5.00', personnel: '4.00', public: null })]);
  const t7 = table(['total', 'gpb', 'other'], [row('201', '一般公共服务支出', { total: '3.00', gpb: '2.00', other: '1.00' })]);
  assert.deepEqual(labels(only('R01', disclosure({ 'gpb-basic-expenditure': t3, 'dept-income': t7 }))), ['R01:error']);
  t3.rows[0]!.values.personnel = '5.00';
  assert.deepEqual(only('R01', disclosure({ 'gpb-basic-expenditure': t3, 'dept-income': t7 })), []);
});

test('R01 is skipped when a part column is not published', () => {
  const t = table(['total', 'basic'], [row('201', 'x', { total: '5.00', basic: '1.00' })]);
  assert.deepEqual(only('R01', disclosure({ 'gpb-expenditure': t })), []);
});

test('R02 hierarchy: 款 = Σ 项 within 0.01 per term is a rounding note, beyond is an error', () => {
  const rows = (kuan: string) => [
    totalRow({ total: kuan }),
    row('201', '一般公共服务支出', { total: kuan }),
    row('20137', '网信事务', { total: kuan }),
    row('2013701', '行政运行', { total: '87.07' }),
    row('2013750', '事业运行', { total: '69.18' }),
    row('2013799', '其他网信事务支出', { total: '102.00' }),
  ];
  const rounding = only('R02', disclosure({ 'dept-expenditure': table(['total'], rows('258.24')) }));
  assert.deepEqual(labels(rounding), ['R02:rounding']);
  assert.deepEqual([rounding[0]!.expected, rounding[0]!.actual, rounding[0]!.difference], ['258.25', '258.24', '-0.01']);
  assert.equal(rounding[0]!.place.row, '20137');
  const error = only('R02', disclosure({ 'dept-expenditure': table(['total'], rows('258.20')) }));
  assert.deepEqual(labels(error), ['R02:error']);
  assert.deepEqual(only('R02', disclosure({ 'dept-expenditure': table(['total'], rows('258.25')) })), []);
});

test('R02 hierarchy: the 合计 row = Σ 类, for prior-year columns too', () => {
  const t = table(['prior.total'], [totalRow({ 'prior.total': '30.00' }), row('201', 'a', { 'prior.total': '10.00' }), row('208', 'b', { 'prior.total': '10.00' })]);
  const [f] = only('R02', disclosure({ 'gpb-expenditure': t }));
  assert.deepEqual([f?.severity, f?.place.column, f?.expected], ['error', 'prior.total', '20.00']);
  t.rows[0]!.values['prior.total'] = '20.00';
  assert.deepEqual(only('R02', disclosure({ 'gpb-expenditure': t })), []);
});

test('R02: an empty parent whose items hold money is an error, all-empty is fine', () => {
  const t = table(['total'], [row('303', '对个人和家庭的补助', { total: null }), row('30307', '医疗费补助', { total: null })]);
  assert.deepEqual(only('R02', disclosure({ 'gpb-basic-expenditure': t })), []);
  t.rows[1]!.values.total = '1.00';
  const [f] = only('R02', disclosure({ 'gpb-basic-expenditure': t }));
  assert.deepEqual([f?.severity, f?.actual], ['error', '']);
});

const deptSummary = (incomeTotal: string, expenditureTotal: string) =>
  twoSided(['amount'], ['amount'], [
    side('income', '一般公共预算拨款收入', { amount: '291.00' }),
    side('income', '政府性基金预算拨款收入', { amount: '.' }),
    side('income', '本年收入合计', { amount: '291.00' }, 'subtotal'),
    side('income', '上年结转', { amount: null }),
    side('income', '收入总计', { amount: incomeTotal }, 'total'),
    side('expenditure', '一、一般公共服务支出', { amount: '291.00' }),
    side('expenditure', '本年支出合计', { amount: '291.00' }, 'subtotal'),
    side('expenditure', '结转下年', { amount: null }),
    side('expenditure', '支出总计', { amount: expenditureTotal }, 'total'),
  ]);

test('R03 dept-summary: 收入总计 = 支出总计 and each total = its rows', () => {
  assert.deepEqual(only('R03', disclosure({ 'dept-summary': deptSummary('291.00', '291.00') })), []);
  const f = only('R03', disclosure({ 'dept-summary': deptSummary('300.00', '291.00') }));
  // 收入总计 ≠ 支出总计, and 收入总计 ≠ 本年收入合计 + 上年结转.
  assert.deepEqual(labels(f), ['R03:error', 'R03:error']);
  assert.deepEqual(f.map((x) => x.place), [
    { table: 'dept-summary', row: '收入总计', column: 'income:amount' },
    { table: 'dept-summary', row: '收入总计', column: 'income:amount' },
  ]);
});

const fiscal = (gpb: string) =>
  twoSided(['amount'], ['total', 'gpb', 'govFund'], [
    side('income', '一、本年收入', { amount: '10.00' }, 'subtotal'),
    side('income', '(一) 一般公共预算拨款', { amount: '10.00' }),
    side('income', '(二) 政府性基金预算拨款', { amount: null }),
    side('income', '二、上年结转', { amount: null }, 'subtotal'),
    side('income', '(一) 一般公共预算拨款', { amount: null }),
    side('income', '收入合计', { amount: '10' }, 'total'),
    side('expenditure', '一、本年支出', { total: '10.00', gpb: '10.00', govFund: null }, 'subtotal'),
    side('expenditure', '(一) 一般公共服务支出', { total: '10.00', gpb, govFund: null }),
    side('expenditure', '二、结转下年', { total: null, gpb: null, govFund: null }),
    side('expenditure', '支出合计', { total: '10.00', gpb: '10.00', govFund: null }, 'total'),
  ]);

test('R04 fiscal-summary: income = expenditure, 合计 = 一般公共预算 + 政府性基金, headed sections', () => {
  assert.deepEqual(only('R04', disclosure({ 'fiscal-summary': fiscal('10.00') })), []);
  const f = only('R04', disclosure({ 'fiscal-summary': fiscal('8.00') }));
  // The class row's 合计 ≠ its funds, and 一、本年支出 一般公共预算 ≠ its (一) row.
  assert.deepEqual(f.map((x) => `${x.severity} ${x.place.row} ${x.place.column}`), [
    'error (一) 一般公共服务支出 expenditure:total',
    'error 一、本年支出 expenditure:gpb',
  ]);
});

const sangong = (total: string, vehicle: string) =>
  table(['prior.total', 'total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'reception'], [
    totalRow({ 'prior.total': '7.90', total, abroad: null, vehicle, vehiclePurchase: null, vehicleOps: '3.50', reception: '3.50' }),
    row('307', '区委网信办', { 'prior.total': '7.90', total, abroad: null, vehicle, vehiclePurchase: null, vehicleOps: '3.50', reception: '3.50' }),
  ]);

test('R05 sangong-sum: 总计 = items, 小计 = 购置 + 运行维护, 合计 = Σ units', () => {
  assert.deepEqual(only('R05', disclosure({ sangong: sangong('7.00', '3.50') })), []);
  const f = only('R05', disclosure({ sangong: sangong('7.00', '3.00') }));
  // 小计 ≠ 购置 + 运行维护 on both rows; 总计 uses the published 小计, so it is off too.
  assert.deepEqual(f.map((x) => `${x.severity} ${x.place.row} ${x.place.column}`), [
    'error 合计 vehicle',
    'error 合计 total',
    'error 307 vehicle',
    'error 307 total',
  ]);
});

test('R05: a zero 总计 with a non-zero item is an error', () => {
  const t = table(['total', 'abroad', 'reception'], [row('307', 'x', { total: '0', abroad: '0', reception: '1.00' })]);
  const [f] = only('R05', disclosure({ sangong: t }));
  assert.equal(f?.severity, 'error');
  assert.match(f!.message.en, /is 0 but reception is not/);
  t.rows[0]!.values.reception = null;
  assert.deepEqual(only('R05', disclosure({ sangong: t })), []);
});

test('R06 procurement-sum: 合计 = 货物 + 工程 + 服务 in every column', () => {
  const t = (goods: string) =>
    table(['total', 'gpb'], [totalRow({ total: '3.50', gpb: '3.50' }), row(undefined, '货物类', { total: goods, gpb: goods }), row(undefined, '工程类', {}), row(undefined, '服务类', {})]);
  assert.deepEqual(only('R06', disclosure({ procurement: t('3.50') })), []);
  assert.deepEqual(labels(only('R06', disclosure({ procurement: t('3.00') }))), ['R06:error', 'R06:error']);
});

test('checks skip tables that are not published and never change the data', () => {
  const data = disclosure({});
  assert.deepEqual(runChecks(data), []);
  const t = disclosure({ 'gpb-expenditure': table(['total', 'basic', 'project'], [row('201', 'x', { total: '9.99', basic: '1.00', project: '1.00' })]) });
  const before = JSON.stringify(t);
  runChecks(t);
  assert.equal(JSON.stringify(t), before);
});
