/** Rules 15–18: the performance target tables. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../src/model/checks/index.js';
import { disclosure, indicator, labels, project } from '../fixtures/checks/build.js';
import type { Indicator } from '../../src/model/schema.js';

const only = (rule: string, data: Parameters<typeof runChecks>[0]) => runChecks(data).filter((f) => f.rule === rule);
const withProject = (indicators: Indicator[]) => disclosure({}, { projects: [project('P', indicators)] });
const weights = (...ws: number[]) => ws.map((w, i) => indicator(`i${i}`, { weight: w }));

test('R15 weights: 90 or 100 is an info, anything else a warning; the overall table needs 100%', () => {
  assert.deepEqual(labels(only('R15', withProject(weights(50, 40)))), ['R15:info']);
  assert.match(only('R15', withProject(weights(50, 40)))[0]!.message.zh, /合计为 90（其余 10 分为预算执行率）/);
  assert.match(only('R15', withProject(weights(50, 40)))[0]!.message.zh, /^项目“P”的指标权重合计为 90/);
  assert.equal(only('R15', withProject(weights(50, 40)))[0]!.message.en, 'The indicator weights of project “P” add up to 90 (the other 10 points are budget execution).');
  assert.deepEqual(labels(only('R15', withProject(weights(50, 50)))), ['R15:info']);
  const [f] = only('R15', withProject(weights(50, 35)));
  assert.deepEqual([f?.severity, f?.actual], ['warning', '85']);
  // Fractional weights are summed exactly: 0.1 × 3 + 89.7 = 90.
  assert.deepEqual(labels(only('R15', withProject(weights(0.1, 0.1, 0.1, 89.7)))), ['R15:info']);
  const overall = (ws: number[]) => disclosure({}, { overallPerformance: { goal: 'g', weightUnit: '%', indicators: ws.map((w, i) => ({ name: `o${i}`, operator: '≥', value: '1', unit: '次', weight: w })) } });
  assert.deepEqual(only('R15', overall([60, 40])), []);
  assert.deepEqual(labels(only('R15', overall([60, 30]))), ['R15:warning']);
});

test('R16 indicator-levels: all three levels present, known names, 二级 under its 一级', () => {
  assert.deepEqual(only('R16', withProject([indicator('a'), indicator('b', { level1: '效益指标', level2: '社会效益指标' })])), []);
  const f = only('R16', withProject([
    indicator('a', { level2: undefined }),
    indicator('b', { level1: '产出指标', level2: '社会效益指标' }),
    indicator('c', { level1: '影响指标' }),
  ]));
  assert.deepEqual(f.map((x) => `${x.severity} ${x.place.indicator}`), ['error a', 'warning b', 'warning c']);
});

test('R16: the overall table without levels is not asked for levels', () => {
  const data = disclosure({}, { overallPerformance: { goal: 'g', indicators: [{ name: 'o', operator: '≥', value: '1', unit: '次', weight: 100 }] } });
  assert.deepEqual(only('R16', data), []);
});

test('R17 indicator-operator: a quantitative target needs a number and a unit', () => {
  assert.deepEqual(only('R17', withProject([indicator('a'), indicator('q', { operator: '定性', value: '好', unit: undefined })])), []);
  const f = only('R17', withProject([indicator('a', { value: '好' }), indicator('b', { unit: undefined })]));
  assert.deepEqual(f.map((x) => `${x.severity} ${x.place.indicator}`), ['error a', 'warning b']);
});

test('R18 indicator-plausible: a satisfaction target of 5% is a warning, 90% is fine', () => {
  const sat = (value: string) => indicator('服务对象满意度', { level1: '满意度指标', level2: '服务对象满意度指标', value, unit: '%' });
  assert.deepEqual(only('R18', withProject([sat('90')])), []);
  const [f] = only('R18', withProject([sat('5')]));
  assert.deepEqual([f?.severity, f?.actual], ['warning', '5%']);
  assert.deepEqual(labels(only('R18', withProject([indicator('覆盖率', { value: '120', unit: '%' })]))), ['R18:warning']);
});
