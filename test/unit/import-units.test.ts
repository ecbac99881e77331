/**
 * A table's amount unit decides every figure, and no check can catch a wrong one (the figures still
 * add up): the import says when it assumes one (a review found a workbook without unit lines
 * imported as 万元 with 0 findings, every figure 10,000 times too large).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importSheets } from '../../src/import/assemble.js';
import { FindingList } from '../../src/import/findings.js';
import { readWorkbook } from '../../src/import/workbook.js';

const SUMMARY = (unitLine: string) => `部门支出总表\n${unitLine}科目编码,科目名称,合计,基本支出,项目支出\n合计,,258.24,200.00,58.24\n201,一般公共服务支出,258.24,200.00,58.24\n`;
const SANGONG = (unitLine: string) => `一般公共预算“三公”经费支出表\n${unitLine}项目,合计\n合计,7.00\n`;

function importCsv(files: Record<string, string>, department = {}) {
  const findings = new FindingList();
  const sheets = Object.entries(files).flatMap(([name, text]) => readWorkbook(name, new TextEncoder().encode(text), findings));
  return importSheets(sheets, department, findings.items);
}
const codes = (r: ReturnType<typeof importCsv>) => r.findings.map((f) => f.code);

test('no unit line anywhere and none given: a warning that the unit is a guess, and what a wrong one does', () => {
  const r = importCsv({ 'a.csv': SUMMARY('') });
  assert.equal(r.data.department.unit, '万元');
  const w = r.findings.find((f) => f.code === 'no-unit');
  assert.ok(w, JSON.stringify(codes(r)));
  assert.equal(w.severity, 'warning');
  assert.match(w.zh, /金额暂按 万元 读入.*--department-json.*一万倍/);
  assert.deepEqual(r.missing.includes('unit'), true);
});

test('a unit given for the department: tables without a line of their own are said to take it', () => {
  const r = importCsv({ 'a.csv': SUMMARY('') }, { unit: '元' });
  assert.equal(codes(r).includes('no-unit'), false);
  const i = r.findings.find((f) => f.code === 'table-unit-assumed');
  assert.ok(i, JSON.stringify(codes(r)));
  assert.match(i.zh, /表“部门支出总表”没有写明金额单位，金额按部门的 元 读入/);
});

test('one table with its unit line, one without: only the one without is named', () => {
  const r = importCsv({ 'a.csv': SUMMARY('单位：万元\n'), 'b.csv': SANGONG('') });
  const named = r.findings.filter((f) => f.code === 'table-unit-assumed').map((f) => f.zh);
  assert.equal(named.length, 1, JSON.stringify(named));
  assert.match(named[0]!, /“三公”经费/);
});

test('every table with its unit line: nothing to say', () => {
  const r = importCsv({ 'a.csv': SUMMARY('单位：万元\n'), 'b.csv': SANGONG('金额单位：万元\n') });
  assert.deepEqual(codes(r).filter((c) => c === 'no-unit' || c === 'table-unit-assumed'), []);
});
