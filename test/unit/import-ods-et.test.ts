/**
 * .ods and .et workbooks (issue 14: "reads .xls, .xlsx, .et/.ods where the library allows"): each
 * gives the same data file and the same findings as the .xlsx or .xls of the same layout, in the
 * library (readWorkbook) and through `budget-kit import`.
 *
 *  - .ods: written by the spreadsheet library (bookType 'ods') from the layouts of
 *    test/import/layout.ts and make-workbooks.ts. Merged cells travel as table:number-*-spanned;
 *    number formats as number styles, which the library reads back, so a cell styled 0.00 is shown
 *    "291.00" whatever text the file stored beside it (the library's writer stores the bare "291").
 *  - .et: WPS 表格 saves .et as a BIFF8 compound file, the .xls format with WPS's own extension,
 *    so the .et here is the committed .xls bytes under an .et name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { importSheets, type ImportResult } from '../../src/import/assemble.js';
import { FindingList } from '../../src/import/findings.js';
import { readWorkbook } from '../../src/import/workbook.js';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/types.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { disclosureWorkbook, SheetBuilder } from '../import/layout.js';
import { finalWorkbook, quirksWorkbook } from '../import/make-workbooks.js';
import { root } from './built-cli.js';

const committed = (name: string) => new Uint8Array(readFileSync(join(root, 'test/import/workbooks', name)));
const dataFile = (name: string) => JSON.parse(readFileSync(join(root, 'data', name), 'utf8')) as BudgetDisclosure;
const write = (wb: XLSX.WorkBook, bookType: XLSX.BookType) => new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType, compression: true }) as Buffer);

function importBytes(name: string, bytes: Uint8Array): ImportResult {
  const findings = new FindingList();
  return importSheets(readWorkbook(name, bytes, findings), {}, findings.items);
}

/** The data file and the findings (places included): everything a clerk gets from an import. */
function assertSameImport(got: ImportResult, want: ImportResult, what: string): void {
  assert.ok(Object.keys(want.data.tables).length > 0, `${what}: the reference import found tables`);
  assert.deepStrictEqual(got.data, want.data, `${what}: data file`);
  assert.deepStrictEqual(got.findings, want.findings, `${what}: findings`);
  assert.deepStrictEqual(got.missing, want.missing, `${what}: missing department fields`);
}

const layouts: { name: string; reference: string; book: () => XLSX.WorkBook }[] = [
  { name: 'tongnan-2023', reference: 'tongnan-2023.xlsx', book: () => disclosureWorkbook(dataFile('tongnan-cac-2023.json'), { departmentInTitle: true }) },
  {
    name: 'example-district-2024',
    reference: 'example-district-2024.xls',
    book: () => disclosureWorkbook(dataFile('example-district-2024.json'), { codes: 'split', attachment: 'inline', numbers: 'thousands', unitLine: (u) => `金额单位：${u}` }),
  },
  // The .xls variant: an .ods, like an .xls, cannot hold a formula without a cached value (the
  // library's writer stores 0), so the .xlsx's formula-without-value finding has no .ods twin.
  { name: 'quirks', reference: 'quirks.xls', book: () => quirksWorkbook(true) },
  { name: 'final-2023', reference: 'final-2023.xlsx', book: () => finalWorkbook() },
];

for (const { name, reference, book } of layouts) {
  test(`.ods written by the library from the ${name} layout imports as ${reference} does`, () => {
    assertSameImport(importBytes(`${name}.ods`, write(book(), 'ods')), importBytes(reference, committed(reference)), `${name}.ods`);
  });
}

test('.ods: merged cells and sheet names come through as in the .xlsx (read as grids)', () => {
  const wb = disclosureWorkbook(dataFile('tongnan-cac-2023.json'), { departmentInTitle: true });
  const sorted = (ms: { r0: number; c0: number }[]) => [...ms].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  const ods = readWorkbook('t.ods', write(wb, 'ods'), new FindingList());
  const xlsx = readWorkbook('t.xlsx', write(wb, 'xlsx'), new FindingList());
  assert.deepEqual(ods.map((s) => s.name), xlsx.map((s) => s.name));
  assert.ok(xlsx.some((s) => s.merges.length > 0));
  for (let i = 0; i < xlsx.length; i++) assert.deepEqual(sorted(ods[i]!.merges), sorted(xlsx[i]!.merges), xlsx[i]!.name);
});

test('.ods number cells are shown through their number style, as .xlsx cells are, not through the text stored beside them', () => {
  const sb = new SheetBuilder();
  // Stored texts as the library writes them (the bare number), and one as a PC in another locale would.
  sb.row([{ t: 'n', v: 291, z: '0.00' }, { t: 'n', v: 95668435.48, z: '#,##0.00' }, { t: 'n', v: 258.23999999999998, z: '0.00' }, { t: 'n', v: 18, z: '0' }, { t: 'n', v: 1234.5, z: '#,##0.00', w: '1.234,50' }, { t: 'n', v: 7 }]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sb.toSheet(), 'S');
  const [sheet] = readWorkbook('n.ods', write(wb, 'ods'), new FindingList());
  assert.deepEqual(sheet!.rows[0]!.map((c) => c.text), ['291.00', '95,668,435.48', '258.24', '18', '1,234.50', '7']);
  const [xlsx] = readWorkbook('n.xlsx', write(wb, 'xlsx'), new FindingList());
  assert.deepEqual(sheet!.rows, xlsx!.rows);
});

// WPS 表格's .et is BIFF8, the .xls format (see the header): the committed .xls bytes named .et.
for (const xls of ['example-district-2024.xls', 'quirks.xls']) {
  test(`.et (WPS; BIFF8 like .xls): ${xls} named .et imports as the .xls does`, () => {
    const et = xls.replace(/\.xls$/, '.et');
    const got = importBytes(et, committed(xls));
    assertSameImport(got, importBytes(xls, committed(xls)), et);
    assert.deepEqual(new Set(Object.values(got.sources).map((s) => s!.sheet.file)), new Set([et]), 'the sources name the .et file');
  });
}

test('budget-kit import reads .ods and .et files: the same data file as the .xlsx / .xls', async () => {
  const files: Record<string, Uint8Array> = {
    'tongnan.ods': write(layouts[0]!.book(), 'ods'),
    'district.et': committed('example-district-2024.xls'),
  };
  const run = async (file: string, bytes: Uint8Array) => {
    const out: string[] = [];
    const io: Io = { stdout: (t) => void out.push(t), stderr: () => undefined, readFile: async () => bytes };
    const code = await main(['import', file, '--json'], io);
    return { code, report: JSON.parse(out.join('')) as { status: string; data: unknown; import: unknown[] } };
  };
  for (const [file, reference] of [['tongnan.ods', 'tongnan-2023.xlsx'], ['district.et', 'example-district-2024.xls']] as const) {
    const got = await run(file, files[file]!);
    const want = await run(reference, committed(reference));
    assert.equal(got.report.status, 'imported', file);
    assert.equal(got.code, want.code, file);
    assert.deepStrictEqual(got.report.data, want.report.data, file);
    assert.deepStrictEqual(got.report.import, want.report.import, file);
  }
});
