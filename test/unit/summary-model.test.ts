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
  Object.fromEntries(m.figures.map((f) => [f.key, [f.value, f.change?.amount ?? null, f.change ? Number(f.change.percent?.toFixed(2) ?? NaN) : null, 'narrative' in f.source ? 'narrative' : f.source.table]]));

test('Tongnan key figures with their sources', () => {
  const m = summaryModel(tongnan);
  assert.deepEqual(pick(m), {
    income: [29100, -2149, -6.88, 'dept-summary'],
    expenditure: [29100, -2149, -6.88, 'dept-summary'],
    sangong: [700, -90, -11.39, 'sangong'],
    operating: [4060, -1716, -29.71, 'narrative'],
    procurement: [350, null, null, 'procurement'],
  });
  assert.deepEqual([m.split!.basic, m.split!.project], [18900, 10200]);
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
  assert.deepEqual([m.split!.basic, m.split!.project, 'narrative' in m.split!.source], [18900, 10200, true]);
});

test('totalRow finds role "total" per side, else a 合计/总计 heading', () => {
  const t = tongnan.tables['dept-summary']!;
  assert.equal(totalRow(t, 'income')!.name, '收入总计');
  assert.equal(totalRow(t, 'expenditure')!.name, '支出总计');
  assert.equal(totalRow({ title: 'x', columns: [], rows: [{ name: '合计', values: {} }] })!.name, '合计');
});

test('description (zh, en)', () => {
  const m = summaryModel(tongnan);
  assert.equal(
    describeSummary(m, 'zh'),
    '2023年收入预算291.00万元。支出预算291.00万元，比2022年减少21.49万元（-6.88%），主要是公用经费减少。其中基本支出189.00万元（64.95%），项目支出102.00万元（35.05%）。“三公”经费7.00万元。机关运行经费40.60万元。政府采购预算3.50万元。',
  );
  assert.match(describeSummary(m, 'en'), /^Income 2023: 291\.00 10k yuan\. Expenditure: 291\.00 10k yuan, down 21\.49 10k yuan \(-6\.88%\) on 2022\./);
});
