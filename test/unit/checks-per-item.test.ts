import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BudgetDisclosure, Row } from '../../src/model/schema.js';
import { runChecks } from '../../src/model/checks/index.js';

const tongnan = JSON.parse(readFileSync('data/tongnan-cac-2023.json', 'utf8')) as BudgetDisclosure;
const perItem = (d: BudgetDisclosure) => runChecks(d).filter((f) => f.rule === 'R10' && f.place.column === 'project');
const rowOf = (rows: Row[], match: (r: Row) => boolean) => rows.find(match)!;

/**
 * Issue 11's case: the project list and the appropriation table agree in total (102.00) but not
 * per 项: 44.00 of 2013750 in table 2, 45.00 in the project list (and 58.00 against 57.00 for 2013799).
 */
function shifted(withDeptTable: boolean): BudgetDisclosure {
  const d = structuredClone(tongnan);
  if (!withDeptTable) delete d.tables['dept-expenditure'];
  const two = d.tables['gpb-expenditure']!.rows;
  rowOf(two, (r) => r.code === '2013750').values['project'] = '44.00';
  rowOf(two, (r) => r.code === '2013799').values['project'] = '58.00';
  const ten = d.tables['project-expenditure']!.rows;
  const opinion = rowOf(ten, (r) => r.name === '2023 网络舆情监测专项');
  opinion.code = '2013750';
  opinion.values['total'] = '45.00';
  rowOf(ten, (r) => r.name === '2023 网络宣传专项').values['total'] = '17.00';
  return d;
}

test('R10 per 项: Tongnan as published agrees per 项 with tables 8 and 2', () => {
  assert.deepEqual(perItem(tongnan), []);
  const noEight = structuredClone(tongnan);
  delete noEight.tables['dept-expenditure'];
  assert.deepEqual(perItem(noEight), []);
});

test('R10 per 项: a 项 whose project money differs between table 2 and the project list is an error, though the totals agree', () => {
  const found = perItem(shifted(false));
  assert.deepEqual(found.map((f) => [f.severity, f.place.table, f.place.row, f.expected, f.actual, f.difference]), [
    ['error', 'gpb-expenditure', '2013799', '57.00', '58.00', '1.00'],
    ['error', 'gpb-expenditure', '2013750', '45.00', '44.00', '-1.00'],
  ]);
  assert.match(found[1]!.message.zh, /2013750 事业运行「2023 年预算数 项目支出」应等于附件 10《项目支出明细表》中功能分类科目为 2013750 的 1 个项目之和：应为 45\.00，实为 44\.00/);
  // The totals still agree: the rule on totals alone says nothing (why issue 11 found it missing).
  assert.equal(runChecks(shifted(false)).filter((f) => f.rule === 'R10' && f.place.column !== 'project').length, 0);
});

test('R10 per 项 against table 2 only where the tables cover the same money: not when other sources fund projects', () => {
  const d = shifted(false);
  // The project list holds 10.00 more than the appropriation's project expenditure: other funding
  // sources pay for projects, so a 项 may rightly differ; only the totals rule speaks (as a finding on 合计).
  const ten = d.tables['project-expenditure']!.rows;
  rowOf(ten, (r) => r.role === 'total').values['total'] = '112.00';
  ten.push({ code: '2013799', name: '单位自有资金项目', values: { total: '10.00' } });
  assert.deepEqual(perItem(d), []);
});

test('R10 per 项 against table 8 (every funding source, as the project list): compared whatever table 2 holds', () => {
  const d = shifted(true);
  const eight = d.tables['dept-expenditure']!.rows;
  // Table 8 as published (102.00 on 2013799): the moved project shows up against it.
  const found = perItem(d);
  assert.deepEqual(found.map((f) => [f.place.table, f.place.row, f.expected, f.actual]), [
    ['dept-expenditure', '2013799', '57.00', '102.00'],
    ['dept-expenditure', '2013750', '45.00', ''],
  ]);
  assert.ok(eight.length);
});
