import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
// @ts-expect-error plain JS build tool without types
import { apiMarkdown, withApi } from '../../src/tools/api-docs.mjs';
import { WIDGET_NAMES } from '../../src/widgets/registry.js';

test('the README API reference is generated from the current custom-elements.json', () => {
  if (!existsSync('dist/custom-elements.json')) {
    execFileSync('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/elements/*/*.ts', '--outdir', 'dist', '--quiet']);
  }
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  assert.equal(withApi(readme, apiMarkdown(manifest)), readme, 'README.md API section is stale: run `npm run build`');
  for (const tag of WIDGET_NAMES) {
    assert.match(readme, new RegExp(`### \`<${tag}>\``), `${tag} is documented`);
  }
});
