/** The comparison every amount rule uses: exact cents, tolerance per rounded term, units. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, stripOrdinal } from '../../src/model/checks/context.js';
import { runChecks, summarise } from '../../src/model/checks/index.js';
import { disclosure, row, table, totalRow } from '../fixtures/checks/build.js';

const base = { rule: 'R01' as const, place: {}, where: { zh: 'X', en: 'X' }, relation: { zh: '应等于', en: 'should equal' } };
const wan = (s: number) => ({ cents: s, unit: '万元' as const });
const yuan = (s: number) => ({ cents: s, unit: '元' as const });

test('tolerance is 0.01 of the unit per rounded term', () => {
  assert.equal(compare({ ...base, actual: wan(25824), terms: [wan(8707), wan(6918), wan(10200)] })?.severity, 'rounding');
  assert.equal(compare({ ...base, actual: wan(25822), terms: [wan(8707), wan(6918), wan(10200)] })?.severity, 'rounding');
  assert.equal(compare({ ...base, actual: wan(25821), terms: [wan(8707), wan(6918), wan(10200)] })?.severity, 'error');
  assert.equal(compare({ ...base, actual: wan(100), terms: [wan(100)] }), null);
  // A plain equality counts as one term.
  assert.equal(compare({ ...base, actual: wan(101), terms: [wan(100)] })?.severity, 'rounding');
  assert.equal(compare({ ...base, actual: wan(102), terms: [wan(100)] })?.severity, 'error');
  // An empty cell against money is never rounding.
  assert.equal(compare({ ...base, actual: null, terms: [wan(1)] })?.severity, 'error');
  assert.equal(compare({ ...base, actual: null, terms: [null, null] }), null);
});

test('files in 元 get 0.01 元 per term, not 100 元; mixed units compare exactly in the finer unit', () => {
  assert.equal(compare({ ...base, actual: yuan(100), terms: [yuan(1)] })?.severity, 'error');
  const f = compare({ ...base, actual: yuan(189_0050_00), terms: [wan(189_00)] });
  assert.deepEqual([f?.severity, f?.unit, f?.expected, f?.actual, f?.difference], ['rounding', '元', '1890000.00', '1890050.00', '50.00']);
  assert.equal(compare({ ...base, actual: yuan(189_0000_00), terms: [wan(189_00)] }), null);
  assert.equal(compare({ ...base, actual: yuan(189_0200_00), terms: [wan(189_00)] })?.severity, 'error');
});

test('a whole file in 元 is checked in 元', () => {
  const t = table(['total'], [totalRow({ total: '100.01' }), row('201', 'a', { total: '50.00' }), row('208', 'b', { total: '50.00' })]);
  const [f] = runChecks(disclosure({ 'dept-expenditure': t }, { department: { name: 'd', region: 'r', fiscalYear: 2024, kind: 'budget', unit: '元' } }));
  assert.deepEqual([f?.severity, f?.unit], ['rounding', '元']);
});

test('stripOrdinal removes the printed ordinals of class rows', () => {
  assert.equal(stripOrdinal('(八) 社会保障和就业支出'), '社会保障和就业支出');
  assert.equal(stripOrdinal('（二十）住房保障支出'), '住房保障支出');
  assert.equal(stripOrdinal('一、一般公共服务支出'), '一般公共服务支出');
  assert.equal(stripOrdinal('行政运行'), '行政运行');
});

test('summarise counts by severity and rule', () => {
  const t = table(['total', 'basic', 'project'], [row('201', 'x', { total: '9.99', basic: '5.00', project: '5.00' }), row('208', 'y', { total: '9.00', basic: '5.00', project: '5.00' })]);
  assert.deepEqual(summarise(runChecks(disclosure({ 'gpb-expenditure': t }))), { counts: { error: 1, warning: 0, rounding: 1, info: 0 }, byRule: { R01: 2 }, hasErrors: true });
});
