/**
 * How much of a workbook the importer reads. A real 部门预算 workbook is a few hundred KB with at
 * most a few thousand rows; these limits are far above that and far below what would freeze a
 * clerk's PC or the CLI (a "zip bomb" .xlsx, a sheet claiming a million rows).
 */
export const LIMITS = {
  /** Bytes of one workbook file. */
  fileBytes: 20 * 1024 * 1024,
  /** Sheets of one workbook. */
  sheets: 200,
  /** Rows read per sheet; a longer sheet is reported, its first rows are still read. */
  rowsPerSheet: 20_000,
  /** Columns read per row. */
  columns: 256,
  /** Cells of all sheets together. */
  cells: 2_000_000,
} as const;
