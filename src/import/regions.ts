/**
 * Finds the tables of a workbook by what they say: a title row (one text across the row) that
 * names a table, the unit line under it, then everything down to the next title. Several tables
 * on one sheet are found; a sheet that starts without a title, or with the same title marked
 * "(续)", continues the table before it. Sheet names and positions are never used to decide.
 */
import type { AmountUnit } from '../model/schema.js';
import { cellAddress, type FindingList } from './findings.js';
import { filledColumns, normalise, type Sheet } from './grid.js';
import { readTitle, type Title } from './title.js';
import { isDataRow } from './headings.js';

/** Rows of one sheet that belong to a table: headings, data and notes, without title and unit lines. */
export interface Part {
  sheet: Sheet;
  start: number;
  /** Exclusive. */
  end: number;
}

export interface Region {
  title: Title;
  /** Where the title was read (`附件2!A1`), or the sheet's first cell for a table without a title. */
  where: string;
  unit?: AmountUnit;
  parts: Part[];
}

/** The unit a row states ("单位：万元", "金额单位：元"), if it states one. */
export function unitOf(text: string): AmountUnit | undefined {
  const m = /单位\s*[:：]?\s*(亿元|万元|元)/.exec(text);
  return m?.[1] as AmountUnit | undefined;
}

/** The one text of a row whose other cells are empty (a title or "附件 3" line), else undefined. */
function loneText(sheet: Sheet, r: number): string | undefined {
  const filled = filledColumns(sheet, r);
  if (filled.length !== 1) return undefined;
  return sheet.rows[r]![filled[0]!]!.text;
}

/** A row's texts, normalised, to recognise repeated headings. */
const rowKey = (sheet: Sheet, r: number) => (sheet.rows[r] ?? []).map((c) => normalise(c.text)).join('|');

const rowText = (sheet: Sheet, r: number) => (sheet.rows[r] ?? []).map((c) => c.text).filter(Boolean).join(' ');

/** Finds the regions of all sheets, in order. `department` helps take the name off titles. */
export function findRegions(sheets: readonly Sheet[], findings: FindingList, department?: string): Region[] {
  const regions: Region[] = [];
  for (const sheet of sheets) {
    let current: Region | undefined;
    let pendingAttachment: string | undefined;
    const close = (end: number) => {
      const part = current?.parts[current.parts.length - 1];
      if (part && part.sheet === sheet && part.end < 0) part.end = end;
    };
    let started = false;
    for (let r = 0; r < sheet.rows.length; r++) {
      const lone = loneText(sheet, r);
      if (lone !== undefined) {
        const attachment = /^(?:附件|附表)\s*([0-9]+(?:[-－][0-9]+)?)\s*[:：]?$/.exec(lone.trim());
        if (attachment) {
          // "附件 3" announces the next table: the table above ends here.
          close(r);
          pendingAttachment = attachment[1];
          continue;
        }
        const title = readTitle(lone, department);
        if (title) {
          close(r);
          if (pendingAttachment && !title.attachment) title.attachment = pendingAttachment;
          pendingAttachment = undefined;
          const previous = regions[regions.length - 1];
          const continues =
            previous &&
            title.what.type === 'table' &&
            previous.title.what.type === 'table' &&
            title.what.kind === previous.title.what.kind &&
            (title.continued || (!started && normalise(title.title) === normalise(previous.title.title)));
          const start = skipPreamble(sheet, r + 1);
          if (continues) {
            previous.parts.push({ sheet, start: start.row, end: -1 });
            current = previous;
            findings.add('info', 'continued', cellAddress(sheet.name, r, filledColumns(sheet, r)[0]!), `表“${title.title}”在此接续（续表），已与前面的部分合并。`, `Table “${title.title}” continues here; joined with the part before.`);
          } else {
            current = { title, where: cellAddress(sheet.name, r, filledColumns(sheet, r)[0]!), ...(start.unit ? { unit: start.unit } : {}), parts: [{ sheet, start: start.row, end: -1 }] };
            regions.push(current);
          }
          started = true;
          r = start.row - 1;
          continue;
        }
      }
      if (!started && filledColumns(sheet, r).length) {
        // A sheet that begins with headings or data: the rest of the table before it, else a table without a title.
        started = true;
        const previous = regions[regions.length - 1];
        // Only data, or the previous table's headings repeated, make an untitled sheet its continuation.
        const first = previous?.parts[0];
        const sameHeadings = first !== undefined && rowKey(sheet, r) === rowKey(first.sheet, first.start);
        if (previous && previous.title.what.type === 'table' && (sameHeadings || isDataRow(sheet, r))) {
          previous.parts.push({ sheet, start: r, end: -1 });
          current = previous;
          findings.add('info', 'continued', cellAddress(sheet.name, r, 0), `工作表“${sheet.name}”没有标题，视为“${previous.title.title}”的续表。`, `Sheet “${sheet.name}” has no title: taken as the rest of “${previous.title.title}”.`);
        } else {
          current = { title: { what: { type: 'table', kind: '', known: false }, title: sheet.name, continued: false }, where: cellAddress(sheet.name, r, 0), parts: [{ sheet, start: r, end: -1 }] };
          regions.push(current);
          findings.add('warning', 'no-title', cellAddress(sheet.name, r, 0), `工作表“${sheet.name}”开头没有可识别的表名，已作为未知表保留。请在第一行写上表名（如“部门收支总表”）。`, `Sheet “${sheet.name}” starts without a table title it recognises; kept as an unknown table. Put the title (e.g. 部门收支总表) in its first row.`);
        }
      }
    }
    close(sheet.rows.length);
  }
  return regions;
}

/** Skips empty rows and the unit line (with "部门：…" beside it) under a title. */
function skipPreamble(sheet: Sheet, from: number): { row: number; unit?: AmountUnit } {
  let unit: AmountUnit | undefined;
  let r = from;
  for (; r < sheet.rows.length && r < from + 4; r++) {
    const text = rowText(sheet, r);
    if (!text) continue;
    const u = unitOf(text);
    if (u && text.length < 80 && filledColumns(sheet, r).length <= 3) {
      unit = u;
      continue;
    }
    break;
  }
  return { row: r, ...(unit ? { unit } : {}) };
}
