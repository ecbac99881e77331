/**
 * The first render needs one round trip for code, not a chain (issue 15): the kit is one file with
 * no static import (its lazy chunks import from it), so is each per-element module, and the embed
 * page preloads what its script imports. On a slow line every step of a chain costs a round trip before anything draws.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { staticClosure } from '../bench/bytes.js';

const built = existsSync('dist/budget-widgets.js');
const skip = built ? false : 'run `npm run build` first';

test('dist/budget-widgets.js imports nothing statically: one request draws every widget', { skip }, () => {
  assert.deepEqual(staticClosure('dist/budget-widgets.js'), ['dist/budget-widgets.js']);
});

test('each per-element module (dist/elements/<name>.js) imports nothing statically either', { skip }, () => {
  const modules = readdirSync('dist/elements').filter((f) => f.endsWith('.js'));
  assert.ok(modules.length >= 6, `one module per element: ${modules.join(', ')}`);
  for (const f of modules) assert.deepEqual(staticClosure(`dist/elements/${f}`), [`dist/elements/${f}`]);
});

test('the embed page preloads every module its script imports', { skip }, () => {
  const html = readFileSync('dist/embed.html', 'utf8');
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="\.\/([^"]+)">/g)].map((m) => `dist/${m[1]}`);
  const needed = staticClosure('dist/embed.js').filter((f) => f !== 'dist/embed.js');
  assert.ok(needed.length > 0, 'embed.js imports the kit');
  for (const f of needed) assert.ok(preloaded.includes(f), `embed.html does not preload ${f}`);
});
