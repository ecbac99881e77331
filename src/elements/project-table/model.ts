/**
 * The state of <project-table> as pure functions: the project list of 项目支出明细表 joined with
 * the projects' performance targets, its filter, sort, pages and exact totals
 * (the CSV lines are in csv.ts, loaded on a download).
 * Tested in test/unit/project-table-model.test.ts; no DOM.
 *
 * Amounts are compared and summed in integer hundredths; the figures shown stay the published
 * strings. Sorting and filtering never change a figure, only which rows show and in what order.
 */
import { own } from '../../model/own.js';
import { sumCents, toCents, type Cents } from '../../model/money.js';
import type { BudgetDisclosure, Cell, Column, Project, Row } from '../../model/schema.js';
import type { SelfEvaluation } from '../../model/self-evaluation.js';

/** An amount column of the list. */
export interface AmountColumn {
  readonly key: string;
  /** The published heading. */
  readonly label: string;
  /** The spanning headings above it, outermost first ("年初特定目标"). */
  readonly groups: readonly string[];
}

/** One project of the list. */
export interface ProjectRow {
  /** Stable id: the published row index. */
  readonly id: string;
  /** Position in the published list (0-based), the default order. */
  readonly index: number;
  readonly name: string;
  readonly seq?: string;
  /** The function code the project is paid under (科目编码). */
  readonly functionCode?: string;
  readonly functionName?: string;
  /** 预算单位. */
  readonly unit?: string;
  /** The joined project (code, goal, indicators), when the data has it. */
  readonly project?: Project;
  /** On a 决算's 项目支出绩效自评表: the project's evaluation (its indicators open under the row). */
  readonly evaluation?: SelfEvaluation;
  /** Published text of the `measures` columns (执行率, 得分); their hundredths, for sorting, are in `cents`. */
  readonly texts?: Readonly<Record<string, string>>;
  /** Published cells by column key. */
  readonly values: Readonly<Record<string, Cell>>;
  /** The same in hundredths (null = empty), for sorting and sums. */
  readonly cents: Readonly<Record<string, Cents | null>>;
  /** Lower-cased, space-free text the filter searches. */
  readonly haystack: string;
}

export interface ProjectTableModel {
  readonly title: string;
  readonly attachment?: string;
  readonly unit: string;
  /** 合计 first, then the funding columns that hold any figure, in published order. */
  readonly columns: readonly AmountColumn[];
  /** Columns of scores and rates (a 决算's 执行率, 得分): shown as published, sorted, never summed. */
  readonly measures?: readonly AmountColumn[];
  /** False when the list has no 占合计比例 column (the self-evaluation list). */
  readonly shares?: false;
  /** The key of the 合计 column ("total"), or the first amount column. */
  readonly totalKey: string;
  readonly rows: readonly ProjectRow[];
  /** The published 合计 row's cells, or null when the table prints none. */
  readonly published: Readonly<Record<string, Cell>> | null;
  /** Whether any row carries a 预算单位 / 科目名称 (the columns are shown only then). */
  readonly hasUnit: boolean;
  readonly hasFunction: boolean;
  readonly notes: readonly string[];
}

const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * The model of the data's 项目支出明细表, or null when the data has none. Projects are joined by
 * name (ignoring spaces), and among namesakes by function code.
 */
export function projectTableModel(data: BudgetDisclosure): ProjectTableModel | null {
  const build = projectTableBuilder(data);
  return build && build(Infinity)!;
}

/**
 * projectTableModel in steps, for a long list (issue 15: 10,000 projects): null when the data has
 * no 项目支出明细表, else a function that reads up to `count` more rows per call and returns the
 * model once every row is read (undefined before). The same model, whatever the steps.
 */
export function projectTableBuilder(data: BudgetDisclosure): ((count: number) => ProjectTableModel | undefined) | null {
  const table = data.tables['project-expenditure'];
  if (!table) return null;
  const amountColumns = table.columns.filter((c) => (c.type ?? 'amount') === 'amount');
  const items = table.rows.filter((r) => r.role !== 'total' && r.role !== 'subtotal');
  const totalRow = table.rows.find((r) => r.role === 'total') ?? null;
  const hasFigure = (c: Column) => [...items, ...(totalRow ? [totalRow] : [])].some((r) => toCents(own(r.values, c.key)) !== null);
  const totalKey = amountColumns.find((c) => c.key === 'total')?.key ?? amountColumns[0]?.key ?? 'total';
  const columns = amountColumns
    .filter((c) => c.key === totalKey || hasFigure(c))
    .map((c) => ({ key: c.key, label: c.label, groups: c.groups ?? [] }));

  const byName = new Map<string, Project[]>();
  for (const p of data.projects ?? []) {
    const k = normalise(p.name);
    byName.set(k, [...(byName.get(k) ?? []), p]);
  }
  // Each project is joined to one row at most: among namesakes, the k-th row of a name takes the
  // first project of that name not yet taken (one paid under the row's function code first), so
  // two rows never show the same project's targets.
  const taken = new Set<Project>();
  const row = (r: Row, index: number): ProjectRow => {
    const free = (byName.get(normalise(r.name)) ?? []).filter((p) => !taken.has(p));
    const project = free.find((p) => p.functionCode !== undefined && p.functionCode === r.code) ?? free[0];
    if (project) taken.add(project);
    // No prototype: a column keyed "__proto__" or "constructor" is just a key here.
    const cents: Record<string, Cents | null> = Object.create(null);
    for (const c of columns) cents[c.key] = toCents(own(r.values, c.key));
    const text = r.text ?? {};
    return {
      id: `p${index}`,
      index,
      name: r.name,
      ...(text.seq ? { seq: text.seq } : {}),
      ...(r.code ? { functionCode: r.code } : {}),
      ...(text.functionName ? { functionName: text.functionName } : {}),
      ...(text.unit ? { unit: text.unit } : {}),
      ...(project ? { project } : {}),
      values: r.values,
      cents,
      haystack: [r.name, r.code, text.functionName, text.unit, project?.code].filter(Boolean).map((s) => normalise(s!)).join('\n'),
    };
  };
  const rows: ProjectRow[] = [];
  return (count) => {
    // In published order: a project's namesakes are joined in the same order, in one step or many.
    for (const end = Math.min(items.length, rows.length + count); rows.length < end; ) rows.push(row(items[rows.length]!, rows.length));
    if (rows.length < items.length) return undefined;
    return {
      title: table.title,
      ...(table.attachment ? { attachment: table.attachment } : {}),
      unit: table.unit ?? data.department.unit,
      columns,
      totalKey,
      rows,
      published: totalRow?.values ?? null,
      hasUnit: rows.some((r) => r.unit),
      hasFunction: rows.some((r) => r.functionCode || r.functionName),
      notes: table.notes ?? [],
    };
  };
}

