/**
 * The 绩效自评 model (src/model/self-evaluation.ts) and <project-table>'s list of it
 * (src/elements/project-table/evaluation-model.ts), on the fictional 决算 and on hand-made tables unlike
 * it: no 总分 row, scores that are not numbers, a project printed in two runs, a key named
 * "__proto__", rows without a project name.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { BudgetDisclosure, Table } from '../../src/model/schema.js';
import {
  departmentEvaluation,
  findEvaluation,
  groupEvaluationIndicators,
  hasSelfEvaluation,
  hundredths,
  lostIndicators,
  projectEvaluations,
} from '../../src/model/self-evaluation.js';
import { evaluationTableModel } from '../../src/elements/project-table/evaluation-model.js';
import { nextSort, sortRows, sumColumn } from '../../src/elements/project-table/model.js';
import { projectCsv } from '../../src/elements/project-table/csv.js';
import { csvAmounts } from '../../src/elements/shared/csv.js';

const final = JSON.parse(readFileSync('data/example-district-2024-final.json', 'utf8')) as BudgetDisclosure;
const budget = JSON.parse(readFileSync('data/example-district-2024.json', 'utf8')) as BudgetDisclosure;

/** A 决算 holding only `table` as its project-self-evaluation. */
const withProjects = (table: Partial<Table>): BudgetDisclosure => ({
  ...final,
  tables: { 'project-self-evaluation': { title: '项目支出绩效自评表', columns: [], rows: [], ...table } },
});

describe('hundredths', () => {
  it('reads scores, points and rates exactly, and nothing else', () => {
    assert.equal(hundredths('9.58'), 958);
    assert.equal(hundredths('95.78%'), 9578);
    assert.equal(hundredths(' 100 '), 10000);
    assert.equal(hundredths('9.5'), 950);
    for (const t of [undefined, '', '—', '良好', '9.583', '-1', '1e3', '9,5']) assert.equal(hundredths(t), null, String(t));
  });
});

describe('the department’s evaluation', () => {
  const e = departmentEvaluation(final)!;
  it('has its funding line, indicators and 总分 as published', () => {
    assert.equal(e.owner, 'department');
    assert.equal(e.name, '重庆市青岚区教育委员会');
    assert.deepEqual(e.funds, { name: '年度资金总额', initialBudget: '97579235.48', fullBudget: '98225542.05', executed: '98067651.89', points: '10', rate: '99.84%', score: '9.98' });
    assert.equal(e.indicators.length, 7);
    assert.deepEqual(e.total, { points: '100', score: '98.98' });
  });
  it('says which indicators lost points, exactly', () => {
    assert.deepEqual(lostIndicators(e).map((i) => [i.name, i.lost]), [['高中阶段毛入学率', 100]]);
    assert.equal(e.indicators[3]!.deviation, '外出务工家庭子女随迁就读增加；下年加强控辍保学和招生宣传');
  });
  it('groups 一级 → 二级 in published order', () => {
    const g = groupEvaluationIndicators(e.indicators);
    assert.deepEqual(g.map((x) => [x.level1, x.groups.map((y) => y.level2)]), [
      ['产出指标', ['数量指标', '质量指标', '成本指标']],
      ['效益指标', ['社会效益指标']],
      ['满意度指标', ['服务对象满意度指标']],
    ]);
  });
  it('is absent from a budget', () => {
    assert.equal(hasSelfEvaluation(budget), false);
    assert.equal(departmentEvaluation(budget), null);
    assert.deepEqual(projectEvaluations(budget), []);
  });
});

