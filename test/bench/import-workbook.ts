/**
 * The import bench's workbook (issue 14: "a 10,000-row workbook"): what a budget system
 * (预算管理一体化系统) exports for a large department, laid out by test/import/layout.ts as the
 * importer's tests lay theirs out: 附件 2 (一般公共预算财政拨款支出预算表, 类/款/项 codes, merged
 * headings) and 附件 10 (项目支出明细表: one row per project with its 功能分类科目 code and name,
 * 预算单位, and 9 amount columns under merged 年初特定目标 / 上级专项 headings), amounts as
 * numbers with the 0.00 display format. The figures are the bench's synthetic disclosure
 * (generate.ts, seed 1), so the import gives a valid, consistent data file. Deterministic.
 */
import * as XLSX from '@e965/xlsx';
import { generateDisclosure } from './generate.js';
import { disclosureWorkbook } from '../import/layout.js';

export interface ImportWorkbook {
  /** Project rows of 项目支出明细表 (without its 合计 row). */
  projects: number;
  /** Rows of every sheet together, headings and titles included. */
  sheetRows: number;
  files: { name: string; format: 'xlsx' | 'xls'; bytes: Uint8Array }[];
}

export function importWorkbook(projects = 10_000): ImportWorkbook {
  const d = generateDisclosure({ projects, codeRows: 60, units: 1, seed: 1 });
  const { 'gpb-expenditure': gpb, 'project-expenditure': detail } = d.tables;
  const wb = disclosureWorkbook({ ...d, tables: { 'gpb-expenditure': gpb!, 'project-expenditure': detail! }, projects: undefined, overallPerformance: undefined }, { departmentInTitle: true });
  const sheetRows = wb.SheetNames.reduce((n, s) => n + XLSX.utils.decode_range(wb.Sheets[s]!['!ref'] ?? 'A1').e.r + 1, 0);
  const write = (bookType: XLSX.BookType) => new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType, compression: true }) as Buffer);
  return {
    projects,
    sheetRows,
    files: [
      { name: `import-${projects}.xlsx`, format: 'xlsx', bytes: write('xlsx') },
      { name: `import-${projects}.xls`, format: 'xls', bytes: write('biff8') },
    ],
  };
}
