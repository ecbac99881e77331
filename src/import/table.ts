/**
 * One found region → one table of the format: columns from its headings (keys by kind), rows
 * with codes, names, roles and exact amounts, notes under it; the two-sided 收支总表 split into
 * its income and expenditure sides. Every cell that is not used is reported with its address.
 */
import type { AmountUnit, Cell, Column, Row, Table } from '../model/schema.js';
import { readAmount } from './amount.js';
import { codeText, SplitCodes, splitJoined } from './codes.js';
import { roleOf, yearOf, type ColumnRole, type Side } from './column-keys.js';
import { cellAddress, columnLetters, type FindingList } from './findings.js';
import { cellAt, filledColumns, normalise, type Sheet } from './grid.js';
import { readHeadings, skipRepeatedHeadings, type HeadingColumn } from './headings.js';
import type { Region } from './regions.js';
import { rolesOf } from './roles.js';

/** Kinds whose rows carry a classification code (kind-flags.ts), so absent codes are worth saying. */
const CODED = new Set(['gpb-expenditure', 'gpb-basic-expenditure', 'gov-fund-expenditure', 'dept-income', 'dept-expenditure', 'project-expenditure', 'state-capital-expenditure']);
const TWO_SIDED = new Set(['fiscal-summary', 'dept-summary', 'final-summary', 'final-fiscal-summary']);

interface MappedColumn {
  heading: HeadingColumn;
  role: ColumnRole;
  side?: Side;
}

/** A row under construction, with where it was read. */
interface DraftRow {
  row: Row;
  side?: Side;
}

/** Which side a column of a two-sided table is on: its top heading, else its place after the second name column. */
function sidesOf(columns: readonly HeadingColumn[], roles: readonly ColumnRole[]): (Side | undefined)[] {
  const byGroup = columns.map((c) => {
    const top = normalise(c.groups[0] ?? c.label);
    return /^收入/.test(top) ? 'income' : /^支出/.test(top) ? 'expenditure' : undefined;
  });
  if (byGroup.every(Boolean)) return byGroup as Side[];
  const names = roles.flatMap((r, i) => (r.type === 'name' ? [i] : []));
  const split = names[1] ?? Math.ceil(columns.length / 2);
  return columns.map((_, i) => byGroup[i] ?? (i < split ? 'income' : 'expenditure'));
}

const NOTE = /^(注|备注|说明|本表|我单位|本单位|我部门|本部门|填报说明)/;

/** The text of a note row (one text, not a row name), if the row is one. */
function noteOf(sheet: Sheet, r: number): string | undefined {
  const filled = filledColumns(sheet, r);
  if (filled.length !== 1) return undefined;
  const text = sheet.rows[r]![filled[0]!]!.text;
  return NOTE.test(normalise(text)) || /[。；;]$/.test(text) || text.length > 30 ? text : undefined;
}

export interface BuiltTable {
  kind: string;
  table: Table;
}

/**
 * Builds the table of a region. `kind` is the kind to file it under (a known kind, a 决算 kind,
 * or `other-N`); `fiscalYear` tells this year's columns from the prior year's.
 */
