/**
 * What the hostile corpus (issue 6) found in the checks, pinned on minimal fixtures: malformed
 * codes get a finding (R19), an empty cell is "not checked" rather than 0 where a figure is
 * stated elsewhere (R11–R14), and keys that name Object.prototype members are plain keys.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/model/checks/context.js';
import { RULES, runChecks } from '../../src/model/checks/index.js';
import { disclosure, figure, labels, project, row, table, totalRow } from '../fixtures/checks/build.js';

const only = (rule: string, data: Parameters<typeof runChecks>[0]) => runChecks(data).filter((f) => f.rule === rule);
const wan = (cents: number) => ({ cents, unit: '万元' as const });
const base = { rule: 'R14' as const, place: {}, where: { zh: 'X', en: 'X' }, relation: { zh: '应等于 Y', en: 'should equal Y' } };

test('R31 (stated 三公) is the last rule of the data, then X01 (a fault of the checker), each with a slug and both titles', () => {
  const ids = Object.keys(RULES);
  assert.deepEqual(ids.slice(-14), ['R19', 'R20', 'R21', 'R22', 'R23', 'R24', 'R25', 'R26', 'R27', 'R28', 'R29', 'R30', 'R31', 'X01']);
  assert.deepEqual(RULES.R19, { slug: 'code-format', zh: '科目编码格式正确', en: 'Classification codes are well-formed' });
  assert.deepEqual(RULES.R20, { slug: 'unique-codes', zh: '编码不重复', en: 'Codes are unique' });
});

test('R19: malformed function and economic codes are each named in a warning; well-formed ones and unit codes are not', () => {
  const gpb = table(['total'], [
    row('201', 'a', { total: '1.00' }),
    row('20A37', 'b', { total: '1.00' }),
    row('2013701 ', 'c', { total: '1.00' }),
    row('2013', 'd', { total: '1.00' }),
    row('2013701', 'e', { total: '1.00' }),
  ]);
  const basic = table(['total'], [row('301', 'f', { total: '1.00' }), row('30101', 'g', { total: '1.00' }), row('3010101', 'h', { total: '1.00' })]);
  const sangong = table(['total'], [row('307-01', '本级', { total: '1.00' })]);
  const f = only('R19', disclosure({ 'gpb-expenditure': gpb, 'gpb-basic-expenditure': basic, sangong, 'local-extra': table(['total'], [row('X1', 'x', {})]) }));
  assert.deepEqual(f.map((x) => `${x.severity} ${x.place.table} ${x.actual}`), [
    'warning gpb-expenditure 20A37',
    'warning gpb-expenditure 2013701 ',
    'warning gpb-expenditure 2013',
    'warning gpb-basic-expenditure 3010101',
  ]);
  assert.match(f[0]!.message.en, /"20A37", which is malformed: it holds characters other than digits/);
  assert.match(f[1]!.message.en, /"2013701 ", which is malformed: it has spaces around it/);
  assert.match(f[2]!.message.en, /it has 4 digits; a function code has 3, 5 or 7 digits/);
  assert.match(f[3]!.message.en, /an economic code has 3 or 5 digits/);
  assert.match(f[0]!.message.zh, /编码 "20A37" 格式不正确/);
});

test('compare with emptyNotChecked: an empty cell is not checked (info), a stated 0 agrees with it, money still compares', () => {
  const r = compare({ ...base, actual: wan(29100), terms: [null], emptyNotChecked: true });
  assert.deepEqual([r?.severity, r?.expected, r?.actual], ['info', undefined, undefined]);
  assert.equal(r?.message.en, 'X should equal Y: not checked, as a cell it needs is empty (nothing published).');
  assert.equal(compare({ ...base, actual: wan(0), terms: [null], emptyNotChecked: true }), null);
  assert.equal(compare({ ...base, actual: wan(100), terms: [wan(100), null], emptyNotChecked: true })?.severity, 'info');
  assert.equal(compare({ ...base, actual: null, terms: [wan(100)], emptyNotChecked: true })?.severity, 'info');
  assert.equal(compare({ ...base, actual: wan(100), terms: [wan(300)], emptyNotChecked: true })?.severity, 'error');
  // Without the flag (within one table) an empty cell still counts as 0.
  assert.equal(compare({ ...base, actual: wan(100), terms: [null] })?.severity, 'error');
});

test('R11/R13: a target amount or a stated change against empty cells is not checked', () => {
  const ten = table(['total'], [totalRow({ total: null }), row('2013799', 'P', { total: null })]);
  const data = disclosure({ 'project-expenditure': ten }, { projects: [project('P', [], { amount: '18.00' })] });
  assert.deepEqual(labels(only('R11', data)), ['R11:info']);
  const sangong = table(['prior.total', 'total'], [totalRow({ 'prior.total': '7.90', total: '.' })]);
  const stated = { narrative: { sections: [], figures: [figure('sangong.change', '-0.9')], glossary: [] } };
  assert.deepEqual(labels(only('R13', disclosure({ sangong }, stated))), ['R13:info']);
});

test('columns and kinds named after Object.prototype members are plain keys', () => {
  const t = table(['total', '__proto__', 'constructor', 'toString', 'hasOwnProperty'], [totalRow({ total: '1.00' }), row('201', 'a', { total: '1.00' })]);
  const data = disclosure({ 'gpb-expenditure': t, constructor: t, 'to-string': t });
  assert.doesNotThrow(() => runChecks(data));
  assert.deepEqual(runChecks(data).filter((f) => f.severity === 'error'), []);
  const odd = disclosure({}, { narrative: { sections: [], figures: [figure('income.constructor', '1'), figure('constructor', '1'), figure('toString.change', '1')], glossary: [] }, projects: [project('P', [{ level1: 'constructor', level2: 'x', name: 'n', operator: '≥', value: '1', unit: '次' }])] });
  assert.doesNotThrow(() => runChecks(odd));
  for (const f of runChecks(odd)) assert.doesNotMatch(`${f.message.zh} ${f.message.en}`, /function|native code/);
});
