/**
 * Reads a workbook file (.xls, .xlsx, .et, .ods, .csv) into plain grids (grid.ts). The only module
 * that knows the spreadsheet library, so the rest of the pipeline is pure and tested on grids.
 *
 * Every file is hostile: its size is checked before parsing, rows and columns are capped, formulas
 * are never evaluated (the library stores the value Excel cached; we read `f` only to flag a
 * formula without one), external links and macros are not followed (the library never fetches),
 * and a password-protected or corrupt file gets a plain message, not an exception.
 */
import * as XLSX from '@e965/xlsx';
import type { GridCell, Merge, Sheet } from './grid.js';
import { LIMITS } from './limits.js';
import { FindingList } from './findings.js';
import { notUtf8 } from '../model/encoding.js';

/** Why a file could not be read at all, in plain words. */
export class WorkbookError extends Error {
  constructor(
    readonly reason: 'too-large' | 'password' | 'corrupt' | 'encoding' | 'empty',
    readonly words: { zh: string; en: string },
  ) {
    super(words.en);
  }
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The file's extension, lower case, without the dot. */
const extensionOf = (file: string) => /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';

function parse(file: string, bytes: Uint8Array): XLSX.WorkBook {
  const common: XLSX.ParsingOptions = {
    cellFormula: true, // read, never evaluated: only to flag formulas without a cached value
    cellHTML: false,
    cellStyles: false,
    cellNF: true,
    cellText: true,
    cellDates: false,
    bookVBA: false,
    bookFiles: false,
    dense: true,
    sheetRows: LIMITS.rowsPerSheet + 1,
    WTF: false,
  };
  if (extensionOf(file) === 'csv') {
    const why = notUtf8(bytes);
    if (why) {
      throw new WorkbookError('encoding', {
        zh: `${file} 不是 UTF-8 编码的 CSV 文件${why.kind === 'encoding' && why.encoding ? `（看起来是 ${why.encoding}）` : ''}。请在 Excel 或 WPS 中另存为“CSV UTF-8”，或直接导入 .xls/.xlsx 工作簿。`,
        en: `${file} is not a UTF-8 CSV file${why.kind === 'encoding' && why.encoding ? ` (it looks like ${why.encoding})` : ''}. Save it as “CSV UTF-8” in Excel or WPS, or import the .xls/.xlsx workbook itself.`,
      });
    }
    // raw: every CSV field stays text, so codes keep their digits and amounts their decimals.
    return XLSX.read(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), { ...common, type: 'string', raw: true });
  }
  return XLSX.read(bytes, { ...common, type: 'array' });
}

function wordsFor(file: string, e: unknown): WorkbookError {
  const message = e instanceof Error ? e.message : String(e);
  // "Unsupported ZIP encryption" is what a damaged .xlsx gives: not a password.
  if (/password|^Encryption/i.test(message)) {
    return new WorkbookError('password', {
      zh: `${file} 设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开它，在“文件 → 信息 → 保护工作簿”中删除密码后另存，再导入。`,
      en: `${file} is password-protected (encrypted) and cannot be read. Open it in Excel or WPS, remove the password (File → Info → Protect Workbook), save, and import it again.`,
    });
  }
  return new WorkbookError('corrupt', {
    zh: `${file} 不是可读的 Excel/WPS 工作簿（文件已损坏，或不是 .xls/.xlsx/.et/.ods/.csv 文件）。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入。（${message}）`,
    en: `${file} is not a readable Excel/WPS workbook (the file is damaged, or not an .xls/.xlsx/.et/.ods/.csv file). Open it in Excel or WPS, save it as .xlsx, and import it again. (${message})`,
  });
}

/**
 * The text an .ods number cell shows through its number style. An .ods stores the shown text
 * (<text:p>) beside the value, written by whatever saved the file: LibreOffice and WPS write it in
 * the saving PC's locale, and a generator may write the bare number ("291" for a cell styled 0.00).
 * The library reads the style into `z`, so the cell is shown as an .xlsx cell is (the library
 * formats those from `z` too): .ods and .xlsx of one layout give one data file. Without a style,
 * or when the library cannot format it, the stored text stays.
 */
function odsShown(cell: XLSX.CellObject): string | undefined {
  if (cell.t !== 'n' || typeof cell.v !== 'number' || typeof cell.z !== 'string' || /^general$/i.test(cell.z)) return undefined;
  try {
    return XLSX.SSF.format(cell.z, cell.v);
  } catch {
    return undefined;
  }
}

