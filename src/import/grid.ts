/**
 * A sheet as the importer sees it: a rectangle of cells holding what Excel shows, with merged
 * ranges, independent of the spreadsheet library (workbook.ts is the only module that knows it).
 */

/** One cell: its displayed text and, for number cells, the stored number. */
export interface GridCell {
  /** The text Excel displays (number format applied), trimmed; "" for an empty cell. */
  text: string;
  /** The stored number of a number cell (possibly with binary noise: 258.23999999999998). */
  number?: number;
  /** The cell holds a formula (never evaluated: its cached value is what we read). */
  formula?: boolean;
  /** A formula whose cached value is missing (the file was written without calculating). */
  noCachedValue?: boolean;
}

/** A merged range, inclusive, 0-based. */
export interface Merge {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface Sheet {
  /** Where the sheet came from, for addresses: the sheet name (the file's name for CSV). */
  name: string;
  /** The file the sheet came from. */
  file: string;
  rows: GridCell[][];
  merges: Merge[];
}

export const EMPTY: GridCell = Object.freeze({ text: '' });

/** The cell at (r, c), or an empty one. */
export function cellAt(sheet: Sheet, r: number, c: number): GridCell {
  return sheet.rows[r]?.[c] ?? EMPTY;
}

/** The merge that covers (r, c), if any. */
export function mergeAt(sheet: Sheet, r: number, c: number): Merge | undefined {
  return sheet.merges.find((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1);
}

/**
 * The text shown at (r, c): a merged range shows its top-left cell's text everywhere it covers,
 * which is what a reader sees (a merged 一级指标 cell applies to every row it spans).
 */
export function shownText(sheet: Sheet, r: number, c: number): string {
  const m = mergeAt(sheet, r, c);
  return m ? cellAt(sheet, m.r0, m.c0).text : cellAt(sheet, r, c).text;
}

/** The number of columns of the widest row. */
export function widthOf(sheet: Sheet): number {
  return sheet.rows.reduce((w, row) => Math.max(w, row.length), 0);
}

/** Indices of the non-empty cells of row r (own text only, not merged copies). */
export function filledColumns(sheet: Sheet, r: number): number[] {
  const row = sheet.rows[r] ?? [];
  const out: number[] = [];
  for (let c = 0; c < row.length; c++) if (row[c]?.text) out.push(c);
  return out;
}

/**
 * Text for matching headings and titles: no spaces, full-width brackets and colons made
 * half-width, quotes dropped, so “(境)” and “（境）”, “三公” and "三公" compare equal.
 */
export function normalise(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（【〔［]/g, '(')
    .replace(/[）】〕］]/g, ')')
    .replace(/：/g, ':')
    .replace(/["'“”‘’「」『』]/g, '');
}
