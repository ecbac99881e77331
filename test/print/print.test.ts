/**
 * Printing (issue 11): citizens print these pages. Each element alone and each demo page is
 * printed to PDF by Chromium (`page.pdf()`, A4) and the text of every printed page is read back.
 * What broke: <project-table>'s 合计 row repeated on every page (page 1 showed the heading row, then
 * 合计 and no project rows), the repeated heading row was blank except 占合计比例 (Chromium does not
 * paint a button there), the ↕ and ▸ glyphs printed, and a paged table printed one page of rows.
 *
 * Run: npm run test:print (starts the demo server and Chromium itself; ~30 s).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { generateDisclosure } from '../bench/generate.js';
import { startPrinter, type Printer } from './print-pdf.js';
import { BUDGET_WIDGET_NAMES } from '../../src/widgets/registry.js';

/** pdf.js splits CJK runs at arbitrary points: compare text with all white space removed. */
const squash = (s: string) => s.replace(/\s+/g, '');
/** Glyphs of controls that mean nothing on paper: sort arrows and row toggles. */
const GLYPHS = /[↕▸▲▼]/;
/** The headings of <project-table> on the bundled data, in order, as one run of text. */
const HEADINGS = '项目名称功能分类科目预算单位合计年初特定目标小计年初特定目标一般性项目占合计比例';

const tongnan = JSON.parse(readFileSync(new URL('../../data/tongnan-cac-2023.json', import.meta.url), 'utf8')) as { projects: { name: string }[] };
// 60 projects: more than one page of the widget's pager (50) and several printed pages.
const many = generateDisclosure({ projects: 60, codeRows: 12, units: 2 });
const manyJson = JSON.stringify(many);

let printer: Printer;
before(async () => {
  printer = await startPrinter([
    (ctx, next) => {
      if (ctx.path !== '/print/many-projects.json') return next();
      ctx.type = 'application/json';
      ctx.body = manyJson;
      return undefined;
    },
  ]);
});
after(() => printer?.close());

/** Prints `path` and returns each page's squashed text. */
async function printed(path: string): Promise<string[]> {
  return (await printer.print(path)).pages.map(squash);
}

/** How many times `re` (global) matches in all pages together. */
const count = (pages: string[], re: RegExp) => pages.reduce((n, p) => n + (p.match(re)?.length ?? 0), 0);

test('<project-table> prints its rows on page 1, 合计 once at the end, no control glyphs', async () => {
  const pages = await printed('/demo/gallery.html?widget=project-table');
  for (const p of tongnan.projects) assert.ok(pages[0]!.includes(squash(p.name)), `page 1 lacks ${p.name}: ${pages[0]}`);
  assert.ok(pages[0]!.includes(HEADINGS), pages[0]);
  // The totals row: 合计 followed by the published figures, once in the whole print.
  assert.equal(count(pages, /合计102\.00102\.00102\.00100\.00%/g), 1, pages.join('\n'));
  assert.ok(pages.at(-1)!.includes('合计102.00'), 'the totals row is on the last page');
  assert.doesNotMatch(pages.join(''), GLYPHS);
  assert.doesNotMatch(pages.join(''), /下载CSV/);
});

test('a paged <project-table> prints every row, the complete heading row on every page and 合计 once', async () => {
  const pages = await printed('/demo/gallery.html?widget=project-table&src=/print/many-projects.json');
  assert.ok(pages.length >= 3, `expected several pages, got ${pages.length}`);
  assert.match(pages[0]!, /专项00001/, 'page 1 has the project rows');
  const all = pages.join('');
  for (let i = 1; i <= 60; i++) assert.match(all, new RegExp(`专项${String(i).padStart(5, '0')}`), `project ${i} is printed`);
  const headings = '项目名称功能分类科目预算单位合计';
  for (const [i, p] of pages.entries()) {
    if (/专项000\d\d/.test(p)) {
      assert.ok(p.includes(headings) && p.includes('占合计比例'), `page ${i + 1} has the whole heading row: ${p.slice(0, 200)}`);
    }
  }
  assert.equal(count(pages, /合计[\d,]+\.\d\d[\d,.—%]*100\.00%/g), 1, 'one totals row in the whole print');
  assert.match(pages.at(-1)!, /合计[\d,]+\.\d\d/);
  assert.doesNotMatch(all, GLYPHS);
});

// The gallery shows the Tongnan budget; the 决算-only <budget-execution> prints on the 决算 demo page below.
for (const widget of BUDGET_WIDGET_NAMES) {
  test(`<${widget}> alone prints without control glyphs and with its figures`, async () => {
    const pages = await printed(`/demo/gallery.html?widget=${widget}`);
    const all = pages.join('');
    assert.doesNotMatch(all, GLYPHS);
    // Every element on the bundled data shows a 2023 figure of the file (the department name at least).
    assert.match(all, /潼南区委网络安全和信息化委员会办公室/);
    assert.match(all, /\d\.\d\d/);
  });
}

for (const page of ['index.html', 'example-district.html', 'example-district-final.html', 'failures.html', 'themes.html', 'builder.html']) {
  test(`demo/${page} prints without control glyphs`, async () => {
    const pages = await printed(`/demo/${page}`);
    assert.ok(pages.length >= 1);
    assert.doesNotMatch(pages.join(''), GLYPHS);
    if (page === 'index.html') {
      const at = pages.findIndex((p) => p.includes(squash(tongnan.projects[0]!.name)));
      assert.ok(at >= 0 && pages[at]!.includes(HEADINGS), 'the project table prints its heading row and its first project');
      assert.equal(count(pages, /合计102\.00102\.00102\.00100\.00%/g), 1, 'the project table prints 合计 once');
    }
    // <budget-execution>: 2050101 行政运行, 年初预算 against 决算 (test/browser/budget-execution.test.ts works them out).
    if (page === 'example-district-final.html') assert.match(pages.join(''), /2050101行政运行6,234,518\.366,412,905\.18/);
  });
}
