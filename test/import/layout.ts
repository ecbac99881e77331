/**
 * Lays a data file out as a budget management system (预算管理一体化系统) exports it: one title
 * row (optionally "附件 N" on its own row above), a unit line, multi-row headings with merged
 * cells, number cells with a display format, notes under the table; project target tables with
 * merged 一级/二级 cells. Options give the layouts districts differ in (split or joined codes,
 * thousands separators, several tables on one sheet). Test support: the importer must read back
 * what this writes.
 */
import * as XLSX from '@e965/xlsx';
import type { BudgetDisclosure, Column, OverallPerformance, Project, Table } from '../../src/model/schema.js';

export interface LayoutOptions {
  /** How codes are written: one column (default), split 类 / 款 / 项, or joined with the name. */
  codes?: 'column' | 'split' | 'joined';
  /** "附件 N" on its own row above the title (default) or in front of it ("附件N 表名"). */
  attachment?: 'row' | 'inline';
  /** Put the department's name in front of each title. */
  departmentInTitle?: boolean;
  /** Number format of amounts: "plain" (0.00) or "thousands" (#,##0.00). */
  numbers?: 'plain' | 'thousands';
  /** Unit line wording. */
  unitLine?: (unit: string) => string;
}

export type Cell = XLSX.CellObject | null;

/** A sheet being written: rows of cells and merges. */
export class SheetBuilder {
  readonly rows: Cell[][] = [];
  readonly merges: XLSX.Range[] = [];
  get next(): number {
    return this.rows.length;
  }
  row(cells: Cell[] = []): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }
  merge(r0: number, c0: number, r1: number, c1: number): void {
    if (r0 !== r1 || c0 !== c1) this.merges.push({ s: { r: r0, c: c0 }, e: { r: r1, c: c1 } });
  }
  toSheet(): XLSX.WorkSheet {
    const ws = XLSX.utils.aoa_to_sheet([]);
    const width = Math.max(1, ...this.rows.map((r) => r.length));
    this.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) ws[XLSX.utils.encode_cell({ r, c })] = cell;
      }),
    );
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, this.rows.length - 1), c: width - 1 } });
    ws['!merges'] = this.merges;
    return ws;
  }
}

export const text = (v: string): Cell => ({ t: 's', v });

/** An amount as a number cell shown with as many decimals as published ("18" → 0, "291.00" → 0.00). */
export function amountCell(value: string | null | undefined, numbers: LayoutOptions['numbers'] = 'plain'): Cell {
  if (value === null || value === undefined) return null;
  if (!/^-?\d/.test(value)) return text(value);
  const decimals = value.split('.')[1]?.length ?? 0;
  const fraction = decimals ? `.${'0'.repeat(decimals)}` : '';
  return { t: 'n', v: Number(value), z: numbers === 'thousands' ? `#,##0${fraction}` : `0${fraction}` };
}

/** The columns as written: split codes become three columns, joined codes none. */
function writtenColumns(columns: readonly Column[], codes: LayoutOptions['codes']): { column: Column; part?: 0 | 1 | 2 }[] {
  return columns.flatMap((column) => {
    if (column.type !== 'code' || !codes || codes === 'column') return [{ column }];
    if (codes === 'joined') return [];
    return ([0, 1, 2] as const).map((part) => ({ column: { ...column, label: ['类', '款', '项'][part]! }, part }));
  });
}

/** Writes multi-row headings with merged groups; returns the number of heading rows. */
function writeHeadings(sb: SheetBuilder, cols: readonly { column: Column }[]): void {
  const depth = Math.max(...cols.map(({ column }) => (column.groups?.length ?? 0) + 1));
  const top = sb.next;
  for (let l = 0; l < depth; l++) sb.row([]);
  cols.forEach(({ column }, c) => {
    const groups = column.groups ?? [];
    groups.forEach((g, l) => (sb.rows[top + l]![c] = text(g)));
    sb.rows[top + groups.length]![c] = text(column.label);
    sb.merge(top + groups.length, c, top + depth - 1, c);
  });
  // Spanning groups: consecutive columns with the same groups down to level l share one merged cell.
  for (let l = 0; l < depth - 1; l++) {
    let c = 0;
    while (c < cols.length) {
      const key = (i: number) => JSON.stringify(cols[i]!.column.groups?.slice(0, l + 1) ?? null);
      const has = (cols[c]!.column.groups?.length ?? 0) > l;
      let e = c;
      while (has && e + 1 < cols.length && (cols[e + 1]!.column.groups?.length ?? 0) > l && key(e + 1) === key(c)) e++;
      if (has) {
        for (let i = c + 1; i <= e; i++) sb.rows[top + l]![i] = null;
        sb.merge(top + l, c, top + l, e);
      }
      c = e + 1;
    }
  }
}

