import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BudgetDisclosure, Column, Row } from '../../src/model/schema.js';
import { ancestorCodes, buildCodeTree } from '../../src/model/code-tree.js';

const tongnan = JSON.parse(readFileSync('data/tongnan-cac-2023.json', 'utf8')) as BudgetDisclosure;

const columns: Column[] = [
  { key: 'code', label: '科目编码', type: 'code' },
  { key: 'name', label: '科目名称', type: 'name' },
  { key: 'total', label: '合计' },
  { key: 'note', label: '说明', type: 'text' },
];
const row = (code: string | undefined, total: string | null, role?: 'total'): Row => ({
  ...(code ? { code } : {}),
  name: code ?? '合计',
  ...(role ? { role } : {}),
  values: { total },
});

test('Tongnan 附件2: 类 → 款 → 项 in published order, figures as published', () => {
  const tree = buildCodeTree(tongnan.tables['gpb-expenditure']!);
  assert.deepEqual(tree.roots.map((n) => n.code), ['201', '208', '210', '221']);
  const wangxin = tree.byCode.get('20137')!;
  assert.equal(wangxin.level, 1);
  assert.equal(wangxin.parent!.code, '201');
  assert.deepEqual(wangxin.children.map((n) => [n.code, n.row.name, n.row.values.total]), [
    ['2013701', '行政运行', '87.07'],
    ['2013750', '事业运行', '69.18'],
    ['2013799', '其他网信事务支出', '102.00'],
  ]);
  assert.equal(tree.byCode.get('2013701')!.row.values['prior.total'], '102.25');
  assert.equal(tree.byCode.get('2013701')!.row.values.project, null);
  assert.equal(tree.byCode.get('2013701')!.index, 3);
  assert.deepEqual(ancestorCodes(tree.byCode.get('2013701')!), ['20137', '201']);
  assert.equal(tree.nodes.length, 18);
  // The published figures stay as published; where children miss by 0.01 (尾差) the tree says so:
  // 20137 总计 258.24 vs 87.07 + 69.18 + 102.00 = 258.25; 合计 291.00 vs Σ 类 = 291.01.
  assert.deepEqual(
    tree.mismatches.map((m) => [m.code, m.column, m.stated, m.sum, m.rounding]),
    [
      ['20137', 'total', 25824, 25825, true],
      ['20137', 'basic', 15624, 15625, true],
      ['20805', 'prior.total', 1786, 1785, true],
      ['21011', 'total', 888, 887, true],
      ['21011', 'basic', 888, 887, true],
      [null, 'prior.total', 31249, 31250, true],
      [null, 'total', 29100, 29101, true],
      [null, 'basic', 18900, 18901, true],
    ],
  );
  assert.equal(tree.byCode.get('20137')!.row.values.total, '258.24');
});

test('Tongnan 附件3: economic codes 301/302/303 with their 款', () => {
  const tree = buildCodeTree(tongnan.tables['gpb-basic-expenditure']!);
  assert.deepEqual(tree.roots.map((n) => [n.code, n.children.length]), [['301', 11], ['302', 27], ['303', 1]]);
  assert.deepEqual(tree.mismatches, []);
});

test('a table without parent rows is a flat list of roots (附件10: every project under 2013799)', () => {
  const tree = buildCodeTree(tongnan.tables['project-expenditure']!);
  assert.equal(tree.roots.length, 1, 'a repeated code is one node (the first row)');
  assert.equal(tree.roots[0]!.children.length, 0);
});

test('flags children that do not add up, exactly, and keeps the published parent', () => {
  const tree = buildCodeTree({
    columns,
    rows: [row(undefined, '10.00', 'total'), row('201', '10.00'), row('20101', '6.00'), row('2010101', '3.33'), row('2010102', '3.33'), row('20102', '3.99')],
  });
  assert.equal(tree.byCode.get('20101')!.row.values.total, '6.00');
  assert.deepEqual(tree.mismatches, [
    // 201: 10.00 vs 6.00 + 3.99 = 9.99 → 0.01 over two terms: rounding (尾差).
    { code: '201', column: 'total', stated: 1000, sum: 999, difference: 1, rounding: true },
    // 20101: 6.00 vs 3.33 + 3.33 = 6.66 → an error.
    { code: '20101', column: 'total', stated: 600, sum: 666, difference: -66, rounding: false },
  ]);
});

test('an empty parent cell with children amounts is flagged; empty everywhere is not', () => {
  const tree = buildCodeTree({ columns, rows: [row('301', null), row('30101', '1.50'), row('302', null), row('30201', null)] });
  assert.deepEqual(tree.mismatches, [{ code: '301', column: 'total', stated: null, sum: 150, difference: -150, rounding: false }]);
});

test('the 合计 row is compared with the 类 rows; negatives stay exact', () => {
  const tree = buildCodeTree({ columns, rows: [row(undefined, '-21.49', 'total'), row('201', '-30.00'), row('208', '8.50')] });
  assert.deepEqual(tree.mismatches, [{ code: null, column: 'total', stated: -2149, sum: -2150, difference: 1, rounding: true }]);
});

test('a 项 whose 款 is not published hangs under its 类; unknown code lengths are not nodes', () => {
  const tree = buildCodeTree({ columns, rows: [row('201', '5.00'), row('2010101', '5.00'), row('2299', '1.00'), row('20801', '2.00')] });
  assert.deepEqual(tree.roots.map((n) => n.code), ['201', '20801']);
  assert.equal(tree.byCode.get('2010101')!.parent!.code, '201');
  assert.equal(tree.byCode.has('2299'), false);
  assert.deepEqual(tree.mismatches, []);
});
