/**
 * What the import found that a person must look at: every cell, row, column or table it could not
 * map, and every guess it had to make, each with its place (`附件2!C7`). Nothing is dropped
 * silently: a cell the importer did not use is either kept in the data (unknown kinds and columns)
 * or listed here.
 */

/** How much a finding matters: `error` = data lost or unusable, `warning` = check it, `info` = told. */
export type ImportSeverity = 'error' | 'warning' | 'info';

export interface ImportFinding {
  severity: ImportSeverity;
  /** Stable identifier of the kind of finding, for scripts and tests, e.g. "unmapped-column". */
  code: string;
  /** Where: `file`, `sheet!A1` or `sheet!A1:D1`; absent for the workbook as a whole. */
  where?: string;
  zh: string;
  en: string;
}

/** Collects findings in the order they are met. */
export class FindingList {
  readonly items: ImportFinding[] = [];
  add(severity: ImportSeverity, code: string, where: string | undefined, zh: string, en: string): void {
    this.items.push({ severity, code, ...(where ? { where } : {}), zh, en });
  }
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * A cell's address as a person types it: `附件2!C7`. Sheet names with spaces or punctuation are
 * quoted as Excel quotes them (`'Sheet 1'!A1`).
 */
export function cellAddress(sheet: string, r: number, c: number): string {
  const quoted = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${columnLetters(c)}${r + 1}`;
}
