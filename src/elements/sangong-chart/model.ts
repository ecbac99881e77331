/**
 * The 三公 series of one unit, read from the 'sangong' table (附件 4): the four items and the
 * published total, for the prior and the current year, in exact cents. Pure: no DOM.
 *
 * Empty cells: in a published 三公 table an empty cell means nothing was budgeted for the item
 * (the narrative says "因公出国（境）费用 0 万元" where the table is blank), and the domain says
 * a zero is meaningful and must be shown. So an empty item cell becomes 0 here and is drawn
 * and labelled "0.00"; `empty` keeps the fact that the cell was blank, for the data table's
 * note. The total is the published 总计, never a sum of the items.
 */
import { percentChange, toCents, type Cents } from '../../model/money.js';
import { cellOf, tableOf, type KindRow, type KindTable, type SangongKey as SangongColumn } from '../../model/columns.js';
import type { BudgetDisclosure, Figure, Row } from '../../model/schema.js';
import type { Locale } from '../shared/locale.js';

type Table = KindTable<'sangong'>;

/** The four 三公 items drawn as bars or segments, in the order of the published table. */
export const SANGONG_ITEMS = ['abroad', 'vehiclePurchase', 'vehicleOps', 'reception'] as const satisfies readonly SangongColumn[];
export type SangongItem = (typeof SANGONG_ITEMS)[number];
/** `vehicle` is the 公务用车购置及运行费 小计: one of the three expenses, drawn as 购置 + 运行维护. */
export type SangongKey = SangongItem | 'vehicle' | 'total';

/** One item (or the total) for both years. */
export interface SangongValue {
  key: SangongKey;
  prior: Cents;
  current: Cents;
  /** Which year's cell was blank in the table (shown as 0). */
  empty: { prior: boolean; current: boolean };
  /** current − prior, exact. */
  change: Cents;
  /** Percentage change for display; null when the prior year is 0 (see `isNew`) or both are 0. */
  percent: number | null;
  /** Last year 0 or blank and this year more than 0: marked 新增, never an infinite %. */
  isNew: boolean;
}

export interface SangongUnit {
  /** Stable id used by the `unit` attribute and the picker: the code, else the name. */
  id: string;
  code?: string;
  name: string;
  isTotal: boolean;
}

export interface SangongSeries {
  unit: SangongUnit;
  items: SangongValue[];
  /** The 公务用车购置及运行费 小计 as published (the sum of 购置 and 运行维护 where the table has no 小计 column). */
  vehicle: SangongValue;
  total: SangongValue;
  /** True when the table has a prior-year column. */
  hasPrior: boolean;
}

export interface SangongModel {
  units: SangongUnit[];
  /** The selected unit's series, or null when the table has no rows. */
  series: SangongSeries | null;
  fiscalYear: number;
  comparisonYear: number;
  amountUnit: string;
  /**
   * The narrative's stated total change and its reason; `text`, where the table has no prior-year
   * column, says a change the text states, marked 据文字说明 (added by stated.ts, loaded on demand).
   */
  stated?: { change?: Figure; text?: (key: SangongKey, locale: Locale, unit?: string) => string | undefined };
}

function unitOf(row: Pick<Row, 'code' | 'name' | 'role'>): SangongUnit {
  const isTotal = row.role === 'total' || (!row.code && /^(合计|总计)$/.test(row.name.trim()));
  return { id: row.code ?? row.name, code: row.code, name: row.name, isTotal };
}

function value(row: KindRow<'sangong'>, key: SangongKey, hasPrior: boolean, parts?: SangongValue[]): SangongValue {
  const cur = toCents(cellOf(row, key));
  const pri = hasPrior ? toCents(cellOf(row, `prior.${key}`)) : null;
  // A table without a 小计 column: the subtotal is its parts' exact sum (integer cents).
  const current = cur ?? (parts ? parts[0]!.current + parts[1]!.current : 0);
  const prior = pri ?? (parts ? parts[0]!.prior + parts[1]!.prior : 0);
  return {
    key,
    prior,
    current,
    empty: { prior: pri === null, current: cur === null },
    change: current - prior,
    percent: percentChange(current, prior),
    isNew: prior === 0 && current !== 0,
  };
}

/**
 * The rows of the data table, as the published table orders them: the three expenses, the
 * vehicle one followed by its parts (`part`: shown indented, 其中), then the total.
 */
export function tableRows(s: SangongSeries): { v: SangongValue; part?: boolean }[] {
  const [abroad, purchase, ops, reception] = s.items;
  return [{ v: abroad! }, { v: s.vehicle }, { v: purchase!, part: true }, { v: ops!, part: true }, { v: reception! }, { v: s.total }];
}

/** The unit rows of the table (and the 合计 row), in published order. */
const unitRows = (table: Table) => table.rows.filter((r) => r.role !== 'subtotal');

/**
 * Rows of the table that are units (or the 合计 row), in published order. Ids are unique even
 * where a file repeats a code (an error the checks report, R20): the later ones are told apart
 * by their position ("307#2"), so the picker never shows one unit for another.
 */
export function sangongUnits(table: Table): SangongUnit[] {
  const seen = new Map<string, number>();
  return unitRows(table).map((row) => {
    const u = unitOf(row);
    const n = (seen.get(u.id) ?? 0) + 1;
    seen.set(u.id, n);
    return n === 1 ? u : { ...u, id: `${u.id}#${n}` };
  });
}

/**
 * Picks the row for `unit`: a unit's id (sangongUnits), else its code or its name, trimmed;
 * default and fallback: the 合计 row, else the first row.
 */
export function selectRow(table: Table, unit?: string | null): KindRow<'sangong'> | undefined {
  const rows = unitRows(table);
  const wanted = unit?.trim();
  if (wanted) {
    const byId = sangongUnits(table).findIndex((u) => u.id === wanted);
    const hit = byId >= 0 ? rows[byId] : rows.find((r) => r.code === wanted || r.name.trim() === wanted);
    if (hit) return hit;
  }
  return rows.find((r) => unitOf(r).isTotal) ?? rows[0];
}

/** Builds the chart model for the disclosure, or null when it has no 'sangong' table. */
export function sangongModel(data: BudgetDisclosure, unit?: string | null): SangongModel | null {
  // A 决算's table 7 has the same keys for its 决算数 and 上年决算数 (its 预算数 are `budget.*`).
  const table = tableOf(data.tables, 'sangong') ?? (tableOf(data.tables, 'final-sangong') as Table | undefined);
  if (!table) return null;
  const hasPrior = table.columns.some((c) => c.key.startsWith('prior.'));
  const row = selectRow(table, unit);
  const units = sangongUnits(table);
  const items = row && SANGONG_ITEMS.map((k) => value(row, k, hasPrior));
  return {
    units,
    series: items
      ? {
          unit: units[unitRows(table).indexOf(row!)]!,
          items,
          vehicle: value(row!, 'vehicle', hasPrior, items.slice(1, 3)),
          total: value(row!, 'total', hasPrior),
          hasPrior,
        }
      : null,
    fiscalYear: data.department.fiscalYear,
    comparisonYear: data.department.comparisonYear ?? data.department.fiscalYear - 1,
    amountUnit: table.unit ?? data.department.unit,
    stated: { change: data.narrative?.figures?.find((f) => f.key === 'sangong.change') },
  };
}
