/**
 * What <budget-table> shows, as plain data: the header grid built from the columns' spanning
 * groups, the parts of a table (one, or 收入 and 支出 for two-sided tables), the body rows with
 * their place in the 类 → 款 → 项 tree, and which rows are visible for a set of expanded codes
 * (the CSV lines are in csv.ts, loaded on a download). Pure; no DOM.
 */
import { buildCodeTree } from '../../model/code-tree.js';
import { own } from '../../model/own.js';
import type { Column, Row, Table } from '../../model/schema.js';
import { KIND_FLAGS } from '../../model/kind-flags.js';

/** One header cell. Group headings span their columns (`colgroup`); labels span the rest of the depth. */
export interface HeaderCell {
  readonly text: string;
  readonly colspan: number;
  readonly rowspan: number;
  readonly scope: 'col' | 'colgroup';
  /** The index of the first column it heads. */
  readonly column: number;
}

/** The header rows, outermost first; every column is covered by exactly one cell per level. */
export function headerGrid(columns: readonly Column[]): HeaderCell[][] {
  const depth = Math.max(0, ...columns.map((c) => c.groups?.length ?? 0)) + 1;
  const grid: HeaderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const line: HeaderCell[] = [];
    for (let i = 0; i < columns.length; i++) {
      const groups = columns[i]!.groups ?? [];
      if (level < groups.length) {
        const path = groups.slice(0, level + 1).join('\u0000');
        let span = 1;
        while (i + span < columns.length && (columns[i + span]!.groups ?? []).slice(0, level + 1).join('\u0000') === path && (columns[i + span]!.groups?.length ?? 0) > level) span++;
        line.push({ text: groups[level]!, colspan: span, rowspan: 1, scope: 'colgroup', column: i });
        i += span - 1;
      } else if (level === groups.length) {
        line.push({ text: columns[i]!.label, colspan: 1, rowspan: depth - level, scope: 'col', column: i });
      }
    }
    grid.push(line);
  }
  return grid;
}

/** A column's heading with its groups, for a single-line header (CSV): "2023 年预算数 总计". */
export function flatLabel(column: Column): string {
  return [...(column.groups ?? []), column.label].join(' ');
}

/** One body row. */
export interface BodyRow {
  /** A stable id within the shadow root. */
  readonly id: string;
  readonly row: Row;
  /** 0/1/2 for 类/款/项 rows in a coded tree; null for rows outside it (合计, plain rows). */
  readonly level: 0 | 1 | 2 | null;
  /** The code of a tree row, else undefined. */
  readonly code?: string;
  /** Ancestor codes, nearest first: the row is visible when all of them are expanded. */
  readonly ancestors: readonly string[];
  /** The ids of the direct children rows (for aria-controls); empty for leaves. */
  readonly childIds: readonly string[];
}

/** A rendered table: the whole table, one side of a two-sided one, or one half of 决算 table 6. */
export interface TablePart {
  readonly side?: 'income' | 'expenditure' | 'personnel' | 'public';
  readonly columns: Column[];
  readonly header: HeaderCell[][];
  readonly rows: BodyRow[];
  /** True when any row can be collapsed. */
  readonly tree: boolean;
}

/** True when the kind says so, or when columns carry sides. */
export function isTwoSided(kind: string, table: Table): boolean {
  return own(KIND_FLAGS as Record<string, { twoSided?: boolean }>, kind)?.twoSided === true || table.columns.some((c) => c.side);
}

/**
 * Kinds whose rows are projects, not 类/款/项 rows: the code column only says which 项 a project
 * is charged to, so several rows share a code and are siblings, never a parent and its children.
 */
const PROJECT_ROW_KINDS: ReadonlySet<string> = new Set(['project-expenditure']);

/** Splits a table into the parts to render, with the tree of each. */
export function tableParts(kind: string, table: Table): TablePart[] {
  const unitCodes = own(KIND_FLAGS as Record<string, { codes?: string }>, kind)?.codes === 'unit';
  const coded = !unitCodes && !PROJECT_ROW_KINDS.has(kind);
  // 人员经费 | 公用经费, printed side by side: each half its own table.
  if (own(KIND_FLAGS as Record<string, { halves?: boolean }>, kind)?.halves) {
    const at = table.rows.findIndex((r) => r.role === 'subtotal') + 1;
    return [part(table.columns, table.rows.slice(0, at), 'personnel', coded), part(table.columns, table.rows.slice(at), 'public', coded)];
  }
  if (!isTwoSided(kind, table)) return [part(table.columns, table.rows, undefined, coded)];
  return (['income', 'expenditure'] as const).map((side) =>
    part(
      table.columns.filter((c) => (c.side ?? side) === side),
      table.rows.filter((r) => (r.side ?? 'expenditure') === side),
      side,
      coded,
    ),
  );
}

function part(columns: Column[], rows: Row[], side: TablePart['side'], coded: boolean): TablePart {
  const prefix = side ? `${side}-` : '';
  const tree = coded ? buildCodeTree({ columns, rows }) : null;
  const nodeAt = new Map(tree?.nodes.map((n) => [n.index, n]));
  const body = rows.map((row, index): BodyRow => {
    const node = nodeAt.get(index);
    const ancestors: string[] = [];
    for (let p = node?.parent; p; p = p.parent) ancestors.push(p.code);
    return {
      id: `${prefix}row-${index}`,
      row,
      level: node?.level ?? null,
      ...(node ? { code: node.code } : {}),
      ancestors,
      childIds: node?.children.map((c) => `${prefix}row-${c.index}`) ?? [],
    };
  });
  return { side, columns, header: headerGrid(columns), rows: body, tree: body.some((r) => r.childIds.length > 0) };
}

/** Every code that has children: "expand all". */
export function expandableCodes(parts: readonly TablePart[]): string[] {
  return parts.flatMap((p) => p.rows.filter((r) => r.childIds.length && r.code).map((r) => r.code!));
}

/** Whether a row shows for the expanded set. Rows outside the tree always show. */
export function isVisible(row: BodyRow, expanded: ReadonlySet<string>): boolean {
  return row.ancestors.every((c) => expanded.has(c));
}

/**
 * Above this many body rows (all parts together) a table is *large*: it starts collapsed to
 * the 类 rows and only the rows shown are written to the page. A city's 10,000-row table took
 * 1.5 s and 37 MB to render in full; collapsed, it is its 类 rows. Smaller tables render every
 * row and hide the collapsed ones, as published disclosures need.
 */
export const LARGE_TABLE_ROWS = 500;

/** True when the parts hold more than LARGE_TABLE_ROWS body rows. */
export function isLarge(parts: readonly TablePart[]): boolean {
  return parts.reduce((n, p) => n + p.rows.length, 0) > LARGE_TABLE_ROWS;
}

/**
 * The rows of a part to write to the page: all of them (collapsed ones get `hidden`), or for a
 * large table only the visible ones.
 */
export function renderedRows(part: TablePart, expanded: ReadonlySet<string>, large: boolean): readonly BodyRow[] {
  return large ? part.rows.filter((r) => isVisible(r, expanded)) : part.rows;
}
