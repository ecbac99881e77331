import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BudgetDisclosure, Row } from '../../src/model/schema.js';
import {
  filterRows,
  nextSort,
  pageOf,
  projectTableModel,
  share,
  shareBase,
  sortRows,
  sumColumn,
  sumOrNull,
  totalMismatches,
} from '../../src/elements/project-table/model.js';
import { projectCsv } from '../../src/elements/project-table/csv.js';
import { csvAmounts } from '../../src/elements/shared/csv.js';
// English unit names come with the English catalogue, loaded by an element that speaks English.
import '../../src/elements/i18n/en.js';

const tongnan = JSON.parse(readFileSync('data/tongnan-cac-2023.json', 'utf8')) as BudgetDisclosure;
const district = JSON.parse(readFileSync('data/example-district-2024.json', 'utf8')) as BudgetDisclosure;
const model = projectTableModel(tongnan)!;
const names = (rows: readonly { name: string }[]) => rows.map((r) => r.name);

/** A copy of Tongnan whose project list is replaced by `rows` (plus its 合计 row). */
function withRows(rows: Row[], total: Row | null): BudgetDisclosure {
  const table = tongnan.tables['project-expenditure']!;
  return { ...tongnan, tables: { ...tongnan.tables, 'project-expenditure': { ...table, rows: total ? [total, ...rows] : rows } } };
}
const item = (name: string, total: string | null, code = '2013799', general: string | null = total): Row => ({
  code,
  name,
  values: { total, 'specific.subtotal': general, 'specific.general': general },
});

test('Tongnan 附件10: four projects with the published amounts, joined with their targets', () => {
  assert.deepEqual(
    model.rows.map((r) => [r.seq, r.name, r.functionCode, r.values.total, r.project?.code, r.project?.indicators.length]),
    [
      ['1', '2023 网络宣传专项', '2013799', '18.00', '50015223T000003492534', 14],
      ['2', '2023 网络舆情监测专项', '2013799', '44.00', '50015223T000003492540', 15],
      ['3', '2023 网络安全维护专项', '2013799', '30.00', '50015223T000003492544', 17],
      ['4', '2023 网络信息化建设专项', '2013799', '10.00', '50015223T000003492550', 13],
    ],
  );
  assert.equal(model.published!.total, '102.00');
  assert.equal(model.unit, '万元');
  assert.equal(model.title, '项目支出明细表');
});

test('only the funding columns with a figure are kept, 合计 first', () => {
  assert.deepEqual(model.columns.map((c) => [c.key, [...c.groups, c.label].join(' ')]), [
    ['total', '合计'],
    ['specific.subtotal', '年初特定目标 小计'],
    ['specific.general', '年初特定目标 一般性项目'],
  ]);
  const other = projectTableModel(district)!;
  assert.deepEqual(other.columns.map((c) => c.key), [
    'total',
    'specific.subtotal',
    'specific.personnel',
    'specific.general',
    'specific.livelihood',
    'special.subtotal',
    'special.advance',
    'special.municipal',
  ]);
  assert.equal(other.rows.length, 14);
  assert.ok(other.rows.every((r) => r.project), 'every example project joins');
});

test('totals: the published 合计 is exactly the sum of the projects (18 + 44 + 30 + 10 = 102.00)', () => {
  assert.equal(sumColumn(model.rows, 'total'), 10200);
  assert.deepEqual(totalMismatches(model), []);
  assert.equal(shareBase(model), 10200);
  assert.equal(share(4400, 10200)!.toFixed(2), '43.14');
  assert.equal(share(null, 10200), null);
  assert.equal(share(100, 0), null);
});

test('a 合计 that the projects do not add up to is reported per column', () => {
  const m = projectTableModel(withRows([item('甲', '1.10'), item('乙', '2.20')], { name: '合计', role: 'total', values: { total: '3.31', 'specific.subtotal': '3.30', 'specific.general': '3.30' } }))!;
  assert.deepEqual(totalMismatches(m), [{ key: 'total', published: 331, sum: 330 }]);
  assert.equal(shareBase(m), 331);
  const noTotal = projectTableModel(withRows([item('甲', '1.10')], null))!;
  assert.equal(noTotal.published, null);
  assert.equal(shareBase(noTotal), 110);
  assert.deepEqual(totalMismatches(noTotal), []);
});

