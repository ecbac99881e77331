/**
 * The fixed values of the data format (version 1), in a module without zod: the browser imports
 * these at run time, while the zod schemas (schema.ts, which re-exports them) stay in Node and in
 * the chunk that explains a rejected file.
 */

/** The schema version this build reads. Files must say `"schemaVersion": 1`. */
export const SCHEMA_VERSION = 1;

/** A published amount: digits with at most two decimals, as printed. */
export const AMOUNT_PATTERN = /^-?\d{1,11}(\.\d{1,2})?$/;
/**
 * Non-numeric marks printed in an amount cell (e.g. a lone "." in 部门收支总表). They are kept
 * as published, shown as printed and count as empty in every sum.
 */
export const CELL_MARKS = ['.', '-', '—', '/', '…'] as const;

// In their own module: the list is read by the format's schema and the checks (chunks loaded on
// demand), while this module is in the elements' bundle, which needs only the type.
export type { KnownTableKind } from './known-kinds.js';
