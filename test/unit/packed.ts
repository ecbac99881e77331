/**
 * The package as someone outside the repository gets it: `npm pack` of the built repository, then
 * the tarball installed into an empty folder in the system's temp directory (so nothing resolves
 * from the repository's node_modules), for test/unit/package.test.ts.
 *
 * Offline: `npm ci` only puts tarballs in the npm cache, not the registry's package documents a
 * range like `lit@^3.3.1` is resolved with, so the folder gets a lockfile: the tarball, and lit,
 * d3-* and zod at the versions this repository's package-lock.json pins (the closure of the
 * package's `dependencies`, copied entry for entry). `npm ci --offline` then needs nothing but the
 * cache a CI machine's `npm ci` filled. Where the cache lacks them (node_modules installed some
 * other way) the install falls back to `--prefer-offline`, which may use the registry, and says so.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './built-cli.js';
import { cleanEnv } from './child-env.js';

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** What `npm pack --json` says of the tarball. */
export interface Packed {
  filename: string;
  files: { path: string; mode: number }[];
}

export interface Installed {
  /** The temp folder holding the tarball and the consumer project. */
  dir: string;
  /** The consumer project: package.json, package-lock.json, node_modules/budget-widgets. */
  project: string;
  pack: Packed;
  /** Milliseconds taken by `npm pack` and by the install. */
  timings: { pack: number; install: number };
  /** How the install went: 'offline' or the fallback. */
  mode: 'offline' | 'prefer-offline';
  remove(): void;
}

/** The files `npm pack` needs from `npm run build`; a missing one fails the tests, not skips them. */
export const BUILT = ['dist/budget-widgets.js', 'dist/checks.js', 'dist/budget-kit.mjs', 'dist/types/index.d.ts', 'dist/types/checks.d.ts', 'dist/custom-elements.json'];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command for the consumer; never throws (the caller asserts on the status). */
export function run(cmd: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 120_000 });
}

/** The lockfile entries of `names` and everything they depend on, as this repository's lockfile has them. */
function closure(lock: { packages: Record<string, LockEntry> }, names: readonly string[]): Record<string, LockEntry> {
  const find = (from: string, name: string): string => {
    for (let at = from; ; ) {
      const key = `${at ? `${at}/` : ''}node_modules/${name}`;
      if (lock.packages[key]) return key;
      if (!at) throw new Error(`${name} (needed by ${from || 'budget-widgets'}) is not in package-lock.json`);
      const i = at.lastIndexOf('/node_modules/');
      at = i < 0 ? '' : at.slice(0, i);
    }
  };
  const out: Record<string, LockEntry> = {};
  const queue = names.map((n) => find('', n));
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    if (out[key]) continue;
    const entry = (out[key] = lock.packages[key]!);
    for (const dep of Object.keys(entry.dependencies ?? {})) queue.push(find(key, dep));
  }
  return out;
}

/** Packs the built repository and installs the tarball into a new temp project. */
export function packAndInstall(): Installed {
  const missing = BUILT.filter((f) => !existsSync(join(root, f)));
  if (missing.length) throw new Error(`${missing.join(', ')} missing: run npm run build first (the tarball is made of dist/)`);
  const dir = mkdtempSync(join(tmpdir(), 'budget-widgets-pack-'));
  let t = performance.now();
  // --ignore-scripts: no `prepare` rebuild (the build is what is tested); --json: the file list.
  const out = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const pack = (JSON.parse(out) as Packed[])[0]!;
  const packMs = performance.now() - t;

  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; license: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string> };
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const project = join(dir, 'project');
  mkdirSync(project);
  copyFileSync(join(dir, pack.filename), join(project, 'budget-widgets.tgz'));
  const integrity = `sha512-${createHash('sha512').update(readFileSync(join(project, 'budget-widgets.tgz'))).digest('base64')}`;
  const manifest = { name: 'consumer', version: '1.0.0', private: true, type: 'module', dependencies: { [pkg.name]: 'file:budget-widgets.tgz' } };
  writeFileSync(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
  const packages = {
    '': manifest,
    [`node_modules/${pkg.name}`]: { version: pkg.version, resolved: 'file:budget-widgets.tgz', integrity, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
    ...closure(lock, Object.keys(pkg.dependencies)),
  };
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2));

  t = performance.now();
  // --ignore-scripts: lit, d3 and zod have none; keeps the install quiet and quick.
  const base = ['ci', '--ignore-scripts', '--no-audit', '--no-fund'];
  let mode: Installed['mode'] = 'offline';
  let install = run(npm, [...base, '--offline'], project);
  if (install.status !== 0 && /ENOTCACHED/.test(install.stderr)) {
    mode = 'prefer-offline';
    install = run(npm, [...base, '--prefer-offline'], project);
  }
  if (install.status !== 0) throw new Error(`npm ci of the packed tarball failed (${mode}):\n${install.stderr}`);
  return { dir, project, pack, mode, timings: { pack: packMs, install: performance.now() - t }, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
