/**
 * The package's bin in the repository (issue 11): the build leaves dist/budget-kit.mjs executable,
 * because npm may run it directly through the shell. It did not (mode 644), and after an
 * `npm pack` (whose `prepare` rebuilds dist/) `npx budget-kit` in the repository failed with
 * “Permission denied”, exit 127.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { before, test } from 'node:test';
import { bin, ensureBuiltCli, root } from './built-cli.js';
import { cleanEnv } from './child-env.js';

before(ensureBuiltCli);

test('the build writes dist/budget-kit.mjs executable, with a node shebang', () => {
  assert.equal(statSync(bin).mode & 0o111, 0o111, `mode ${(statSync(bin).mode & 0o777).toString(8)}`);
  assert.ok(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n'));
});

test('the bin runs as a program, not only through node', () => {
  const r = spawnSync(bin, ['--help', '--lang', 'en'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^budget-kit — tools for budget disclosure data files/);
});

test('npx budget-kit inside the repository runs the built bin', () => {
  const r = spawnSync('npx', ['--offline', 'budget-kit', 'validate', 'data/tongnan-cac-2023.json', '--lang', 'en'], { cwd: root, env: cleanEnv(), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /0 errors/);
});
