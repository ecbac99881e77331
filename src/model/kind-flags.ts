/**
 * What the widgets need to know about the known table kinds: how the `code` column is classified
 * and whether the table is two-sided, plus the 类/款/项 code arithmetic. Kept apart from
 * table-kinds.ts (titles and column headings, used by the checks, the CLI and the docs) so the
 * browser bundle carries none of that documentation. A unit test keeps the two in agreement.
 */
import type { KnownTableKind } from './schema.js';

export interface KindFlags {
  /** Classification of the `code` column, for the 类/款/项 tree. */
  codes?: 'function' | 'economic' | 'unit';
  /** Columns and rows are tagged `side: "income" | "expenditure"` (收支总表). */
  twoSided?: boolean;
  /**
   * Printed as two halves side by side (决算 table 6): the rows up to the first subtotal
   * (人员经费合计) are the 人员经费 half, the rest the 公用经费 half.
   */
  halves?: boolean;
}

/** The flags of every known kind that has one (a kind without flags is absent). */
export const KIND_FLAGS: Partial<Record<KnownTableKind, KindFlags>> = {
  'fiscal-summary': { twoSided: true },
  'gpb-expenditure': { codes: 'function' },
  'gpb-basic-expenditure': { codes: 'economic' },
  sangong: { codes: 'unit' },
  'gov-fund-expenditure': { codes: 'function' },
  'dept-summary': { twoSided: true },
  'dept-income': { codes: 'function' },
  'dept-expenditure': { codes: 'function' },
  'project-expenditure': { codes: 'function' },
  'state-capital-expenditure': { codes: 'function' },
  // Of the 决算 kinds only what a table cannot say itself: their two-sided tables tag their
  // columns with `side` (isTwoSided reads that), and no widget needs their `codes`.
  'final-gpb-basic-expenditure': { halves: true },
};

/** Depth in the 类 → 款 → 项 tree from the code's length: 3 → 0, 5 → 1, 7 → 2; else null. */
export function codeLevel(code: string | undefined): 0 | 1 | 2 | null {
  if (!code || !/^\d+$/.test(code)) return null;
  return code.length === 3 ? 0 : code.length === 5 ? 1 : code.length === 7 ? 2 : null;
}

/** The parent code in the 类 → 款 → 项 tree ("2013701" → "20137" → "201"), or null. */
export function parentCode(code: string): string | null {
  const level = codeLevel(code);
  return level === 1 ? code.slice(0, 3) : level === 2 ? code.slice(0, 5) : null;
}
