/**
 * V8's per-file compile hint (rollup.config.mjs, issue 15): the first download of a page starts
 * with `//# allFunctionsCalledOnLoad`, so Chromium 136+ compiles it off the main thread; chunks
 * loaded on demand go without (compiling what a page may never run would waste the work). The hint
 * counts only as the file's first line, and it shifts the code a line down: the source maps must
 * follow.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const HINT = '//# allFunctionsCalledOnLoad\n';
const built = existsSync('dist/budget-widgets.js');
const skip = built ? false : 'run `npm run build` first';
const js = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => `${dir}/${f}`);

test('every entry module a page loads first starts with the compile hint', { skip }, () => {
  const entries = ['dist/budget-widgets.js', 'dist/budget-widgets.iife.js', ...js('dist/elements')];
  assert.ok(entries.length >= 8, entries.join(', '));
  for (const f of entries) assert.ok(readFileSync(f, 'utf8').startsWith(HINT), `${f} does not start with the compile hint`);
});

test('no chunk loaded on demand carries it', { skip }, () => {
  const chunks = [...js('dist/chunks'), ...js('dist/elements/chunks')];
  assert.ok(chunks.length > 10, chunks.join(', '));
  for (const f of chunks) assert.ok(!readFileSync(f, 'utf8').includes('allFunctionsCalledOnLoad'), `${f} carries the compile hint`);
});

test('the source maps of hinted files still point at the right source', { skip }, () => {
  for (const f of ['dist/budget-widgets.js', 'dist/elements/sangong-chart.js']) {
    const lines = readFileSync(f, 'utf8').split('\n');
    const map = new TraceMap(readFileSync(`${f}.map`, 'utf8'));
    // The module's first statement: the Trusted Types listener (src/elements/shared/trusted-types.ts).
    const line = lines.findIndex((l) => l.includes('"securitypolicyviolation"'));
    assert.equal(line, 1, `${f}: the code starts on the line after the hint`);
    const at = originalPositionFor(map, { line: line + 1, column: lines[line]!.indexOf('addEventListener') });
    assert.match(at.source ?? '', /src\/elements\/shared\/trusted-types\.ts$/, `${f}: mapped to ${at.source}`);
  }
});
