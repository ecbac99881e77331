/**
 * Where a stated figure is read in the tables: the cell of a kind under one of its column keys,
 * the row picks (the total, a named row) and the fallbacks between layouts. Shared by the budget's
 * figures (narrative.ts) and the 决算's (final-figures.ts).
 */
import type { KnownTableKind, Row } from '../schema.js';
import type { ValueKey } from '../columns.js';
import type { Context, TableView } from './context.js';

export type Side = 'income' | 'expenditure';

/** A table cell a figure is compared with; its key was checked against the kind where the target was made (`cell`). */
export interface Target {
  t: TableView;
  row: Row | undefined;
  key: string;
  /** The side of a two-sided table the cell is on, known even when the row is missing. */
  side?: Side;
}

export type Resolver = (ctx: Context) => Target[];

/**
 * Picks a row of a table. It carries the side it looks on, so that a message about a missing
 * row still names that side's column (a 收支总表 has "amount" on both sides).
 */
export type RowPick = ((t: TableView) => Row | undefined) & { side?: Side };

/** The cell of a table of kind `K` under one of that kind's column keys (columns.ts), when published. */
export const cell = <K extends KnownTableKind>(ctx: Context, kind: K, pick: RowPick, key: ValueKey<K>): Target[] => {
  const t = ctx.table(kind);
  const row = t && pick(t);
  const side = row?.side ?? pick.side;
  return t && t.has(key, side) ? [{ t, row, key, ...(side ? { side } : {}) }] : [];
};
export const totalRow = (side?: Side): RowPick => Object.assign((t: TableView) => t.total(side), { side });
export const named = (word: string, side?: Side): RowPick =>
  Object.assign((t: TableView) => t.rows(side).find((r) => !r.role && r.name.includes(word)), { side });

/** The first table that publishes it wins; later entries are fallbacks for other layouts. */
export const first = (...options: Resolver[]): Resolver => (ctx) => {
  for (const o of options) {
    const found = o(ctx);
    if (found.length) return found;
  }
  return [];
};

