import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatCell, formatCents, formatChange, formatPercent, formatTick, unitLabel, withAmountUnit } from '../../src/elements/shared/format.js';
import { toCents } from '../../src/model/money.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
// The English words are a lazily loaded module in the browser; here they are loaded up front.
import '../../src/elements/i18n/en.js';

test('without a display unit amounts are formatted as published', () => {
  assert.equal(formatCents(25824, 'zh'), '258.24');
  assert.equal(unitLabel('万元', 'zh'), '万元');
  assert.equal(formatTick(0.5, 'zh'), '0.5');
  // the same unit twice, or an unknown unit, changes nothing
  assert.equal(withAmountUnit('万元', '万元', () => formatCents(25824, 'zh')), '258.24');
  assert.equal(withAmountUnit('万元', 'yuan', () => `${formatCents(25824, 'zh')} ${unitLabel('万元', 'zh')}`), '258.24 万元');
});

test('万元 → 元 and 亿元 move the decimal point, never rounding', () => {
  withAmountUnit('万元', '元', () => {
    assert.equal(formatCell('258.24', 'zh'), '2,582,400.00');
    assert.equal(formatCell('291', 'en'), '2,910,000.00');
    assert.equal(formatCents(1, 'zh'), '100.00');
    assert.equal(formatChange(-2149, 'zh'), '-214,900.00');
    assert.equal(formatChange(150, 'zh'), '+15,000.00');
    assert.equal(formatCell('.', 'zh'), '.');
    assert.equal(formatCell(null, 'zh'), '—');
    assert.equal(unitLabel('万元', 'zh'), '元');
    assert.equal(unitLabel('万元', 'en'), 'yuan');
    assert.equal(formatPercent(-6.8794, 'zh'), '-6.88%'); // percentages are unit-free
  });
  withAmountUnit('万元', '亿元', () => {
    assert.equal(formatCell('0.64', 'zh'), '0.000064'); // 1 亿元 = 10,000 万元
    assert.equal(formatCell('258.24', 'zh'), '0.025824');
    assert.equal(formatCell('0.01', 'zh'), '0.000001');
    assert.equal(formatCell('123456789.12', 'zh'), '12,345.678912');
    assert.equal(formatCell('20000', 'zh'), '2.00');
    assert.equal(unitLabel('万元', 'en'), '100m yuan');
  });
  // digits beyond the exactly representable integers stay exact (BigInt grouping)
  withAmountUnit('亿元', '元', () => assert.equal(formatCents(9_007_199_254_740_991, 'zh'), '9,007,199,254,740,991,000,000.00'));
});

test('the unit is restored after the render, even when it throws', () => {
  assert.throws(() => withAmountUnit('万元', '元', () => { throw new Error('boom'); }));
  assert.equal(formatCents(25824, 'zh'), '258.24');
  const nested = withAmountUnit('万元', '元', () => [withAmountUnit('元', '万元', () => formatCents(100, 'zh')), formatCents(100, 'zh')]);
  assert.deepEqual(nested, ['0.0001', '10,000.00']);
});

test('axis ticks in the data unit are shown in the display unit exactly', () => {
  withAmountUnit('万元', '元', () => {
    assert.deepEqual([0, 0.5, 2, 7.5, 100].map((t) => formatTick(t, 'zh')), ['0', '5,000', '20,000', '75,000', '1,000,000']);
    assert.equal(formatTick(0.1 + 0.2, 'zh'), '3,000'); // float noise of a step is not shown
  });
  withAmountUnit('万元', '亿元', () => {
    assert.deepEqual([0, 0.5, 20, 300].map((t) => formatTick(t, 'zh')), ['0', '0.00005', '0.002', '0.03']);
  });
  withAmountUnit('元', '万元', () => assert.equal(formatTick(20_000_000, 'en'), '2,000'));
});

test('元 → 万元 on the example district keeps every published digit', () => {
  const data = JSON.parse(readFileSync(new URL('../../data/example-district-2024.json', import.meta.url), 'utf8')) as BudgetDisclosure;
  assert.equal(data.department.unit, '元');
  let checked = 0;
  withAmountUnit('元', '万元', () => {
    for (const table of Object.values(data.tables)) {
      for (const row of table.rows) {
        for (const cell of Object.values(row.values ?? {})) {
          const cents = toCents(cell as string | null);
          if (cents === null) continue;
          const shown = formatCell(cell as string, 'zh');
          // Removing the grouping and moving the point back 4 places must give the published amount.
          const [int, frac = ''] = shown.replace(/,/g, '').split('.');
          const digits = `${int}${frac.padEnd(6, '0')}`;
          assert.equal(BigInt(digits), BigInt(cents), `${cell} → ${shown}`);
          assert.ok(frac.length >= 2 && frac.length <= 6, shown);
          checked++;
        }
      }
    }
  });
  assert.ok(checked > 100, `only ${checked} amounts`);
  withAmountUnit('元', '万元', () => assert.equal(formatCell('95668435.48', 'zh'), '9,566.843548'));
});
