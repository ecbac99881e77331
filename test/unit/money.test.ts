import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toCents, centsToString, sumCents, percentChange, convertAmount } from '../../src/model/money.js';

test('toCents parses published amounts exactly', () => {
  assert.equal(toCents('258.24'), 25824);
  assert.equal(toCents('3.5'), 350);
  assert.equal(toCents('291'), 29100);
  assert.equal(toCents('-21.49'), -2149);
  assert.equal(toCents('0.07'), 7);
  assert.equal(toCents(null), null);
  assert.equal(toCents('.'), null);
  assert.throws(() => toCents('1.005'));
});

test('sums do not drift like floating point', () => {
  // 0.1 + 0.2 !== 0.3 in binary floating point; in hundredths it is exact.
  assert.equal(sumCents([toCents('0.1'), toCents('0.2')]), toCents('0.3'));
  assert.equal(centsToString(sumCents(['87.07', '69.18', '102.00'].map(toCents))), '258.25');
  assert.equal(centsToString(-2149), '-21.49');
  assert.equal(centsToString(5), '0.05');
});

test('percentChange is null when the prior year is 0 or absent', () => {
  assert.equal(percentChange(700, 0), null);
  assert.equal(percentChange(700, null), null);
  assert.equal(percentChange(29100, 31249)!.toFixed(2), '-6.88');
});

test('convertAmount moves the decimal point exactly', () => {
  assert.equal(convertAmount(29100, '万元', '元'), '2910000');
  assert.equal(convertAmount(350, '万元', '亿元'), '0.00035');
  assert.equal(convertAmount(-2149, '万元', '元'), '-214900');
  assert.equal(convertAmount(12345, '元', '万元'), '0.012345');
  // Zero is "0" whichever way the point moves (it was "000" towards a smaller unit).
  assert.equal(convertAmount(0, '万元', '元'), '0');
  assert.equal(convertAmount(0, '元', '万元'), '0');
  assert.equal(convertAmount(0, '亿元', '元'), '0');
});