function codeParts(code: string | undefined): [string, string, string] {
  if (!code || !/^\d+$/.test(code)) return [code ?? '', '', ''];
  return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
}

/** Writes one table of the format. */
export function writeTable(sb: SheetBuilder, data: BudgetDisclosure, table: Table, o: LayoutOptions = {}): void {
  const dept = o.departmentInTitle ? `${data.department.name} ` : '';
  if (table.attachment && o.attachment !== 'inline') sb.row([text(`附件 ${table.attachment}`)]);
  sb.row([text(`${table.attachment && o.attachment === 'inline' ? `附件${table.attachment} ` : ''}${dept}${table.title}`)]);
  const unit = table.unit ?? data.department.unit;
  sb.row([text((o.unitLine ?? ((u) => `单位：${u}`))(unit))]);
  // Unit codes (三公 per unit: 125001) are not 类/款/项 codes: only those are split or joined.
  const classified = table.rows.every((r) => !r.code || /^\d{3}(\d{2}){0,2}$/.test(r.code));
  o = classified ? o : { ...o, codes: 'column' };
  const cols = writtenColumns(table.columns, o.codes);
  writeHeadings(sb, cols);
  const twoSided = table.columns.some((c) => c.side);
  const cellFor = (row: Table['rows'][number], { column, part }: { column: Column; part?: 0 | 1 | 2 }): Cell => {
    if (column.type === 'code') return part === undefined ? (row.code ? text(row.code) : null) : codeParts(row.code)[part] ? text(codeParts(row.code)[part]) : null;
    if (column.type === 'name') return text(o.codes === 'joined' && row.code ? `${row.code} ${row.name}` : row.name);
    if (column.type === 'text') return row.text?.[column.key] ? text(row.text[column.key]!) : null;
    return amountCell(row.values[column.key], o.numbers);
  };
  if (twoSided) {
    const income = table.rows.filter((r) => r.side === 'income');
    const expenditure = table.rows.filter((r) => r.side === 'expenditure');
    for (let i = 0; i < Math.max(income.length, expenditure.length); i++) {
      sb.row(cols.map((c) => {
        const row = c.column.side === 'income' ? income[i] : expenditure[i];
        return row ? cellFor(row, c) : null;
      }));
    }
  } else {
    for (const row of table.rows) sb.row(cols.map((c) => cellFor(row, c)));
  }
  for (const note of table.notes ?? []) sb.row([text(note)]);
  if (table.emptyNote) sb.row([text(table.emptyNote)]);
  sb.row([]);
}