describe('the projects’ evaluations', () => {
  const list = projectEvaluations(final);
  it('are one per project, in published order, each with its 总分', () => {
    assert.equal(list.length, 14);
    assert.equal(list[0]!.name, '教育工委党建工作经费');
    assert.deepEqual(list.map((e) => e.total?.score).slice(0, 4), ['99.58', '99.92', '100.00', '93.05']);
  });
  it('find a project by its name, ignoring spaces and full-width forms', () => {
    assert.equal(findEvaluation(list, ' 教育信息化建设 （智慧校园）')?.name, '教育信息化建设（智慧校园）');
    assert.equal(findEvaluation(list, '不存在'), undefined);
    assert.equal(findEvaluation(list, ''), undefined);
  });
  it('gather a project printed in two runs; keep rows without a project; never lose 10 − 9.58 to binary noise', () => {
    const rows: Table['rows'] = [
      { name: '年度资金总额', values: { fullBudget: '100.00', executed: '95.80' }, text: { project: 'A', points: '10', rate: '95.80%', score: '9.58' } },
      { name: '指标一', values: {}, text: { project: 'A', level1: '产出指标', points: '10', score: '9.58' } },
      { name: '指标二', values: {}, text: { project: 'B', points: '优', score: '良' } },
      { name: '指标三', values: {}, text: { project: 'A', level1: '产出指标', points: '0.3', score: '0.1' } },
      { name: '无名', values: {}, text: { points: '5', score: '5' } },
    ];
    const got = projectEvaluations(withProjects({ rows }));
    assert.deepEqual(got.map((e) => [e.name, e.indicators.map((i) => [i.name, i.lost])]), [
      ['A', [['指标一', 42], ['指标三', 20]]],
      ['B', [['指标二', null]]],
      ['', [['无名', 0]]],
    ]);
    assert.equal(got[0]!.total, null);
  });
  it('are prototype-safe', () => {
    const data = { ...final, tables: Object.assign(Object.create(null), { constructor: final.tables['final-summary'] }) } as BudgetDisclosure;
    assert.equal(hasSelfEvaluation(data), false);
    const odd = projectEvaluations(withProjects({ rows: [{ name: '__proto__', values: {}, text: { project: '__proto__', points: '1', score: '1' } }] }));
    assert.equal(odd[0]!.name, '__proto__');
  });
});

describe('<project-table>’s list of the evaluations', () => {
  const model = evaluationTableModel(final)!;
  it('has the money columns under their published headings, 执行率 and 总分 得分 as measures, no share', () => {
    assert.deepEqual(model.columns.map((c) => [c.key, c.groups.join(' '), c.label]), [
      ['initialBudget', '项目资金（元）', '年初预算数'],
      ['fullBudget', '项目资金（元）', '全年预算数'],
      ['executed', '项目资金（元）', '全年执行数'],
    ]);
    assert.deepEqual(model.measures!.map((c) => [c.key, c.groups.join(' '), c.label]), [['rate', '', '执行率'], ['score', '总分', '得分']]);
    assert.equal(model.shares, false);
    assert.equal(model.rows.length, 14);
  });
  it('sums the money exactly and sorts by 执行率', () => {
    assert.equal(sumColumn(model.rows, 'executed'), 1082495200);
    const byRate = sortRows(model.rows, nextSort(null, 'rate'));
    assert.deepEqual(byRate.slice(0, 2).map((r) => [r.name, r.texts!.rate]), [['教育信息化建设（智慧校园）', '70.95%'], ['教师继续教育培训', '92.08%']]);
    const byScore = sortRows(model.rows, { key: 'score', direction: 'descending' });
    assert.equal(byScore.at(-1)!.texts!.score, '93.05');
  });
  it('downloads as CSV with 执行率 and 总分 得分 as published after the amounts, the money totalled exactly', () => {
    const h = { seq: '序号', name: '项目名称', projectCode: '项目编码', functionCode: '科目编码', functionName: '科目名称', unit: '预算单位', total: '合计' };
    const lines = projectCsv(model, model.rows, h, false, csvAmounts(model.unit, undefined, 'zh'));
    assert.deepEqual(lines[0]!.slice(6), ['项目资金（元） 年初预算数（元）', '项目资金（元） 全年预算数（元）', '项目资金（元） 全年执行数（元）', '执行率', '总分 得分']);
    assert.deepEqual(lines[4]!.slice(1, 2).concat(lines[4]!.slice(6)), ['教育信息化建设（智慧校园）', '1850000.00', '1850000.00', '1312600.00', '70.95%', '93.05']);
    assert.deepEqual(lines.at(-1)!.slice(6), ['11552400.00', '11552400.00', '10824952.00', '', '']);
  });
  it('is null without a 项目支出绩效自评表', () => {
    assert.equal(evaluationTableModel(budget), null);
  });
});
