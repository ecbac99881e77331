/**
 * Rule 28: a rate the 决算 text states is the quotient it names, to the precision printed.
 * “年初预算为 A 万元，支出决算为 B 万元，完成年初预算的 C%”: C = B ÷ A × 100, rounded half up to
 * as many decimals as C is printed with. The figures pair by key (FINAL_FIGURE_KEYS):
 *  - `gpb.item.<code>.rate` = `gpb.item.<code>.final` ÷ `gpb.item.<code>.budget`;
 *  - `sangong.rate`, `sangong.<item>.rate` = the 决算数 ÷ the 预算数, each the stated figure or,
 *    where the text states none, the cell of 决算 table 7;
 *  - `expenditure.rate` = `expenditure.total` ÷ `expenditure.budget`;
 *  - `procurement.sme.share` = `procurement.sme` ÷ `procurement.total`.
 * One in the last printed place off is a rounding note (a publisher who truncates); more is an
 * error. A rate whose parts are not stated (nor published) is not checked (info); a budget of 0
 * has no rate ("—"), so a stated one is an error.
 */
import type { Figure } from '../schema.js';
import { toCents, UNIT_EXPONENT } from '../money.js';
import type { Context } from './context.js';
import { finding } from './context.js';
import { finalLabel } from './final-figures.js';
import type { Finding } from './types.js';

const SANGONG = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'reception'];

/** An amount as exact cents in 元 hundredths ×10^(unit exponent), so units compare; null if not money. */
function exact(ctx: Context, f: Figure | undefined): bigint | null {
  if (!f || (f.unit && !(f.unit in UNIT_EXPONENT))) return null;
  const cents = toCents(f.value);
  if (cents === null) return null;
  const unit = (f.unit ?? ctx.unit) as keyof typeof UNIT_EXPONENT;
  return BigInt(cents) * 10n ** BigInt(UNIT_EXPONENT[unit]);
}

/** The numerator and denominator keys of a rate key, or null for a key that is no rate. */
function parts(key: string): { actual: string; budget: string } | null {
  const item = /^gpb\.item\.(\d+)\.rate$/.exec(key);
  if (item) return { actual: `gpb.item.${item[1]}.final`, budget: `gpb.item.${item[1]}.budget` };
  if (key === 'sangong.rate') return { actual: 'sangong.total', budget: 'sangong.budget' };
  const sangong = /^sangong\.(\w+)\.rate$/.exec(key);
  if (sangong && SANGONG.includes(sangong[1]!)) return { actual: `sangong.${sangong[1]}`, budget: `sangong.${sangong[1]}.budget` };
  if (key === 'expenditure.rate') return { actual: 'expenditure.total', budget: 'expenditure.budget' };
  if (key === 'procurement.sme.share') return { actual: 'procurement.sme', budget: 'procurement.total' };
  return null;
}

/** A 三公 figure the text does not state, read from table 7 (its 合计 row, else its only row). */
function fromTable(ctx: Context, key: string): bigint | null {
  const m = /^sangong\.(\w+?)(\.budget)?$/.exec(key);
  const t = ctx.table('final-sangong');
  if (!m || !t) return null;
  const col = `${m[2] ? 'budget.' : ''}${m[1] === 'budget' ? 'total' : m[1]}`;
  const amount = t.valueAt(t.total() ?? t.rows()[0], col);
  return amount ? BigInt(amount.cents) * 10n ** BigInt(UNIT_EXPONENT[amount.unit]) : null;
}

/** round-half-up(n ÷ d) for non-negative d. */
function divide(n: bigint, d: bigint): bigint {
  const q = (2n * n + (n < 0n ? -d : d)) / (2n * d);
  return q;
}

export function checkExecutionRates(ctx: Context): Finding[] {
  const figures = ctx.data.narrative?.figures ?? [];
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const out: Finding[] = [];
  for (const f of figures) {
    const p = parts(f.key);
    if (!p) continue;
    const place = { figure: f.key };
    const name = finalLabel(f.key) ?? f.key;
    const m = /^(-?\d+)(?:\.(\d+))?$/.exec(f.value);
    if (!m) continue;
    const decimals = m[2]?.length ?? 0;
    const stated = BigInt(m[1]! + (m[2] ?? ''));
    const actual = exact(ctx, byKey.get(p.actual)) ?? fromTable(ctx, p.actual);
    const budget = exact(ctx, byKey.get(p.budget)) ?? fromTable(ctx, p.budget);
    if (actual === null || budget === null) {
      out.push(finding('R28', 'info', place, {
        zh: `文字说明中的“${name}”（${f.value}%）所需的决算数或预算数未说明，未核对。`,
        en: `The stated rate “${f.key}” (${f.value}%) was not checked: its actual or budget figure is not stated.`,
      }));
      continue;
    }
    if (budget === 0n) {
      out.push(finding('R28', 'error', place, {
        zh: `文字说明中的“${name}”为 ${f.value}%，但其预算数为 0，没有完成比例（应为“—”）。`,
        en: `The stated rate “${f.key}” is ${f.value}%, but its budget is 0, so there is no rate (it should read “—”).`,
      }));
      continue;
    }
    const scale = 10n ** BigInt(decimals);
    const expected = divide(actual * 100n * scale, budget);
    const diff = stated - expected;
    if (diff === 0n) continue;
    const text = (v: bigint) => {
      const neg = v < 0n;
      const a = neg ? -v : v;
      return `${neg ? '-' : ''}${a / scale}${decimals ? `.${String(a % scale).padStart(decimals, '0')}` : ''}`;
    };
    const rounding = diff === 1n || diff === -1n;
    out.push(finding('R28', rounding ? 'rounding' : 'error', place, {
      zh: `文字说明中的“${name}”应为 ${text(expected)}%（决算数 ÷ 预算数），实为 ${f.value}%${rounding ? '，末位相差 1，属尾差' : ''}。`,
      en: `The stated rate “${f.key}” should be ${text(expected)}% (actual ÷ budget), found ${f.value}%${rounding ? ', one off in the last place (rounding)' : ''}.`,
    }, { expected: text(expected), actual: f.value, difference: text(diff) }));
  }
  return out;
}
