import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { BudgetDisclosure, Indicator } from '../../src/model/schema.js';
import {
  availableProjects,
  findProject,
  groupIndicators,
  pickIndicator,
  selectTargets,
  weightSpread,
  weightStatus,
  weightSum,
} from '../../src/elements/kpi-card/model.js';
import { formatTarget, formatWeight, valueWithUnit, weightNote } from '../../src/elements/kpi-card/strings.js';
// The English words are a lazily loaded module in the browser; here they are loaded up front.
import '../../src/elements/i18n/en.js';

// The real bundled file once it exists, else the fixture with the same published 附件11/12-1 content.
const path = existsSync('data/tongnan-cac-2023.json') ? 'data/tongnan-cac-2023.json' : 'test/fixtures/kpi/tongnan-kpi.json';
const data = JSON.parse(readFileSync(path, 'utf8')) as BudgetDisclosure;
const edge = JSON.parse(readFileSync('test/fixtures/kpi/edge-cases.json', 'utf8')) as BudgetDisclosure;

const CODE1 = '50015223T000003492534';
const NAME1 = '2023 网络宣传专项';

describe('findProject', () => {
  it('finds project 1 by code, by name, by name without the space and by the published code-name form', () => {
    for (const q of [CODE1, NAME1, '2023网络宣传专项', ` ${NAME1} `, `${CODE1}-${NAME1}`, CODE1.toLowerCase()]) {
      assert.equal(findProject(data.projects, q)?.code, CODE1, q);
    }
  });

  it('finds nothing for an unknown name, an empty query or missing projects', () => {
    assert.equal(findProject(data.projects, '2023 网络宣传'), undefined);
    assert.equal(findProject(data.projects, '  '), undefined);
    assert.equal(findProject(undefined, CODE1), undefined);
  });

  it('prefers an exact match over a loose one', () => {
    // "A B" and "AB" are two projects of the edge fixture: each name finds its own project
    assert.equal(findProject(edge.projects, 'A B')?.name, 'A B');
    assert.equal(findProject(edge.projects, 'AB')?.name, 'AB');
  });
});

describe('selectTargets', () => {
  it('gives the overall targets by default: 10 flat indicators in %, 291.00', () => {
    const t = selectTargets(data)!;
    assert.equal(t.kind, 'overall');
    assert.equal(t.amount, '291.00');
    assert.equal(t.weightUnit, '%');
    assert.equal(t.indicators.length, 10);
    assert.equal(t.indicators[0]!.name, '区委网信专网、中央网信专网、视频会议专网正常运行天数');
  });

  it('gives project 1 by code with its amount, goal and 14 indicators in points', () => {
    const t = selectTargets(data, CODE1)!;
    assert.deepEqual([t.kind, t.name, t.code, t.amount, t.weightUnit, t.indicators.length], ['project', NAME1, CODE1, '18', 'point', 14]);
    assert.match(t.goal!, /^1、加强全区网信队伍人才建设/);
  });

  it('is null for an unknown project and when there are no overall targets', () => {
    assert.equal(selectTargets(data, '不存在'), null);
    assert.equal(selectTargets(edge), null);
  });

  it('lists the available projects in published order', () => {
    assert.deepEqual(
      availableProjects(data).map((p) => p.name),
      ['2023 网络宣传专项', '2023 网络舆情监测专项', '2023 网络安全维护专项', '2023 网络信息化建设专项'],
    );
  });
});

describe('groupIndicators', () => {
  it('groups project 1 一级 → 二级 in published order with weight subtotals', () => {
    const groups = groupIndicators(selectTargets(data, CODE1)!.indicators);
    assert.deepEqual(
      groups.map((g) => [g.level1, g.weight, g.groups.map((x) => `${x.level2}:${x.weight}:${x.indicators.length}`)]),
      [
        ['产出指标', 50, ['数量指标:25:4', '质量指标:5:1', '时效指标:5:1', '成本指标:15:3']],
        ['效益指标', 35, ['经济效益指标:5:1', '社会效益指标:15:1', '可持续影响指标:15:2']],
        ['满意度指标', 5, ['服务对象满意度指标:5:1']],
      ],
    );
    assert.deepEqual(groups[0]!.groups[0]!.indicators.map((p) => [p.index, p.indicator.name]), [
      [0, '承办网络宣传活动场次'],
      [1, '跟帖转发点赞任务'],
      [2, '培训场次'],
      [3, '培训人次'],
    ]);
  });

  it('keeps indicators without levels in one flat group (the overall table)', () => {
    const groups = groupIndicators(selectTargets(data)!.indicators);
    assert.equal(groups.length, 1);
    assert.equal(groups[0]!.level1, null);
    assert.equal(groups[0]!.groups.length, 1);
    assert.equal(groups[0]!.groups[0]!.level2, null);
    assert.equal(groups[0]!.groups[0]!.indicators.length, 10);
    assert.equal(groups[0]!.weight, 100);
  });

  it('gathers a 一级 published in two runs into one group, in first-seen order', () => {
    const ind = (level1: string, level2: string, name: string, weight?: number): Indicator => ({ level1, level2, name, operator: '≥', value: '1', unit: '个', weight });
    const groups = groupIndicators([ind('产出指标', '数量指标', 'a', 10), ind('效益指标', '社会效益指标', 'b', 20), ind('产出指标', '数量指标', 'c', 5), ind('产出指标', '质量指标', 'd')]);
    assert.deepEqual(groups.map((g) => g.level1), ['产出指标', '效益指标']);
    assert.deepEqual(groups[0]!.groups.map((g) => [g.level2, g.indicators.map((p) => p.index), g.weight]), [
      ['数量指标', [0, 2], 15],
      ['质量指标', [3], null],
    ]);
  });
});

