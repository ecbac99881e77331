/**
 * The CSV download of <budget-execution>: the rows in the order shown, then the total of the rows
 * with both figures. A dynamic import of the element, loaded on the first click. Amounts as the
 * element shows them (`display-unit` applied exactly); the rate with one decimal, as shown.
 */
import { centsToString } from '../../model/money.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { csvAmounts, csvFilename, downloadCsv, toCsv, type CsvValue } from '../shared/csv.js';
import type { Locale } from '../shared/locale.js';
import type { ExecutionModel, ExecutionRow } from './model.js';
import { rate, rowNotes, words } from './strings.js';

/** The CSV lines: a heading line, one line per row, the total line. */
export function executionCsv(model: ExecutionModel, rows: readonly ExecutionRow[], displayUnit: string | undefined, locale: Locale): CsvValue[][] {
  const t = words(locale);
  const a = csvAmounts(model.unit, displayUnit, locale);
  const cell = (m: ExecutionRow['budget']) => (m ? a.cell(centsToString(m.cents)) : '');
  const lines: CsvValue[][] = [[t.code, t.name, a.heading(t.budget), a.heading(t.final), a.heading(t.diff), locale === 'zh' ? `${t.rate}（%）` : `${t.rate} (%)`, t.reason, t.note]];
  for (const r of rows) {
    lines.push([r.code, r.name, cell(r.budget), cell(r.final), cell(r.diff), rate(r.rateTenths).replace('%', ''), r.reason ?? '', rowNotes(r, model.joined, locale).join(' ')]);
  }
  const s = model.totals;
  lines.push(['', t.total, cell(s.budget), cell(s.final), cell(s.diff), rate(s.rateTenths).replace('%', ''), '', '']);
  return lines;
}

export function downloadExecution(data: BudgetDisclosure, model: ExecutionModel, rows: readonly ExecutionRow[], displayUnit: string | undefined, locale: Locale): void {
  const d = data.department;
  downloadCsv(csvFilename(d.shortName ?? d.name, d.fiscalYear, words(locale).file), toCsv(executionCsv(model, rows, displayUnit, locale)));
}
