/**
 * Which tables (or stated figure) can give each tile of <budget-summary>, in the order model.ts
 * tries them. Plain data: the element names the sources of a missing tile (missing.ts), the
 * descriptor (widget.ts) and data/README.md (src/tools/kinds-doc.ts) say the same, and
 * test/unit/summary-tiles.test.ts holds it to model.ts (each source alone gives its tile).
 */
import type { KnownTableKind } from '../../model/constants.js';

export type TileKey = 'income' | 'expenditure' | 'split' | 'sangong' | 'operating' | 'procurement';

export const TILE_SOURCES: Readonly<Record<TileKey, { readonly tables: readonly KnownTableKind[]; readonly figure: string }>> = {
  income: { tables: ['dept-summary', 'fiscal-summary'], figure: 'income.total' },
  expenditure: { tables: ['dept-summary', 'dept-expenditure', 'fiscal-summary', 'gpb-expenditure'], figure: 'expenditure.total' },
  split: { tables: ['dept-expenditure', 'gpb-expenditure'], figure: 'basic.total' },
  sangong: { tables: ['sangong'], figure: 'sangong.total' },
  operating: { tables: [], figure: 'operating.total' },
  procurement: { tables: ['procurement'], figure: 'procurement.total' },
};
