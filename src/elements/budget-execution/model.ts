/**
 * Budget against actual (预算执行, domain.md §7): a 决算 joined with that year's 预算 file by
 * function code, one row per 项 (7-digit code) of the 一般公共预算财政拨款支出. Pure: data in,
 * exact figures out; the element, the static fallback and the tests read the same rows.
 *
 * Where each figure comes from:
 *  - 决算数: the 项's 合计 in the 决算's 一般公共预算财政拨款支出决算表 (`final-gpb-expenditure`),
 *    else the text's stated `gpb.item.<code>.final`;
 *  - 年初预算: the 总计 of the code in the budget file's 一般公共预算财政拨款支出预算表 when a budget
 *    file is given; else (or where that cell is blank) what the 决算 text states,
 *    `gpb.item.<code>.budget` (the 决算 tables print no 年初预算 column) — each row says which;
 *  - the reason: the `reason` the 决算 text gives with `gpb.item.<code>.final`.
 *
 * This is our own small join rather than checks/cross-file.ts: that module reports findings (what
 * differs, in words), it does not return the joined rows, and the checks are not in the element's
 * download. Nothing is "fixed": where the two files state different 年初预算, the row keeps the
 * budget file's figure and carries the other as `mismatch`.
 */
import type { BudgetDisclosure, Figure, Row, Table } from '../../model/schema.js';
import { inUnit, finerUnit, moneyOf, type Money, type Unit } from '../../model/money.js';
import { codeLevel } from '../../model/kind-flags.js';

/** Where a row's 年初预算 was read. */
export type BudgetFrom = 'budget-file' | 'final-text';

export interface ExecutionRow {
  readonly code: string;
  readonly name: string;
  /** 年初预算, or null when neither file states it. */
  readonly budget: Money | null;
  readonly budgetFrom: BudgetFrom | null;
  /** 决算数, or null when the 决算 has no such 项. */
  readonly final: Money | null;
  /** 决算 − 年初预算, exact, when both are known. */
  readonly diff: Money | null;
  /** 执行率 in tenths of a percent, rounded half away from zero (983 = 98.3%); null when the budget is 0 or unknown. */
  readonly rateTenths: number | null;
  /** Why 决算 ≠ 预算, as the 决算 text says it. */
  readonly reason?: string;
  /** The 项 is in one file only (only when a budget file is given). */
  readonly only?: 'final' | 'budget';
  /** The 决算 text's stated 年初预算 where it differs from the budget file's 总计. */
  readonly mismatch?: { readonly stated: Money; readonly file: Money; readonly diff: Money };
}

export interface ExecutionModel {
  readonly rows: readonly ExecutionRow[];
  /** Whether a budget file was joined (else 年初预算 is the 决算 text's). */
  readonly joined: boolean;
  /** The unit every amount of the rows is expressed in (the finest of the sources). */
  readonly unit: Unit;
  readonly fiscalYear: number;
  /** Σ 年初预算 and Σ 决算 over the rows that have both, their difference and rate. */
  readonly totals: { readonly budget: Money; readonly final: Money; readonly diff: Money; readonly rateTenths: number | null; readonly rows: number };
}

/** Why a model cannot be made: the file is not a 决算, or it has no 项 to show. */
export type ExecutionProblem = 'not-final' | 'budget-not-budget' | 'no-items';

const units = (s: string | undefined): Unit | undefined => (s === '元' || s === '万元' || s === '亿元' ? s : undefined);

/** The 项 rows (7-digit codes) of a table, by code; the first row of a code wins. */
function items(table: Table | undefined): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const r of table?.rows ?? []) if (r.code && codeLevel(r.code) === 2 && !out.has(r.code)) out.set(r.code, r);
  return out;
}

function figure(data: BudgetDisclosure, key: string): Figure | undefined {
  return data.narrative?.figures.find((f) => f.key === key);
}

/** A stated amount as Money (null when absent, a mark, or in a unit that is not money). */
function statedMoney(data: BudgetDisclosure, key: string, fallback: Unit): Money | null {
  const f = figure(data, key);
  if (!f || (f.unit && !units(f.unit))) return null;
  return moneyOf(f.value, units(f.unit) ?? fallback);
}

/**
 * 执行率 = final ÷ budget in tenths of a percent, exactly: BigInt on the integer hundredths, rounded
 * half away from zero, so 98.25% reads 98.3% and no float ever decides a digit.
 */
export function rateTenths(final: Money, budget: Money): number | null {
  const unit = finerUnit(final.unit, budget.unit);
  const n = BigInt(inUnit(final, unit).cents) * 1000n;
  const d = BigInt(inUnit(budget, unit).cents);
  if (d === 0n) return null;
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (2n * an + ad) / (2n * ad);
  return Number(neg ? -q : q);
}

/** True when final ≥ share% of budget, exactly (for the description's counts). */
export function atLeast(final: Money, budget: Money, percent: number): boolean {
  const unit = finerUnit(final.unit, budget.unit);
  return BigInt(inUnit(final, unit).cents) * 100n >= BigInt(inUnit(budget, unit).cents) * BigInt(percent);
}