describe('weights', () => {
  it('totals 100 (%) for the overall targets and 90 points for every Tongnan project', () => {
    assert.equal(weightSum(selectTargets(data)!.indicators), 100);
    for (const p of data.projects!) assert.equal(weightSum(p.indicators), 90, p.name);
  });

  it('sums decimals exactly and is null without weights', () => {
    const w = (weight?: number): Indicator => ({ name: 'x', operator: '定性', value: '好', weight });
    assert.equal(weightSum([w(0.1), w(0.2), w(89.7)]), 90);
    assert.equal(weightSum([w(), w()]), null);
  });

  it('classifies totals', () => {
    assert.equal(weightStatus(90, 'point'), 'execution');
    assert.equal(weightStatus(100, 'point'), 'complete');
    assert.equal(weightStatus(100, '%'), 'complete');
    assert.equal(weightStatus(90, '%'), 'unusual');
    assert.equal(weightStatus(85, 'point'), 'unusual');
    assert.equal(weightStatus(null, 'point'), 'none');
  });

  it('spreads project 1 by 一级 plus the 10 points of 预算执行率', () => {
    const spread = weightSpread(groupIndicators(selectTargets(data, CODE1)!.indicators), 'point');
    assert.deepEqual(
      spread.map((s) => [s.kind, s.label, s.weight, s.share]),
      [
        ['group', '产出指标', 50, 0.5],
        ['group', '效益指标', 35, 0.35],
        ['group', '满意度指标', 5, 0.05],
        ['execution', null, 10, 0.1],
      ],
    );
  });

  it('spreads the flat overall targets by indicator, without an execution segment', () => {
    const spread = weightSpread(groupIndicators(selectTargets(data)!.indicators), '%');
    assert.equal(spread.length, 10);
    assert.ok(spread.every((s) => s.kind === 'indicator'));
    assert.deepEqual(spread.map((s) => s.weight), [10, 5, 5, 15, 15, 10, 10, 10, 10, 10]);
    assert.equal(spread[3]!.share, 0.15);
  });

  it('spreads a 100-point project without an execution segment', () => {
    const p = findProject(edge.projects, '百分制项目')!;
    const spread = weightSpread(groupIndicators(p.indicators), 'point');
    assert.deepEqual(spread.map((s) => [s.label, s.share]), [['产出指标', 0.6], ['满意度指标', 0.4]]);
  });
});

describe('pickIndicator', () => {
  const list = selectTargets(data, CODE1)!.indicators;
  it('picks by exact name, by name without spaces, then by 1-based position', () => {
    assert.equal(pickIndicator(list, '宣传效果'), 4);
    assert.equal(pickIndicator(list, ' 服务对象 满意度 '), 13);
    assert.equal(pickIndicator(list, '1'), 0);
    assert.equal(pickIndicator(list, '14'), 13);
  });
  it('is -1 for an unknown name, 0, a position past the end or an empty key', () => {
    for (const k of ['不存在', '0', '15', '']) assert.equal(pickIndicator(list, k), -1, k);
  });
});

describe('strings', () => {
  const [first, second] = selectTargets(data)!.indicators;
  const p1 = selectTargets(data, CODE1)!.indicators;
  it('formats targets with operator, value and unit, and qualitative ones as text', () => {
    assert.equal(formatTarget(first!, 'zh'), '≥ 350 天');
    assert.equal(formatTarget(second!, 'zh'), '= 5 个');
    assert.equal(formatTarget(p1[4]!, 'zh'), '定性：好');
    assert.equal(formatTarget(p1[4]!, 'en'), 'Qualitative: 好');
    assert.equal(formatTarget(p1[13]!, 'zh'), '≥ 5%');
    assert.equal(valueWithUnit({ name: 'x', operator: '=', value: '3' }), '3');
  });
  it('formats weights in points and percent', () => {
    assert.equal(formatWeight(90, 'point', 'zh'), '90 分');
    assert.equal(formatWeight(7.5, 'point', 'en'), '7.5 pts');
    assert.equal(formatWeight(1, 'point', 'en'), '1 pt');
    assert.equal(formatWeight(100, '%', 'zh'), '100%');
  });
  it('notes the 预算执行率 for 90 points and an unusual total, nothing for 100', () => {
    assert.equal(weightNote('execution', '90 分', 'zh'), '另 10 分为预算执行率，在绩效评价时计分。');
    assert.match(weightNote('unusual', '85 分', 'zh'), /^权重合计为 85 分/);
    assert.equal(weightNote('complete', '100%', 'zh'), '');
  });
});
