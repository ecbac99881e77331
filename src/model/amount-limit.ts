/**
 * The exact range of the kit's arithmetic. Amounts are integer hundredths held in doubles, which
 * are exact up to 2^53 (9,007,199,254,740,991 hundredths: about 90 万亿元). A sum or a unit
 * conversion beyond that would silently lose digits, so a file that could get there is refused
 * at the boundary, with the place and a fix, before any widget or check adds a figure (issue 10).
 *
 * The bound is stated in 元, the finest unit, so that every exact operation the kit does stays
 * inside it: a sum of cells of one table, a table figure moved into 元 to meet another unit, a
 * narrative figure compared with a table. Each table's Σ|amount| (and the projects' Σ|amount|,
 * and each stated figure) in 元-hundredths must stay below the limit; no real department's
 * budget comes near (China's whole national general budget is about 27 万亿元).
 *
 * This module finds the places (every page runs it); amount-range.ts words them, loaded only
 * for a file that leaves the range.
 */
import { isMark, UNIT_EXPONENT, type Unit } from './money.js';
import { own } from './own.js';
import type { BudgetDisclosure, Cell } from './schema.js';

/**
 * The largest Σ|amount| accepted, in 元-hundredths. Below 2^53 by a margin that covers the
 * rounding of the double-precision sum used to measure it (at most one unit in the last place,
 * 2 at this size, per addend, and a million cells is far beyond any file).
 */
export const AMOUNT_LIMIT = Number.MAX_SAFE_INTEGER - 2 ** 22;

/** A place whose amounts leave the exact range: a table (its kind), the project list, or a stated figure (its index). */
export type RangeFault = { table: string } | { projects: true } | { figure: number };

const isUnit = (u: unknown): u is Unit => typeof u === 'string' && Object.prototype.hasOwnProperty.call(UNIT_EXPONENT, u);

/** |cell| in 元-hundredths as a double (approximate: only compared with the limit). */
function magnitude(cell: Cell | undefined, unit: Unit): number {
  if (typeof cell !== 'string' || isMark(cell)) return 0;
  return Math.abs(Number(cell)) * 100 * 10 ** UNIT_EXPONENT[unit];
}

/** Where a file leaves the exact range; empty for every file within it. Linear in the number of amounts. */
export function amountRangeFaults(data: BudgetDisclosure): RangeFault[] {
  const faults: RangeFault[] = [];
  const fileUnit = data.department.unit;
  for (const kind of Object.keys(data.tables)) {
    const table = own(data.tables, kind)!;
    const unit = table.unit ?? fileUnit;
    let sum = 0;
    for (const row of table.rows) for (const key of Object.keys(row.values)) sum += magnitude(own(row.values, key), unit);
    if (sum > AMOUNT_LIMIT) faults.push({ table: kind });
  }
  let projects = magnitude(data.overallPerformance?.amount, fileUnit);
  for (const p of data.projects ?? []) projects += magnitude(p.amount, fileUnit);
  if (projects > AMOUNT_LIMIT) faults.push({ projects: true });
  (data.narrative?.figures ?? []).forEach((f, i) => {
    const unit = f.unit === undefined ? fileUnit : isUnit(f.unit) ? f.unit : undefined;
    if (unit && magnitude(f.value, unit) > AMOUNT_LIMIT) faults.push({ figure: i });
  });
  return faults;
}
