/**
 * The key figures of <budget-summary>, read from the tables and the narrative. Pure.
 *
 * Precedence (the first source that publishes the figure wins; the tile names its source):
 *  - income total: 部门收支总表 (dept-summary) 收入总计 → 财政拨款收支总表 (fiscal-summary)
 *    income total → narrative `income.total`. Its change: narrative `income.change` (no table
 *    publishes last year's income).
 *  - expenditure total: dept-summary 支出总计 → 部门支出总表 (dept-expenditure) 合计 →
 *    fiscal-summary expenditure total → 一般公共预算财政拨款支出预算表 (gpb-expenditure) 合计 →
 *    narrative `expenditure.total`.
 *  - expenditure change: gpb-expenditure 合计 `total` − `prior.total` (both published, exact)
 *    when that 合计 is the expenditure shown (the same amount: a department funded by the general
 *    budget alone), else narrative `expenditure.change`. A department with other funds publishes a
 *    larger total than the general budget's: the general budget's change is not its change.
 *  - 基本/项目支出: dept-expenditure 合计 → gpb-expenditure 合计 → narrative basic/project.total.
 *  - 三公: sangong 合计 row `total` (and `prior.total`) → narrative `sangong.total`/`.change`.
 *  - 机关运行经费: narrative `operating.total`/`.change` only (the usual equality with table 3's
 *    日常公用经费 is a check, not a source).
 *  - 政府采购: procurement 合计 `total` → narrative `procurement.total`.
 * Figures are the published ones in exact cents, each with the unit of the table (or the file, for
 * the narrative) it comes from: a 三公 table in 元 in a file in 万元 stays in 元 here, and the
 * element converts exactly where it shows it. Nothing is summed or re-rounded.
 */
import { moneyMinus, moneyOf, moneyShare, inUnit, finerUnit, type Money, type Unit } from '../../model/money.js';
import type { BudgetDisclosure, KnownTableKind, Row, Table } from '../../model/schema.js';
import { cellOf, tableOf, type KindTable, type ValueKey } from '../../model/columns.js';

export type FigureKey = 'income' | 'expenditure' | 'sangong' | 'operating' | 'procurement';

/** Where a figure comes from: a table kind, or the narrative. */
export type Source = { table: string; title: string } | { narrative: true };

export interface Change {
  amount: Money;
  /** null when last year was 0 (新增) or unknown. */
  percent: number | null;
  isNew: boolean;
  source: Source;
  reason?: string;
}

export interface KeyFigure {
  key: FigureKey;
  value: Money;
  source: Source;
  change?: Change;
}

export interface Split {
  basic: Money;
  project: Money;
  source: Source;
}

export interface SummaryModel {
  figures: KeyFigure[];
  split?: Split;
  fiscalYear: number;
  comparisonYear: number;
  /** The file's unit: the summary's own, in which it shows every figure unless display-unit says otherwise. */
  unit: Unit;
}

/** The total row of a table (optionally of one side): role "total", else a 合计/总计 heading. */
export function totalRow<R extends Pick<Row, 'name' | 'role' | 'side'>>(table: { readonly rows: readonly R[] } | undefined, side?: 'income' | 'expenditure'): R | undefined {
  if (!table) return undefined;
  const rows = table.rows.filter((r) => !side || r.side === side);
  return rows.find((r) => r.role === 'total') ?? rows.find((r) => /(总计|合计)$/.test(r.name.trim()) && r.role !== 'subtotal');
}

/** The unit a table's amounts are published in. */
export function tableUnit(data: BudgetDisclosure, table: Pick<Table, 'unit'>): Unit {
  return table.unit ?? data.department.unit;
}

/** A cell of a table's total row, read by the kind's column key, with the table's unit. */
function totalCell<K extends KnownTableKind>(data: BudgetDisclosure, kind: K, key: ValueKey<K>, side?: 'income' | 'expenditure'): Money | null {
  const table: KindTable<K> | undefined = tableOf(data.tables, kind);
  return table ? moneyOf(cellOf(totalRow(table, side), key), tableUnit(data, table)) : null;
}

function fromTable<K extends KnownTableKind>(data: BudgetDisclosure, kind: K, key: ValueKey<K>, side?: 'income' | 'expenditure') {
  const v = totalCell(data, kind, key, side);
  return v === null ? null : { value: v, source: { table: kind, title: tableOf(data.tables, kind)!.title } as Source };
}

/** A figure the narrative states in the file's unit (figures with another unit, e.g. 辆, are not amounts here). */
function fromNarrative(data: BudgetDisclosure, key: string) {
  const f = data.narrative?.figures.find((x) => x.key === key && !x.unit);
  const v = moneyOf(f?.value, data.department.unit);
  return v === null ? null : { value: v, source: { narrative: true } as Source, reason: f!.reason };
}

