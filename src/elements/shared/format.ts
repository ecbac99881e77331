/**
 * Number formatting for people, one place for every element. Amounts are formatted from
 * integer hundredths so the digits shown are exactly the published ones (two decimals,
 * grouped for the locale); nothing is re-rounded.
 */
import { convertAmount, toCents, isMark, UNIT_EXPONENT, type Cents, type Money, type Unit } from '../../model/money.js';
import type { Cell } from '../../model/schema.js';
import { englishWords } from '../i18n/words.js';
import type { Locale } from './locale.js';

/**
 * Digits grouped by thousands with ",", as zh-CN and en-US both write them. By hand, not with
 * Intl.NumberFormat: the text is the same, but the first formatter a page makes costs about 10 ms
 * (ICU data), which was the largest part of a chart's first paint (issue 6).
 */
const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ',');

/**
 * `value` with at most `digits` decimals (exactly `digits` unless `trim`), grouped: the text of
 * Intl.NumberFormat, which rounds the shortest decimal text of `value` half away from zero (sign
 * 'auto', or 'exceptZero' when `plus`). NaN and ±Infinity are written as String() does.
 */
function decimal(value: number, digits: number, trim: boolean, plus: boolean): string {
  if (!Number.isFinite(value)) return String(value);
  // Exponent forms (1e-7, 1.5e+22) written out as plain digits first.
  const [mantissa, exp] = String(Math.abs(value)).split('e');
  const [int, frac = ''] = shiftDecimal(mantissa!, Number(exp ?? 0)).split('.');
  // BigInt: the integer part may have more digits than a double holds exactly.
  const n = BigInt(int! + frac.slice(0, digits).padEnd(digits, '0')) + BigInt((frac[digits] ?? '') >= '5');
  const all = String(n).padStart(digits + 1, '0');
  const point = all.length - digits;
  const kept = trim ? all.slice(point).replace(/0+$/, '') : all.slice(point);
  // 1 / value < 0 for negative values and for -0, which Intl also signs in 'auto'.
  const sign = plus ? (n ? (value < 0 ? '-' : '+') : '') : 1 / value < 0 ? '-' : '';
  return `${sign}${group(all.slice(0, point))}${kept ? `.${kept}` : ''}`;
}

/**
 * A plain number with at most `digits` decimals, grouped, no trailing zeros ("7.5", "1,000"); a
 * fraction as a percentage ("12.5%") when `percent` (the point moved two places in the text, not
 * by multiplying). The text Intl.NumberFormat writes in zh-CN and en-US (maximumFractionDigits;
 * style percent), without its cost: a page's first Intl number formatter loads locale data, 94 ms
 * of a <kpi-card>'s first render on a 4× slower CPU. Rounds on the digits as text, without BigInt,
 * so <kpi-card> (its only user) keeps working where BigInt is missing.
 */
export function formatNumber(value: number, digits: number, percent = false): string {
  if (!Number.isFinite(value)) return String(value);
  const [mantissa, exp] = String(Math.abs(value)).split('e');
  const [int, frac = ''] = shiftDecimal(mantissa!, Number(exp ?? 0) + (percent ? 2 : 0)).split('.');
  let all = int! + frac.slice(0, digits).padEnd(digits, '0');
  // Half away from zero: add one to the last kept digit, carrying through the nines.
  if ((frac[digits] ?? '') >= '5') {
    const nines = all.search(/9*$/);
    all = (nines ? all.slice(0, nines - 1) + (Number(all[nines - 1]) + 1) : '1') + '0'.repeat(all.length - nines);
  }
  const point = all.length - digits;
  const kept = all.slice(point).replace(/0+$/, '');
  const whole = all.slice(0, point).replace(/^0+(?=\d)/, '');
  // Intl writes -0 and what rounds to zero from below as "-0".
  return `${1 / value < 0 ? '-' : ''}${group(whole)}${kept ? `.${kept}` : ''}${percent ? '%' : ''}`;
}

/** The amount units a reader may ask for (`display-unit`). */
export const DISPLAY_UNITS: readonly Unit[] = ['元', '万元', '亿元'];

/**
 * The unit conversion in force while an element renders: amounts of the data are in `from`
 * and are shown in `to`. Set by BudgetElement around its synchronous render only (see
 * withAmountUnit), so formatting keeps its simple (cents, locale) signature and code that runs
 * outside a render (CSV export, handlers) always sees the published unit; the CSV converts on
 * its own (csvAmounts), by the same rule (amountConversion).
 */
let unitContext: { from: Unit; to: Unit } | undefined;

function isUnit(u: unknown): u is Unit {
  return typeof u === 'string' && (DISPLAY_UNITS as readonly string[]).includes(u);
}

/**
 * The conversion `display-unit` asks for: amounts published in `from` shown in `to`, or undefined
 * (amounts as published) for units other than 元/万元/亿元 or the same unit twice. One rule for
 * rendering, CSV downloads and the static fallback.
 */