/** One library cell as the importer's cell: displayed text, number, formula flags. */
function toGridCell(cell: XLSX.CellObject | undefined, ods = false): GridCell | undefined {
  if (!cell) return undefined;
  const formula = typeof cell.f === 'string' && cell.f !== '';
  if (cell.t === 'z' || (cell.t === 'e' && formula && cell.w === undefined) || (formula && cell.v === undefined)) {
    return formula ? { text: '', formula: true, noCachedValue: true } : undefined;
  }
  const text = ((ods ? odsShown(cell) : undefined) ?? cell.w ?? (cell.v === undefined || cell.v === null ? '' : String(cell.v))).trim();
  const out: GridCell = { text };
  if (cell.t === 'n' && typeof cell.v === 'number') out.number = cell.v;
  if (formula) out.formula = true;
  return out;
}

/**
 * The sheets of a workbook file as grids, with findings about what was cut (rows past the limit,
 * sheets past the limit). Throws WorkbookError when the file cannot be read at all.
 */
export function readWorkbook(file: string, bytes: Uint8Array, findings: FindingList): Sheet[] {
  if (bytes.byteLength > LIMITS.fileBytes) {
    throw new WorkbookError('too-large', {
      zh: `${file} 有 ${(bytes.byteLength / 1048576).toFixed(1)} MB，超过导入上限 ${LIMITS.fileBytes / 1048576} MB。部门预算工作簿通常不到 1 MB：请删除无关的工作表或图片后再导入。`,
      en: `${file} is ${(bytes.byteLength / 1048576).toFixed(1)} MB, above the import limit of ${LIMITS.fileBytes / 1048576} MB. A budget workbook is usually under 1 MB: remove unrelated sheets or pictures and import it again.`,
    });
  }
  if (bytes.byteLength === 0) throw new WorkbookError('empty', { zh: `${file} 是空文件。`, en: `${file} is an empty file.` });
  let wb: XLSX.WorkBook;
  try {
    wb = parse(file, bytes);
  } catch (e) {
    throw e instanceof WorkbookError ? e : wordsFor(file, e);
  }
  const sheets: Sheet[] = [];
  let cells = 0;
  const names = wb.SheetNames.slice(0, LIMITS.sheets);
  if (wb.SheetNames.length > LIMITS.sheets) {
    findings.add('error', 'too-many-sheets', file, `工作簿有 ${wb.SheetNames.length} 张工作表，只读取了前 ${LIMITS.sheets} 张。`, `The workbook has ${wb.SheetNames.length} sheets; only the first ${LIMITS.sheets} were read.`);
  }
  const csv = extensionOf(file) === 'csv';
  // By content, not name: an .ods renamed .xlsx is still read as one.
  const ods = wb.bookType === 'ods' || wb.bookType === 'fods';
  for (const name of names) {
    // A sheet called "__proto__" is stored by the library on the prototype chain: read it from there.
    const ws = (hasOwn(wb.Sheets, name) ? wb.Sheets[name] : name === '__proto__' ? Object.getPrototypeOf(wb.Sheets) : undefined) as XLSX.WorkSheet | undefined;
    const sheetName = csv ? file.replace(/^.*[\\/]/, '') : name;
    const data = (ws?.['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
    if (!ws || !Array.isArray(data)) continue;
    if (data.length > LIMITS.rowsPerSheet) {
      findings.add('error', 'too-many-rows', sheetName, `工作表“${sheetName}”超过 ${LIMITS.rowsPerSheet} 行，只读取了前 ${LIMITS.rowsPerSheet} 行。`, `Sheet “${sheetName}” has more than ${LIMITS.rowsPerSheet} rows; only the first ${LIMITS.rowsPerSheet} were read.`);
    }
    const rows: GridCell[][] = [];
    for (let r = 0; r < Math.min(data.length, LIMITS.rowsPerSheet); r++) {
      const src = data[r] ?? [];
      const row: GridCell[] = [];
      for (let c = 0; c < Math.min(src.length, LIMITS.columns); c++) {
        const g = toGridCell(src[c], ods);
        if (g) row[c] = g;
      }
      cells += row.length;
      rows.push(Array.from(row, (g) => g ?? { text: '' }));
    }
    if (cells > LIMITS.cells) {
      throw new WorkbookError('too-large', {
        zh: `${file} 的单元格超过 ${LIMITS.cells} 个，超出导入上限。请只保留预算公开表格后再导入。`,
        en: `${file} has more than ${LIMITS.cells} cells, above the import limit. Keep only the disclosure tables and import it again.`,
      });
    }
    const merges: Merge[] = (ws['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
    sheets.push({ name: sheetName, file, rows, merges });
  }
  return sheets;
}