export function buildTable(region: Region, kind: string, fiscalYear: number | undefined, findings: FindingList): Table {
  const first = region.parts[0]!;
  const headings = readHeadings(first);
  const twoSided = TWO_SIDED.has(kind);
  const hasProjectName = headings.columns.some((c) => /项目名称/.test(normalise(c.label)));
  let roles = headings.columns.map((c) => roleOf(kind, c, { ...(fiscalYear !== undefined ? { fiscalYear } : {}), hasProjectName }));
  const sides = twoSided ? sidesOf(headings.columns, roles) : headings.columns.map(() => undefined);
  if (twoSided) roles = headings.columns.map((c, i) => roleOf(kind, c, { ...(fiscalYear !== undefined ? { fiscalYear } : {}), side: sides[i]!, hasProjectName }));
  const mapped: MappedColumn[] = headings.columns.map((heading, i) => ({ heading, role: roles[i]!, ...(sides[i] ? { side: sides[i] } : {}) }));
  const sheetName = first.sheet.name;

  // Duplicate keys on one side cannot both live in Row.values: the second keeps its letter.
  const seen = new Set<string>();
  for (const m of mapped) {
    if (m.role.type !== 'amount' && m.role.type !== 'text') continue;
    const id = `${m.side ?? ''}:${m.role.type}:${m.role.key}`;
    if (seen.has(id)) m.role = m.role.type === 'amount' ? { type: 'amount', key: `col.${columnLetters(m.heading.index)}`, mapped: false } : { type: 'text', key: `col.${columnLetters(m.heading.index)}` };
    seen.add(`${m.side ?? ''}:${m.role.type}:${m.role.key}`);
  }
  for (const m of mapped) {
    if (m.role.type === 'amount' && !m.role.mapped && kind && !kind.startsWith('other-') && !kind.startsWith('final-')) {
      const where = cellAddress(sheetName, first.start, m.heading.index);
      findings.add('warning', 'unmapped-column', where, `表“${region.title.title}”的列“${[...m.heading.groups, m.heading.label].join(' / ')}”不是该表的已知列，已按原样保留为 ${m.role.key}。如它是已知列的另一种写法，请改用常见的列名。`, `Column “${[...m.heading.groups, m.heading.label].join(' / ')}” of “${region.title.title}” is not one of the table's known columns; kept as published under ${m.role.key}. If it is another wording of a known column, use the usual heading.`);
    }
  }

  const columns: Column[] = [];
  const codeParts = mapped.filter((m) => m.role.type === 'code-part');
  let codeColumnAdded = false;
  for (const m of mapped) {
    const base = { label: m.heading.label, ...(m.heading.groups.length ? { groups: m.heading.groups } : {}) };
    const year = yearOf(m.heading);
    const extra = { ...(year !== undefined && m.role.type === 'amount' ? { year } : {}), ...(m.side ? { side: m.side } : {}) };
    if (m.role.type === 'code-part') {
      if (!codeColumnAdded) columns.push({ key: 'code', label: codeParts.map((p) => p.heading.label).join('/'), type: 'code', ...(m.heading.groups.length ? { groups: m.heading.groups } : {}) });
      codeColumnAdded = true;
    } else if (m.role.type === 'code') columns.push({ key: 'code', ...base, type: 'code', ...extra });
    else if (m.role.type === 'name') columns.push({ key: 'name', ...base, type: 'name', ...extra });
    else if (m.role.type === 'text') columns.push({ key: m.role.key, ...base, type: 'text', ...extra });
    else columns.push({ key: m.role.key, ...base, ...extra });
  }
  const hasCodeColumn = mapped.some((m) => m.role.type === 'code' || m.role.type === 'code-part');

  // Rows, part by part.
  const drafts: DraftRow[] = [];
  const notes: string[] = [];
  const split = new SplitCodes();
  let joined = 0;
  region.parts.forEach((part, p) => {
    const start = p === 0 ? headings.dataStart : skipRepeatedHeadings(part, headings);
    const sheet = part.sheet;
    for (let r = start; r < part.end; r++) {
      if (!filledColumns(sheet, r).length && !(sheet.rows[r] ?? []).some((c) => c.noCachedValue)) continue;
      const note = noteOf(sheet, r);
      if (note !== undefined) {
        notes.push(note);
        continue;
      }
      const groups: (Side | undefined)[] = twoSided ? ['income', 'expenditure'] : [undefined];
      for (const side of groups) {
        const cols = mapped.filter((m) => m.side === side);
        const row = readRow(sheet, r, cols, side, { hasCodeColumn, coded: CODED.has(kind), split, findings, title: region.title.title });
        if (row.joined) joined++;
        if (row.row) drafts.push({ row: row.row, ...(side ? { side } : {}) });
      }
      // Cells under no heading are not in any column: say where they are.
      const used = new Set(mapped.map((m) => m.heading.index));
      for (const c of filledColumns(sheet, r)) {
        if (!used.has(c)) findings.add('warning', 'cell-outside-columns', cellAddress(sheet.name, r, c), `单元格“${sheet.rows[r]![c]!.text}”不在任何列标题之下，未导入。`, `Cell “${sheet.rows[r]![c]!.text}” is under no column heading; not imported.`);
      }
    }
  });
  if (joined && !hasCodeColumn) {
    const nameIndex = columns.findIndex((c) => c.type === 'name');
    columns.splice(Math.max(0, nameIndex), 0, { key: 'code', label: '科目编码', type: 'code' });
    findings.add('info', 'joined-codes', region.where, `表“${region.title.title}”的科目编码与名称写在同一列，已拆分为编码和名称。`, `Codes of “${region.title.title}” are written with the names in one column; split into code and name.`);
  }
  if (CODED.has(kind) && !drafts.some((d) => d.row.code) && drafts.length > 1) {
    findings.add('warning', 'no-codes', region.where, `表“${region.title.title}”的行没有科目编码（层级只靠缩进表示）。编码不会被猜测补上：请在工作簿中加上“科目编码”列，否则类/款/项层级检查无法进行。`, `Rows of “${region.title.title}” carry no classification codes (the levels show only by indentation). Codes are never guessed: add a 科目编码 column to the workbook, or the 类/款/项 checks cannot run.`);
  }

  // Roles per side (two-sided) or for the whole table.
  const rows: Row[] = [];
  for (const side of twoSided ? (['income', 'expenditure'] as const) : [undefined]) {
    const list = drafts.filter((d) => d.side === side);
    const roles = rolesOf(list.map((d) => d.row.name));
    list.forEach((d, i) => rows.push({ ...(d.row.code !== undefined ? { code: d.row.code } : {}), name: d.row.name, ...(roles[i] ? { role: roles[i] } : {}), ...(side ? { side } : {}), values: d.row.values, ...(d.row.text ? { text: d.row.text } : {}) }));
  }
  const allEmpty = rows.every((row) => Object.values(row.values).every((v) => v === null));
  const emptyNote = allEmpty ? notes.find((n) => /无.*(支出|收入|预算|经费)|没有/.test(n)) : undefined;
  const otherNotes = notes.filter((n) => n !== emptyNote);
  const unit: AmountUnit | undefined = region.unit;
  return {
    ...(region.title.attachment ? { attachment: region.title.attachment } : {}),
    title: region.title.title,
    ...(unit ? { unit } : {}),
    columns,
    rows,
    ...(otherNotes.length ? { notes: otherNotes } : {}),
    ...(emptyNote ? { emptyNote } : {}),
  };
}

