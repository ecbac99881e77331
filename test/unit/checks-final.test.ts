/**
 * The 决算 rules R23–R30 (domain.md §7) on the fictional 决算 (data/example-district-2024-final.json,
 * built fresh): it passes every rule, and for each rule a copy with one published figure changed
 * fails with the exact expected and found values. Messages on a 决算 name 预算 only for budget
 * figures (the fund names 一般公共预算… are names, not budget figures).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../src/model/checks/index.js';
import { runCrossChecks } from '../../src/model/checks/cross-file.js';
import type { BudgetDisclosure, Row } from '../../src/model/schema.js';
import { buildExampleFinal, exampleFinalText, FINAL_FILE } from '../../src/tools/make-example-final.js';
import { readFileSync } from 'node:fs';
import { buildExampleDistrict } from '../../src/tools/make-example-district.js';

const FINAL = buildExampleFinal();
const BUDGET = buildExampleDistrict();
const copy = (): BudgetDisclosure => structuredClone(FINAL);
const rule = (r: string, data: BudgetDisclosure) => runChecks(data).filter((f) => f.rule === r && f.severity !== 'info');
const brief = (fs: ReturnType<typeof runChecks>) => fs.map((f) => `${f.severity} ${f.place.table ?? f.place.figure} ${f.place.row ?? ''} ${f.place.column ?? ''} ${f.expected} ${f.actual}`.replace(/\s+/g, ' '));
const rowOf = (d: BudgetDisclosure, kind: string, pick: (r: Row) => boolean): Row => d.tables[kind]!.rows.find(pick)!;
const FUND_NAMES = /一般公共预算|政府性基金预算|国有资本经营预算/g;

test('the committed fictional 决算 is a fresh run of src/tools/make-example-final.ts, marked fictional, paired with the budget', () => {
  assert.equal(readFileSync(FINAL_FILE, 'utf8'), exampleFinalText());
  assert.match(FINAL.department.source!.title, /虚构示例数据/);
  assert.equal(FINAL.department.kind, 'final');
  assert.deepEqual([FINAL.department.name, FINAL.department.fiscalYear], [BUDGET.department.name, BUDGET.department.fiscalYear]);
  const kinds = ['final-summary', 'final-income', 'final-expenditure', 'final-fiscal-summary', 'final-gpb-expenditure', 'final-gpb-basic-expenditure', 'final-sangong', 'final-gov-fund', 'final-state-capital', 'dept-self-evaluation', 'project-self-evaluation'];
  assert.deepEqual(Object.keys(FINAL.tables), kinds);
});

test('the fictional 决算 passes every rule: no error, warning or rounding note', () => {
  const findings = runChecks(FINAL).filter((f) => f.severity !== 'info');
  assert.deepEqual(findings.map((f) => f.message.zh), []);
});

test('R23 final-summary: 收入总计 = 本年收入合计 + 年初结转和结余, and the two 总计 agree', () => {
  assert.deepEqual(rule('R23', FINAL), []);
  const d = copy();
  rowOf(d, 'final-summary', (r) => r.side === 'income' && r.name === '总计').values.amount = '98093000.00';
  const f = rule('R23', d);
  assert.deepEqual(brief(f), ['error final-summary 总计 income:amount 98722842.05 98093000.00', 'error final-summary 总计 income:amount 98722842.05 98093000.00']);
  assert.deepEqual(f.map((x) => x.message.zh), [
    '附件 1《收入支出决算总表》 总计「决算数」应等于支出方的总计：应为 98722842.05，实为 98093000.00，相差 -629842.05 元。',
    '附件 1《收入支出决算总表》 总计「决算数」应等于其所含 3 行之和：应为 98722842.05，实为 98093000.00，相差 -629842.05 元。',
  ]);
  // One cent off is a rounding note, not an error.
  const e = copy();
  rowOf(e, 'final-summary', (r) => r.side === 'income' && r.name === '总计').values.amount = '98722842.06';
  assert.deepEqual(rule('R23', e).map((x) => x.severity), ['rounding', 'rounding']);
});

test('R24 final-summary-detail: table 1 income lines = 收入决算表, expenditure classes = 支出决算表', () => {
  assert.deepEqual(rule('R24', FINAL), []);
  const d = copy();
  rowOf(d, 'final-summary', (r) => r.name === '五、事业收入').values.amount = '1893000.00';
  rowOf(d, 'final-summary', (r) => r.name === '五、教育支出').values.amount = '74000000.00';
  assert.deepEqual(brief(rule('R24', d)), [
    'error final-income 合计 business 1893000.00 1893260.00',
    'error final-summary 五、教育支出 expenditure:amount 75049495.63 74000000.00',
  ]);
  assert.equal(rule('R24', d)[0]!.message.zh, '附件 2《收入决算表》 合计「事业收入」应等于附件 1《收入支出决算总表》 五、事业收入：应为 1893000.00，实为 1893260.00，相差 260.00 元。');
});

test('R25 final-fiscal-summary: per fund, 年初 + 本年收入 = 本年支出 + 年末', () => {
  assert.deepEqual(rule('R25', FINAL), []);
  const d = copy();
  rowOf(d, 'final-fiscal-summary', (r) => r.name === '年末财政拨款结转和结余').values.govFund = '0.00';
  const f = rule('R25', d);
  assert.ok(brief(f).includes('error final-fiscal-summary 本年支出合计 expenditure:govFund 950000.00 930000.00'), brief(f).join('\n'));
  assert.ok(f.some((x) => x.message.zh.includes('政府性基金财政拨款的年初结转和结余 + 本年收入 − 年末结转和结余')));
});

test('R26 final-gpb: table 5 = the 一般公共预算 column of table 4; table 6 总计 = table 5 基本支出', () => {
  assert.deepEqual(rule('R26', FINAL), []);
  const d = copy();
  rowOf(d, 'final-gpb-basic-expenditure', (r) => r.role === 'total').values.amount = '85000000.00';
  assert.deepEqual(brief(rule('R26', d)), ['error final-gpb-basic-expenditure 人员经费和公用经费总计 amount 84817399.89 85000000.00']);
  const e = copy();
  rowOf(e, 'final-fiscal-summary', (r) => r.name === '十、卫生健康支出').values.gpb = '4880000.00';
  assert.deepEqual(brief(rule('R26', e)), ['error final-gpb-expenditure 210 total 4880000.00 4885096.74']);
});

test('R27 final-sangong-sum: 决算数 and 预算数 items add up to their 合计', () => {
  assert.deepEqual(rule('R27', FINAL), []);
  const d = copy();
  rowOf(d, 'final-sangong', () => true).values.reception = '31000.00';
  assert.deepEqual(brief(rule('R27', d)), ['error final-sangong 合计 total 261916.40 262124.40']);
  const message = rule('R27', d)[0]!.message.zh;
  assert.equal(message, '附件 7《一般公共预算财政拨款“三公”经费支出决算表》 合计「决算数 合计」应等于 决算数 因公出国（境）费 + 决算数 公务用车购置及运行费 小计 + 决算数 公务接待费：应为 261916.40，实为 262124.40，相差 208.00 元。');
  assert.doesNotMatch(message.replace(FUND_NAMES, ''), /预算/);
  const e = copy();
  rowOf(e, 'final-sangong', () => true).values['budget.vehicleOps'] = '70000.00';
  assert.deepEqual(brief(rule('R27', e)), ['error final-sangong 合计 budget.vehicle 250000.00 240000.00']);
});

test('R28 stated-rates: a stated 完成率 = 决算 ÷ 年初预算 to the printed precision', () => {
  assert.deepEqual(rule('R28', FINAL), []);
  const d = copy();
  d.narrative!.figures.find((f) => f.key === 'gpb.item.2050199.rate')!.value = '90.00';
  d.narrative!.figures.find((f) => f.key === 'sangong.rate')!.value = '77.11';
  assert.deepEqual(brief(rule('R28', d)), ['error gpb.item.2050199.rate 93.24 90.00', 'rounding sangong.rate 77.10 77.11']);
  assert.equal(rule('R28', d)[0]!.message.zh, '文字说明中的“2050199 项完成年初预算的比例”应为 93.24%（决算数 ÷ 预算数），实为 90.00%。');
});

test('R29 self-evaluation: scores add up, no score above its points, 执行率 = 执行数 ÷ 全年预算数', () => {
  assert.deepEqual(rule('R29', FINAL), []);
  const d = copy();
  const rows = d.tables['project-self-evaluation']!.rows.filter((r) => r.text?.project === '教师继续教育培训');
  rows[0]!.text!.rate = '90.00%';
  rows[1]!.text!.score = '99';
  assert.deepEqual(rule('R29', d).map((x) => x.message.zh), [
    '项目支出绩效自评表“教师继续教育培训”“年度资金总额”的执行率应为 92.08%（全年执行数 ÷ 全年预算数），实为 90.00%。',
    '项目支出绩效自评表“教师继续教育培训”“培训教师人次”的得分 99 高于其分值 15。',
    '项目支出绩效自评表“教师继续教育培训”总得分为 99.21，各行得分之和为 183.21。',
  ]);
});

test('R30 budget-vs-final: the pair joins by function code and agrees; a differing 年初预算 is named', () => {
  assert.deepEqual(runCrossChecks(FINAL, BUDGET).filter((f) => f.severity !== 'info'), []);
  // 2050299 is a 项 the budget prints without money: joined, nothing to say. No 项 is on one side only.
  assert.deepEqual(runCrossChecks(FINAL, BUDGET).map((f) => f.message.zh), []);
  const d = copy();
  d.narrative!.figures.find((f) => f.key === 'gpb.item.2050101.budget')!.value = '6234518.00';
  rowOf(d, 'final-sangong', () => true).values['budget.reception'] = '50000.00';
  const f = runCrossChecks(d, BUDGET);
  assert.deepEqual(f.map((x) => `${x.severity} ${x.expected} ${x.actual}`), ['error 6234518.36 6234518.00', 'error 60000.00 50000.00']);
  assert.equal(f[0]!.message.zh, '决算文字说明中的“2050101 项年初预算数”应等于预算文件附件 2《一般公共预算财政拨款支出预算表》 2050101 行政运行「2024 年预算数 总计」：应为 6234518.36，实为 6234518.00，相差 -0.36 元。');
  const other = structuredClone(BUDGET);
  other.department.fiscalYear = 2023;
  assert.match(runCrossChecks(FINAL, other)[0]!.message.zh, /不是同一部门同一年度/);
});

test('on a 决算, stated figures are named as actual figures (决算数), budget figures as 预算数', () => {
  const d = copy();
  d.narrative!.figures.find((f) => f.key === 'expenditure.total')!.value = '1.00';
  d.narrative!.figures.find((f) => f.key === 'sangong.reception.change')!.value = '1.00';
  const zh = runChecks(d).filter((f) => f.severity === 'error').map((f) => f.message.zh);
  assert.deepEqual(zh, [
    '文字说明中的“公务接待费决算较上年决算增减”应等于附件 7《一般公共预算财政拨款“三公”经费支出决算表》 合计「决算数 公务接待费」减去「上年决算数 公务接待费」：应为 -14672.00，实为 1.00，相差 14673.00 元。',
    '文字说明中的“本年支出决算数”应等于附件 1《收入支出决算总表》 本年支出合计「决算数」：应为 98067651.89，实为 1.00，相差 -98067650.89 元。',
    // R31: the stated changes no longer add up either, named as the 决算 names them.
    '文字说明中的““三公”经费决算较上年决算增减”应等于“因公出国（境）费决算较上年决算增减” + “公务用车购置费决算较上年决算增减” + “公务用车运行费决算较上年决算增减” + “公务接待费决算较上年决算增减”：应为 140036.80，实为 125363.80，相差 -14673.00 元。',
  ]);
  // The budget's words for the same keys, which a 决算 must not show.
  for (const m of zh) assert.doesNotMatch(m, /支出预算总数|较上年增减”/);
});
