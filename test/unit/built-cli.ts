/**
 * The built CLI (dist/budget-kit.mjs, the package `bin`) for tests that spawn it. It is rebuilt from
 * the CLI entry of rollup.config.mjs (the config `npm run build` uses) when it is missing or older
 * than any source it bundles, so a test run never exercises a stale binary.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputOptions, RollupOptions } from 'rollup';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const bin = join(root, 'dist/budget-kit.mjs');

/** The CLI bundles the model, the static renderers, the elements' pure modules and the importer. */
const SOURCES = ['src/cli', 'src/model', 'src/static', 'src/elements', 'src/import'];

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export async function ensureBuiltCli(): Promise<void> {
  const latest = Math.max(...SOURCES.map((d) => newest(join(root, d))));
  if (existsSync(bin) && statSync(bin).mtimeMs >= latest) return;
  const { rollup } = await import('rollup');
  const configs = (await import(join(root, 'rollup.config.mjs'))).default as Array<{ input: string; output: OutputOptions }>;
  const cli = configs.find((c) => c.input === 'src/cli/budget-kit.ts')!;
  const bundle = await rollup({ ...cli, onwarn: () => {} } as RollupOptions);
  await bundle.write(cli.output);
  await bundle.close();
}
