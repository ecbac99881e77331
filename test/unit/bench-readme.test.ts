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