interface RowContext {
  hasCodeColumn: boolean;
  coded: boolean;
  split: SplitCodes;
  findings: FindingList;
  title: string;
}

/** One grid row (or one side of it) as a Row, or no row when that side is empty. */
function readRow(sheet: Sheet, r: number, cols: readonly MappedColumn[], side: Side | undefined, ctx: RowContext): { row?: Row; joined?: boolean } {
  let code: string | undefined;
  let name = '';
  let joined = false;
  // "合计" written in the code column (often merged over code and name) names the row.
  let codeWords = '';
  const values: Record<string, Cell> = {};
  const text: Record<string, string> = {};
  const parts: [string, string, string] = ['', '', ''];
  let anything = false;
  for (const m of cols) {
    const cell = cellAt(sheet, r, m.heading.index);
    if (cell.text || cell.noCachedValue) anything = true;
    const where = cellAddress(sheet.name, r, m.heading.index);
    switch (m.role.type) {
      case 'code-part':
        parts[m.role.level] = cell.text;
        break;
      case 'code': {
        if (!cell.text) break;
        const c = codeText(cell.text);
        const j = c ? undefined : splitJoined(cell.text);
        if (c) code = c;
        else if (j) {
          code = j.code;
          if (!name) name = j.name;
        } else if (/^(合计|总计|小计)$/.test(cell.text.replace(/\s/g, ''))) codeWords = cell.text;
        else ctx.findings.add('warning', 'bad-code', where, `“${cell.text}”不是科目编码，已略去编码。`, `“${cell.text}” is not a classification code; the row keeps no code.`);
        break;
      }
      case 'name':
        name = cell.text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
        break;
      case 'text':
        if (cell.text) text[m.role.key] = cell.text;
        break;
      case 'amount': {
        const read = readAmount(cell);
        values[m.role.key] = read.value;
        const note = read.note;
        if (!note) break;
        if (note.kind === 'no-cached-value') ctx.findings.add('error', 'formula-without-value', where, `公式单元格没有保存计算结果，导入为空。请在 Excel/WPS 中打开、重新计算并保存工作簿后再导入（本工具不计算公式）。`, `A formula cell has no saved result; imported as empty. Open the workbook in Excel/WPS, recalculate, save and import it again (formulas are never evaluated here).`);
        else if (note.kind === 'rounded') ctx.findings.add('info', 'rounded', where, `“${note.from}”超过两位小数，按显示精度取为 ${read.value}。`, `“${note.from}” has more than two decimals; taken as ${read.value}.`);
        else if (note.kind === 'format') ctx.findings.add('info', 'number-format', where, `单元格显示为“${note.shown}”，按其数值取为 ${read.value}。`, `The cell shows “${note.shown}”; its number ${read.value} was taken.`);
        else ctx.findings.add('error', 'not-an-amount', where, `金额列中的“${note.shown}”不是金额，导入为空。请改为数字（如 12.50）或留空。`, `“${note.shown}” in an amount column is not an amount; imported as empty. Write a number (e.g. 12.50) or leave it empty.`);
      }
    }
  }
  if (!anything) return {};
  if (!name && codeWords) name = codeWords;
  if (parts.some(Boolean)) {
    code = ctx.split.join(parts) ?? code;
    // "合计" written in the 类 column (merged across the code columns) names the row.
    const words = parts.find((p) => p && !/^\d+$/.test(p));
    if (words && !name) name = words;
  }
  if (!ctx.hasCodeColumn && ctx.coded && code === undefined) {
    const j = splitJoined(name);
    if (j) {
      code = j.code;
      name = j.name;
      joined = true;
    }
  }
  if (!name) {
    const firstCol = cols[0]?.heading.index ?? 0;
    ctx.findings.add('warning', 'row-without-name', cellAddress(sheet.name, r, firstCol), `表“${ctx.title}”第 ${r + 1} 行没有名称，已按原样导入。`, `Row ${r + 1} of “${ctx.title}” has no name; imported as published.`);
  }
  return { row: { ...(code !== undefined ? { code } : {}), name, ...(side ? { side } : {}), values, ...(Object.keys(text).length ? { text } : {}) }, joined };
}
