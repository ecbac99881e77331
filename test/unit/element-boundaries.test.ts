/**
 * An element's whole story is in its folder, and what elements share is in src/elements/shared/
 * (issue 12): no element folder imports another element folder, except the documented linking of
 * `<kpi-card for>` to `<project-table>`'s events. The shared folder imports no element folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { WIDGET_NAMES } from '../../src/widgets/registry.js';

/** Imports allowed across element folders, each for a documented reason. */
const ALLOWED = new Set([
  // The `for=` contract: <kpi-card for="id"> follows the budget-project-select events of that <project-table>.
  'kpi-card → project-table/events.js',
]);

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]!);

test('no element folder imports another element folder, beyond the documented linking', () => {
  const crossings: string[] = [];
  for (const folder of [...WIDGET_NAMES, 'shared']) {
    for (const name of readdirSync(`src/elements/${folder}`).filter((f) => f.endsWith('.ts'))) {
      for (const spec of importsOf(`src/elements/${folder}/${name}`)) {
        const m = /^\.\.\/([\w-]+)\/(.+)$/.exec(spec);
        if (!m || !(WIDGET_NAMES as readonly string[]).includes(m[1]!) || m[1] === folder) continue;
        const crossing = `${folder} → ${m[1]}/${m[2]}`;
        if (!ALLOWED.has(crossing)) crossings.push(`${folder}/${name}: ${spec}`);
      }
    }
  }
  assert.deepEqual(crossings, []);
});

test('the test sees imports (it would fail on a crossing)', () => {
  assert.deepEqual(importsOf('src/elements/kpi-card/kpi-card.ts').filter((s) => s.startsWith('../project-table/')), ['../project-table/events.js']);
});
