/**
 * `npm start` (demo/serve.mjs) when its port is taken (issue 11): a second `npm start` died with
 * a raw EADDRINUSE stack. Now a busy PORT that was asked for is one plain sentence saying how to
 * choose another, and a busy default port moves to the next free one and says so. The demo serves
 * Lit's production build (no "Lit is in dev mode" in every page's console).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { after, test } from 'node:test';
import { root } from './built-cli.js';
import { cleanEnv } from './child-env.js';

const servers: Server[] = [];
after(() => {
  for (const s of servers) s.close();
});

/** Listens on `port` (0: any free one) on every interface, as the dev server does; undefined when it is taken. */
function occupy(port: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', (e: NodeJS.ErrnoException) => (e.code === 'EADDRINUSE' ? resolve(undefined) : reject(e)));
    s.listen(port, () => {
      servers.push(s);
      resolve((s.address() as { port: number }).port);
    });
  });
}

test('a busy PORT is said in plain words, with how to choose another; no stack trace', async () => {
  const port = (await occupy(0))!;
  const r = spawnSync(process.execPath, ['demo/serve.mjs'], { cwd: root, env: { ...cleanEnv(), PORT: String(port) }, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, new RegExp(`port ${port} is busy`));
  assert.match(r.stderr, /PORT=\d+ npm start/);
  assert.doesNotMatch(r.stderr, /EADDRINUSE|\n\s+at /);
});

test('a PORT that is not a port number is a usage error', () => {
  const r = spawnSync(process.execPath, ['demo/serve.mjs'], { cwd: root, env: { ...cleanEnv(), PORT: 'eighty' }, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /PORT=eighty is not a port number/);
});

test('a busy default port 8000 (a second npm start): the next free port, said, serving the production Lit', async (t) => {
  // Taken by us, or already by someone else: either way the demo must move.
  await occupy(8000);
  const env = cleanEnv();
  delete env['PORT'];
  const child = spawn(process.execPath, ['demo/serve.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  t.after(() => child.kill());
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d));
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address within 60 s:\n${out}\n${err}`)), 60_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      const m = /(http:\/\/localhost:\d+)\/demo\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${out}\n${err}`)));
  });
  assert.match(out, /port 8000 is busy \(another `npm start`\?\), using (\d+) instead/);
  assert.notEqual(address, 'http://localhost:8000');
  assert.equal(new URL(address).port, /using (\d+) instead/.exec(out)![1]);
  // The demo pages are there, and lit resolves to its production build.
  assert.equal((await fetch(`${address}/demo/themes.html`)).status, 200);
  // lit's entry imports lit-element and lit-html, whose development builds hold the banner.
  const lit = await (await fetch(`${address}/node_modules/lit/index.js`)).text();
  const imports = [...lit.matchAll(/from\s*["']([^"']+)["']/g)].map((m) => m[1]!);
  assert.ok(imports.some((i) => i.includes('lit-element/')), imports.join(', '));
  assert.deepEqual(imports.filter((i) => i.includes('/development/')), []);
  assert.equal(err, '');
});
