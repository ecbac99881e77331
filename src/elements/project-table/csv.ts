/**
 * The CSV download of <project-table>: the lines of the list and the file itself. A dynamic
 * import of the element, loaded on the first click of the download button, so readers who never
 * download do not pay for it (which is also why the whole download is here, not in the element).
 * Pure apart from `downloadProjects`.
 */
import { own } from '../../model/own.js';
import { centsToString } from '../../model/money.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { csvAmounts, csvFilename, downloadCsv, toCsv, type CsvAmounts, type CsvValue } from '../shared/csv.js';
import type { Locale } from '../shared/locale.js';
import { sumOrNull, type ProjectRow, type ProjectTableModel } from './model.js';
import type { ProjectWords } from './strings.js';

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
 * published 合计 when `filtered` is false, else the exact sum of the rows given. Amount headings
 * name the unit and amounts are written in it (`amounts`).
 */
export function projectCsv(model: ProjectTableModel, rows: readonly ProjectRow[], h: CsvHeadings, filtered: boolean, amounts: CsvAmounts): CsvValue[][] {
  const amountHead = model.columns.map((c) => amounts.heading([...c.groups, c.label].join(' ')));
  // Scores and rates (a 决算's 执行率, 得分) as published, after the amounts; never summed.
  const measures = model.measures ?? [];
  const lines: CsvValue[][] = [[h.seq, h.name, h.projectCode, h.functionCode, h.functionName, h.unit, ...amountHead, ...measures.map((c) => [...c.groups, c.label].join(' '))]];
  for (const r of rows) {
    lines.push([r.seq, r.name, r.project?.code, r.functionCode, r.functionName, r.unit, ...model.columns.map((c) => amounts.cell(own(r.values, c.key))), ...measures.map((c) => own(r.texts, c.key))]);
  }
  const totals = model.columns.map((c) => {
    if (!filtered && model.published) return amounts.cell(own(model.published, c.key));
    const sum = sumOrNull(rows, c.key);
    return sum === null ? '' : amounts.cell(centsToString(sum));
  });
  lines.push(['', h.total, '', '', '', '', ...totals, ...measures.map(() => '')]);
  return lines;
}

/**
 * Saves `rows` (the list as shown: filtered when `queried` or fewer than all, in the order shown)
 * as a CSV named after the department, year and table, amounts as the element shows them with
 * `displayUnit`.
 */
export function downloadProjects(data: BudgetDisclosure, model: ProjectTableModel, rows: readonly ProjectRow[], queried: boolean, t: ProjectWords, displayUnit: string | undefined, locale: Locale): void {
  const filtered = queried || rows.length !== model.rows.length;
  const h = { seq: t.seq, name: t.name, projectCode: t.projectCode, functionCode: t.functionCode, functionName: t.functionName, unit: t.unit, total: filtered ? t.filteredTotalCsv : t.total };
  const name = csvFilename(data.department.shortName ?? data.department.name, data.department.fiscalYear, model.title, filtered ? t.filteredFile : undefined);
  downloadCsv(name, toCsv(projectCsv(model, rows, h, filtered, csvAmounts(model.unit, displayUnit, locale))));
}
