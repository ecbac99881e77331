// Builds dist/:
//   budget-widgets.js       one self-contained ES module with every element
//   checks.js               the consistency checks alone (`budget-widgets/checks`), for tools, in browsers and Node
//   budget-widgets.iife.js  the same as a classic script, for pages without modules
//   elements/<name>.js      one self-contained module per element (its on-demand chunks in elements/chunks/)
//   embed.html              the iframe page for CMSs that strip scripts (+ embed.js, embed.css)
//   budget-static.css       the static fallback's stylesheet (one <link> in the site template)
//   themes/<preset>.css     page stylesheets of the theme presets (dark, dark-auto, gov-red, high-contrast)
//   import.html, import.js  the import page (Excel workbooks → data file), offline, loaded by nothing else
//   budget-kit.mjs          the Node CLI (`npx budget-kit validate FILE`), executable, bundled: only node: imports
//   types/                  TypeScript declarations (tsc -p tsconfig.types.json, after rollup)
// Every browser output is minified with source maps; the size budget is checked and printed.
// Every browser output is compiled for the support floor (README: Browser support).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild, { minify as esbuildMinify } from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { readdirSync, existsSync, copyFileSync, mkdirSync, chmodSync } from 'node:fs';
import { basename } from 'node:path';
import { sizeBudget, ELEMENT_BUDGET_KB } from './src/tools/size-budget.mjs';

/**
 * The browsers the kit supports, as esbuild targets: ES2021 syntax (no class static blocks, no
 * top-level await…) as Chromium 86 (360 安全浏览器 13, 信创 browsers), Safari 14.1 / iOS 14.5 and
 * Firefox 91 ESR parse it. test/unit/dist-floor.test.ts parses every shipped file as ES2021.
 *
 * Optional chaining is declared supported although esbuild lowers it below Chromium 91: only an
 * optional call with a spread argument followed by another (`f?.(...a, b)`) throws in Chromium
 * 80–90 (V8 bug 11558), and lowering every `?.` cost 0.7 KB gzip of the 45 KB budget. The test
 * refuses every optional call with a spread argument instead.
 */
const FLOOR = { target: ['es2021', 'chrome86', 'edge86', 'firefox91', 'safari14.1', 'ios14.5'], supported: { 'optional-chain': true } };
const ts = (minify, target = FLOOR) => esbuild({ ...target, minify, tsconfig: 'tsconfig.json', legalComments: 'none' });
/**
 * Browser code: compile TypeScript, collapse the whitespace inside Lit's html`` and css`` templates
 * (it recognises them by tag name, so before identifiers are mangled), then minify the chunk.
 */
const browserTs = () => [
  ts(false),
  // Not lit's modules (no templates in them) nor theme-presets.ts (CSS made with unsafeCSS, no css``
  // template): the minifier skips any source that mentions unsafeCSS, with a console warning each
  // time, nine a build. Leaving them out changes no output byte.
  minifyTemplateLiterals({ exclude: [/node_modules/, /theme-presets\.ts$/] }),
  esbuildMinify({ ...FLOOR, legalComments: 'none' }),
];
const resolve = nodeResolve({ extensions: ['.ts', '.js'], browser: true });
/**
 * A second minification pass over esbuild's output: terser inlines and drops what esbuild keeps
 * (measured on budget-widgets.js with its static imports: 1.3 KB gzip less of 45). ecma 2020: it
 * never writes syntax newer than that; module and source maps follow each output's format.
 */
const squeeze = () => {
  const options = { ecma: 2020, compress: { passes: 2 }, format: { comments: false } };
  const plain = terser(options);
  const hinted = terser({ ...options, format: { ...options.format, preamble: COMPILE_HINT } });
  return {
    name: 'squeeze',
    renderChunk(code, chunk, outputOptions) {
      return (chunk.isEntry ? hinted : plain).renderChunk.call(this, code, chunk, outputOptions);
    },
  };
};

/**
 * V8's per-file compile hint, on the first line of every entry module (the first download of a
 * page; chunks loaded on demand go without). Chromium 136 and later then compile the file's
 * functions on the thread that streams the script in, instead of one by one on the main thread the
 * first time each runs: nearly all of an entry runs on a widget's first render. Older browsers
 * read a comment. Measured with test/bench/ab-cold.ts at 4× CPU (7–9 interleaved loads each): the
 * cold <sangong-chart> page's bars painted 521 → 436 ms; the portal page's total blocking time
 * 289 → 172 ms; the four-tag page unchanged within noise. Caveat: CPU throttling slows the main
 * thread only, so the bench does not charge the background compile to the page; on a slow
 * two-core PC the gain is smaller. The import page's entry (a tool page) is hinted too: its
 * spreadsheet reader compiles off the main thread whether or not a file is chosen.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Every element folder that has an entry module of the same name, e.g. src/elements/kpi-card/kpi-card.ts. */
