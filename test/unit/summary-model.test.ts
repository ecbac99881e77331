import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { summaryModel, totalRow } from '../../src/elements/budget-summary/model.js';
import { describeSummary } from '../../src/elements/budget-summary/strings.js';
import { TONGNAN_PATH } from '../fixtures/charts/paths.js';
// The English words are a lazily loaded module in the browser; here they are loaded up front.
import '../../src/elements/i18n/en.js';

const tongnan = JSON.parse(readFileSync(TONGNAN_PATH, 'utf8')) as BudgetDisclosure;
const pick = (m: ReturnType<typeof summaryModel>) =>
  Object.fromEntries(m.figures.map((f) => [f.key, [f.value.cents, f.change?.amount.cents ?? null, f.change ? Number(f.change.percent?.toFixed(2) ?? NaN) : null, 'narrative' in f.source ? 'narrative' : f.source.table]]));

test('Tongnan key figures with their sources', () => {
  const m = summaryModel(tongnan);
  assert.deepEqual(pick(m), {
    income: [29100, -2149, -6.88, 'dept-summary'],
    expenditure: [29100, -2149, -6.88, 'dept-summary'],
    sangong: [700, -90, -11.39, 'sangong'],
    operating: [4060, -1716, -29.71, 'narrative'],
    procurement: [350, null, null, 'procurement'],
  });
  assert.deepEqual([m.split!.basic, m.split!.project], [{ cents: 18900, unit: '万元' }, { cents: 10200, unit: '万元' }]);
  assert.equal(m.figures.find((f) => f.key === 'expenditure')!.change!.reason, '主要是公用经费减少');
});

test('expenditure change comes from gpb-expenditure 合计 (published prior and current)', () => {
  const m = summaryModel(tongnan);
  const c = m.figures.find((f) => f.key === 'expenditure')!.change!;
  assert.deepEqual('table' in c.source ? c.source.table : '', 'gpb-expenditure');
});

test('falls back to the narrative when tables are missing', () => {
  const data = structuredClone(tongnan);
  data.tables = {};
  const m = summaryModel(data);
  assert.deepEqual(pick(m), {
    income: [29100, -2149, -6.88, 'narrative'],
    expenditure: [29100, -2149, -6.88, 'narrative'],
    sangong: [700, -90, -11.39, 'narrative'],
    operating: [4060, -1716, -29.71, 'narrative'],
    procurement: [350, null, null, 'narrative'],
  });
  assert.deepEqual([m.split!.basic.cents, m.split!.project.cents, 'narrative' in m.split!.source], [18900, 10200, true]);
});

test('totalRow finds role "total" per side, else a 合计/总计 heading', () => {
  const t = tongnan.tables['dept-summary']!;
  assert.equal(totalRow(t, 'income')!.name, '收入总计');
  assert.equal(totalRow(t, 'expenditure')!.name, '支出总计');
  assert.equal(totalRow({ rows: [{ name: '合计', values: {} }] })!.name, '合计');
});

test('description (zh, en)', () => {
  const m = summaryModel(tongnan);
  assert.equal(
    describeSummary(m, 'zh'),
    '2023年收入预算291.00万元。支出预算291.00万元，比2022年减少21.49万元（-6.88%），主要是公用经费减少。其中基本支出189.00万元（64.95%），项目支出102.00万元（35.05%）。“三公”经费7.00万元。机关运行经费40.60万元。政府采购预算3.50万元。',
  );
  assert.match(describeSummary(m, 'en'), /^Income 2023: 291\.00 10k yuan\. Expenditure: 291\.00 10k yuan, down 21\.49 10k yuan \(-6\.88%\) on 2022\./);
});

// Issue 10: a table may publish in another unit than the file. Its figures keep their unit, and
// every sentence converts exactly where units meet.
const corpus = (name: string) => JSON.parse(readFileSync(new URL(`../hostile/corpus/${name}`, import.meta.url), 'utf8')) as BudgetDisclosure;

test('a 三公 table in 元 in a file in 万元: the figure keeps its unit, the text says 7.00万元', () => {
  const m = summaryModel(corpus('table-unit-sangong-yuan.json'));
  const sangong = m.figures.find((f) => f.key === 'sangong')!;
  assert.deepEqual(sangong.value, { cents: 7000000, unit: '元' });
  assert.deepEqual(sangong.change!.amount, { cents: -900000, unit: '元' });
  assert.equal(Number(sangong.change!.percent!.toFixed(2)), -11.39);
  assert.match(describeSummary(m, 'zh'), /“三公”经费7\.00万元。/);
});

test('a 一般公共预算支出表 in 元: the change from 2022 is 21.49万元, not 214,900.00万元', () => {
  const m = summaryModel(corpus('table-unit-gpb-yuan.json'));
  assert.deepEqual(m.figures.find((f) => f.key === 'expenditure')!.change!.amount, { cents: -21490000, unit: '元' });
  assert.match(describeSummary(m, 'zh'), /支出预算291\.00万元，比2022年减少21\.49万元（-6\.88%）/);
});

test('a stated change in 万元 against a table figure in 元 is subtracted exactly in 元', () => {
  const data = corpus('table-unit-sangong-yuan.json');
  // Without the prior-year columns the change comes from the narrative (sangong.change, 万元).
  const t = data.tables['sangong']!;
  t.columns = t.columns.filter((c) => !c.key.startsWith('prior.'));
  for (const r of t.rows) for (const k of Object.keys(r.values)) if (k.startsWith('prior.')) delete r.values[k];
  const c = summaryModel(data).figures.find((f) => f.key === 'sangong')!.change!;
  assert.deepEqual(c.amount, { cents: -900000, unit: '元' });
  assert.equal(Number(c.percent!.toFixed(2)), -11.39);
});

test('a department with funds beyond the general budget: its expenditure change is its own (the stated one), not the general budget’s', () => {
  // The example district: 支出 97,579,235.48 元 in all; the general budget's 合计 is smaller and grew
  // by 3,697,516.92 元; the text states the department's change, 2,906,429.17 元.
  const district = JSON.parse(readFileSync(new URL('../../data/example-district-2024.json', import.meta.url), 'utf8')) as BudgetDisclosure;
  const f = summaryModel(district).figures.find((x) => x.key === 'expenditure')!;
  assert.deepEqual(f.value, { cents: 9757923548, unit: '元' });
  assert.deepEqual(f.change!.amount, { cents: 290642917, unit: '元' });
  assert.ok('narrative' in f.change!.source, JSON.stringify(f.change!.source));
  assert.match(describeSummary(summaryModel(district), 'zh'), /支出预算97,579,235\.48元，比2023年增加2,906,429\.17元/);
});
