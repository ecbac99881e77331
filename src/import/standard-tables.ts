/**
 * The tables every department must publish, and which of them a workbook lacks. A table the
 * importer did not find is either not in the workbook or has a title it did not recognise; either
 * way the data file lacks it, the widgets that need it show nothing, and a check that compares two
 * tables falls back or is skipped (rule 10 compares the project list with table 2 when table 8 is
 * missing). So the report names them, instead of leaving a person to notice a gap.
 *
 * Budget: the eight tables of the Ministry of Finance rule (财预〔2016〕143号, domain.md §1); a
 * district's further tables (政府采购, 项目支出明细, 绩效目标) are optional there and not asked for.
 * 决算: the nine tables of the national template (domain.md §7).
 */
import type { KnownTableKind } from '../model/schema.js';
import { TABLE_KINDS } from '../model/table-kinds.js';
import type { FindingList } from './findings.js';

const BUDGET: readonly KnownTableKind[] = [
  'dept-summary',
  'dept-income',
  'dept-expenditure',
  'fiscal-summary',
  'gpb-expenditure',
  'gpb-basic-expenditure',
  'sangong',
  'gov-fund-expenditure',
];

const FINAL: readonly KnownTableKind[] = [
  'final-summary',
  'final-income',
  'final-expenditure',
  'final-fiscal-summary',
  'final-gpb-expenditure',
  'final-gpb-basic-expenditure',
  'final-sangong',
  'final-gov-fund',
  'final-state-capital',
];

/** The standard tables of a budget or a 决算 that `found` lacks, in their usual order. */
export function missingStandardTables(found: ReadonlySet<string>, final: boolean): KnownTableKind[] {
  return (final ? FINAL : BUDGET).filter((k) => !found.has(k));
}

/**
 * One warning naming every standard table the workbook lacks: none when it has them all, and none
 * when it has none of them (a workbook of project targets only, say, is not a disclosure with gaps).
 */
export function reportMissingStandardTables(found: ReadonlySet<string>, final: boolean, findings: FindingList): void {
  const missing = missingStandardTables(found, final);
  if (!missing.length || missing.length === (final ? FINAL : BUDGET).length) return;
  const titles = missing.map((k) => `“${TABLE_KINDS[k].title}”`);
  const which = final ? '部门决算的 9 张标准表' : '财政部要求部门预算公开的 8 张表';
  const whichEn = final ? 'the nine standard tables of a 决算' : 'the eight tables the Ministry of Finance requires in a budget disclosure';
  findings.add(
    'warning',
    'standard-tables-missing',
    undefined,
    `工作簿中没有找到${which}中的 ${missing.length} 张：${titles.join('、')}。如果工作簿中其实有某张表，请检查它上方的表名行是否写着表名（可带“附件N”），导入按表名认表；如果本就没有公开，请在公开文件中补上或说明。数据文件中没有这些表，需要它们的组件不显示，用到它们的勾稽检查会跳过，或改与别的表比对。`,
    `The workbook lacks ${missing.length} of ${whichEn}: ${titles.join(', ')}. If the workbook has one, check the title row above it (the import recognises tables by their titles, with or without 附件N); if it was not published, add it or say why in the disclosure. The data file lacks these tables: the widgets that need them show nothing and the consistency checks that use them are skipped or compare with another table instead.`,
  );
}
