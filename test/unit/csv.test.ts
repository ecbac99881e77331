import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BOM, csvAmounts, csvField, csvFilename, toCsv } from '../../src/elements/shared/csv.js';

test('starts with the UTF-8 BOM and ends every line with CRLF', () => {
  const csv = toCsv([['科目编码', '科目名称', '总计'], ['2013701', '行政运行', '87.07']]);
  assert.equal(csv, '\uFEFF科目编码,科目名称,总计\r\n2013701,行政运行,87.07\r\n');
  assert.equal(csv.charCodeAt(0), 0xfeff);
  assert.deepEqual([...new TextEncoder().encode(csv).slice(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(toCsv([['a']], { bom: false }), 'a\r\n');
  assert.equal(BOM, '\uFEFF');
});

test('RFC 4180 quoting: comma, quote, CR and LF', () => {
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('他说"好"'), '"他说""好"""');
  assert.equal(csvField('第一行\n第二行'), '"第一行\n第二行"');
  assert.equal(csvField('x\r\ny'), '"x\r\ny"');
  assert.equal(csvField('no quotes needed'), 'no quotes needed');
});

test('empty cells are empty fields, never 0', () => {
  assert.equal(toCsv([['行政运行', null, undefined, '']], { bom: false }), '行政运行,,,\r\n');
});

test('formula injection: text starting with = + - @ tab or CR is neutralised', () => {
  assert.equal(csvField('=SUM(A1:A2)'), "'=SUM(A1:A2)");
  assert.equal(csvField('+cmd|calc'), "'+cmd|calc");
  assert.equal(csvField('-2+3'), "'-2+3");
  assert.equal(csvField('@HYPERLINK("x")'), `"'@HYPERLINK(""x"")"`);
  assert.equal(csvField('\t=1'), "'\t=1");
  assert.equal(csvField('=a,b'), `"'=a,b"`);
});

test('amounts stay numbers: negative and signed numeric text is not guarded', () => {
  assert.equal(csvField('-21.49'), '-21.49');
  assert.equal(csvField('+1.50'), '+1.50');
  assert.equal(csvField('291.00'), '291.00');
  assert.equal(csvField(-21.49), '-21.49');
  assert.equal(csvField(0), '0');
  assert.equal(csvField(Number.NaN), '');
  // A published mark of one character is kept as printed.
  assert.equal(csvField('-'), '-');
  assert.equal(csvField('.'), '.');
});

test('file names lose path and reserved characters', () => {
  assert.equal(csvFilename('区委网信办', 2023, '一般公共预算财政拨款支出预算表'), '区委网信办-2023-一般公共预算财政拨款支出预算表.csv');
  assert.equal(csvFilename('a/b:c', undefined, '"三公" 经费'), 'a_b_c-_三公_经费.csv');
  assert.equal(csvFilename(), 'table.csv');
});

test('csvAmounts: the unit in amount headings; amounts converted exactly when display-unit converts', () => {
  const published = csvAmounts('万元', undefined, 'zh');
  assert.deepEqual([published.heading('2023 年预算数 总计'), published.cell('258.24'), published.cell('-21.49'), published.cell('-'), published.cell(null), published.cell(undefined)], [
    '2023 年预算数 总计（万元）',
    '258.24',
    '-21.49',
    '-',
    '',
    '',
  ]);
  const yuan = csvAmounts('万元', '元', 'zh');
  assert.deepEqual([yuan.heading('金额'), yuan.cell('258.24'), yuan.cell('-21.49'), yuan.cell('0.00'), yuan.cell('.')], ['金额（元）', '2582400.00', '-214900.00', '0.00', '.']);
  assert.equal(csvAmounts('元', '亿元', 'zh').cell('-0.05'), '-0.0000000005');
  const wan = csvAmounts('元', '万元', 'zh');
  assert.deepEqual([wan.heading('金额'), wan.cell('945320354.80'), wan.cell('3.50')], ['金额（万元）', '94532.03548', '0.00035']);
  // Converted text stays a plain number, never a guarded formula.
  assert.equal(toCsv([[yuan.cell('-21.49')]], { bom: false }), '-214900.00\r\n');
});
