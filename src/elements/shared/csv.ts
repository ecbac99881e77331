/**
 * CSV for the "download" buttons: RFC 4180 text that Excel and WPS open correctly in Chinese,
 * and a helper that hands it to the browser as a file.
 *
 * - UTF-8 with a byte-order mark, or Excel reads Chinese as mojibake; CRLF line ends.
 * - Fields holding a comma, quote, CR or LF are quoted, quotes doubled (RFC 4180).
 * - Formula injection guard (OWASP "CSV injection"): a text field starting with = + - @, tab or
 *   CR gets a leading apostrophe so a spreadsheet shows it as text instead of running it.
 *   Numbers are left alone: a plain numeric field such as "-21.49" cannot be a formula, and
 *   amounts must stay numbers in the sheet. A lone character ("-" printed as a mark) is not a
 *   formula either and is kept as published.
 * - Amount columns name their unit in the heading ("总计（万元）"): a spreadsheet has no caption,
 *   and 万元 read as 元 is off by 10,000. With `display-unit` the amounts are those shown,
 *   converted exactly (csvAmounts).
 */
import { convertAmount, toCents } from '../../model/money.js';
import type { Cell } from '../../model/schema.js';
import { downloadBlob } from './download.js';
import { amountConversion, unitLabel } from './format.js';
import type { Locale } from './locale.js';

/** One field: text, a number, or nothing (an empty field). */
export type CsvValue = string | number | null | undefined;

/** A plain decimal number as text: "291.00", "-21.49", "7". */
const NUMERIC = /^[+-]?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** The byte-order mark that makes spreadsheet programs read the file as UTF-8. */
export const BOM = '\uFEFF';

/** One field, guarded and quoted as needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && text.length > 1 && FORMULA_START.test(text) && !NUMERIC.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The whole file: one line per row, CRLF after each, with the UTF-8 BOM first unless
 * `bom: false`. Rows may differ in length; nothing is padded.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
  return (options.bom === false ? '' : BOM) + body;
}

/** How a CSV writes amounts: the unit named in each amount heading, and each amount in that unit. */
export interface CsvAmounts {
  /** An amount column's heading with the unit: "2023 年预算数 总计（万元）". */
  heading(label: string): string;
  /** A published cell: its amount in the unit named, a mark as published, empty as an empty field. */
  cell(cell: Cell | undefined): CsvValue;
}

/**
 * Amounts published in `published`, written as the element shows them: converted to
 * `displayUnit` when the element converts (same rule, amountConversion), exactly, as plain
 * digits with at least two decimals (258.24 万元 → 2582400.00 元, → 0.025824 亿元); else as published.
 */
export function csvAmounts(published: string, displayUnit: string | null | undefined, locale: Locale): CsvAmounts {
  const c = amountConversion(published, displayUnit);
  const unit = unitLabel(c?.to ?? published, locale);
  return {
    heading: (label) => (locale === 'zh' ? `${label}（${unit}）` : `${label} (${unit})`),
    cell(cell) {
      const cents = c ? toCents(cell) : null;
      if (cents === null) return cell ?? '';
      const [int, frac = ''] = convertAmount(cents, c!.from, c!.to).split('.');
      return `${int}.${frac.padEnd(2, '0')}`;
    },
  };
}

/** Makes the browser save `csv` as `filename` (UTF-8 with the BOM already in `csv`). */
export function downloadCsv(filename: string, csv: string): void {
  downloadBlob(filename, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}

/** A file name safe on every system: no path or reserved characters, at most 100 characters. */
export function csvFilename(...parts: (string | number | undefined)[]): string {
  const base = parts
    .filter((p) => p !== undefined && p !== '')
    .join('-')
    // Bidi controls and zero-width characters too: "\u202Efdp.exe" must not read as another file type.
    .replace(/[\\/:*?"<>|\s\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]+/g, '_')
    .slice(0, 100);
  return `${base || 'table'}.csv`;
}
