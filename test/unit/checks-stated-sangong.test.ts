import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { runChecks } from '../../src/model/checks/index.js';

// A 三公 table of this year only, every figure and change stated in the text (issue 11).
const base = JSON.parse(readFileSync('test/fixtures/charts/yiyuan-stated.json', 'utf8')) as BudgetDisclosure;
const r31 = (d: BudgetDisclosure) => runChecks(d).filter((f) => f.rule === 'R31');
const withFigure = (key: string, value: string) => {
  const d = structuredClone(base);
  d.narrative!.figures!.find((f) => f.key === key)!.value = value;
  return d;
};

test('R31 passes when the stated 三公 figures and changes agree', () => {
  assert.deepEqual(r31(base), []);
});

test('R31: a stated vehicle change that is not 购置 + 运行 is an error, with both figures named', () => {
  const [f, ...rest] = r31(withFigure('sangong.vehicle.change', '0.17'));
  assert.equal(rest.length, 1); // the total (abroad + vehicle + reception) no longer adds up either
  assert.deepEqual([f!.severity, f!.place, f!.expected, f!.actual, f!.difference, f!.unit], ['error', { figure: 'sangong.vehicle.change' }, '0.07', '0.17', '0.10', '亿元']);
  assert.equal(
    f!.message.zh,
    '文字说明中的“公务用车购置及运行费较上年增减”应等于“公务用车购置费较上年增减” + “公务用车运行维护费较上年增减”：应为 0.07，实为 0.17，相差 0.10 亿元。',
  );
  assert.equal(rest[0]!.place.figure, 'sangong.change');
});

test('R31: a stated total change 0.01 off the items is a 尾差 note; the amounts are checked the same way', () => {
  const [f] = r31(withFigure('sangong.change', '0.05'));
  assert.deepEqual([f!.severity, f!.expected, f!.actual], ['rounding', '0.04', '0.05']);
  const [g] = r31(withFigure('sangong.total', '1.38'));
  assert.deepEqual([g!.severity, g!.place.figure, g!.expected], ['error', 'sangong.total', '1.28']);
});

test('R31: without the vehicle figure the total is the sum of 购置 and 运行; a relation with a figure missing is not checked', () => {
  const d = structuredClone(base);
  d.narrative!.figures = d.narrative!.figures!.filter((f) => f.key !== 'sangong.vehicle.change');
  d.narrative!.figures.find((f) => f.key === 'sangong.vehicleOps.change')!.value = '0.03';
  const found = r31(d);
  assert.deepEqual(found.map((f) => [f.place.figure, f.expected, f.actual]), [['sangong.change', '0.10', '0.04']]);
  d.narrative!.figures = d.narrative!.figures.filter((f) => f.key !== 'sangong.reception.change');
  assert.deepEqual(r31(d), []);
});

test('R31 on Tongnan (prior year published, some changes stated): nothing to report', () => {
  const tongnan = JSON.parse(readFileSync('data/tongnan-cac-2023.json', 'utf8')) as BudgetDisclosure;
  assert.deepEqual(r31(tongnan), []);
});

test('R14: an unknown figure key (a typo) is a warning naming the closest known key', () => {
  const d = structuredClone(base);
  d.narrative!.figures!.push({ key: 'sangong.vehicel', value: '0.86', section: 'sangong' }, { key: 'headcount.staff', value: '5', section: 'sangong' });
  const found = runChecks(d).filter((f) => f.rule === 'R14' && f.severity === 'warning');
  assert.deepEqual(found.map((f) => f.place.figure), ['sangong.vehicel', 'headcount.staff']);
  assert.equal(
    found[0]!.message.zh,
    '文字说明中的数字键“sangong.vehicel”不是已知的键，是否应为“sangong.vehicle”（公务用车购置及运行费）？未知的键既不核对，也不被组件使用；已知的键见 data/README.md。',
  );
  assert.match(found[0]!.message.en, /did you mean “sangong\.vehicle” \(official vehicles \(purchase and operation\)\)\?/);
  assert.match(found[1]!.message.zh, /不是已知的键。未知的键/);
  // Known keys, the class pattern included, raise no such warning.
  assert.deepEqual(runChecks(base).filter((f) => f.severity === 'warning'), []);
});