/** Rows matching every space-separated term of `query` in name, code, 科目名称, 预算单位 or project code. */
export function filterRows(rows: readonly ProjectRow[], query: string): readonly ProjectRow[] {
  const terms = query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length) return rows;
  return rows.filter((r) => terms.every((t) => r.haystack.includes(t)));
}

/** A sortable column: the text columns, or an amount column key (the share sorts as the 合计). */
export type SortKey = 'name' | 'code' | 'unit' | (string & {});
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

/**
 * Made at the first sort by a text column, not as the module loads: a page's first Intl collator
 * loads collation data, tens of ms on a slow CPU, which every page paid while the kit started.
 */
let collator: Intl.Collator | undefined;

/**
 * A sorted copy (stable: ties keep the published order). Empty cells go last in both
 * directions, since "nothing published" is not the smallest amount. No sort = published order.
 */
export function sortRows(rows: readonly ProjectRow[], sort: Sort | null): readonly ProjectRow[] {
  if (!sort) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const text = (r: ProjectRow): string | undefined =>
    sort.key === 'name' ? r.name : sort.key === 'code' ? r.functionCode : sort.key === 'unit' ? r.unit : undefined;
  const isText = sort.key === 'name' || sort.key === 'code' || sort.key === 'unit';
  return [...rows].sort((a, b) => {
    const va = isText ? text(a) : a.cents[sort.key];
    const vb = isText ? text(b) : b.cents[sort.key];
    if (va == null || vb == null) return va == null && vb == null ? a.index - b.index : va == null ? 1 : -1;
    const c = isText ? (collator ??= new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' })).compare(va as string, vb as string) : (va as number) - (vb as number);
    return c ? sign * c : a.index - b.index;
  });
}

/** The next sort when a column heading is activated: ascending, then descending, alternating. */
export function nextSort(current: Sort | null, key: SortKey): Sort {
  return { key, direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export interface Page {
  readonly rows: readonly ProjectRow[];
  /** 1-based, clamped to the pages there are. */
  readonly page: number;
  readonly pageCount: number;
  /** 1-based position of the first and last row shown (0, 0 when none). */
  readonly from: number;
  readonly to: number;
}

/** One page of `size` rows; an out-of-range page number gives the nearest page. */
export function pageOf(rows: readonly ProjectRow[], page: number, size: number): Page {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const start = (p - 1) * size;
  const slice = rows.slice(start, start + size);
  return { rows: slice, page: p, pageCount, from: slice.length ? start + 1 : 0, to: start + slice.length };
}

/** Exact Σ of a column over rows, in hundredths (empty cells add nothing). */
export function sumColumn(rows: readonly ProjectRow[], key: string): Cents {
  return sumCents(rows.map((r) => r.cents[key]));
}

/** Like sumColumn, but null when no row has a figure in the column: an empty column has no total. */
export function sumOrNull(rows: readonly ProjectRow[], key: string): Cents | null {
  return rows.some((r) => r.cents[key] != null) ? sumColumn(rows, key) : null;
}

/** A column whose published 合计 differs from the sum of all its rows. */
export interface TotalMismatch {
  readonly key: string;
  readonly published: Cents | null;
  readonly sum: Cents;
}

/** Where the published 合计 row is not the exact sum of the projects (all rows, unfiltered). */
export function totalMismatches(model: ProjectTableModel): TotalMismatch[] {
  if (!model.published) return [];
  return model.columns
    .map((c) => ({ key: c.key, published: toCents(own(model.published, c.key)), sum: sumColumn(model.rows, c.key) }))
    .filter((m) => (m.published ?? 0) !== m.sum);
}

/** The base of the shares: the published 合计, else the sum of all projects. */
export function shareBase(model: ProjectTableModel): Cents {
  return (model.published ? toCents(own(model.published, model.totalKey)) : null) ?? sumColumn(model.rows, model.totalKey);
}

/** A value's share of the base in percent (display only); null when the base is 0 or the value empty. */
export function share(value: Cents | null, base: Cents): number | null {
  return value === null || base === 0 ? null : (value / base) * 100;
}
