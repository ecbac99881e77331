/**
 * Every workbook is hostile (issue 14): size limits, password-protected and damaged files, names
 * like `__proto__`, formulas never evaluated, external links never followed, CSV that is not UTF-8.
 * Each case gets a plain message or a finding with its place, never an exception or a blank result.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { importSheets } from '../../src/import/assemble.js';
import { FindingList } from '../../src/import/findings.js';
import { LIMITS } from '../../src/import/limits.js';
import { readWorkbook, WorkbookError } from '../../src/import/workbook.js';
import { readAmount, roundDecimal, numberText } from '../../src/import/amount.js';
import { root } from './built-cli.js';

const toBytes = (wb: XLSX.WorkBook, bookType: XLSX.BookType = 'xlsx') => new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
const sheetOf = (rows: unknown[][]) => XLSX.utils.aoa_to_sheet(rows);
const refusal = (file: string, bytes: Uint8Array) => {
  try {
    readWorkbook(file, bytes, new FindingList());
  } catch (e) {
    assert.ok(e instanceof WorkbookError, String(e));
    return e;
  }
  assert.fail('the file was read');
};

test('a password-protected workbook: a plain message saying how to remove the password', () => {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...new Array(200).fill(0)]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(600));
  const e = refusal('budget.xlsx', new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer));
  assert.equal(e.reason, 'password');
  assert.match(e.words.zh, /^budget\.xlsx 设置了打开密码.*删除密码/);
});

test('a damaged .xlsx (cut short) is called damaged, not password-protected; an empty file is empty', () => {
  const whole = readFileSync(join(root, 'test/import/workbooks/quirks.xlsx'));
  const e = refusal('cut.xlsx', new Uint8Array(whole.subarray(0, 200)));
  assert.equal(e.reason, 'corrupt');
  assert.match(e.words.en, /^cut\.xlsx is not a readable Excel\/WPS workbook/);
  assert.equal(refusal('empty.xls', new Uint8Array(0)).reason, 'empty');
});

test('size limits: a file above the byte limit is refused before parsing; rows past the limit are reported', () => {
  assert.equal(refusal('huge.xlsx', new Uint8Array(LIMITS.fileBytes + 1)).reason, 'too-large');
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheetOf(Array.from({ length: LIMITS.rowsPerSheet + 5 }, (_, i) => [`r${i}`])), 'Long');
  const findings = new FindingList();
  const sheets = readWorkbook('long.xlsx', toBytes(wb), findings);
  assert.equal(sheets[0]!.rows.length, LIMITS.rowsPerSheet);
  assert.deepEqual(findings.items.map((f) => [f.code, f.where]), [['too-many-rows', 'Long']]);
});

test('prototype-safe: sheets and headings named __proto__ / constructor pollute nothing and are kept as data', () => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheetOf([['部门支出总表'], ['单位：万元'], ['科目编码', '科目名称', '合计', '__proto__', 'constructor'], ['201', '一般公共服务支出', 1, 2, 3]]), '__proto__');
  XLSX.utils.book_append_sheet(wb, sheetOf([['constructor'], ['toString']]), 'constructor');
  for (const bookType of ['xlsx', 'biff8'] as const) {
    const findings = new FindingList();
    const r = importSheets(readWorkbook('p.xlsx', toBytes(wb, bookType), findings), { name: 'x', region: 'y', fiscalYear: 2024 }, findings.items);
    const t = r.data.tables['dept-expenditure']!;
    assert.deepEqual(t.rows[0]!.values, { total: '1', 'col.D': '2', 'col.E': '3' }, 'General format shows 1, so 1 is published');
    assert.deepEqual(t.columns.slice(3).map((c) => c.label), ['__proto__', 'constructor']);
    assert.equal(({} as Record<string, unknown>)['col.D'], undefined);
    assert.equal(Object.getPrototypeOf(r.data.tables), Object.prototype);
    // The "constructor" sheet has no title: kept as an unknown table, reported with its place.
    assert.deepEqual(r.findings.filter((f) => f.code === 'no-title').map((f) => f.where), ['constructor!A1']);
  }
});

test('formulas are never evaluated: the cached value is read, even when the formula would say otherwise or points outside', () => {
  const ws = sheetOf([['部门支出总表'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 0], ['208', '社会保障和就业支出', 0]]);
  ws['C3'] = { t: 'n', v: 5, f: '1+1', z: '0.00' };
  ws['C4'] = { t: 'n', v: 7.5, f: "'C:\\secret\\[book.xlsx]Sheet1'!A1", z: '0.00' };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'S');
  const findings = new FindingList();
  const r = importSheets(readWorkbook('f.xlsx', toBytes(wb), findings), {}, findings.items);
  assert.deepEqual(r.data.tables['dept-expenditure']!.rows.map((x) => x.values['total']), ['5.00', '7.50']);
});

test('CSV: one table per UTF-8 file, texts kept as typed; a GBK file gets a message naming the encoding', () => {
  const csv = '部门支出总表\n单位：万元\n科目编码,科目名称,合计,基本支出,项目支出\n合计,,"1,258.24",0.00,-\n201,一般公共服务支出,258.24,,\n';
  const findings = new FindingList();
  const r = importSheets(readWorkbook('d.csv', new TextEncoder().encode(csv), findings), {}, findings.items);
  assert.deepEqual(r.data.tables['dept-expenditure']!.rows, [
    { name: '合计', role: 'total', values: { total: '1258.24', basic: '0.00', project: '-' } },
    { code: '201', name: '一般公共服务支出', values: { total: '258.24', basic: null, project: null } },
  ]);
  const gbk = new Uint8Array([0xb2, 0xbf, 0xc3, 0xc5, 0xd6, 0xa7, 0xb3, 0xf6, 0xd7, 0xdc, 0xb1, 0xed, 0x0a]); // 部门支出总表 in GBK
  const e = refusal('gbk.csv', gbk);
  assert.equal(e.reason, 'encoding');
  assert.match(e.words.zh, /不是 UTF-8 编码的 CSV 文件（看起来是 GBK）/);
});

test('amounts: exact decimal reading of what the cell shows', () => {
  assert.equal(numberText(258.23999999999998), '258.24');
  assert.equal(numberText(0.1 + 0.2), '0.3');
  assert.equal(numberText(1e-7), '0.0000001');
  assert.equal(roundDecimal('1.005'), '1.01');
  assert.equal(roundDecimal('-0.004'), '0.00');
  assert.equal(roundDecimal('-2.345'), '-2.35');
  assert.deepEqual(readAmount({ text: '258.24', number: 258.23999999999998 }), { value: '258.24' });
  assert.deepEqual(readAmount({ text: '258.23999999999998', number: 258.23999999999998 }), { value: '258.24', note: { kind: 'rounded', from: '258.23999999999998' } });
  assert.deepEqual(readAmount({ text: '¥1,234.50', number: 1234.5 }), { value: '1234.50', note: { kind: 'format', shown: '¥1,234.50' } });
  assert.deepEqual(readAmount({ text: '(21.49)' }), { value: '-21.49' });
  assert.deepEqual(readAmount({ text: '1,234' }), { value: '1234' });
  assert.deepEqual(readAmount({ text: '－' }), { value: '-' });
  assert.deepEqual(readAmount({ text: '' }), { value: null });
  assert.deepEqual(readAmount({ text: '', formula: true, noCachedValue: true }), { value: null, note: { kind: 'no-cached-value' } });
  assert.deepEqual(readAmount({ text: '待定' }), { value: null, note: { kind: 'not-amount', shown: '待定' } });
});