const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/${d.name}.ts`))
  .map((d) => d.name);

/** Copies static files next to the bundle (into dist/<dir>/ when given). */
const copy = (files, dir = '') => ({
  name: 'copy',
  writeBundle() {
    mkdirSync(`dist/${dir}`, { recursive: true });
    for (const f of files) copyFileSync(f, `dist/${dir}${dir && '/'}${basename(f)}`);
  },
});

/** The theme page stylesheets (generated by src/tools/gen-themes.ts), e.g. dist/themes/dark.css. */
const themes = readdirSync('src/themes').filter((f) => f.endsWith('.css')).map((f) => `src/themes/${f}`);

/**
 * Known-harmless warnings about code in node_modules, silenced so the ones about our code stand out:
 * zod's internal circular imports, and INVALID_ANNOTATION for two explanatory comments in zod
 * (v4/core/util.js, regexes.js) that merely mention `@__PURE__`; Rollup drops those comments, the
 * real annotations beside them still apply (printed once per output, eight times a build).
 */
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.[0] ?? '')) return;
  if (warning.code === 'INVALID_ANNOTATION' && /node_modules[\\/]zod[\\/]/.test(warning.id ?? '')) return;
  warn(warning);
};

/** The bin must be executable: npm runs it through the shell when it resolves `budget-kit` to dist/ itself. */
const executable = (file) => ({
  name: 'executable',
  writeBundle() {
    chmodSync(file, 0o755);
  },
});
const browser = { onwarn, preserveEntrySignatures: 'exports-only' };

export default [
  {
    ...browser,
    // Chunks loaded on demand (the checks, the words, <budget-execution>) import the kit's internals
    // from this entry: 'allow-extension' lets them be extra exports of budget-widgets.js itself
    // (mangled, undocumented, not in the types) instead of a facade file re-exporting a shared
    // chunk. Measured: the facade and its import list cost 0.3 KB gzip of the 46 KB budget.
    preserveEntrySignatures: 'allow-extension',
    input: 'src/index.ts',
    // The entry holds the code itself (lazy chunks import what they share from it), so a page's first
    // render needs one request, not the entry and then the chunk it would otherwise re-export.
    // The consistency checks (an editor's preview feature of <budget-summary show-checks>) are a
    // dynamic import: a separate chunk readers never download.
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: 'budget-widgets.js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [resolve, ...browserTs(), squeeze(), sizeBudget({ budgetKB: ELEMENT_BUDGET_KB, file: 'budget-widgets.js' })],
  },
  {
    ...browser,
    input: 'src/checks.ts',
    // `import { runChecks } from 'budget-widgets/checks'`: one self-contained module (no DOM, no
    // Node), so a tool can import it without the elements, in a browser or in Node.
    output: { file: 'dist/checks.js', format: 'es', sourcemap: true },
    plugins: [resolve, ...browserTs(), squeeze(), sizeBudget({})],
  },
  {
    ...browser,
    input: 'src/iife.ts',
    // A classic script cannot load chunks: everything inline.
    output: { file: 'dist/budget-widgets.iife.js', format: 'iife', name: 'BudgetWidgets', sourcemap: true, inlineDynamicImports: true },
    plugins: [resolve, ...browserTs(), squeeze(), sizeBudget({})],
  },
  // One build per element, not one build of them all: sharing code between elements split it into
  // chunks the entry imports, so a page with one element waited for its module, then for six more
  // (a two-step request chain; issue 15). Each module now holds all it needs, like budget-widgets.js
  // ('allow-extension': its on-demand chunks import from it). Two of them on a page each bring their
  // own copy of lit and the loader: a page with several elements uses budget-widgets.js (README).
  ...elements.map((name) => ({
    ...browser,
    preserveEntrySignatures: 'allow-extension',
    input: { [name]: `src/elements/${name}/${name}.ts` },
    output: { dir: 'dist/elements', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [resolve, ...browserTs(), squeeze(), sizeBudget({})],
  })),
  {
    ...browser,
    input: 'src/embed/embed.ts',
    // The page reuses the main bundle (cached with the site's other widgets) rather than a second copy.
    external: (id) => /(^|\/)index\.js$/.test(id),
    output: { file: 'dist/embed.js', format: 'es', sourcemap: true, paths: (id) => (id.endsWith('index.js') ? './budget-widgets.js' : id) },
    plugins: [resolve, ...browserTs(), copy(['src/embed/embed.html', 'src/embed/embed.css', 'src/static/budget-static.css']), copy(themes, 'themes')],
  },
  {
    ...browser,
    input: 'src/import-page/main.ts',
    // The import page (issue 14), for a clerk's PC, offline: the widgets come from budget-widgets.js,
    // this file adds the importer and the spreadsheet reader. Nothing of it is in the widgets' bundle.
    external: (id) => id === '../index.js' || /[\\/]src[\\/]index\.(js|ts)$/.test(id),
    output: { file: 'dist/import.js', format: 'es', sourcemap: true, inlineDynamicImports: true, paths: (id) => (id === '../index.js' || /[\\/]src[\\/]index\.(js|ts)$/.test(id) ? './budget-widgets.js' : id) },
    plugins: [resolve, ...browserTs(), squeeze(), sizeBudget({}), copy(['src/import-page/import.html'])],
  },
  {
    input: 'src/cli/budget-kit.ts',
    output: { file: 'dist/budget-kit.mjs', format: 'es', banner: '#!/usr/bin/env node' },
    // Everything but Node's built-ins is bundled: the bin runs from an installed package without
    // resolving a dependency (test/unit/package.test.ts checks its imports).
    external: [/^node:/],
    onwarn,
    plugins: [nodeResolve({ extensions: ['.ts', '.js'], exportConditions: ['node'] }), ts(false, { target: 'node20' }), executable('dist/budget-kit.mjs')],
  },
].filter(Boolean);
