/**
 * Bytes shipped: the raw (minified) and gzip size of a set of built files, and the static import
 * closure of an ES module entry (what a page downloads before the entry can run; dynamic
 * `import()` chunks such as the consistency checks are left out, as the page does not load them).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  files: { file: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
}

/** Sizes of the files, each gzipped on its own at level 9 (as a server would send them). */
export function weigh(files: string[], root: string): Weight {
  const sizes = files.map((f) => {
    const buf = readFileSync(f);
    return { file: relative(root, f), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return { files: sizes, raw: sizes.reduce((s, x) => s + x.raw, 0), gzip: sizes.reduce((s, x) => s + x.gzip, 0) };
}

/** The entry and every module it imports statically, transitively (relative specifiers only). */
export function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Minified ESM: `from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`; not `import("./x.js")`.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*(["'])(\.{1,2}\/[^"']+)\1/g)) visit(join(dirname(file), m[2]!));
  };
  visit(entry);
  return [...seen];
}
