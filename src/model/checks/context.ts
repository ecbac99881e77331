/**
 * Shared plumbing of the checks: reading tables by kind, exact amounts across units, and the one
 * comparison every amount rule goes through (so tolerance and wording are the same everywhere).
 *
 * Tolerance. Published amounts are rounded to two decimals of their unit, each independently,
 * so a sum of n published terms can differ from the published total by up to about n × 0.005
 * (plus the total's own rounding). Reviewers' rule of thumb (GovBudgetChecker's too) is "0.01 万元 per rounded term";
 * we read it as *one unit in the last published place* per term: 0.01 万元 for a table in 万元,
 * 0.01 元 for one in 元. We deliberately do not scale 0.01 万元 up to 100 元 for files in 元:
 * a 元 figure is rounded to the fen, so a 99 元 gap there is a real disagreement, not rounding.
 * When two figures in different units are compared, each term contributes the 0.01 of its own
 * unit (a 万元 figure compared with a 元 one may be 100 元 off). A plain equality of two
 * published figures counts as one rounded term.
 */
import { toCents, UNIT_EXPONENT, type Money } from '../money.js';
import type { AmountUnit, BudgetDisclosure, Cell, KnownTableKind, Row, Table } from '../schema.js';
import type { ValueKey } from '../columns.js';
import { own } from '../own.js';
import { TABLE_KINDS } from '../table-kinds.js';
import { RULES, type Finding, type Place, type RuleId, type Severity } from './types.js';

/** An exact amount with its unit (the one type every module passes amounts in). */
export type Amt = Money;

const EXPONENT = UNIT_EXPONENT;