/** Writes one project target table (项目绩效目标表-N). */
export function writeProject(sb: SheetBuilder, data: BudgetDisclosure, p: Project): void {
  sb.row([text(`${data.department.fiscalYear} 年预算项目绩效目标表${p.sequence ? `-${p.sequence}` : ''}`)]);
  sb.row([]);
  const pair = (a: string, av: Cell, b?: string, bv?: Cell) => {
    const r = sb.row(b ? [text(a), av, text(b), bv ?? null] : [text(a), av]);
    if (!b) sb.merge(r, 1, r, 7);
    else {
      sb.merge(r, 1, r, 3);
      sb.rows[r] = [text(a), av, null, null, text(b), bv ?? null];
      sb.merge(r, 5, r, 7);
    }
  };
  const t = (s?: string) => (s ? text(s) : null);
  pair('项目名称', text(p.code ? `${p.code}-${p.name}` : p.name));
  pair('主管部门', t(p.department), '实施单位', t(p.implementingUnit));
  pair(`资金总额（${data.department.unit}）`, amountCell(p.amount), '项目属性', t(p.attribute));
  pair('项目起始时间', t(p.start), '项目终止时间', t(p.end));
  pair('项目概况', t(p.overview));
  pair('立项依据', t(p.basis));
  pair('项目当年绩效目标', t(p.goal));
  const direction = p.indicators.some((i) => i.direction);
  const head = sb.row(['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '指标性质', '度量单位', '权重', ...(direction ? ['指标方向'] : [])].map(text));
  p.indicators.forEach((ind) => sb.row([null, t(ind.level1), t(ind.level2), text(ind.name), indicatorValue(ind.value), text(ind.operator), t(ind.unit), weightCell(ind.weight, p.weightUnit), ...(direction ? [t(ind.direction)] : [])]));
  sb.merge(head, 0, sb.next - 1, 0);
  mergeRuns(sb, head + 1, sb.next - 1, 1);
  mergeRuns(sb, head + 1, sb.next - 1, 2, 1);
  sb.row([]);
}

const weightCell = (w: number | undefined, unit: Project['weightUnit']): Cell => (w === undefined ? null : unit === '%' ? text(`${w}%`) : { t: 'n', v: w });
const indicatorValue = (v: string): Cell => (/^\d+(\.\d+)?$/.test(v) && !/^0\d/.test(v) ? { t: 'n', v: Number(v) } : text(v));

/** Merges runs of equal text down column c (within runs of column `within` too), clearing the copies. */
function mergeRuns(sb: SheetBuilder, r0: number, r1: number, c: number, within?: number): void {
  let start = r0;
  const textAt = (r: number, col: number) => (sb.rows[r]?.[col] as XLSX.CellObject | null)?.v;
  const groupOf = (r: number) => (within === undefined ? '' : textAt(r, within));
  const runText: unknown[] = [];
  for (let r = r0; r <= r1; r++) runText[r] = textAt(r, c);
  const groups: unknown[] = [];
  for (let r = r0; r <= r1; r++) groups[r] = groupOf(r);
  for (let r = r0 + 1; r <= r1 + 1; r++) {
    if (r <= r1 && runText[r] === runText[start] && groups[r] === groups[start] && runText[r]) continue;
    if (r - 1 > start) {
      for (let i = start + 1; i < r; i++) sb.rows[i]![c] = null;
      sb.merge(start, c, r - 1, c);
    }
    start = r;
  }
}

/** Writes the department's overall target table (预算整体绩效目标表). */
export function writeOverall(sb: SheetBuilder, data: BudgetDisclosure, o: OverallPerformance): void {
  sb.row([text('附件 11')]);
  sb.row([text(`${data.department.name} 预算整体绩效目标表`)]);
  sb.row([text(`单位：${data.department.unit}`)]);
  const r = sb.row([text('部门(单位)名称'), o.department ? text(o.department) : null, null, text('部门支出预算数'), amountCell(o.amount)]);
  sb.merge(r, 1, r, 2);
  const g = sb.row([text('当年整体绩效目标'), text(o.goal)]);
  sb.merge(g, 1, g, 5);
  const levels = o.indicators.some((i) => i.level1 || i.level2);
  const t = (s?: string) => (s ? text(s) : null);
  const direction = o.indicators.some((i) => i.direction);
  const head = sb.row(['绩效指标', ...(levels ? ['一级指标', '二级指标'] : []), '指标', '指标权重', '计量单位', '指标性质', '指标值', ...(direction ? ['指标方向'] : [])].map(text));
  for (const ind of o.indicators) {
    sb.row([null, ...(levels ? [t(ind.level1), t(ind.level2)] : []), text(ind.name), weightCell(ind.weight, o.weightUnit), t(ind.unit), text(ind.operator), indicatorValue(ind.value), ...(direction ? [t(ind.direction)] : [])]);
  }
  if (levels) {
    mergeRuns(sb, head + 1, sb.next - 1, 1);
    mergeRuns(sb, head + 1, sb.next - 1, 2, 1);
  }
  sb.merge(head, 0, sb.next - 1, 0);
  sb.row([]);
  if (o.contact) sb.row([text(`联系人：${o.contact}`)]);
  if (o.phone) sb.row([text(`联系电话：${o.phone}`)]);
}

/** A whole data file as a workbook: one sheet per table ("Sheet1"…), targets together on one sheet. */
export function disclosureWorkbook(data: BudgetDisclosure, o: LayoutOptions = {}): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  let n = 0;
  for (const table of Object.values(data.tables)) {
    const sb = new SheetBuilder();
    writeTable(sb, data, table, o);
    XLSX.utils.book_append_sheet(wb, sb.toSheet(), `Sheet${++n}`);
  }
  if (data.overallPerformance || data.projects?.length) {
    const sb = new SheetBuilder();
    if (data.overallPerformance) writeOverall(sb, data, data.overallPerformance);
    sb.row([text('附件 12')]);
    for (const p of data.projects ?? []) writeProject(sb, data, p);
    XLSX.utils.book_append_sheet(wb, sb.toSheet(), '绩效目标');
  }
  return wb;
}
