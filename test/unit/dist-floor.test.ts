/**
 * Every JavaScript file the build ships to browsers stays within the support floor (README: Browser
 * support: ES2021, Chromium 86, Safari 14.1, Firefox 91). The browser configs of rollup.config.mjs
 * (the ones `npm run build` runs) are bundled here in memory, so what is checked is what the
 * sources build to now, with lit, d3 and zod inside: the ES module and its chunks, the IIFE, the
 * per-element modules and their chunks, the embed page's script and the import page's (a clerk's PC
 * may run an old 信创 browser too).
 *
 * - Syntax: each file parses with acorn as ES2021 (a class static block, `#x in o`, top-level
 *   await or a regex `d` flag fails to parse in Chromium 86 and every widget with it).
 * - What parses but breaks there: an optional call with a spread argument (throws in Chromium
 *   80–90, V8 bug 11558; esbuild is told not to lower `?.`), a regex lookbehind (Safari < 16.4
 *   refuses the whole script), a RegExp built with a `d` or `v` flag.
 * - APIs above the floor, by name: `Object.hasOwn`, `.at()`, `findLast`, `structuredClone`,
 *   `AbortSignal.timeout`… (a property name survives minification). None is used, guarded or not.
 * - CSS in the stylesheets that a browser of the floor drops with its whole rule, with nothing to
 *   fall back on (`:is()`, `:where()`, `:has()`, `@layer`, `color-mix()`…). Container queries
 *   and `cqi` are allowed: the layout without them is the narrow one (dist-old-browser.test.ts).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse, type Node } from 'acorn';
import type { OutputOptions, RollupOptions } from 'rollup';
import { root } from './built-cli.js';

/** The file of each output chunk, as it is written to dist/. */
const shipped = new Map<string, { code: string; script: boolean }>();

before(async () => {
  const { rollup } = await import('rollup');
  const configs = (await import(join(root, 'rollup.config.mjs'))).default as Array<RollupOptions & { output: OutputOptions }>;
  // The Node CLI (dist/budget-kit.mjs) runs in Node 20, not in a reader's browser.
  const browser = configs.filter((c) => c.input !== 'src/cli/budget-kit.ts');
  // One build per element (each module self-contained), besides the five others.
  const perElement = browser.filter((c) => JSON.stringify(c.input).includes('src/elements/'));
  assert.ok(perElement.length >= 6, 'one build per element');
  assert.equal(browser.length - perElement.length, 5, 'the ES module, the checks module, the IIFE, the embed page, the import page');
  for (const config of browser) {
    const bundle = await rollup({ ...config, onwarn: () => {} });
    // generate(), not write(): dist/ is left alone (the copy and size plugins run on write only).
    const { output } = await bundle.generate(config.output);
    await bundle.close();
    const dir = config.output.dir ?? 'dist';
    for (const o of output) {
      if (o.type !== 'chunk') continue;
      const file = config.output.file ?? `${dir}/${o.fileName}`;
      shipped.set(file, { code: o.code, script: config.output.format === 'iife' });
    }
  }
});

test('every browser file of the build is in the list', () => {
  const files = [...shipped.keys()];
  for (const f of ['dist/budget-widgets.js', 'dist/checks.js', 'dist/budget-widgets.iife.js', 'dist/embed.js', 'dist/import.js', 'dist/elements/sangong-chart.js']) assert.ok(files.includes(f), f);
  assert.ok(files.some((f) => /^dist\/chunks\/en-.+\.js$/.test(f)), 'the English chunk');
  assert.ok(files.some((f) => /^dist\/elements\/chunks\/.+\.js$/.test(f)), 'the element chunks');
});

/** Every node of an ESTree, with its parent. */
function* walk(node: Node, parent?: Node): Generator<[Node, Node | undefined]> {
  yield [node, parent];
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as Node).type === 'string') yield* walk(child as Node, node);
    }
  }
}

type Any = Node & Record<string, any>;
const name = (n: Any | undefined): string | undefined =>
  n?.type === 'Identifier' ? n.name : n?.type === 'Literal' && typeof n.value === 'string' ? n.value : undefined;