test('filter: every term, in name, function code, 科目名称, unit or project code; spaces ignored', () => {
  assert.deepEqual(names(filterRows(model.rows, '舆情')), ['2023 网络舆情监测专项']);
  assert.deepEqual(names(filterRows(model.rows, '2023网络安全')), ['2023 网络安全维护专项']);
  assert.deepEqual(names(filterRows(model.rows, '  网络  专项 ')), names(model.rows));
  assert.equal(filterRows(model.rows, '2013799').length, 4);
  assert.equal(filterRows(model.rows, '其他网信事务').length, 4);
  assert.equal(filterRows(model.rows, '潼南区委').length, 4);
  assert.deepEqual(names(filterRows(model.rows, '50015223T000003492550')), ['2023 网络信息化建设专项']);
  assert.deepEqual(names(filterRows(model.rows, '50015223t000003492550')), ['2023 网络信息化建设专项'], 'case-insensitive');
  assert.deepEqual(filterRows(model.rows, '舆情 宣传'), []);
  // 安全 is also in every row's 预算单位 (…网络安全和信息化委员会办公室).
  assert.equal(filterRows(model.rows, '舆情 安全').length, 1);
  assert.equal(filterRows(model.rows, ''), model.rows);
});

test('sort by amount both ways, by name, stable, empty cells last', () => {
  assert.deepEqual(sortRows(model.rows, { key: 'total', direction: 'descending' }).map((r) => r.values.total), ['44.00', '30.00', '18.00', '10.00']);
  assert.deepEqual(sortRows(model.rows, { key: 'total', direction: 'ascending' }).map((r) => r.values.total), ['10.00', '18.00', '30.00', '44.00']);
  assert.equal(sortRows(model.rows, null), model.rows);
  const m = projectTableModel(withRows([item('乙', '-21.49'), item('甲', null), item('丙', '5.00'), item('丁', '5.00')], null))!;
  assert.deepEqual(names(sortRows(m.rows, { key: 'total', direction: 'ascending' })), ['乙', '丙', '丁', '甲']);
  assert.deepEqual(names(sortRows(m.rows, { key: 'total', direction: 'descending' })), ['丙', '丁', '乙', '甲']);
  // Chinese names by the zh-CN collation (pinyin): 丙 bing, 丁 ding, 甲 jia, 乙 yi.
  assert.deepEqual(names(sortRows(m.rows, { key: 'name', direction: 'ascending' })), ['丙', '丁', '甲', '乙']);
  assert.deepEqual(nextSort(null, 'total'), { key: 'total', direction: 'ascending' });
  assert.deepEqual(nextSort({ key: 'total', direction: 'ascending' }, 'total'), { key: 'total', direction: 'descending' });
  assert.deepEqual(nextSort({ key: 'total', direction: 'descending' }, 'total'), { key: 'total', direction: 'ascending' });
  assert.deepEqual(nextSort({ key: 'total', direction: 'descending' }, 'name'), { key: 'name', direction: 'ascending' });
});

test('10,000 rows: filter, sort and page stay exact and quick', () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => item(`项目${i + 1}`, `${(i * 37) % 1000}.${String(i % 100).padStart(2, '0')}`, i % 2 ? '2013799' : '2080505'));
  const m = projectTableModel(withRows(rows, null))!;
  const start = performance.now();
  const sorted = sortRows(filterRows(m.rows, '2080505'), { key: 'total', direction: 'descending' });
  const elapsed = performance.now() - start;
  assert.equal(sorted.length, 5000);
  assert.ok(sorted.every((r, i) => i === 0 || r.cents.total! <= sorted[i - 1]!.cents.total!));
  assert.ok(elapsed < 500, `filter + sort took ${elapsed} ms`);
  const p = pageOf(sorted, 3, 50);
  assert.deepEqual([p.page, p.pageCount, p.from, p.to, p.rows.length], [3, 100, 101, 150, 50]);
  assert.deepEqual([pageOf(sorted, 999, 50).page, pageOf(sorted, 0, 50).page], [100, 1]);
  assert.deepEqual(pageOf([], 1, 50), { rows: [], page: 1, pageCount: 1, from: 0, to: 0 });
  // Σ in cents is exact where floats drift.
  let float = 0;
  for (const r of m.rows) float += Number(r.values.total);
  assert.equal(sumColumn(m.rows, 'total'), m.rows.reduce((s, r) => s + r.cents.total!, 0));
  assert.notEqual(String(float), (sumColumn(m.rows, 'total') / 100).toFixed(2));
});

