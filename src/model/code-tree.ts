/**
 * The 类 → 款 → 项 tree of a table classified by code (function codes 201/20137/2013701,
 * economic codes 301/30101), built from the rows as published.
 *
 * Pure and DOM-free, for elements (collapsible rows, drill-down) and tools alike. The figures
 * stay as published: a parent's amounts are its own row's cells, never re-summed from its
 * children. Where the children do not add up to the parent, the tree says so in `mismatches`
 * (exact, in hundredths) and leaves the numbers alone.
 *
 * ```ts
 * const tree = buildCodeTree(table);
 * tree.roots;                 // the 类 nodes, in published order
 * tree.byCode.get('20137');   // a node: row, level, parent, children
 * tree.mismatches;            // where Σ children ≠ parent (or Σ 类 ≠ the 合计 row)
 * ```
 */
import { sumCents, toCents, type Cents } from './money.js';
import { own } from './own.js';
import type { Column, Row } from './schema.js';
import { codeLevel, parentCode } from './kind-flags.js';

/** One coded row in the tree. */
export interface CodeNode {
  /** The row's code as published. */
  readonly code: string;
  /** 0 = 类, 1 = 款, 2 = 项 (from the code's length). */
  readonly level: 0 | 1 | 2;
  /** The published row. */
  readonly row: Row;
  /** Its index in the table's `rows`. */
  readonly index: number;
  /**
   * The nearest published ancestor: the 款 of a 项, else its 类; null for a root. A 项 whose
   * 款 row is not published hangs under its 类 (or is a root when neither is published).
   */
  readonly parent: CodeNode | null;
  /** The published children, in row order. */
  readonly children: CodeNode[];
}

/** A place where published children do not add up to the published parent. */
export interface SumMismatch {
  /** The parent's code, or null for the 合计 row checked against the 类 rows. */
  readonly code: string | null;
  /** The amount column key. */
  readonly column: string;
  /** The parent's published cell in hundredths (null = empty cell). */
  readonly stated: Cents | null;
  /** Σ of the children's published cells in hundredths (empty cells count as nothing). */
  readonly sum: Cents;
  /** stated − sum, in hundredths (an empty stated cell counts as 0). */
  readonly difference: Cents;
  /**
   * True when the difference is within 0.01 per summed term: independent rounding of the
   * published figures (尾差), not an error.
   */
  readonly rounding: boolean;
}

export interface CodeTree {
  /** The top-level nodes (normally the 类 rows), in published order. */
  readonly roots: CodeNode[];
  /** Every coded row by code (the first row, if a code repeats). */
  readonly byCode: ReadonlyMap<string, CodeNode>;
  /** Every node in published row order. */
  readonly nodes: CodeNode[];
  /** Children that do not add up, in row order then column order. Empty when all agree. */
  readonly mismatches: SumMismatch[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Builds the tree of a table's coded rows. Rows without a 3/5/7-digit code (合计, unit rows,
 * text rows) are not nodes; the first `role: "total"` row without a code is compared with
 * the sum of the roots. Only amount columns (type absent or "amount") are checked.
 */
export function buildCodeTree(table: { readonly columns: readonly Column[]; readonly rows: readonly Row[] }): CodeTree {
  const byCode = new Map<string, Mutable<CodeNode>>();
  const nodes: Mutable<CodeNode>[] = [];
  const roots: CodeNode[] = [];
  table.rows.forEach((row, index) => {
    const level = codeLevel(row.code);
    if (level === null || byCode.has(row.code!)) return;
    let parent: Mutable<CodeNode> | null = null;
    for (let up = parentCode(row.code!); up && !parent; up = parentCode(up)) parent = byCode.get(up) ?? null;
    const node: Mutable<CodeNode> = { code: row.code!, level, row, index, parent, children: [] };
    byCode.set(node.code, node);
    nodes.push(node);
    (parent ? parent.children : roots).push(node);
  });

  const amountKeys = table.columns.filter((c) => (c.type ?? 'amount') === 'amount').map((c) => c.key);
  const mismatches: SumMismatch[] = [];
  for (const node of nodes) {
    if (node.children.length) compareSum(mismatches, node.code, node.row, node.children.map((c) => c.row), amountKeys);
  }
  const total = table.rows.find((r) => r.role === 'total' && !r.code);
  if (total && roots.length) compareSum(mismatches, null, total, roots.map((r) => r.row), amountKeys);
  return { roots, byCode, nodes, mismatches };
}

function compareSum(out: SumMismatch[], code: string | null, parent: Row, children: Row[], keys: string[]): void {
  for (const column of keys) {
    const stated = toCents(own(parent.values, column));
    const terms = children.map((c) => toCents(own(c.values, column))).filter((v): v is Cents => v !== null);
    if (stated === null && terms.length === 0) continue;
    const sum = sumCents(terms);
    const difference = (stated ?? 0) - sum;
    if (difference === 0) continue;
    out.push({ code, column, stated, sum, difference, rounding: stated !== null && Math.abs(difference) <= Math.max(1, terms.length) });
  }
}

/** The codes of a node's ancestors, nearest first. */
export function ancestorCodes(node: CodeNode): string[] {
  const out: string[] = [];
  for (let p = node.parent; p; p = p.parent) out.push(p.code);
  return out;
}