/** The property of a member expression (`o.p`, `o['p']`). */
const prop = (n: Any) => (n.computed ? name(n.property) : n.property.name) as string | undefined;

/** Methods and functions above the floor, by property name (first shipped in Chromium / Safari). */
const NEWER_METHODS = new Map(Object.entries({
  hasOwn: 'Object.hasOwn (Chromium 93, Safari 15.4)',
  findLast: 'Array#findLast (Chromium 97, Safari 15.4)',
  findLastIndex: 'Array#findLastIndex (Chromium 97, Safari 15.4)',
  toSorted: 'Array#toSorted (Chromium 110, Safari 16)',
  toReversed: 'Array#toReversed (Chromium 110, Safari 16)',
  toSpliced: 'Array#toSpliced (Chromium 110, Safari 16)',
  groupBy: 'Object.groupBy (Chromium 117, Safari 17.4)',
  withResolvers: 'Promise.withResolvers (Chromium 119, Safari 17.4)',
  fromAsync: 'Array.fromAsync (Chromium 121, Safari 16.4)',
  isWellFormed: 'String#isWellFormed (Chromium 111, Safari 16.4)',
  toWellFormed: 'String#toWellFormed (Chromium 111, Safari 16.4)',
  checkVisibility: 'Element#checkVisibility (Chromium 105, Safari 17.4)',
  showPopover: 'the Popover API (Chromium 114, Safari 17)',
  attachInternals: 'ElementInternals (Chromium 77, Safari 16.4)',
}));
/** Static members above the floor: `Object.member`. */
const NEWER_STATICS = new Map(Object.entries({
  'AbortSignal.timeout': 'AbortSignal.timeout (Chromium 103, Safari 16)',
  'AbortSignal.any': 'AbortSignal.any (Chromium 116, Safari 17.4)',
  'Promise.try': 'Promise.try (Chromium 128, Safari 18.2)',
  'Intl.Segmenter': 'Intl.Segmenter (Chromium 87, Safari 14.1, Firefox 125)',
}));
/** Globals above the floor. */
const NEWER_GLOBALS = new Map(Object.entries({
  structuredClone: 'structuredClone (Chromium 98, Safari 15.4)',
  requestIdleCallback: 'requestIdleCallback (not in Safari)',
  Iterator: 'iterator helpers (Chromium 122, Safari 18.4)',
}));