/** Canonical two-decimal text of hundredths held as a BigInt: 29100n → "291.00". */
function bigCentsToString(cents: bigint): string {
  const abs = cents < 0n ? -cents : cents;
  return `${cents < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

function finest(units: AmountUnit[]): AmountUnit {
  return units.reduce((a, b) => (EXPONENT[b] < EXPONENT[a] ? b : a));
}

/** Strips an ordinal prefix: "(八) 社会保障和就业支出", "八、…", "（一）…" → "社会保障和就业支出". */
export function stripOrdinal(name: string): string {
  return name
    .replace(/^\s*[(（]\s*[一二三四五六七八九十百零〇\d]+\s*[)）]\s*/, '')
    .replace(/^\s*[一二三四五六七八九十百零〇\d]+\s*[、.．]\s*/, '')
    .trim();
}

/** A name without whitespace: the key under which `sameName` holds, for indexing rows by name. */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, '');
}

/** Name comparison that ignores whitespace and line-break artefacts of the source. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * One published table, with the reads every rule needs. For a known kind `K` the reads take the
 * kind's column keys (columns.ts), so a rule naming a key the kind does not have does not compile;
 * rules that walk whatever columns a table has read them with `valueAt`.
 */
export class TableView<K extends KnownTableKind = KnownTableKind> {
  readonly unit: AmountUnit;
  constructor(
    readonly kind: string,
    readonly table: Table,
    defaultUnit: AmountUnit,
  ) {
    this.unit = table.unit ?? defaultUnit;
  }

  /** "表 2 一般公共预算财政拨款支出预算表" / "Table 2 (一般公共预算…)". */
  get label(): { zh: string; en: string } {
    const n = this.table.attachment ?? own(TABLE_KINDS as Record<string, { attachment?: number }>, this.kind)?.attachment;
    return n === undefined
      ? { zh: this.table.title, en: this.table.title }
      : { zh: `附件 ${n}《${this.table.title}》`, en: `Table ${n} (${this.table.title})` };
  }

  /** True when the table publishes an amount column with this key (on this side). */
  has(key: ValueKey<K>, side?: 'income' | 'expenditure'): boolean {
    return this.hasAt(key, side);
  }

  /**
   * `has` for a key the data chose, or one a rule's typed table of relations has checked against
   * the kind already (see row-sums.ts).
   */
  hasAt(key: string, side?: 'income' | 'expenditure'): boolean {
    return this.table.columns.some((c) => c.key === key && (side === undefined || c.side === undefined || c.side === side) && (c.type ?? 'amount') === 'amount');
  }

  columnLabel(key: string, side?: 'income' | 'expenditure'): string {
    const c = this.table.columns.find((c) => c.key === key && (side === undefined || c.side === undefined || c.side === side));
    if (!c) return key;
    return [...(c.groups ?? []), c.label].join(' ');
  }

  rows(side?: 'income' | 'expenditure'): Row[] {
    return side ? this.table.rows.filter((r) => r.side === side) : this.table.rows;
  }

  /** The 合计/总计 row (of a side); on two-sided tables the first `total` row of that side. */
  total(side?: 'income' | 'expenditure'): Row | undefined {
    return this.rows(side).find((r) => r.role === 'total');
  }

  /** The first row with this code (indexed on first use: rules look codes up per figure). */
  byCode(code: string): Row | undefined {
    if (!this.codes) {
      this.codes = new Map();
      for (const r of this.table.rows) if (r.code !== undefined && !this.codes.has(r.code)) this.codes.set(r.code, r);
    }
    return this.codes.get(code);
  }
  private codes?: Map<string, Row>;

  byName(name: string, side?: 'income' | 'expenditure'): Row | undefined {
    return this.rows(side).find((r) => sameName(stripOrdinal(r.name), name));
  }

  /** The amount in a cell, or null when empty or a mark ("." counts as empty). */
  value(row: Row | undefined, key: ValueKey<K>): Amt | null {
    return this.valueAt(row, key);
  }

  /** `value` for a key the data chose (a rule walking every column of the table). */
  valueAt(row: Row | undefined, key: string): Amt | null {
    const cents = toCents(own<Cell>(row?.values, key));
    return cents === null ? null : { cents, unit: this.unit };
  }

  /** Like value, with an empty cell as 0: for relations where "nothing published" adds nothing. */
  valueOrZero(row: Row | undefined, key: ValueKey<K>): Amt {
    return this.value(row, key) ?? { cents: 0, unit: this.unit };
  }

  /** "20137 网信事务" or "合计". */
  static rowLabel(row: Row): string {
    return row.code ? `${row.code} ${row.name}` : row.name;
  }

  place(row: Row | undefined, column?: string): Place {
    const side = row?.side && column ? `${row.side}:` : '';
    return {
      table: this.kind,
      ...(row ? { row: row.code ?? row.name } : {}),
      ...(column ? { column: side + column } : {}),
    };
  }

  /**
   * "附件 2《…》 20137 网信事务「总计」" for the message text. `side` names the column of a
   * two-sided table when there is no row to take it from.
   */
  where(row: Row | undefined, column?: string, side: 'income' | 'expenditure' | undefined = row?.side): { zh: string; en: string } {
    const r = row ? ` ${TableView.rowLabel(row)}` : '';
    const c = column ? `「${this.columnLabel(column, side)}」` : '';
    return { zh: `${this.label.zh}${r}${c}`, en: `${this.label.en}${r}${c ? ` “${this.columnLabel(column!, side)}”` : ''}` };
  }
}

/** Read access to a disclosure for the rules. */
export class Context {
  /** One view per kind, so a view's indexes are built once per run. */
  private readonly views = new Map<string, TableView | undefined>();
  constructor(readonly data: BudgetDisclosure) {}

  get unit(): AmountUnit {
    return this.data.department.unit;
  }

  table<K extends KnownTableKind>(kind: K): TableView<K> | undefined;
  table(kind: string): TableView | undefined;
  table(kind: string): TableView | undefined {
    if (!this.views.has(kind)) {
      const t = own(this.data.tables, kind);
      this.views.set(kind, t ? new TableView(kind, t, this.unit) : undefined);
    }
    return this.views.get(kind);
  }
}

/** One amount relation to check. */
export interface Relation {
  rule: RuleId;
  place: Place;
  /** Where, for the message: "附件 2《…》 20137 网信事务「总计」". */
  where: { zh: string; en: string };
  /** What should hold, e.g. { zh: '应等于基本支出 + 项目支出', en: 'should equal basic + project' }. */
  relation: { zh: string; en: string };
  /** The published value; null when the cell is empty (compared as 0). */
  actual: Amt | null;
  /** The published terms whose sum the value should equal (null terms are empty cells). */
  terms: readonly (Amt | null)[];
  /** Severity beyond the tolerance; default 'error'. */
  severity?: Exclude<Severity, 'rounding'>;
  /** An extra sentence for the message, e.g. why the relation is only a warning. */
  note?: { zh: string; en: string };
  /**
   * Set for relations with a figure stated elsewhere (the narrative, a target table, the 三公
   * table against table 3): an empty cell there is "nothing published", not 0, so the relation
   * is *not checked* (an info finding) instead of compared as 0. A stated 0 against empty cells
   * still agrees. Without it, an empty cell counts as 0 (within one table, an empty total over
   * items holding money is itself the fault).
   */
  emptyNotChecked?: boolean;
}

/**
 * Compares a published value with the sum of published terms, exactly, in the finest unit
 * involved. Returns nothing when they agree, a rounding note within tolerance, else a finding
 * of the relation's severity. Both sides empty is agreement ("nothing published" on both).
 */
export function compare(r: Relation): Finding | null {
  const present = r.terms.filter((t): t is Amt => t !== null);
  if (r.actual === null && present.length === 0) return null;
  if (r.emptyNotChecked && (r.actual === null || present.length < r.terms.length)) {
    if ([r.actual, ...present].every((a) => a === null || a.cents === 0)) return null;
    return notChecked(r);
  }
  const unit = finest([...(r.actual ? [r.actual.unit] : []), ...present.map((t) => t.unit)]);
  // In BigInt: terms from several tables, moved into the finest unit, may together pass 2^53
  // even though each table stays in range (amount-range.ts); the comparison is exact at any size.
  const big = (a: Amt) => BigInt(a.cents) * 10n ** BigInt(EXPONENT[a.unit] - EXPONENT[unit]);
  const expected = present.reduce((s, t) => s + big(t), 0n);
  const actual = r.actual ? big(r.actual) : 0n;
  const difference = actual - expected;
  if (difference === 0n) return null;
  // One hundredth of each term's own unit; at least one term (a plain equality).
  const perTerm = present.length ? present.map((t) => big({ cents: 1, unit: t.unit })) : [big({ cents: 1, unit: r.actual!.unit })];
  const tolerance = perTerm.reduce((s, t) => s + t, 0n);
  const rounding = (difference < 0n ? -difference : difference) <= tolerance && r.actual !== null;
  const exp = bigCentsToString(expected);
  const act = r.actual ? bigCentsToString(actual) : null;
  const diff = bigCentsToString(difference);
  // "加数" (addends), not "项", which is also the name of a classification level; an empty term
  // adds no rounding, so only the non-empty ones count and the message says so.
  const n = present.length || 1;
  const someEmpty = present.length < r.terms.length;
  const zhTail = rounding
    ? `，相差 ${diff} ${unit}，在 ${n} 个${someEmpty ? '非空' : ''}加数四舍五入的误差（${bigCentsToString(tolerance)} ${unit}）之内，属尾差`
    : `，相差 ${diff} ${unit}`;
  const enTail = rounding
    ? `, a difference of ${diff} ${unit}, within the rounding of ${n} ${someEmpty ? 'non-empty ' : ''}term${n === 1 ? '' : 's'} (${bigCentsToString(tolerance)} ${unit})`
    : `, a difference of ${diff} ${unit}`;
  return {
    rule: r.rule,
    slug: RULES[r.rule].slug,
    severity: rounding ? 'rounding' : (r.severity ?? 'error'),
    message: {
      zh: `${r.where.zh}${r.relation.zh}：应为 ${exp}，实为 ${act ?? '空'}${zhTail}。${r.note?.zh ?? ''}`,
      en: `${r.where.en} ${r.relation.en}: expected ${exp}, found ${act ?? 'empty'}${enTail}.${r.note ? ` ${r.note.en}` : ''}`,
    },
    place: r.place,
    expected: exp,
    actual: act ?? '',
    difference: diff,
    unit,
  };
}

/** The info finding of a relation with an empty cell where a figure should be. */
function notChecked(r: Relation): Finding {
  return {
    rule: r.rule,
    slug: RULES[r.rule].slug,
    severity: 'info',
    message: {
      zh: `${r.where.zh}${r.relation.zh}：所需的单元格为空（未公布），未核对。`,
      en: `${r.where.en} ${r.relation.en}: not checked, as a cell it needs is empty (nothing published).`,
    },
    place: r.place,
  };
}

/** A finding that is not an amount comparison. */
export function finding(rule: RuleId, severity: Severity, place: Place, message: { zh: string; en: string }, extra: Partial<Finding> = {}): Finding {
  return { rule, slug: RULES[rule].slug, severity, message, place, ...extra };
}

/** Collects non-null findings. */
export function collect(out: Finding[], f: Finding | null | undefined): void {
  if (f) out.push(f);
}
