/**
 * The CSV download of <budget-table>: the lines of the table and the shared file helpers. A
 * dynamic import of the element, loaded on the first click of the download button, so readers
 * who never download do not pay for it. Pure apart from `downloadCsv`.
 */
import { own } from '../../model/own.js';
import type { Column, Row } from '../../model/schema.js';
import type { CsvValue } from '../shared/csv.js';
import { flatLabel, type TablePart } from './model.js';

export { csvFilename, downloadCsv, toCsv } from '../shared/csv.js';

/** The published cell of a column as CSV: amounts and marks as printed, text, or empty. */
function csvCell(row: Row, column: Column): CsvValue {
  const type = column.type ?? 'amount';
  if (type === 'code') return row.code ?? '';
  if (type === 'name') return row.name;
  if (type === 'text') return own(row.text, column.key) ?? '';
  return own(row.values, column.key) ?? '';
}

/**
 * The CSV lines of the whole table (collapsed rows included: a download is the data, not the
 * view). One header line with the groups joined; a two-sided table gets a leading side column.
 */
export function tableCsv(parts: readonly TablePart[], sideLabel: (side: 'income' | 'expenditure') => string, sideHeading: string): CsvValue[][] {
  const lines: CsvValue[][] = [];
  for (const p of parts) {
    if (lines.length) lines.push([]);
    const lead = p.side ? [sideHeading] : [];
    lines.push([...lead, ...p.columns.map(flatLabel)]);
    for (const r of p.rows) lines.push([...(p.side ? [sideLabel(p.side)] : []), ...p.columns.map((c) => csvCell(r.row, c))]);
  }
  return lines;
}
