/**
 * The heading rows of a table and what each column is called: multi-row headings with merged
 * cells become a label (the lowest heading) and `groups` (the spanning headings above it,
 * outermost first), as the format writes them.
 */
import { cellAt, filledColumns, mergeAt, normalise, shownText, type Sheet } from './grid.js';
import type { Part } from './regions.js';

export interface HeadingColumn {
  /** Column index in the sheet. */
  index: number;
  label: string;
  groups: string[];
}

export interface Headings {
  columns: HeadingColumn[];
  /** First row after the headings. */
  dataStart: number;
  /** The heading rows, for recognising them when a continued part repeats them. */
  signature: string;
}

/** The most heading rows a table has (a 三公 table has three). */
const MAX_HEADING_ROWS = 4;

/** True when a row looks like data rather than a heading: a number, an amount, a code or a total. */
export function isDataRow(sheet: Sheet, r: number): boolean {
  const row = sheet.rows[r] ?? [];
  const filled = filledColumns(sheet, r);
  if (!filled.length) return false;
  const first = normalise(row[filled[0]!]!.text);
  // Only at the row's start: 总计 as the heading of a third column is a heading.
  if (filled[0]! <= 1 && (/^(合计|总计|小计|[一二三四五六七八九十]+、)/.test(first) || /^\[?\d{3}(\d{2}){0,2}\]?($|[^\d年])/.test(first))) return true;
  return filled.some((c) => row[c]!.number !== undefined || row[c]!.noCachedValue || /^-?[\d,，]+(\.\d+)?$/.test(row[c]!.text));
}

/** A text that stands for a row of heading texts, to spot the same headings repeated. */
function signatureOf(sheet: Sheet, rows: number[]): string {
  return rows.map((r) => (sheet.rows[r] ?? []).map((c) => normalise(c.text)).join('|')).join('/');
}

/** Reads the headings at the top of a part. */
export function readHeadings(part: Part): Headings {
  const { sheet, start, end } = part;
  const rows: number[] = [];
  let r = start;
  for (; r < end && rows.length < MAX_HEADING_ROWS; r++) {
    if (!filledColumns(sheet, r).length && !rows.length) continue;
    if (isDataRow(sheet, r)) break;
    if (!filledColumns(sheet, r).length && !(sheet.merges.some((m) => m.r0 < r && m.r1 >= r))) break;
    rows.push(r);
  }
  let width = 0;
  for (const hr of rows) {
    width = Math.max(width, sheet.rows[hr]?.length ?? 0);
    for (const m of sheet.merges) if (m.r0 <= hr && m.r1 >= hr) width = Math.max(width, m.c1 + 1);
  }
  const columns: HeadingColumn[] = [];
  for (let c = 0; c < width; c++) {
    const stack: string[] = [];
    let lastMerge: unknown;
    for (const hr of rows) {
      const m = mergeAt(sheet, hr, c);
      const text = (m ? cellAt(sheet, m.r0, m.c0).text : shownText(sheet, hr, c)).replace(/\s+/g, ' ').trim();
      // One vertically merged heading is one heading, however many rows it spans.
      if (!text || (m && m === lastMerge)) continue;
      lastMerge = m;
      stack.push(text);
    }
    if (!stack.length) continue;
    columns.push({ index: c, label: stack[stack.length - 1]!, groups: stack.slice(0, -1) });
  }
  return { columns, dataStart: r, signature: signatureOf(sheet, rows) };
}

/** In a continued part, the first row after headings that repeat the first part's (if they do). */
export function skipRepeatedHeadings(part: Part, first: Headings): number {
  const again = readHeadings(part);
  return again.signature === first.signature || again.columns.length ? again.dataStart : part.start;
}
