/**
 * Number formatting for people, one place for every element. Amounts are formatted from
 * integer hundredths so the digits shown are exactly the published ones (two decimals,
 * grouped for the locale); nothing is re-rounded.
 */
import { toCents, isMark, type Cents } from '../../model/money.js';
import type { Cell } from '../../model/schema.js';
import type { Locale } from './locale.js';

const intFormat = new Map<Locale, Intl.NumberFormat>();
function grouping(locale: Locale): Intl.NumberFormat {
  let f = intFormat.get(locale);
  if (!f) intFormat.set(locale, (f = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', { useGrouping: true, maximumFractionDigits: 0 })));
  return f;
}

/** 25824 → "258.24", 1234567 → "12,345.67"; the integer part grouped, the decimals untouched. */
export function formatCents(cents: Cents, locale: Locale): string {
  const abs = Math.abs(cents);
  // Grouping an integer is exact; the two decimals are appended as digits, never via floats.
  const int = grouping(locale).format(Math.trunc(abs / 100));
  const frac = String(abs % 100).padStart(2, '0');
  return `${cents < 0 ? '-' : ''}${int}.${frac}`;
}

/** A published cell for display: the amount with two decimals, the published mark, or "—" when empty. */
export function formatCell(cell: Cell | undefined, locale: Locale): string {
  if (cell === null || cell === undefined) return '—';
  if (isMark(cell)) return cell;
  return formatCents(toCents(cell)!, locale);
}

/** A signed change: "+1.50" / "-21.49". */
export function formatChange(cents: Cents, locale: Locale): string {
  return (cents > 0 ? '+' : '') + formatCents(cents, locale);
}

/** A percentage for display (already computed): -6.8794 → "-6.88%". null → "—". */
export function formatPercent(value: number | null, locale: Locale, signed = true): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const f = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  return `${f.format(value)}%`;
}

/** The amount unit as readers of the locale say it. */
export function unitLabel(unit: string, locale: Locale): string {
  if (locale === 'zh') return unit;
  return ({ 元: 'yuan', 万元: '10k yuan', 亿元: '100m yuan' } as Record<string, string>)[unit] ?? unit;
}