/** What in `code` needs more than the floor, as readable findings. */
function aboveFloor(code: string, script: boolean): string[] {
  let ast: Node;
  try {
    ast = parse(code, { ecmaVersion: 2021, sourceType: script ? 'script' : 'module' });
  } catch (e) {
    const pos = (e as { pos?: number }).pos ?? 0;
    return [`not ES2021: ${(e as Error).message} near ${JSON.stringify(code.slice(Math.max(0, pos - 60), pos + 40))}`];
  }
  const found: string[] = [];
  const regex = (pattern: string, flags: string, where: string) => {
    if (/\(\?<[=!]/.test(pattern)) found.push(`regex lookbehind (Safari 16.4) in ${where}`);
    if (/[dv]/.test(flags)) found.push(`regex flag ${flags} (d: Chromium 90, Safari 15; v: Chromium 112) in ${where}`);
  };
  // The text of every string and template literal: where stylesheets are. Matching the CSS rules
  // against the whole code took a minified ternary `c ? is(a) : is(b)` (a mangled name) for `:is(`.
  const strings: string[] = [];
  for (const [node] of walk(ast)) {
    const n = node as Any;
    if (n.type === 'Literal' && typeof n.value === 'string') strings.push(n.value);
    if (n.type === 'TemplateElement') strings.push(n.value.cooked ?? n.value.raw);
    if (n.type === 'Literal' && n.regex) regex(n.regex.pattern, n.regex.flags, `/${n.regex.pattern}/${n.regex.flags}`);
    if ((n.type === 'NewExpression' || n.type === 'CallExpression') && name(n.callee) === 'RegExp' && n.callee.type === 'Identifier') {
      const [pattern, flags] = n.arguments.map((a: Any) => name(a));
      regex(pattern ?? '', flags ?? '', `RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)})`);
    }
    if (n.type === 'ChainExpression') {
      // The calls along the chain (not those in its arguments): a spread argument there breaks in Chromium 80–90.
      for (let link: Any | undefined = n.expression; link; link = link.type === 'CallExpression' ? link.callee : link.type === 'MemberExpression' ? link.object : undefined) {
        if (link.type === 'CallExpression' && link.arguments.some((a: Any) => a.type === 'SpreadElement')) {
          found.push(`optional call with a spread argument (throws in Chromium 80–90): ${code.slice(n.start, n.end).slice(0, 80)}`);
        }
      }
    }
    if (n.type === 'MemberExpression') {
      const p = prop(n);
      if (p && NEWER_METHODS.has(p)) found.push(NEWER_METHODS.get(p)!);
      const whole = `${name(n.object)}.${p}`;
      if (n.object.type === 'Identifier' && NEWER_STATICS.has(whole)) found.push(NEWER_STATICS.get(whole)!);
    }
    if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && prop(n.callee) === 'at') found.push(`.at() (Chromium 92, Safari 15.4): ${code.slice(n.start, n.end).slice(0, 60)}`);
    if (n.type === 'Identifier' && NEWER_GLOBALS.has(n.name)) found.push(NEWER_GLOBALS.get(n.name)!);
  }
  // Rules a browser of the floor drops whole. The element stylesheets are strings in the bundle.
  const css: [RegExp, string][] = [
    [/:(?:is|where|has)\(/, ':is() / :where() (Chromium 88) or :has() (Chromium 105, Safari 15.4)'],
    [/@layer\b/, '@layer (Chromium 99, Safari 15.4)'],
    [/@scope\b/, '@scope (Chromium 118)'],
    [/\b(?:color-mix|light-dark)\(/, 'color-mix() / light-dark() (Chromium 111 / 123)'],
    [/\d(?:dvh|svh|lvh|dvw|svw|lvw)\b/, 'dynamic viewport units (Chromium 108, Safari 15.4)'],
  ];
  const text = strings.join('\n');
  for (const [re, what] of css) if (re.test(text)) found.push(`CSS ${what}: ${text.match(re)![0]}`);
  return [...new Set(found)];
}

test('the checks catch what they look for (they would not pass vacuously)', () => {
  assert.match(aboveFloor('class A { static { this.x = 1; } }', false)[0]!, /not ES2021/);
  assert.match(aboveFloor('let r = /(?<=a)b/;', false)[0]!, /lookbehind/);
  assert.match(aboveFloor('let r = new RegExp("a", "v");', false)[0]!, /flag v/);
  assert.match(aboveFloor('f?.(...a, b);', false)[0]!, /spread/);
  assert.match(aboveFloor('o.m?.(...a, 1);', false)[0]!, /spread/);
  assert.deepEqual(aboveFloor('f?.(g(...a), b); f(...a);', false), []);
  assert.match(aboveFloor('Object.hasOwn(o, "k");', false)[0]!, /Chromium 93/);
  assert.match(aboveFloor('a.at(-1);', false)[0]!, /\.at\(\)/);
  assert.match(aboveFloor('AbortSignal.timeout(5);', false)[0]!, /Chromium 103/);
  assert.match(aboveFloor('structuredClone(x);', false)[0]!, /Chromium 98/);
  assert.match(aboveFloor('const s = ":is(a, b) { color: red }";', false)[0]!, /:is\(\)/);
  assert.match(aboveFloor('const s = css`a:where(b) { color: red }`;', false)[0]!, /:is\(\)/);
  assert.deepEqual(aboveFloor('const f = (c, a, b) => c ? is(a) : is(b);', false), [], 'a mangled name is not CSS');
  assert.deepEqual(aboveFloor('a ??= b?.c ?? 1_000; s.replaceAll("a", "b");', false), []);
  assert.match(aboveFloor('class A { x = 1; }', false)[0]!, /not ES2021/, 'class fields are ES2022');
});

test('every browser file parses as ES2021 and uses nothing above the floor', () => {
  assert.ok(shipped.size > 20, `${shipped.size} files`);
  const problems: string[] = [];
  for (const [file, { code, script }] of shipped) for (const p of aboveFloor(code, script)) problems.push(`${file}: ${p}`);
  assert.deepEqual(problems, []);
});
