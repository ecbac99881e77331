/**
 * The checks on the bundled data: the report must show exactly the differences the published
 * Tongnan 2023 document has (source: ../shared/source/tongnan-cac-2023-budget.txt), no more.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runChecks, summarise, type Finding } from '../../src/model/checks/index.js';
import { explainDisclosure } from '../../src/model/validate.js';

function load(file: string) {
  const v = explainDisclosure(JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')));
  assert.ok(v.ok, v.ok ? '' : JSON.stringify(v.problems.slice(0, 3)));
  return v.data;
}

const compact = (f: Finding) =>
  [f.rule, f.severity, f.place.table ?? '', f.place.row ?? '', f.place.column ?? '', f.place.figure ?? f.place.project ?? '', f.place.indicator ?? '', f.expected ?? '', f.actual ?? ''].join(' | ');

const findings = runChecks(load('tongnan-cac-2023.json'));

test('Tongnan 2023: the exact list of findings', () => {
  assert.deepEqual(findings.map(compact), [
    // 表 2: 2080505 11.90 + 2080506 5.95 = 17.85, published 17.86 (2022 column).
    'R02 | rounding | gpb-expenditure | 20805 | prior.total |  |  | 17.85 | 17.86',
    'R02 | rounding | gpb-expenditure | 合计 | prior.total |  |  | 312.50 | 312.49',
    // 87.07 + 69.18 + 102.00 = 258.25, published 258.24.
    'R02 | rounding | gpb-expenditure | 20137 | total |  |  | 258.25 | 258.24',
    // 4.05 + 3.54 + 0.64 + 0.64 = 8.87, published 8.88.
    'R02 | rounding | gpb-expenditure | 21011 | total |  |  | 8.87 | 8.88',
    // 258.24 + 15.17 + 8.88 + 8.72 = 291.01, published 291.00.
    'R02 | rounding | gpb-expenditure | 合计 | total |  |  | 291.01 | 291.00',
    'R02 | rounding | gpb-expenditure | 20137 | basic |  |  | 156.25 | 156.24',
    'R02 | rounding | gpb-expenditure | 21011 | basic |  |  | 8.87 | 8.88',
    'R02 | rounding | gpb-expenditure | 合计 | basic |  |  | 189.01 | 189.00',
    // 表 7 and 表 8 repeat the same figures, so the same tail differences.
    'R02 | rounding | dept-income | 20137 | total |  |  | 258.25 | 258.24',
    'R02 | rounding | dept-income | 21011 | total |  |  | 8.87 | 8.88',
    'R02 | rounding | dept-income | 合计 | total |  |  | 291.01 | 291.00',
    'R02 | rounding | dept-income | 20137 | gpb |  |  | 258.25 | 258.24',
    'R02 | rounding | dept-income | 21011 | gpb |  |  | 8.87 | 8.88',
    'R02 | rounding | dept-income | 合计 | gpb |  |  | 291.01 | 291.00',
    'R02 | rounding | dept-expenditure | 20137 | total |  |  | 258.25 | 258.24',
    'R02 | rounding | dept-expenditure | 21011 | total |  |  | 8.87 | 8.88',
    'R02 | rounding | dept-expenditure | 合计 | total |  |  | 291.01 | 291.00',
    'R02 | rounding | dept-expenditure | 20137 | basic |  |  | 156.25 | 156.24',
    'R02 | rounding | dept-expenditure | 21011 | basic |  |  | 8.87 | 8.88',
    'R02 | rounding | dept-expenditure | 合计 | basic |  |  | 189.01 | 189.00',
    // 表 6 and 表 1: the class rows 258.24 + 15.17 + 8.88 + 8.72 = 291.01 against 291.00.
    'R03 | rounding | dept-summary | 本年支出合计 | expenditure:amount |  |  | 291.01 | 291.00',
    'R04 | rounding | fiscal-summary | 一、本年支出 | expenditure:total |  |  | 291.01 | 291.00',
    'R04 | rounding | fiscal-summary | 一、本年支出 | expenditure:gpb |  |  | 291.01 | 291.00',
    // No table publishes last year's 基本/项目支出 or 机关运行经费: stated but unverifiable.
    'R13 | info |  |  |  | basic.change |  |  | ',
    'R13 | info |  |  |  | project.change |  |  | ',
    'R13 | info |  |  |  | operating.change |  |  | ',
    // Every project table's weights add up to 90 (+10 for 预算执行率).
    'R15 | info |  |  |  | 50015223T000003492534 |  |  | 90',
    'R15 | info |  |  |  | 50015223T000003492540 |  |  | 90',
    'R15 | info |  |  |  | 50015223T000003492544 |  |  | 90',
    'R15 | info |  |  |  | 50015223T000003492550 |  |  | 90',
    // 项目绩效目标表-1 sets 服务对象满意度 ≥ 5 %, where the other three say 90 %.
    'R18 | warning |  |  |  | 50015223T000003492534 | 服务对象满意度 |  | 5%',
  ]);
  assert.deepEqual(summarise(findings), {
    counts: { error: 0, warning: 1, rounding: 23, info: 7 },
    byRule: { R02: 20, R03: 1, R04: 2, R13: 3, R15: 4, R18: 1 },
    hasErrors: false,
  });
});

test('Tongnan 2023: the 20137 rounding note says it in both languages', () => {
  const f = findings.find((x) => x.place.table === 'gpb-expenditure' && x.place.row === '20137' && x.place.column === 'total')!;
  assert.equal(f.difference, '-0.01');
  assert.equal(f.unit, '万元');
  assert.equal(
    f.message.zh,
    '附件 2《一般公共预算财政拨款支出预算表》 20137 网信事务「2023 年预算数 总计」应等于其下 3 个项之和：应为 258.25，实为 258.24，相差 -0.01 万元，在 3 个加数四舍五入的误差（0.03 万元）之内，属尾差。',
  );
  assert.match(f.message.en, /should equal the sum of its 3 items \(项\): expected 258\.25, found 258\.24, a difference of -0\.01 万元, within the rounding of 3 terms \(0\.03 万元\)/);
});

test('Tongnan 2023: a rounding note counts only the non-empty terms, and says so', () => {
  // 20137 基本支出: three 项, one of them (2013799 其他网信事务支出) with an empty 基本支出 cell.
  const f = findings.find((x) => x.place.table === 'gpb-expenditure' && x.place.row === '20137' && x.place.column === 'basic')!;
  assert.match(f.message.zh, /应等于其下 3 个项之和：应为 156\.25，实为 156\.24，相差 -0\.01 万元，在 2 个非空加数四舍五入的误差（0\.02 万元）之内，属尾差。$/);
  assert.match(f.message.en, /within the rounding of 2 non-empty terms \(0\.02 万元\)\.$/);
});

test('Tongnan 2023: relations that hold produce nothing (三公 2022 vs narrative, 机关运行经费 40.6 = 40.60)', () => {
  const about = (key: string) => findings.filter((f) => f.place.figure === key);
  // 7.00 − 7.90 = −0.90 = the stated −0.9; 3.50 − 3.90 = −0.40; 3.50 − 4.00 = −0.50.
  for (const key of ['sangong.change', 'sangong.reception.change', 'sangong.vehicleOps.change', 'income.change', 'expenditure.change', 'gpb.change']) assert.deepEqual(about(key), [], key);
  // 机关运行经费 40.6 is checked against 表 3 日常公用经费 40.60 and agrees.
  assert.deepEqual(about('operating.total'), []);
  for (const rule of ['R01', 'R05', 'R06', 'R07', 'R08', 'R09', 'R10', 'R11', 'R12', 'R14', 'R16', 'R17']) {
    assert.equal(findings.filter((f) => f.rule === rule).length, 0, rule);
  }
});

test('the second, made-up data set validates and has no errors', () => {
  assert.equal(summarise(runChecks(load('example-district-2024.json'))).hasErrors, false);
});