test('CSV lines: published 合计 unfiltered, exact 筛选后合计 filtered, empty columns stay empty', () => {
  const h = { seq: '序号', name: '项目名称', projectCode: '项目编码', functionCode: '科目编码', functionName: '科目名称', unit: '预算单位', total: '合计' };
  const wan = csvAmounts('万元', undefined, 'zh');
  const all = projectCsv(model, model.rows, h, false, wan);
  // Amount headings name the unit: without it 102.00 万元 reads as 102 元 in a spreadsheet.
  assert.deepEqual(all[0], ['序号', '项目名称', '项目编码', '科目编码', '科目名称', '预算单位', '合计（万元）', '年初特定目标 小计（万元）', '年初特定目标 一般性项目（万元）']);
  assert.deepEqual(all[2], ['2', '2023 网络舆情监测专项', '50015223T000003492540', '2013799', '其他网信事务支出', '中共重庆市潼南区委网络安全和信息化委员会办公室', '44.00', '44.00', '44.00']);
  assert.deepEqual(all.at(-1), ['', '合计', '', '', '', '', '102.00', '102.00', '102.00']);
  const shown = [...filterRows(model.rows, '舆情'), ...filterRows(model.rows, '安全维护')];
  const filtered = projectCsv(model, shown, { ...h, total: '筛选后合计' }, true, wan);
  assert.deepEqual(filtered.slice(1, -1).map((l) => l[6]), ['44.00', '30.00']);
  assert.deepEqual(filtered.at(-1), ['', '筛选后合计', '', '', '', '', '74.00', '74.00', '74.00']);
  const m = projectTableModel(withRows([item('甲', '1.00', '2013799', null)], null))!;
  assert.equal(sumOrNull(m.rows, 'specific.general'), null);
  assert.deepEqual(projectCsv(m, m.rows, h, true, wan).at(-1), ['', '合计', '', '', '', '', '1.00']);
});

test('CSV with display-unit: the figures as the element shows them, exactly, and the unit shown in the headings', () => {
  const h = { seq: 'No.', name: 'Project', projectCode: 'Project code', functionCode: 'Code', functionName: 'Function', unit: 'Unit', total: 'Total' };
  const yuan = projectCsv(model, model.rows, h, false, csvAmounts('万元', '元', 'zh'));
  assert.deepEqual(yuan[0]!.slice(6), ['合计（元）', '年初特定目标 小计（元）', '年初特定目标 一般性项目（元）']);
  assert.deepEqual(yuan[2]!.slice(6), ['440000.00', '440000.00', '440000.00']);
  assert.deepEqual(yuan.at(-1)!.slice(6), ['1020000.00', '1020000.00', '1020000.00']);
  const yi = projectCsv(model, filterRows(model.rows, '舆情'), h, true, csvAmounts('万元', '亿元', 'en'));
  assert.deepEqual(yi[0]!.slice(6), ['合计 (100m yuan)', '年初特定目标 小计 (100m yuan)', '年初特定目标 一般性项目 (100m yuan)']);
  assert.deepEqual(yi.at(-1), ['', 'Total', '', '', '', '', '0.0044', '0.0044', '0.0044']);
  // An unknown display-unit, or the published one, leaves the figures as published (as the element does).
  for (const shown of ['美元', '万元', null]) assert.deepEqual(projectCsv(model, model.rows, h, false, csvAmounts('万元', shown, 'zh')), projectCsv(model, model.rows, h, false, csvAmounts('万元', undefined, 'zh')));
  // A unit other than 元/万元/亿元 is named as published and never converted.
  const odd = csvAmounts('千元', '元', 'zh');
  assert.deepEqual([odd.heading('金额'), odd.cell('12.50'), odd.cell('-'), odd.cell(null)], ['金额（千元）', '12.50', '-', '']);
});