function first<T>(...candidates: (() => T | null)[]): T | null {
  for (const c of candidates) {
    const v = c();
    if (v !== null) return v;
  }
  return null;
}

function changeOf(current: Money, prior: Money, source: Source, reason?: string): Change {
  const amount = moneyMinus(current, prior);
  const percent = prior.cents === 0 ? null : (moneyShare(amount, prior) ?? 0) * Math.sign(prior.cents);
  return { amount, percent, isNew: prior.cents === 0 && current.cents !== 0, source, reason };
}

/** A stated change (this year − last year as the text says it): last year = value − change, exactly across units. */
function statedChange(data: BudgetDisclosure, key: string, value: Money): Change | undefined {
  const c = fromNarrative(data, key);
  return c ? changeOf(value, moneyMinus(value, c.value), c.source, c.reason) : undefined;
}

/** 基本/项目 as a pair in one unit (an empty one is 0), or null when neither is published. */
function pair(basic: Money | null, project: Money | null, source: Source): Split | null {
  if (basic === null && project === null) return null;
  const unit = finerUnit(basic?.unit ?? project!.unit, project?.unit ?? basic!.unit);
  const zero = { cents: 0, unit };
  return { basic: inUnit(basic ?? zero, unit), project: inUnit(project ?? zero, unit), source };
}

export function summaryModel(data: BudgetDisclosure): SummaryModel {
  const figures: KeyFigure[] = [];
  const income = first(
    () => fromTable(data, 'dept-summary', 'amount', 'income'),
    () => fromTable(data, 'fiscal-summary', 'amount', 'income'),
    () => fromNarrative(data, 'income.total'),
  );
  if (income) figures.push({ key: 'income', ...income, change: statedChange(data, 'income.change', income.value) });

  const expenditure = first(
    () => fromTable(data, 'dept-summary', 'amount', 'expenditure'),
    () => fromTable(data, 'dept-expenditure', 'total'),
    () => fromTable(data, 'fiscal-summary', 'total', 'expenditure'),
    () => fromTable(data, 'gpb-expenditure', 'total'),
    () => fromNarrative(data, 'expenditure.total'),
  );
  if (expenditure) {
    const gpb = data.tables['gpb-expenditure'];
    const cur = totalCell(data, 'gpb-expenditure', 'total');
    const pri = totalCell(data, 'gpb-expenditure', 'prior.total');
    const reason = fromNarrative(data, 'expenditure.change')?.reason;
    const isShown = cur !== null && moneyMinus(cur, expenditure.value).cents === 0;
    const change =
      isShown && pri !== null
        ? changeOf(cur, pri, { table: 'gpb-expenditure', title: gpb!.title }, reason)
        : statedChange(data, 'expenditure.change', expenditure.value);
    figures.push({ key: 'expenditure', value: expenditure.value, source: expenditure.source, change });
  }

  const sangongTable = data.tables['sangong'];
  const sgCur = totalCell(data, 'sangong', 'total');
  if (sgCur !== null) {
    const source = { table: 'sangong', title: sangongTable!.title };
    const sgPri = totalCell(data, 'sangong', 'prior.total');
    const reason = fromNarrative(data, 'sangong.change')?.reason;
    figures.push({ key: 'sangong', value: sgCur, source, change: sgPri === null ? statedChange(data, 'sangong.change', sgCur) : changeOf(sgCur, sgPri, source, reason) });
  } else {
    const n = fromNarrative(data, 'sangong.total');
    if (n) figures.push({ key: 'sangong', value: n.value, source: n.source, change: statedChange(data, 'sangong.change', n.value) });
  }

  const operating = fromNarrative(data, 'operating.total');
  if (operating) figures.push({ key: 'operating', value: operating.value, source: operating.source, change: statedChange(data, 'operating.change', operating.value) });

  const procurement = first(() => fromTable(data, 'procurement', 'total'), () => fromNarrative(data, 'procurement.total'));
  if (procurement) figures.push({ key: 'procurement', value: procurement.value, source: procurement.source });

  const split = first<Split>(
    ...(['dept-expenditure', 'gpb-expenditure'] as const).map((kind) => () => {
      if (!data.tables[kind]) return null;
      const basic = totalCell(data, kind, 'basic');
      const project = totalCell(data, kind, 'project');
      return pair(basic, project, { table: kind, title: data.tables[kind]!.title });
    }),
    () => pair(fromNarrative(data, 'basic.total')?.value ?? null, fromNarrative(data, 'project.total')?.value ?? null, { narrative: true }),
  );

  return {
    figures,
    split: split ?? undefined,
    fiscalYear: data.department.fiscalYear,
    comparisonYear: data.department.comparisonYear ?? data.department.fiscalYear - 1,
    unit: data.department.unit,
  };
}
