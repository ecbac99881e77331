/**
 * format.ts groups digits and rounds by hand rather than with Intl.NumberFormat (the first
 * formatter of a page costs ~10 ms of a chart's first paint). This proves the text is exactly
 * Intl's, for zh-CN and en-US, over edge cases and many seeded random values (exponent forms too).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCents, formatChange, formatNumber, formatPercent, formatTick } from '../../src/elements/shared/format.js';
import { formatShare, formatWeightNumber } from '../../src/elements/kpi-card/strings.js';
import { prng } from '../bench/generate.js';

const LOCALES = [['zh', 'zh-CN'], ['en', 'en-US']] as const;
const EDGES = [0, -0, 0.001, -0.001, 0.005, -0.005, 1.005, -1.005, 2.675, 1.115, 0.125, 9.995, 99.995, 999.995, 999999.995, 1e-7, -1e-7, 1e20, 1e21, -1e21, 1.5e22, 123456789.125, NaN, Infinity, -Infinity];

function values(): number[] {
  const rnd = prng(6);
  const out = [...EDGES];
  for (let i = 0; i < 5000; i++) {
    const r = rnd();
    out.push((r - 0.3) * 10 ** Math.floor(rnd() * 24 - 8), Math.round((r - 0.5) * 1e6) / 1000, Math.round((r - 0.5) * 1e5) / 200);
  }
  // what percentChange gives: (current − prior) / prior × 100
  for (let a = -300; a < 300; a += 7) for (let b = 1; b < 400; b += 3) out.push(((a - b) / b) * 100);
  return out;
}

test('formatPercent and formatTick give exactly what Intl.NumberFormat gives', () => {
  for (const [locale, tag] of LOCALES) {
    const pct = (signDisplay: 'exceptZero' | 'auto') => new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay });
    const [signed, plain, tick] = [pct('exceptZero'), pct('auto'), new Intl.NumberFormat(tag, { maximumFractionDigits: 2 })];
    const percent = (f: Intl.NumberFormat, v: number) => (Number.isFinite(v) ? `${f.format(v)}%` : '—');
    for (const v of values()) {
      assert.equal(formatPercent(v, locale), percent(signed, v), `formatPercent(${v}, ${locale})`);
      assert.equal(formatPercent(v, locale, false), percent(plain, v), `formatPercent(${v}, ${locale}, false)`);
      // An axis has no infinite tick; formatTick writes one as String() does ("Infinity", not "∞").
      assert.equal(formatTick(v, locale), Math.abs(v) === Infinity ? String(v) : tick.format(v), `formatTick(${v}, ${locale})`);
    }
  }
});

test('formatNumber (a <kpi-card> weight, a share as a percentage) gives exactly what Intl.NumberFormat gives', () => {
  for (const [locale, tag] of LOCALES) {
    const weight = new Intl.NumberFormat(tag, { maximumFractionDigits: 3 });
    const share = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
    for (const v of values()) {
      if (!Number.isFinite(v)) continue;
      assert.equal(formatWeightNumber(v, locale), weight.format(v), `formatWeightNumber(${v}, ${locale})`);
      assert.equal(formatShare(v, locale), share.format(v), `formatShare(${v}, ${locale})`);
    }
    // What a card's spread gives: a weight over the total of the weights.
    for (let w = 1; w < 60; w++) for (let total = w; total < 200; total += 7) assert.equal(formatShare(w / total, locale), share.format(w / total), `${w}/${total}`);
  }
  assert.equal(formatNumber(7.5, 3), '7.5');
  assert.equal(formatNumber(1000, 3), '1,000');
  assert.equal(formatNumber(0.125, 1, true), '12.5%');
  assert.equal(formatNumber(0.07, 1, true), '7%');
});

test('formatCents groups the integer part as Intl does', () => {
  const rnd = prng(7);
  for (const [locale, tag] of LOCALES) {
    const f = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
    for (let i = 0; i < 20000; i++) {
      const cents = Math.round((rnd() - 0.5) * 10 ** Math.floor(rnd() * 16));
      assert.equal(formatCents(cents, locale), `${cents < 0 ? '-' : ''}${f.format(Math.trunc(Math.abs(cents) / 100))}.${String(Math.abs(cents) % 100).padStart(2, '0')}`);
    }
  }
  assert.equal(formatCents(123456789012, 'zh'), '1,234,567,890.12');
  assert.equal(formatChange(-100, 'en'), '-1.00');
  assert.equal(formatPercent(1234.5, 'zh'), '+1,234.50%');
  assert.equal(formatPercent(-0.001, 'zh', false), '-0.00%');
  assert.equal(formatTick(2.5, 'zh'), '2.5');
});
