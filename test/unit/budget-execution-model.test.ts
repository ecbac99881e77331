/**
 * The pure join of <budget-execution> (src/elements/budget-execution/model.ts): exact 执行率 from
 * integer hundredths, where each 年初预算 comes from, 项 of one file only, differing figures, and
 * amounts in different units. Expected values are worked out by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BudgetDisclosure, Row } from '../../src/model/schema.js';
import { executionModel, rateTenths, sortRows } from '../../src/elements/budget-execution/model.js';
import { rate } from '../../src/elements/budget-execution/strings.js';

const read = (f: string) => JSON.parse(readFileSync(new URL(`../../data/${f}`, import.meta.url), 'utf8')) as BudgetDisclosure;
const FINAL = read('example-district-2024-final.json');
const BUDGET = read('example-district-2024.json');
const yuan = (cents: number) => ({ cents, unit: '元' as const });

test('执行率: exact, one decimal, half away from zero; — when the budget is 0', () => {
  // 46.00 / 160.00 = 28.75% exactly → 28.8%; in floating point 46 / 160 * 100 is 28.749999999999996, which toFixed(1) makes 28.7.
  assert.equal(rate(rateTenths(yuan(4600), yuan(16000))), '28.8%');
  assert.equal(rate(rateTenths(yuan(30648000), yuan(32000000))), '95.8%');
  // 1 / 3 → 33.3%, 2 / 3 → 66.7%, -1 / 8 = -12.5%.
  assert.equal(rate(rateTenths(yuan(100), yuan(300))), '33.3%');
  assert.equal(rate(rateTenths(yuan(200), yuan(300))), '66.7%');
  assert.equal(rate(rateTenths(yuan(-100), yuan(800))), '-12.5%');
  assert.equal(rate(rateTenths(yuan(120000), yuan(0))), '—');
  // Across units: 1.00 万元 against 10000.00 元 is 100.0%.
  assert.equal(rate(rateTenths({ cents: 100, unit: '万元' }, yuan(1000000))), '100.0%');
  // Beyond 2^53 once multiplied: 90071992547409.91 元 against itself.
  assert.equal(rate(rateTenths(yuan(9007199254740991), yuan(9007199254740991))), '100.0%');
});

test('the fictional pair joins on every 项; blank budget cells take the 决算 text’s figure, said', () => {
  const m = executionModel(FINAL, BUDGET)!;
  assert.equal(m.rows.length, 18);
  const r = Object.fromEntries(m.rows.map((x) => [x.code, x]));
  assert.deepEqual([r['2050101']!.budget, r['2050101']!.final, r['2050101']!.diff, r['2050101']!.rateTenths], [yuan(623451836), yuan(641290518), yuan(17838682), 1029]);
  assert.equal(r['2050101']!.budgetFrom, 'budget-file');
  assert.equal(r['2050299']!.budgetFrom, 'final-text');
  assert.deepEqual(r['2050299']!.budget, yuan(0));
  assert.equal(r['2050299']!.rateTenths, null);
  assert.equal(m.rows.filter((x) => x.mismatch || x.only).length, 0);
  // Σ of the 18 项 = the two tables' published 合计 rows.
  assert.deepEqual([m.totals.budget, m.totals.final, m.totals.rateTenths], [yuan(9453203548), yuan(9505825189), 1006]);
});

test('without a budget file the 年初预算 are the 决算 text’s; no one-file notes', () => {
  const m = executionModel(FINAL)!;
  assert.equal(m.joined, false);
  assert.ok(m.rows.every((x) => x.budgetFrom === 'final-text' && !x.only));
});

test('one file only, a differing 年初预算, and a budget file in 万元', () => {
  const b = structuredClone(BUDGET);
  const t = b.tables['gpb-expenditure']!;
  // The budget published in 万元 (exact: 6234518.36 元 = 623.451836 万元 does not fit two decimals,
  // so 2050101 is restated as 623.40 万元, which also differs from the 决算 text's 6234518.36 元).
  b.tables['gpb-expenditure'] = {
    ...t,
    unit: '万元',
    rows: t.rows
      .filter((row: Row) => row.code !== '2050803')
      .map((row: Row) => (row.code === '2050101' ? { ...row, values: { ...row.values, total: '623.40' } } : row.code === '2013602' ? { ...row, values: { ...row.values, total: '32.00' } } : row))
      .concat([{ code: '2059999', name: '预算独有项', values: { total: '1.00' } }]),
  };
  const m = executionModel(FINAL, b)!;
  const r = Object.fromEntries(m.rows.map((x) => [x.code, x]));
  assert.equal(m.unit, '元');
  assert.deepEqual(r['2013602']!.budget, yuan(32000000), '32.00 万元 = 320000.00 元');
  assert.equal(r['2013602']!.mismatch, undefined);
  assert.deepEqual(r['2050101']!.mismatch, { stated: yuan(623451836), file: yuan(623400000), diff: yuan(51836) });
  assert.equal(r['2050803']!.only, 'final');
  assert.equal(r['2050803']!.budget, null);
  assert.equal(r['2059999']!.only, 'budget');
  assert.deepEqual([r['2059999']!.budget, r['2059999']!.final, r['2059999']!.rateTenths], [yuan(1000000), null, null]);
  // By difference: rows without one last, in code order.
  assert.deepEqual(sortRows(m.rows, 'difference').slice(-2).map((x) => x.code), ['2050803', '2059999']);
});

test('the built bundle does not carry <budget-execution>: a chunk on demand does (needs npm run build)', () => {
  const dist = new URL('../../dist/', import.meta.url);
  const bundle = readFileSync(new URL('budget-widgets.js', dist), 'utf8');
  // The element's title and a word of its description are in its chunk only.
  assert.ok(!bundle.includes('预算执行情况') && !bundle.includes('个执行率在'), 'the element is not in budget-widgets.js');
  assert.match(bundle, /budget-execution/, 'the definer names the tag');
  const sizes = JSON.parse(readFileSync(new URL('sizes.json', dist), 'utf8')) as Record<string, { gzip: number }>;
  const chunk = Object.keys(sizes).find((f) => /^chunks\/budget-execution-/.test(f));
  assert.ok(chunk, 'a chunk of its own');
  assert.ok(readFileSync(new URL(chunk!, dist), 'utf8').includes('个执行率在'));
});
