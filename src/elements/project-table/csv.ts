/**
 * The CSV download of <project-table>: the lines of the list and the shared file helpers. A
 * dynamic import of the element, loaded on the first click of the download button, so readers
 * who never download do not pay for it. Pure apart from `downloadCsv`.
 */
import { own } from '../../model/own.js';
import { centsToString } from '../../model/money.js';
import type { CsvValue } from '../shared/csv.js';
import { sumOrNull, type ProjectRow, type ProjectTableModel } from './model.js';

export { csvFilename, downloadCsv, toCsv } from '../shared/csv.js';

export interface CsvHeadings {
  readonly seq: string;
  readonly name: string;
  readonly projectCode: string;
  readonly functionCode: string;
  readonly functionName: string;
  readonly unit: string;
  /** The label of the closing line: 合计 or 筛选后合计. */
  readonly total: string;
}

/**
 * CSV lines of `rows` in the order given: the published cells, then one closing line — the
 * published 合计 when `filtered` is false, else the exact sum of the rows given.
 */
export function projectCsv(model: ProjectTableModel, rows: readonly ProjectRow[], h: CsvHeadings, filtered: boolean): CsvValue[][] {
  const amountHead = model.columns.map((c) => [...c.groups, c.label].join(' '));
  const lines: CsvValue[][] = [[h.seq, h.name, h.projectCode, h.functionCode, h.functionName, h.unit, ...amountHead]];
  for (const r of rows) {
    lines.push([r.seq, r.name, r.project?.code, r.functionCode, r.functionName, r.unit, ...model.columns.map((c) => own(r.values, c.key) ?? '')]);
  }
  const totals = model.columns.map((c) => {
    if (!filtered && model.published) return own(model.published, c.key) ?? '';
    const sum = sumOrNull(rows, c.key);
    return sum === null ? '' : centsToString(sum);
  });
  lines.push(['', h.total, '', '', '', '', ...totals]);
  return lines;
}
