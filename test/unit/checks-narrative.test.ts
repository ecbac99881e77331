/** Rules 13–14: the narrative's stated figures against the tables. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../src/model/checks/index.js';
import { disclosure, figure, labels, row, side, table, totalRow, twoSided } from '../fixtures/checks/build.js';
import type { Figure } from '../../src/model/schema.js';

const only = (rule: string, data: Parameters<typeof runChecks>[0]) => runChecks(data).filter((f) => f.rule === rule);
const narrative = (figures: Figure[]) => ({ narrative: { sections: [], figures, glossary: [] } });

const sangong = table(['prior.total', 'total', 'prior.reception', 'reception'], [totalRow({ 'prior.total': '7.90', total: '7.00', 'prior.reception': '3.90', reception: '3.50' })]);
const gpb = table(['prior.total', 'total', 'basic', 'project'], [totalRow({ 'prior.total': '312.49', total: '291.00', basic: '189.00', project: '102.00' })]);

test('R13 stated-changes: a change = this year − last year', () => {
  const good = narrative([figure('sangong.change', '-0.9'), figure('sangong.reception.change', '-0.4'), figure('gpb.change', '-21.49')]);
  assert.deepEqual(only('R13', disclosure({ sangong, 'gpb-expenditure': gpb }, good)), []);
  const bad = narrative([figure('sangong.change', '-0.8'), figure('gpb.change', '-21.50')]);
  const f = only('R13', disclosure({ sangong, 'gpb-expenditure': gpb }, bad));
  assert.deepEqual(f.map((x) => `${x.severity} ${x.place.figure} ${x.expected} ${x.actual}`), ['error sangong.change -0.90 -0.80', 'rounding gpb.change -21.49 -21.50']);
});

test('R13: a change no table can verify is an info; appropriation-only income uses table 2 as a warning', () => {
  const six = twoSided(['amount'], ['amount'], [side('income', '收入总计', { amount: '291.00' }, 'total'), side('expenditure', '支出总计', { amount: '291.00' }, 'total')]);
  const data = (v: string) => disclosure({ 'gpb-expenditure': gpb, 'dept-summary': six }, narrative([figure('income.change', v), figure('operating.change', '-17.16')]));
  assert.deepEqual(labels(only('R13', data('-21.49'))), ['R13:info']);
  assert.deepEqual(labels(only('R13', data('-20.00'))), ['R13:warning', 'R13:info']);
  // The unverifiable 机关运行经费 change, worded for people in both languages (no "operating.change").
  const [info] = only('R13', data('-21.49'));
  assert.equal(info!.message.zh, '文字说明中的“机关运行经费较上年增减”无对应的表格数据，未核对。');
  assert.equal(info!.message.en, 'The stated figure “change in administrative running costs (机关运行经费)” has no matching table value, so it was not checked.');
  const basic = only('R13', disclosure({ 'gpb-expenditure': gpb }, narrative([figure('basic.change', '-1.00')])));
  assert.deepEqual(basic.map((x) => x.message.en), ['The stated figure “change in basic expenditure” has no matching table value, so it was not checked.']);
});

test('R14 stated-figures: totals, 三公, classes and sources equal the tables (an empty cell agrees with a stated 0, else it is not checked)', () => {
  const eight = table(['total'], [totalRow({ total: '291.00' }), row('201', '一般公共服务支出', { total: '258.24' })]);
  const seven = table(['total', 'gpb', 'govFund'], [totalRow({ total: '291.00', gpb: '291.00', govFund: '.' })]);
  const tables = { sangong, 'gpb-expenditure': gpb, 'dept-expenditure': eight, 'dept-income': seven };
  const good = narrative([
    figure('sangong.total', '7'),
    figure('basic.total', '189'),
    figure('expenditure.class.201', '258.24'),
    figure('expenditure.class.205', '0'),
    figure('income.gpb', '291'),
    figure('income.govFund', '0'),
    figure('assets.vehicles', '1', { unit: '辆' }),
  ]);
  assert.deepEqual(only('R14', disclosure(tables, good)), []);
  const bad = narrative([figure('sangong.total', '7.9'), figure('expenditure.class.205', '3'), figure('income.govFund', '1')]);
  // A missing row (205) and a printed mark (".") are "nothing published", never 0: a figure
  // stated against them cannot be verified, which is an info, not an error (issue 6).
  const found = only('R14', disclosure(tables, bad));
  assert.deepEqual(found.map((x) => `${x.severity} ${x.place.figure}`), [
    'error sangong.total',
    'info expenditure.class.205',
    'info income.govFund',
  ]);
  assert.match(found[2]!.message.en, /not checked, as a cell it needs is empty \(nothing published\)/);
});

test('R14: 机关运行经费 vs 日常公用经费 is a warning; the overall target amount = department expenditure', () => {
  const three = (pub: string) => table(['total', 'public'], [totalRow({ total: '189.00', public: pub })]);
  const six = twoSided(['amount'], ['amount'], [side('expenditure', '支出总计', { amount: '291.00' }, 'total')]);
  const overall = (amount: string) => ({ overallPerformance: { amount, goal: 'g', indicators: [] } });
  const fig = narrative([figure('operating.total', '40.6')]);
  assert.deepEqual(only('R14', disclosure({ 'gpb-basic-expenditure': three('40.60'), 'dept-summary': six }, { ...fig, ...overall('291.00') })), []);
  const f = only('R14', disclosure({ 'gpb-basic-expenditure': three('41.60'), 'dept-summary': six }, { ...fig, ...overall('290.00') }));
  assert.deepEqual(f.map((x) => `${x.severity} ${x.place.figure ?? x.place.table}`), ['warning operating.total', 'error overall-performance']);
});

test('R14 on a 收支总表 without rows names the column of the side the figure is about', () => {
  const six = twoSided(['amount'], ['amount'], []);
  // Both sides' columns have the key "amount"; only the label tells them apart.
  six.columns = six.columns.map((c) => (c.key === 'amount' ? { ...c, label: c.side === 'income' ? '收入 预算数' : '支出 预算数' } : c));
  const data = disclosure(
    { 'dept-summary': six },
    { ...narrative([figure('income.total', '291'), figure('expenditure.total', '291')]), overallPerformance: { amount: '291.00', goal: 'g', indicators: [] } },
  );
  const f = only('R14', data);
  assert.deepEqual(f.map((x) => `${x.severity} ${x.place.figure ?? x.place.table}`), ['info income.total', 'info expenditure.total', 'info overall-performance']);
  assert.match(f[0]!.message.zh, /「收入 预算数」/);
  assert.match(f[1]!.message.zh, /「支出 预算数」/);
  assert.match(f[2]!.message.en, /“支出 预算数”/);
});
