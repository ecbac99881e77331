/**
 * Exact money: published amounts become integer hundredths ("cents" of the published unit)
 * before any sum, difference or comparison, so binary floating point never changes a figure.
 * "258.24" → 25824, "3.5" → 350, "291" → 29100, "-21.49" → -2149.
 */
import { AMOUNT_PATTERN, CELL_MARKS } from './constants.js';
import type { Cell } from './schema.js';

/** Integer hundredths of the published unit. */
export type Cents = number;

/** True when `s` is an amount as the format writes it. */
export function isAmount(s: unknown): s is string {
  return typeof s === 'string' && AMOUNT_PATTERN.test(s);
}

/** True for the published non-numeric marks (".", "—" …) kept in amount cells. */
export function isMark(s: unknown): boolean {
  return typeof s === 'string' && (CELL_MARKS as readonly string[]).includes(s);
}

/**
 * Parses a published amount into integer hundredths without touching floating point.
 * Empty cells and marks give null: "nothing published" is not 0.
 * @throws RangeError for a string that is not an amount (validation should have caught it).
 */
export function toCents(cell: Cell | undefined): Cents | null {
  if (cell === null || cell === undefined || isMark(cell)) return null;
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(cell);
  if (!m) throw new RangeError(`Not an amount: ${JSON.stringify(cell)}`);
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}

/** Like toCents, treating empty as 0: for sums where an empty cell contributes nothing. */
export function centsOrZero(cell: Cell | undefined): Cents {
  return toCents(cell) ?? 0;
}

/** Exact sum of integer hundredths; throws if the total leaves the exactly representable range. */
export function sumCents(values: Iterable<Cents | null | undefined>): Cents {
  let total = 0;
  for (const v of values) if (v != null) total += v;
  if (!Number.isSafeInteger(total)) throw new RangeError('Sum exceeds the exactly representable range');
  return total;
}

/** Canonical two-decimal text of a cents value: 29100 → "291.00", -2149 → "-21.49". */
export function centsToString(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Percentage change from `prior` to `current`, as a number for display only (never summed).
 * null when the prior value is 0 or absent: the item is new (新增), not an infinite change.
 */
export function percentChange(current: Cents | null, prior: Cents | null): number | null {
  if (prior === null || prior === 0 || current === null) return null;
  return ((current - prior) / Math.abs(prior)) * 100;
}

/** Factor between units, as a power of ten, so conversion stays exact (shift the decimal point). */
export const UNIT_EXPONENT = { 元: 0, 万元: 4, 亿元: 8 } as const;
export type Unit = keyof typeof UNIT_EXPONENT;

/**
 * An exact amount with the unit it is published in. Every amount that leaves the table it was
 * read from (a tile, a sentence, a comparison with another table or the narrative) travels as a
 * Money, so its unit cannot be forgotten: a table may publish in 元 while the department's file
 * says 万元 (issue 10).
 */
export interface Money {
  readonly cents: Cents;
  readonly unit: Unit;
}

/** The amount of a cell in `unit`, or null for an empty cell or a mark. */
export function moneyOf(cell: Cell | undefined, unit: Unit): Money | null {
  const cents = toCents(cell);
  return cents === null ? null : { cents, unit };
}

/** The finer of two units (元 < 万元 < 亿元): where two amounts can meet exactly. */
export function finerUnit(a: Unit, b: Unit): Unit {
  return UNIT_EXPONENT[a] <= UNIT_EXPONENT[b] ? a : b;
}

/**
 * `m` re-expressed in `unit`, which must be as fine or finer (1 万元-hundredth = 10 000
 * 元-hundredths), exactly. Files are refused before they reach here when an amount or a table's
 * sum would leave the exact range in 元 (amount-limit.ts), so this never rounds.
 * @throws RangeError when asked for a coarser unit, or when the result would not be exact.
 */
export function inUnit(m: Money, unit: Unit): Money {
  const shift = UNIT_EXPONENT[m.unit] - UNIT_EXPONENT[unit];
  const cents = m.cents * 10 ** shift;
  if (shift < 0 || !Number.isSafeInteger(cents)) throw new RangeError('inexact');
  return { cents, unit };
}

/** a − b exactly, in the finer of their units. */
export function moneyMinus(a: Money, b: Money): Money {
  const unit = finerUnit(a.unit, b.unit);
  return { cents: inUnit(a, unit).cents - inUnit(b, unit).cents, unit };
}

/** The share of `part` in `whole` in percent, for display only; null when `whole` is 0. */
export function moneyShare(part: Money, whole: Money): number | null {
  const unit = finerUnit(part.unit, whole.unit);
  const w = inUnit(whole, unit).cents;
  return w ? (inUnit(part, unit).cents / w) * 100 : null;
}

/**
 * Converts an exact amount between 元, 万元 and 亿元 by moving the decimal point, returning a
 * decimal string with every significant digit kept (no rounding): "291.00" 万元 → "2910000" 元,
 * "3.5" 万元 → "0.00035" 亿元.
 */
export function convertAmount(cents: Cents, from: Unit, to: Unit): string {
  const shift = UNIT_EXPONENT[from] - UNIT_EXPONENT[to] - 2; // cents carry a 10^-2
  const sign = cents < 0 ? '-' : '';
  let digits = String(Math.abs(cents));
  if (shift >= 0) return cents === 0 ? '0' : sign + digits + '0'.repeat(shift);
  const decimals = -shift;
  digits = digits.padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals).replace(/0+$/, '');
  return sign + int + (frac ? `.${frac}` : '');
}
