/**
 * The demo server (`npm start`) serves data files as a site does, byte for byte: a district that
 * previews its file there must see the failure the CLI and the builder report (a new user's review
 * found a stray byte shown as a valid file, because the dev server re-encoded it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
// @ts-expect-error a plain .mjs module without declarations
import { jsonAsBytes, siteAliases } from '../../demo/demo-server.mjs';

type Ctx = { path: string; url: string; type?: string; body?: unknown };

/** Runs siteAliases then jsonAsBytes on `url`: the body served, or 'next' when the dev server would answer. */
async function serve(url: string): Promise<Buffer | 'next'> {
  const ctx: Ctx = { url, get path() { return this.url.split('?')[0]!; } } as Ctx;
  let reached = false;
  await siteAliases()(ctx, () => jsonAsBytes()(ctx, async () => { reached = true; }));
  if (reached) return 'next';
  assert.equal(ctx.type, 'application/json');
  return ctx.body as Buffer;
}

test('data files are served byte for byte, under their site alias too', async () => {
  const bytes = readFileSync('data/tongnan-cac-2023.json');
  assert.deepEqual(await serve('/budget/tongnan-cac-2023.json'), bytes);
  assert.deepEqual(await serve('/data/tongnan-cac-2023.json?v=2'), bytes);
  // A GBK file stays GBK: the widget must say so, not show mojibake as data.
  assert.deepEqual(await serve('/demo/fixtures/saved-as-gbk.json'), readFileSync('demo/fixtures/saved-as-gbk.json'));
});

test('anything else goes on to the dev server: other files, missing files, paths out of the repository', async () => {
  assert.equal(await serve('/demo/index.html'), 'next');
  assert.equal(await serve('/data/no-such-file.json'), 'next');
  // A JSON file that exists outside the repository, reached by climbing out of it.
  const dir = mkdtempSync(join(tmpdir(), 'demo-server-'));
  try {
    writeFileSync(join(dir, 'outside.json'), '{"secret":1}');
    const climb = relative(process.cwd(), join(dir, 'outside.json'));
    assert.match(climb, /^\.\.\//);
    assert.equal(await serve(`/${climb}`), 'next');
    assert.equal(await serve(`/${climb.replace(/\.\./g, '%2e%2e')}`), 'next');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(await serve('/%E0%A4%A.json'), 'next');
});
