// Rollup plugin: prints the minified + gzipped size of every emitted JS file and fails the build
// when the named file exceeds its budget. Writes dist/sizes.json for the README.
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

/** The gzip budget of what a page downloads first (dist/budget-widgets.js and its static imports), in KB. */
export const ELEMENT_BUDGET_KB = 48;

export function sizeBudget({ budgetKB, file } = {}) {
  return {
    name: 'size-budget',
    writeBundle(options, bundle) {
      const rows = [];
      for (const [name, out] of Object.entries(bundle)) {
        if (out.type !== 'chunk') continue;
        const code = Buffer.from(out.code);
        rows.push({ file: options.file ? options.file.replace(/^dist\//, '') : `${options.dir.replace(/^dist\/?/, '')}/${name}`.replace(/^\//, ''), min: code.length, gzip: gzipSync(code, { level: 9 }).length });
      }
      for (const r of rows) console.log(`  ${r.file.padEnd(44)} ${(r.min / 1024).toFixed(1).padStart(7)} KB min ${(r.gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
      const sizes = existsSync('dist/sizes.json') ? JSON.parse(readFileSync('dist/sizes.json', 'utf8')) : {};
      for (const r of rows) sizes[r.file] = { min: r.min, gzip: r.gzip };
      writeFileSync('dist/sizes.json', JSON.stringify(sizes, null, 2) + '\n');
      // What a page downloads for each entry: the entry and every chunk it imports statically
      // (dynamic imports, like the editor-only checks, are not part of it). Recorded for every
      // entry, so the README's size table (src/tools/size-docs.mjs) reads them all from sizes.json.
      const gz = Object.fromEntries(Object.entries(bundle).filter(([, o]) => o.type === 'chunk').map(([n, o]) => [n, gzipSync(Buffer.from(o.code), { level: 9 }).length]));
      const closure = (entry) => {
        const seen = new Set();
        const visit = (name) => {
          if (seen.has(name) || !bundle[name]) return;
          seen.add(name);
          for (const dep of bundle[name].imports) visit(dep);
        };
        visit(entry);
        return seen;
      };
      const prefix = options.dir ? `${options.dir.replace(/^dist\/?/, '')}/`.replace(/^\//, '') : '';
      for (const [name, out] of Object.entries(bundle)) {
        if (out.type !== 'chunk' || !out.isEntry || options.file) continue;
        const seen = closure(name);
        sizes[`${prefix}${name} (with static imports)`] = {
          min: [...seen].reduce((sum, n) => sum + Buffer.byteLength(bundle[n].code), 0),
          gzip: [...seen].reduce((sum, n) => sum + gz[n], 0),
          files: [...seen].map((n) => `${prefix}${n}`),
        };
      }
      writeFileSync('dist/sizes.json', JSON.stringify(sizes, null, 2) + '\n');
      if (!budgetKB || !file) return;
      const seen = closure(file);
      const total = sizes[`${prefix}${file} (with static imports)`].gzip;
      console.log(`  size budget: ${file} with its static imports ${(total / 1024).toFixed(1)} KB of ${budgetKB} KB gzip`);
      // The rest loads only when a page uses it (English words, a theme preset, checks, exports, a failing file).
      const lazy = Object.keys(gz).filter((n) => !seen.has(n));
      console.log(`  on demand: ${lazy.map((n) => `${n.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '')} ${(gz[n] / 1024).toFixed(1)}`).join(', ')} KB gzip`);
      if (total > budgetKB * 1024) this.error(`${file} loads ${(total / 1024).toFixed(1)} KB gzipped, over the ${budgetKB} KB budget`);
    },
  };
}
