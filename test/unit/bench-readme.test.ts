/**
 * Reports that stay true (issue 15): the README's bench figures, test/bench/results.md and
 * results.json are one run's, and that run measured the code of this commit — its byte counts are
 * those the build prints now. The size table is the build's own (src/tools/size-docs.mjs).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { benchBlock, withBench } from '../bench/readme-block.js';
import { renderReport, type Results } from '../bench/report.js';
// @ts-expect-error a plain .mjs build tool without declarations
import { sizeTable, withSizes } from '../../src/tools/size-docs.mjs';

const results = JSON.parse(readFileSync('test/bench/results.json', 'utf8')) as Results;
const readme = readFileSync('README.md', 'utf8');

test('the README quotes the committed bench report (npm run bench:readme rewrites it)', () => {
  assert.equal(withBench(readme, benchBlock(results)), readme, 'README bench block differs from test/bench/results.json: run `npm run bench:readme` (or `npm run bench`)');
});

test('results.md is rendered from results.json', () => {
  assert.equal(renderReport(results).md, readFileSync('test/bench/results.md', 'utf8'), 'results.md differs from results.json: run `npm run bench:readme`');
});

test('the bench report is stamped with its commit and the tree state', () => {
  assert.match(results.commit, /^[0-9a-f]{7,}$/);
  assert.equal(typeof results.clean, 'boolean', 'results.json lacks `clean`: run `npm run bench`');
  assert.match(benchBlock(results), new RegExp(`commit ${results.commit}, (clean tree|uncommitted changes in the tree)`));
});

const built = existsSync('dist/sizes.json');
test('the bench measured the bundle this commit builds (bytes exactly)', { skip: built ? false : 'run `npm run build` first' }, () => {
  const sizes = JSON.parse(readFileSync('dist/sizes.json', 'utf8')) as Record<string, { gzip: number }>;
  assert.equal(results.comparison.bytes?.kit.gzip, sizes['budget-widgets.js (with static imports)']!.gzip, 'the whole kit changed size since the bench ran: run `npm run bench` and commit its report');
  assert.equal(results.comparison.bytes?.ours.gzip, sizes['elements/sangong-chart.js (with static imports)']!.gzip, '<sangong-chart> changed size since the bench ran: run `npm run bench`');
});

test('the README size table is the one the build writes', { skip: built ? false : 'run `npm run build` first' }, () => {
  const sizes = JSON.parse(readFileSync('dist/sizes.json', 'utf8'));
  assert.equal(withSizes(readme, sizeTable(sizes)), readme, 'README size table is stale: run `npm run build` and commit README.md');
});

test('the import bench (issue 14) in results.md and the README block; a report without it says it was not measured', () => {
  const s = (median: number) => ({ median, runs: [median] });
  const page = { shown: s(1500), drawn: s(9800), longest: s(1400), longestFrame: s(7200), heapShown: s(80e6), heapRetained: s(40e6), heapBefore: s(5e6), failures: [] };
  const withImport: Results = {
    ...results,
    import: { projects: 10_000, sheetRows: 10_074, memoryMethod: 'GNU time', runs: 1, formats: [{ format: 'xlsx', bytes: 1.3e6, cli: { wall: s(2300), maxRss: s(150e6), failures: [] }, page }, { format: 'xls', bytes: 2.1e6, cli: { wall: s(2100), maxRss: s(177e6), failures: [] }, page }] },
  };
  assert.match(renderReport(withImport).md, /\n\| \.xlsx \| 1\.3 MB \| 2300 \| 150\.0 \| 1500 \| 9800 \| 1400 \| 7200 \| 80\.0 \| 40\.0 \| 5\.0 \| 1 \/ 1 \|  \|\n/);
  assert.match(benchBlock(withImport), /- Import of a 10,000-row workbook \(1\.3 MB \(\.xlsx\), 2\.1 MB \(\.xls\)\): `budget-kit import` 2300 ms \(\.xlsx\), 2100 ms \(\.xls\), peak RSS 150 MB \(\.xlsx\), 177 MB \(\.xls\); the import page shows the findings and each table's sheet rows in 1500 ms \(\.xlsx\), 1500 ms \(\.xls\) and has drawn every table in 9800 ms \(\.xlsx\), 9800 ms \(\.xls\), longest task 1400 ms \(\.xlsx\), 1400 ms \(\.xls\) \(reading the workbook, on the page's main thread\), longest frame 7200 ms/);
  const { import: _none, ...without } = withImport;
  assert.match(renderReport(without).md, /## Import of a 10,000-row workbook[^\n]*\n\nNot measured in this run/);
  assert.match(benchBlock(without), /- Import of a 10,000-row workbook[^\n]*: not measured in this run\./);
});

test('the cold bench\'s big table (issue 15: 10,000 projects, unthrottled) in results.md and the README block; absent from an older report', () => {
  const s = (median: number) => ({ median, runs: [median] });
  const cold = results.cold ?? { cpuSlowdown: 4, runs: 1, pages: [], charts: [] };
  const withBig: Results = {
    ...results,
    cold: { ...cold, bigTable: { projects: 10_000, bytes: 21.2e6, firstRows: s(640), longest: s(150), targets: { firstRows: 700, longest: 200 }, failures: [] } },
  };
  assert.match(renderReport(withBig).md, /\n\| 10,000 \| 21\.2 MB \| 640 \| 150 \| 1 \|  \|\n/);
  assert.match(renderReport(withBig).md, /Issue 15's targets: first rows within 700 ms, no task over 200 ms\./);
  assert.match(benchBlock(withBig), /- `<project-table>` on 10,000 projects \(21\.2 MB\), the CPU not throttled: first rows 640 ms after the data arrived, longest task 150 ms \(issue 15's targets: 700 and 200 ms\)\./);
  const { bigTable: _none, ...without } = withBig.cold!;
  assert.doesNotMatch(renderReport({ ...withBig, cold: without }).md, /first rows after the data arrived/);
  assert.doesNotMatch(benchBlock({ ...withBig, cold: without }), /projects \([\d.]+ MB\), the CPU not throttled/);
});

test('the cold chart comparison: bars painted, and in the DOM, in results.md and the README block; an older report (in the DOM only) keeps its wording', () => {
  const s = (median: number) => ({ median, runs: [median] });
  const cold = results.cold ?? { cpuSlowdown: 4, runs: 1, pages: [], charts: [] };
  const chart = { network: 'none' as const, ours: s(400), echarts: s(800), echartsFull: s(900), inDom: { ours: s(300), echarts: s(750), echartsFull: s(850) }, oursPreloaded: s(350), failures: [] };
  const painted: Results = { ...results, cold: { ...cold, charts: [chart] } };
  assert.match(renderReport(painted).md, /until the bars are painted/);
  assert.match(renderReport(painted).md, /\n\| none \| 400 \| 800 \| 900 \| 2\.00× \| 2\.25× \| 300 \/ 750 \/ 850 \| 2\.50× \| 350 \|  \|\n/);
  assert.match(benchBlock(painted), /bars painted at 400 ms vs 800 ms for tree-shaken ECharts \(2\.00×\) and 900 ms for echarts\.min\.js \(2\.25×\); in the DOM at 300 vs 750 ms \(2\.50×\); ours with the data file preloaded: painted at 350 ms\./);
  const { inDom: _none, oursPreloaded: _neither, ...older } = chart;
  const old: Results = { ...results, cold: { ...cold, charts: [older] } };
  assert.match(renderReport(old).md, /until the bars are in the DOM\./);
  assert.match(benchBlock(old), /: bars at 400 ms vs 800 ms for tree-shaken ECharts \(2\.00×\) and 900 ms for echarts\.min\.js \(2\.25×\)\./);
  assert.doesNotMatch(benchBlock(old), /painted|in the DOM at/);
});

test('the cold pages: what their long frames were made of, in results.md and the README block; absent from an older report', () => {
  const s = (median: number) => ({ median, runs: [median] });
  const cold = results.cold ?? { cpuSlowdown: 4, runs: 1, pages: [], charts: [] };
  const page = { name: 'four-tag page (Tongnan)', longest: s(120), tbt: s(150), drawn: s(800), frames: { script: s(70), rendering: s(110) }, failures: [] };
  const withFrames: Results = { ...results, cold: { ...cold, pages: [page] } };
  assert.match(renderReport(withFrames).md, /\n\| four-tag page \(Tongnan\) \| 120 \| 150 \| 800 \| 70\.0 \| 110 \|  \|\n/);
  assert.match(benchBlock(withFrames), /every widget drawn at 800 ms \(issue 15's targets: 100 and 200 ms\); in one long frame at most 70\.0 ms of scripts and 110 ms of rendering \(style, layout, paint\)\./);
  const { frames: _none, ...older } = page;
  const old: Results = { ...results, cold: { ...cold, pages: [older] } };
  assert.match(renderReport(old).md, /\n\| four-tag page \(Tongnan\) \| 120 \| 150 \| 800 \|  \|\n/);
  assert.doesNotMatch(benchBlock(old), /long frame/);
});
