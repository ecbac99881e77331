/**
 * An amount cell as published: the text Excel shows, made exact. Binary floating point never
 * decides a figure: a stored 258.23999999999998 shown as "258.24" is "258.24"; a number shown
 * with more decimals than two is rounded in decimal (from its 15 significant digits, as Excel
 * displays it), never through `toFixed`, and the rounding is reported.
 */
import { AMOUNT_PATTERN, CELL_MARKS } from '../model/constants.js';
import type { Cell } from '../model/schema.js';
import type { GridCell } from './grid.js';

export type AmountNote =
  /** A formula without a cached value: the cell is left empty. */
  | { kind: 'no-cached-value' }
  /** More than two decimals: rounded half away from zero. */
  | { kind: 'rounded'; from: string }
  /** The displayed text is not a plain number (a currency sign, a date format): the stored number was used. */
  | { kind: 'format'; shown: string }
  /** Not an amount at all (text in an amount column): the cell is left empty. */
  | { kind: 'not-amount'; shown: string };

export interface AmountRead {
  value: Cell;
  note?: AmountNote;
}

const MARKS: readonly string[] = CELL_MARKS;
/** Marks as typed in spreadsheets, mapped to the format's marks. */
const MARK_VARIANTS: Readonly<Record<string, string>> = { '－': '-', '--': '-', '——': '—', '...': '…' };

/** Rounds a plain decimal string ("-1.005") to two decimals, half away from zero, in decimal. */
export function roundDecimal(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) throw new RangeError(`Not a decimal: ${s}`);
  const [, sign, whole, frac = ''] = m;
  if (frac.length <= 2) return s;
  let cents = BigInt(whole!) * 100n + BigInt(frac.slice(0, 2).padEnd(2, '0'));
  if (frac.charCodeAt(2) >= 53 /* '5' */) cents += 1n;
  const abs = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
  return cents === 0n ? abs : `${sign}${abs}`;
}

/**
 * The decimal text of a stored number as Excel shows it in General format: 15 significant digits,
 * so 258.23999999999998 → "258.24" and 0.1 + 0.2 → "0.3". Exponents are expanded.
 */
export function numberText(n: number): string {
  const p = Number(n.toPrecision(15));
  if (Number.isInteger(p) && Math.abs(p) < 1e21) return String(p);
  const [mantissa, exp = '0'] = p.toExponential().split('e');
  const negative = mantissa!.startsWith('-');
  const digits = mantissa!.replace(/^-/, '').replace('.', '');
  const point = 1 + Number(exp);
  const text = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${negative ? '-' : ''}${text}`;
}

/** Published text as a plain decimal: thousands separators out, (1.00) and full-width minus as negatives. */
function plainDecimal(text: string): string | undefined {
  let t = text.replace(/[\s\u3000]/g, '').replace(/[－−]/g, '-');
  const negative = /^\(.*\)$/.test(t);
  if (negative) t = `-${t.slice(1, -1)}`;
  if (/^-?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/[,，]/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? t.replace(/^(-?)0+(?=\d)/, '$1') : undefined;
}

/** Reads one amount cell. */
export function readAmount(cell: GridCell): AmountRead {
  if (cell.noCachedValue) return { value: null, note: { kind: 'no-cached-value' } };
  const shown = cell.text;
  if (shown === '') return { value: null };
  if (MARKS.includes(shown)) return { value: shown };
  if (Object.prototype.hasOwnProperty.call(MARK_VARIANTS, shown)) return { value: MARK_VARIANTS[shown]! };
  const plain = plainDecimal(shown);
  if (plain !== undefined) {
    if (AMOUNT_PATTERN.test(plain)) return { value: plain };
    // More decimals than published amounts carry: round the stored number (Excel's 15 digits) or the text.
    const exact = cell.number !== undefined ? numberText(cell.number) : plain;
    const rounded = roundDecimal(exact);
    return AMOUNT_PATTERN.test(rounded) ? { value: rounded, note: { kind: 'rounded', from: shown } } : { value: null, note: { kind: 'not-amount', shown } };
  }
  // A currency sign or unit in the number format ("¥1,234.50", "12.00元"): the digits shown are the amount.
  const bare = plainDecimal(shown.replace(/^[¥￥$]\s*|\s*(万元|元)$/g, ''));
  if (bare !== undefined && AMOUNT_PATTERN.test(bare)) return { value: bare, note: { kind: 'format', shown } };
  if (cell.number !== undefined) {
    const rounded = roundDecimal(numberText(cell.number));
    if (AMOUNT_PATTERN.test(rounded)) return { value: rounded, note: { kind: 'format', shown } };
  }
  return { value: null, note: { kind: 'not-amount', shown } };
}
