/**
 * The CSV download of <budget-table>: the lines of the table and the file itself. A dynamic
 * import of the element, loaded on the first click of the download button, so readers who never
 * download do not pay for it (which is also why the whole download is here, not in the element).
 * Pure apart from `downloadTable`.
 */
import { own } from '../../model/own.js';
import type { BudgetDisclosure, Column, Row, Table } from '../../model/schema.js';
import { csvAmounts, csvFilename, downloadCsv, toCsv, type CsvAmounts, type CsvValue } from '../shared/csv.js';
import type { Locale } from '../shared/locale.js';
import { flatLabel, type TablePart } from './model.js';
import type { TableWords } from './strings.js';

/** The published cell of a column as CSV: amounts (in the unit of the headings) and marks, text, or empty. */
function csvCell(row: Row, column: Column, amounts: CsvAmounts): CsvValue {
  const type = column.type ?? 'amount';
  if (type === 'code') return row.code ?? '';
  if (type === 'name') return row.name;
  if (type === 'text') return own(row.text, column.key) ?? '';
  return amounts.cell(own(row.values, column.key));
}

/**
 * The CSV lines of the whole table (collapsed rows included: a download is the data, not the
 * view). One header line with the groups joined, amount columns naming their unit; a two-sided
 * table gets a leading side column.
 */
export function tableCsv(parts: readonly TablePart[], sideLabel: (side: NonNullable<TablePart['side']>) => string, sideHeading: string, amounts: CsvAmounts, halfHeading = sideHeading): CsvValue[][] {
  const lines: CsvValue[][] = [];
  for (const p of parts) {
    if (lines.length) lines.push([]);
    const lead = p.side ? [p.side === 'personnel' || p.side === 'public' ? halfHeading : sideHeading] : [];
    lines.push([...lead, ...p.columns.map((c) => ((c.type ?? 'amount') === 'amount' ? amounts.heading(flatLabel(c)) : flatLabel(c)))]);
    for (const r of p.rows) lines.push([...(p.side ? [sideLabel(p.side)] : []), ...p.columns.map((c) => csvCell(r.row, c, amounts))]);
  }
  return lines;
}

/**
 * Saves `parts` of `table` as a CSV named after the department, year and table, amounts
 * published in `unit` written as the element shows them with `displayUnit`.
 */
export function downloadTable(data: BudgetDisclosure, table: Table, parts: readonly TablePart[], t: TableWords, unit: string, displayUnit: string | undefined, locale: Locale): void {
  const csv = toCsv(tableCsv(parts, (s) => t.side[s], t.sideHeading, csvAmounts(unit, displayUnit, locale), `${t.side.personnel}/${t.side.public}`));
  downloadCsv(csvFilename(data.department.shortName ?? data.department.name, data.department.fiscalYear, table.title), csv);
}
