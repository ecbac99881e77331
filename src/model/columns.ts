/**
 * The column keys of every known table kind, as types: the one data contract the checks, the
 * element models and the documentation (table-kinds.ts, which gives each key its usual heading)
 * are written against. Renaming or removing a key here is a compile error wherever it is read.
 *
 * Types only, so the browser bundle pays nothing for them. A district's file may carry columns a
 * kind does not list (they are shown as published); a listed column may be missing (not published).
 *
 * Conventions (see data/README.md):
 *  - `code` and `name` are the row code and heading (Column.type "code" / "name"), not listed here.
 *  - Current-year amounts have plain keys (`total`, `basic`); the prior year's are `prior.`-prefixed.
 *  - Two-sided tables (收支总表) list `income:` / `expenditure:` keys: the side is the column's
 *    and the row's `side`, the rest is the key in Row.values.
 *  - `text:` keys are text columns, read from Row.text.
 */
import type { KnownTableKind } from './constants.js';
import type { FinalKindColumns } from './columns-final.js';
import type { Cell, Row, Table } from './schema.js';
import { own } from './own.js';

/** The three public expenses, per year: `vehicle` is the 小计 of 购置 + 运行维护. */
export type SangongKey = 'total' | 'abroad' | 'vehicle' | 'vehiclePurchase' | 'vehicleOps' | 'reception';

/** Funding-source columns shared by 部门收入总表 and 政府采购预算明细表. */
export type SourceKey = 'carryover' | 'gpb' | 'govFund' | 'stateCapital' | 'business' | 'specialAccount' | 'superior' | 'subordinate' | 'operating' | 'other';

/** 基本/项目 split with its total, and the same for the prior year where a table prints it. */
type Split = 'total' | 'basic' | 'project' | `prior.${'total' | 'basic' | 'project'}`;

/** Every known kind's column keys (amount keys plain, text keys `text:`, two-sided keys with their side); the 决算 kinds in columns-final.ts. */
export interface KindColumns extends FinalKindColumns {
  'fiscal-summary': 'income:amount' | 'expenditure:total' | 'expenditure:gpb' | 'expenditure:govFund' | 'expenditure:stateCapital';
  'gpb-expenditure': Split;
  'gpb-basic-expenditure': 'total' | 'personnel' | 'public';
  sangong: SangongKey | `prior.${SangongKey}`;
  'gov-fund-expenditure': Split;
  'dept-summary': 'income:amount' | 'expenditure:amount';
  'dept-income': 'total' | 'prior.total' | SourceKey;
  'dept-expenditure': Split;
  procurement: 'total' | SourceKey;
  'project-expenditure':
    | 'text:seq'
    | 'text:unit'
    | 'text:functionName'
    | 'total'
    | 'specific.subtotal'
    | 'specific.personnel'
    | 'specific.general'
    | 'specific.livelihood'
    | 'special.subtotal'
    | 'special.advance'
    | 'special.carryover'
    | 'special.municipal';
  'state-capital-expenditure': Split;
}

/** A column key of kind `K` as table-kinds.ts lists it. */
export type ColumnKey<K extends KnownTableKind> = KindColumns[K];

/** The key of an amount cell of kind `K` in Row.values: sides and text keys stripped. */
export type ValueKey<K extends KnownTableKind> = AmountKey<ColumnKey<K>>;
type AmountKey<C extends string> = C extends `${'' | 'income:' | 'expenditure:'}text:${string}` ? never : C extends `${'income' | 'expenditure'}:${infer V}` ? V : C;

/** A row of a table of kind `K`: its amount cells are read by the kind's keys only. */
export interface KindRow<K extends KnownTableKind> extends Omit<Row, 'values'> {
  readonly values: Readonly<Partial<Record<ValueKey<K>, Cell>>>;
}

/** A table of kind `K`, as element models and checks read it. */
export interface KindTable<K extends KnownTableKind> extends Omit<Table, 'rows'> {
  readonly rows: readonly KindRow<K>[];
}

/**
 * The table of a known kind, typed by its keys, or undefined when the data has none (an own
 * property only: a kind named like an Object.prototype member is not a table).
 */
export function tableOf<K extends KnownTableKind>(tables: Readonly<Record<string, Table>>, kind: K): KindTable<K> | undefined {
  return own(tables, kind) as KindTable<K> | undefined;
}

/** The cell under `key` of a row of kind `K` (an own property only), or undefined. */
export function cellOf<K extends KnownTableKind>(row: KindRow<K> | undefined, key: ValueKey<K>): Cell | undefined {
  return own(row?.values as Readonly<Record<string, Cell>> | undefined, key);
}