/** Compares two amounts exactly: negative, 0 or positive. */
export function compareMoney(a: Money, b: Money): number {
  const unit = finerUnit(a.unit, b.unit);
  const x = inUnit(a, unit).cents;
  const y = inUnit(b, unit).cents;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether `data` can be shown by <budget-execution>, and why not. */
export function executionProblem(data: BudgetDisclosure, budget?: BudgetDisclosure): ExecutionProblem | undefined {
  if (data.department.kind !== 'final') return 'not-final';
  if (budget && budget.department.kind === 'final') return 'budget-not-budget';
  return undefined;
}

/**
 * The joined rows, in code order. `budget` is that year's 预算 file, when given; a budget file
 * that is itself a 决算 must be refused before (executionProblem).
 */
export function executionModel(data: BudgetDisclosure, budget?: BudgetDisclosure): ExecutionModel | null {
  const fiveTable = data.tables['final-gpb-expenditure'];
  const twoTable = budget?.tables['gpb-expenditure'];
  const dUnit = units(data.department.unit) ?? '万元';
  const fiveUnit = units(fiveTable?.unit) ?? dUnit;
  const twoUnit = units(twoTable?.unit) ?? units(budget?.department.unit) ?? dUnit;
  const five = items(fiveTable);
  const two = items(twoTable);
  const codes = new Set<string>(five.keys());
  // 项 the text speaks of without a table row (a 决算 without table 5 still shows what it states).
  for (const f of data.narrative?.figures ?? []) {
    const m = /^gpb\.item\.(\d{7})\.(budget|final)$/.exec(f.key);
    if (m) codes.add(m[1]!);
  }
  if (budget) for (const c of two.keys()) codes.add(c);
  if (!codes.size) return null;

  let unit: Unit = finerUnit(fiveUnit, budget ? twoUnit : fiveUnit);
  const rows: ExecutionRow[] = [];
  for (const code of [...codes].sort()) {
    const fRow = five.get(code);
    const bRow = budget ? two.get(code) : undefined;
    const inFinal = fRow !== undefined || figure(data, `gpb.item.${code}.final`) !== undefined;
    const final = fRow ? moneyOf(fRow.values.total, fiveUnit) : statedMoney(data, `gpb.item.${code}.final`, dUnit);
    const stated = statedMoney(data, `gpb.item.${code}.budget`, dUnit);
    const fileBudget = bRow ? moneyOf(bRow.values.total, twoUnit) : null;
    let budgetMoney: Money | null = null;
    let budgetFrom: BudgetFrom | null = null;
    if (fileBudget) {
      budgetMoney = fileBudget;
      budgetFrom = 'budget-file';
    } else if (stated && (!budget || bRow)) {
      // No budget file, or its cell for this 项 is blank: the 决算 text's figure, said as such.
      budgetMoney = stated;
      budgetFrom = 'final-text';
    }
    for (const m of [final, budgetMoney, stated]) if (m) unit = finerUnit(unit, m.unit);
    const only = budget ? (!bRow ? 'final' : !inFinal ? 'budget' : undefined) : undefined;
    const mismatch =
      fileBudget && stated && compareMoney(stated, fileBudget) !== 0
        ? { stated, file: fileBudget, diff: minus(stated, fileBudget) }
        : undefined;
    const reason = figure(data, `gpb.item.${code}.final`)?.reason?.trim();
    rows.push({
      code,
      name: fRow?.name ?? bRow?.name ?? code,
      budget: budgetMoney,
      budgetFrom,
      final: only === 'budget' ? null : final,
      diff: final && budgetMoney && only !== 'budget' ? minus(final, budgetMoney) : null,
      rateTenths: final && budgetMoney && only !== 'budget' ? rateTenths(final, budgetMoney) : null,
      ...(reason ? { reason } : {}),
      ...(only ? { only } : {}),
      ...(mismatch ? { mismatch } : {}),
    });
  }
  const both = rows.filter((r) => r.budget && r.final);
  const sum = (pick: (r: ExecutionRow) => Money) => ({ cents: both.reduce((s, r) => s + inUnit(pick(r), unit).cents, 0), unit });
  const totalBudget = sum((r) => r.budget!);
  const totalFinal = sum((r) => r.final!);
  return {
    rows: rows.map((r) => toUnit(r, unit)),
    joined: budget !== undefined,
    unit,
    fiscalYear: data.department.fiscalYear,
    totals: { budget: totalBudget, final: totalFinal, diff: minus(totalFinal, totalBudget), rateTenths: rateTenths(totalFinal, totalBudget), rows: both.length },
  };
}

function minus(a: Money, b: Money): Money {
  const unit = finerUnit(a.unit, b.unit);
  return { cents: inUnit(a, unit).cents - inUnit(b, unit).cents, unit };
}

/** Every amount of a row in `unit` (exact: `unit` is the finest of the sources). */
function toUnit(r: ExecutionRow, unit: Unit): ExecutionRow {
  const m = (x: Money | null) => (x ? inUnit(x, unit) : null);
  return {
    ...r,
    budget: m(r.budget),
    final: m(r.final),
    diff: m(r.diff),
    ...(r.mismatch ? { mismatch: { stated: inUnit(r.mismatch.stated, unit), file: inUnit(r.mismatch.file, unit), diff: inUnit(r.mismatch.diff, unit) } } : {}),
  };
}

/** The two orders the element offers: by function code (published order) or by difference, largest overspend first. */
export type SortOrder = 'code' | 'difference';

export function sortRows(rows: readonly ExecutionRow[], order: SortOrder): ExecutionRow[] {
  if (order === 'code') return [...rows];
  // Rows without a difference (one file only, no budget) go last, in code order.
  return [...rows].sort((a, b) => (a.diff && b.diff ? b.diff.cents - a.diff.cents : a.diff ? -1 : b.diff ? 1 : 0) || (a.code < b.code ? -1 : 1));
}

/** "98.3" from 983; "—" for null. */
export function rateText(tenths: number | null): string {
  if (tenths === null) return '—';
  const sign = tenths < 0 ? '-' : '';
  const a = Math.abs(tenths);
  return `${sign}${Math.trunc(a / 10)}.${a % 10}`;
}