export function amountConversion(from: string, to: string | null | undefined): { from: Unit; to: Unit } | undefined {
  return isUnit(from) && isUnit(to) && from !== to ? { from, to } : undefined;
}

/**
 * Runs `render` with amounts published in `from` shown in `to` (in `from` when `to` is not a
 * unit); the previous setting is restored afterwards even if `render` throws. A `from` other than
 * 元/万元/亿元 leaves raw amounts as published. Amounts that carry their unit (formatMoney) are
 * shown in `to` whatever unit they come in.
 */
export function withAmountUnit<T>(from: string, to: string | null | undefined, render: () => T): T {
  const before = unitContext;
  unitContext = isUnit(from) ? { from, to: isUnit(to) ? to : from } : undefined;
  try {
    return render();
  } finally {
    unitContext = before;
  }
}

/** The unit amounts are shown in by the render in progress (display-unit, else the element's), if any. */
export function shownUnit(): Unit | undefined {
  return unitContext?.to;
}

/** The unit amounts published in `from` are shown in when display-unit is `to` (outside a render, e.g. for an exported image). */
export function displayedUnit(from: string, to: string | null | undefined): string {
  return isUnit(from) && isUnit(to) ? to : from;
}

/** Groups the digits of a plain decimal string ("-2582400.5"), padding to at least `minDecimals` decimals. */
function groupDecimal(text: string, minDecimals: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)!;
  // BigInt keeps every digit of a long integer part exact (10^8 × a large 亿元 amount).
  const int = group(String(BigInt(m[2]!)));
  const frac = (m[3] ?? '').padEnd(minDecimals, '0');
  return `${m[1]}${int}${frac ? `.${frac}` : ''}`;
}

/** Moves the decimal point of a plain decimal string by `shift` places (positive: right). */
function shiftDecimal(text: string, shift: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text;
  const frac = m[3] ?? '';
  let digits = (m[2]! + frac).replace(/^0+(?=\d)/, '');
  let point = digits.length - frac.length + shift; // position of the point from the left
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  const sign = m[1] && /[1-9]/.test(digits) ? '-' : '';
  return `${sign}${int}${rest ? `.${rest}` : ''}`;
}

const EXPONENT = UNIT_EXPONENT;

/**
 * An axis tick (a number in the data's unit, a round value from the scale) in the unit shown:
 * converted by moving the decimal point of its shortest decimal text, so 0.5 万元 reads
 * "5,000" 元 and 20 万元 reads "0.002" 亿元 — no binary multiplication.
 */
export function formatTick(value: number, locale: Locale): string {
  const ctx = unitContext;
  if (!ctx || ctx.from === ctx.to) return decimal(value, 2, true, false);
  // 12 significant digits drop the float noise of a tick step (0.30000000000000004) without touching real digits.
  const [mantissa, exp] = String(Number(value.toPrecision(12))).split('e');
  return groupDecimal(shiftDecimal(mantissa!, EXPONENT[ctx.from] - EXPONENT[ctx.to] + Number(exp ?? 0)), 0);
}

/**
 * 25824 → "258.24", 1234567 → "12,345.67"; the integer part grouped, the decimals untouched.
 * Inside withAmountUnit the amount is converted exactly (decimal point moved) and keeps every
 * significant decimal, at least two: 25824 (258.24 万元) → "2,582,400.00" 元, 64 (0.64 万元) → "0.000064" 亿元.
 */
export function formatCents(cents: Cents, locale: Locale): string {
  if (unitContext && unitContext.from !== unitContext.to) return groupDecimal(convertAmount(cents, unitContext.from, unitContext.to), 2);
  return plainCents(cents);
}

/**
 * An amount that carries its unit (a figure taken out of its table), in the unit shown: the
 * display unit, else the unit of the render (the element's), else its own. Converted exactly
 * where the units differ: 70000.00 元 in a 万元 summary reads "7.00", 12345.67 元 "1.234567".
 */
export function formatMoney(m: Money, locale: Locale): string {
  const to = unitContext?.to ?? m.unit;
  return to === m.unit ? plainCents(m.cents) : groupDecimal(convertAmount(m.cents, m.unit, to), 2);
}

/** A signed amount that carries its unit: "+1.50" / "-21.49". */
export function formatMoneyChange(m: Money, locale: Locale): string {
  return (m.cents > 0 ? '+' : '') + formatMoney(m, locale);
}

/** Integer hundredths as published: grouped integer part, two decimals. */
function plainCents(cents: Cents): string {
  const abs = Math.abs(cents);
  // Grouping an integer is exact; the two decimals are appended as digits, never via floats.
  const int = group(String(Math.trunc(abs / 100)));
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
  return `${decimal(value, 2, false, signed)}%`;
}

/** The amount unit as readers of the locale say it; inside withAmountUnit, the unit shown. */
export function unitLabel(unit: string, locale: Locale): string {
  if (unitContext && unit === unitContext.from) unit = unitContext.to;
  // The English names are words, so they come with the English catalogue (Chinese: as published).
  return englishWords(locale)?.shared.units[unit] ?? unit;
}
