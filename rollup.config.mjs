// Builds dist/:
//   budget-widgets.js       one self-contained ES module with every element
//   budget-widgets.iife.js  the same as a classic script, for pages without modules
//   elements/<name>.js      one module per element (shared code split into elements/chunks/)
//   embed.html          the iframe page for CMSs that strip scripts (+ embed.js, embed.css)
//   budget-kit.mjs          the Node CLI (`npx budget-kit validate FILE`)
// Every browser output is minified with source maps; the size budget is checked and printed.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify as esbuildMinify } from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { readdirSync, existsSync, copyFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { sizeBudget } from './src/tools/size-budget.mjs';

const ts = (minify) => esbuild({ target: 'es2022', minify, tsconfig: 'tsconfig.json', legalComments: 'none' });
/**
 * Browser code: compile TypeScript, collapse the whitespace inside Lit's html`` and css`` templates
 * (it recognises them by tag name, so before identifiers are mangled), then minify the chunk.
 */
const browserTs = () => [ts(false), minifyTemplateLiterals(), esbuildMinify({ target: 'es2022', legalComments: 'none' })];
const resolve = nodeResolve({ extensions: ['.ts', '.js'], browser: true });

/** Every element folder that has an entry module of the same name, e.g. src/elements/kpi-card/kpi-card.ts. */
const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/${d.name}.ts`))
  .map((d) => d.name);

/** Copies static files next to the bundle. */
const copy = (files) => ({
  name: 'copy',
  writeBundle() {
    mkdirSync('dist', { recursive: true });
    for (const f of files) copyFileSync(f, `dist/${basename(f)}`);
  },
});

/** zod's internal circular imports are harmless; everything else is worth reading. */
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.[0] ?? '')) return;
  warn(warning);
};
const browser = { onwarn, preserveEntrySignatures: 'exports-only' };

export default [
  {
    ...browser,
    input: 'src/index.ts',
    // The consistency checks (an editor's preview feature of <budget-summary show-checks>) are a
    // dynamic import: a separate chunk readers never download.
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: 'budget-widgets.js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [resolve, ...browserTs(), sizeBudget({ budgetKB: 60, file: 'budget-widgets.js' })],
  },
  {
    ...browser,
    input: 'src/index.ts',
    // A classic script cannot load chunks: everything inline.
    output: { file: 'dist/budget-widgets.iife.js', format: 'iife', name: 'BudgetWidgets', sourcemap: true, inlineDynamicImports: true },
    plugins: [resolve, ...browserTs(), sizeBudget({})],
  },
  elements.length && {
    ...browser,
    input: Object.fromEntries(elements.map((name) => [name, `src/elements/${name}/${name}.ts`])),
    output: { dir: 'dist/elements', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [resolve, ...browserTs(), sizeBudget({})],
  },
  {
    ...browser,
    input: 'src/embed/embed.ts',
    // The page reuses the main bundle (cached with the site's other widgets) rather than a second copy.
    external: (id) => /(^|\/)index\.js$/.test(id),
    output: { file: 'dist/embed.js', format: 'es', sourcemap: true, paths: (id) => (id.endsWith('index.js') ? './budget-widgets.js' : id) },
    plugins: [resolve, ...browserTs(), copy(['src/embed/embed.html', 'src/embed/embed.css'])],
  },
  {
    input: 'src/cli/budget-kit.ts',
    output: { file: 'dist/budget-kit.mjs', format: 'es', banner: '#!/usr/bin/env node' },
    external: [/^node:/],
    onwarn,
    plugins: [nodeResolve({ extensions: ['.ts', '.js'], exportConditions: ['node'] }), ts(false)],
  },
].filter(Boolean);
