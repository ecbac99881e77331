/**
 * The drill-down levels of expenditure by function code (类 → 款 → 项), from the table that
 * has them: 一般公共预算财政拨款支出预算表 (gpb-expenditure, which also publishes last year) first,
 * else 部门支出总表 (dept-expenditure, this year only). Pure.
 *
 * The tree comes from the codes (3/5/7 digits, table-kinds.ts codeLevel/parentCode) rather than
 * from d3-hierarchy's stratify: a published table may omit a 款 row, and stratify would throw
 * where we simply show the 项 rows we have under their 类.
 */
import { percentChange, toCents, type Cents } from '../../model/money.js';
import type { BudgetDisclosure, Row, Table } from '../../model/schema.js';
import { codeLevel } from '../../model/table-kinds.js';

export interface DrillSource {
  kind: 'gpb-expenditure' | 'dept-expenditure';
  table: Table;
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
    const table = data.tables[kind];
    if (table && table.rows.some((r) => codeLevel(r.code) === 0)) {
      return { kind, table, hasPrior: table.columns.some((c) => c.key === 'prior.total') };
    }
  }
  return null;
}

/** True when `code` lies under `ancestor` in the tree (prefix of the code, deeper level). */
function isUnder(code: string, ancestor: string): boolean {
  return code.length > ancestor.length && code.startsWith(ancestor);
}

function coded(table: Table): (Row & { code: string })[] {
  return table.rows.filter((r): r is Row & { code: string } => codeLevel(r.code) !== null);
}

/** The children of `parent` (or the 类 rows): the shallowest coded rows under it. */
function childrenOf(rows: (Row & { code: string })[], parent?: string): (Row & { code: string })[] {
  const under = parent === undefined ? rows : rows.filter((r) => isUnder(r.code, parent));
  if (!under.length) return [];
  const top = Math.min(...under.map((r) => codeLevel(r.code)!));
  return under.filter((r) => codeLevel(r.code) === top);
}

function bar(row: Row & { code: string }, rows: (Row & { code: string })[], hasPrior: boolean): DrillBar {
  const current = toCents(row.values['total']);
  const prior = hasPrior ? toCents(row.values['prior.total']) : null;
  return {
    code: row.code,
    name: row.name,
    level: codeLevel(row.code)!,
    current,
    prior,
    change: current !== null && prior !== null ? current - prior : current !== null && hasPrior ? current : null,
    percent: percentChange(current, prior),
    isNew: hasPrior && (prior === null || prior === 0) && (current ?? 0) !== 0,
    hasChildren: rows.some((r) => isUnder(r.code, row.code)),
  };
}

/**
 * The level reached by following `codes` (e.g. [] → 类, ["201"] → its 款, ["201", "20137"] →
 * its 项). Codes that do not lead anywhere are dropped, so a stale path falls back upwards.
 */
export function drillLevel(source: DrillSource, codes: readonly string[]): DrillLevel {
  const rows = coded(source.table);
  const path: Crumb[] = [];
  for (const code of codes) {
    const row = rows.find((r) => r.code === code);
    const parent = path[path.length - 1]?.code;
    if (!row || (parent !== undefined && !isUnder(code, parent)) || !rows.some((r) => isUnder(r.code, code))) break;
    path.push({ code: row.code, name: row.name });
  }
  const children = childrenOf(rows, path[path.length - 1]?.code);
  return {
    path,
    level: children.length ? codeLevel(children[0]!.code)! : 0,
    bars: children.map((r) => bar(r, rows, source.hasPrior)),
  };
}

/** Every coded row as a bar, in published order: the equivalent table of the whole tree. */
export function allBars(source: DrillSource): DrillBar[] {
  const rows = coded(source.table);
  return rows.map((r) => bar(r, rows, source.hasPrior));
}
