/**
 * The drill-down levels of expenditure by function code (类 → 款 → 项), from the table that
 * has them: 一般公共预算财政拨款支出预算表 (gpb-expenditure, which also publishes last year) first,
 * else 部门支出总表 (dept-expenditure, this year only). Pure.
 *
 * The tree comes from the codes (3/5/7 digits, table-kinds.ts codeLevel/parentCode) rather than
 * from d3-hierarchy's stratify: a published table may omit a 款 row, and stratify would throw
 * where we simply show the 项 rows we have under their 类.
 */
import { percentChange, toCents, type Cents, type Unit } from '../../model/money.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { cellOf, tableOf, type KindRow, type KindTable } from '../../model/columns.js';
import { codeLevel } from '../../model/kind-flags.js';

/** The kinds a drill-down reads, and how it reads them (their column keys, columns.ts). */
type DrillKind = 'gpb-expenditure' | 'dept-expenditure';
type Table = KindTable<DrillKind>;

export interface DrillSource {
  kind: DrillKind;
  table: Table;
  /** The unit the table publishes its amounts in (its own, else the file's). */
  unit: Unit;
  hasPrior: boolean;
}

export interface DrillBar {
  code: string;
  name: string;
  level: 0 | 1 | 2;
  /** This year's published amount; null when the cell is empty. */
  current: Cents | null;
  prior: Cents | null;
  change: Cents | null;
  percent: number | null;
  /** Last year 0 or empty, this year more than 0. */
  isNew: boolean;
  hasChildren: boolean;
}

export interface Crumb {
  code: string;
  name: string;
}

export interface DrillLevel {
  /** The codes drilled through, outermost first (empty at the 类 level). */
  path: Crumb[];
  level: 0 | 1 | 2;
  bars: DrillBar[];
}

export function drillSource(data: BudgetDisclosure): DrillSource | null {
  for (const kind of ['gpb-expenditure', 'dept-expenditure'] as const) {
    const table = tableOf(data.tables, kind);
    if (table && table.rows.some((r) => codeLevel(r.code) === 0)) {
      return { kind, table, unit: table.unit ?? data.department.unit, hasPrior: table.columns.some((c) => c.key === 'prior.total') };
    }
  }
  return null;
}

type CodedRow = KindRow<DrillKind> & { code: string };

/**
 * The tree of one table, indexed once: every coded row, the first row of each code, and for
 * each code the coded rows under it (by prefix, in published order). Looking up a level or
 * whether a row has children is then a map read; scanning all rows per bar made a 10,000-row
 * table quadratic (over a second to draw the first level).
 */
interface DrillIndex {
  rows: CodedRow[];
  byCode: Map<string, CodedRow>;
  /** code → the coded rows whose code extends it (a 类's 款 and 项, a 款's 项). */
  under: Map<string, CodedRow[]>;
  /** parent code ('' = the top) → its shallowest rows, computed on first use. */
  children: Map<string, CodedRow[]>;
}

/** One index per published table; validated data is never changed in place. */
const indexes = new WeakMap<Table, DrillIndex>();

function indexOf(table: Table): DrillIndex {
  let index = indexes.get(table);
  if (index) return index;
  const rows = table.rows.filter((r): r is CodedRow => codeLevel(r.code) !== null);
  const byCode = new Map<string, CodedRow>();
  const under = new Map<string, CodedRow[]>();
  for (const r of rows) {
    if (!byCode.has(r.code)) byCode.set(r.code, r);
    // Coded rows are 3, 5 or 7 digits: the only codes a row can lie under are its 3- and
    // 5-digit prefixes (the same relation as a prefix test against every row).
    for (const n of [3, 5]) {
      if (r.code.length <= n) break;
      const p = r.code.slice(0, n);
      const list = under.get(p);
      if (list) list.push(r);
      else under.set(p, [r]);
    }
  }
  index = { rows, byCode, under, children: new Map() };
  indexes.set(table, index);
  return index;
}

/** The children of `parent` (or the 类 rows): the shallowest coded rows under it. */
function childrenOf(index: DrillIndex, parent?: string): CodedRow[] {
  const key = parent ?? '';
  let children = index.children.get(key);
  if (!children) {
    const under = parent === undefined ? index.rows : (index.under.get(parent) ?? []);
    let top = 3;
    for (const r of under) top = Math.min(top, codeLevel(r.code)!);
    children = under.filter((r) => codeLevel(r.code) === top);
    index.children.set(key, children);
  }
  return children;
}

function bar(row: CodedRow, index: DrillIndex, hasPrior: boolean): DrillBar {
  const current = toCents(cellOf(row, 'total'));
  const prior = hasPrior ? toCents(cellOf(row, 'prior.total')) : null;
  return {
    code: row.code,
    name: row.name,
    level: codeLevel(row.code)!,
    current,
    prior,
    change: current !== null && prior !== null ? current - prior : current !== null && hasPrior ? current : null,
    percent: percentChange(current, prior),
    isNew: hasPrior && (prior === null || prior === 0) && (current ?? 0) !== 0,
    hasChildren: index.under.has(row.code),
  };
}

/**
 * The level reached by following `codes` (e.g. [] → 类, ["201"] → its 款, ["201", "20137"] →
 * its 项). Codes that do not lead anywhere are dropped, so a stale path falls back upwards.
 */
export function drillLevel(source: DrillSource, codes: readonly string[]): DrillLevel {
  const index = indexOf(source.table);
  const path: Crumb[] = [];
  for (const code of codes) {
    const row = index.byCode.get(code);
    const parent = path[path.length - 1]?.code;
    if (!row || (parent !== undefined && !(code.length > parent.length && code.startsWith(parent))) || !index.under.has(code)) break;
    path.push({ code: row.code, name: row.name });
  }
  const children = childrenOf(index, path[path.length - 1]?.code);
  return {
    path,
    level: children.length ? codeLevel(children[0]!.code)! : 0,
    bars: children.map((r) => bar(r, index, source.hasPrior)),
  };
}

/** Every coded row as a bar, in published order: the equivalent table of the whole tree. */
export function allBars(source: DrillSource): DrillBar[] {
  const index = indexOf(source.table);
  return index.rows.map((r) => bar(r, index, source.hasPrior));
}
