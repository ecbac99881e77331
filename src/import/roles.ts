/**
 * Row roles: 合计 / 总计 rows are totals, 小计 rows and the 合计 under a 总计 (本年收入合计 under
 * 收入总计) are subtotals, and a "一、本年收入" heading row followed by "(一)…" rows is the
 * subtotal of those rows — as the format's data files mark them.
 */
import { normalise } from './grid.js';

export type Role = 'total' | 'subtotal' | undefined;

/** Roles of a list of row names (one side of a two-sided table, or a whole table). */
export function rolesOf(names: readonly string[]): Role[] {
  const n = names.map(normalise);
  const hasGrandTotal = n.some((s) => /总计$/.test(s));
  return n.map((s, i) => {
    if (/小计$/.test(s)) return 'subtotal';
    if (/总计$/.test(s)) return 'total';
    if (/合计$/.test(s)) return hasGrandTotal ? 'subtotal' : 'total';
    if (/^[一二三四五六七八九十]+、/.test(s) && /^\([一二三四五六七八九十]+\)/.test(n[i + 1] ?? '')) return 'subtotal';
    return undefined;
  });
}
