/**
 * The package anyone can install (issue 11): the tarball `npm pack` makes of the build, installed
 * into an empty folder outside the repository (test/unit/packed.ts), used as its README says:
 * `npx budget-kit validate|render` there, the `exports` map from Node, and a TypeScript project
 * that type-checks against the packed declarations (tag names, events, subpath entries).
 *
 * Needs `npm run build` first (CI builds before testing); takes some 15–30 s, most of it npm.
 */
import assert from 'node:assert/strict';
import { parse } from 'acorn';
import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { root } from './built-cli.js';
import { packAndInstall, run, type Installed } from './packed.js';

let pkg: Installed;
before(() => {
  pkg = packAndInstall();
});
after(() => pkg?.remove());

/** `npx …` as the README writes it (npx takes the first word as the command; `npm exec -p` would not). */
const npx = (cwd: string, ...args: string[]) => run('npx', ['--offline', ...args], cwd);
const installed = (path: string) => join(pkg.project, 'node_modules/budget-widgets', path);

test('npm pack and the offline install of the tarball, timed', (t: TestContext) => {
  t.diagnostic(`npm pack ${Math.round(pkg.timings.pack)} ms, npm ci (${pkg.mode}) ${Math.round(pkg.timings.install)} ms, ${pkg.pack.files.length} files`);
  // After the repository's own `npm ci` the cache holds every dependency; otherwise the install
  // may have used the registry (--prefer-offline), which is said here rather than failed.
  if (pkg.mode !== 'offline') t.diagnostic('not every dependency was in the npm cache: the install used the registry');
  assert.ok(pkg.pack.files.length > 0);
});

test('the tarball holds the bundles, the CLI, the declarations and the data; not the dev tools', () => {
  const files = new Set(pkg.pack.files.map((f) => f.path));
  for (const f of ['package.json', 'README.md', 'dist/budget-widgets.js', 'dist/budget-widgets.iife.js', 'dist/checks.js', 'dist/budget-kit.mjs',
    'dist/embed.html', 'dist/themes/dark.css', 'dist/custom-elements.json', 'dist/types/index.d.ts', 'dist/types/checks.d.ts',
    'dist/types/elements/kpi-card/kpi-card.d.ts', 'data/budget-disclosure.schema.json', 'data/tongnan-cac-2023.json', 'data/README.md']) {
    assert.ok(files.has(f), `${f} is in the tarball`);
  }
  for (const f of files) assert.doesNotMatch(f, /^(test|demo|src\/tools|node_modules|\.ci)\//, `${f} is not for users`);
  // The bin keeps its executable bit in the tarball, as in dist/.
  assert.equal(pkg.pack.files.find((f) => f.path === 'dist/budget-kit.mjs')!.mode & 0o111, 0o111);
});

test('the installed bin is a Node script importing only node: built-ins (everything else is bundled)', () => {
  const code = readFileSync(installed('dist/budget-kit.mjs'), 'utf8');
  assert.ok(code.startsWith('#!/usr/bin/env node\n'));
  assert.ok(statSync(installed('dist/budget-kit.mjs')).mode & 0o100, 'executable');
  // Parsed, not searched: the bundled spreadsheet reader mentions `require('fs')` in a Flow comment.
  const specifiers: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: string; source?: { value?: unknown }; callee?: { type?: string; name?: string }; arguments?: { type?: string; value?: unknown }[] };
    if ((n.type === 'ImportDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ImportExpression') && typeof n.source?.value === 'string') specifiers.push(n.source.value);
    if (n.type === 'CallExpression' && n.callee?.type === 'Identifier' && n.callee.name === 'require' && typeof n.arguments?.[0]?.value === 'string') specifiers.push(n.arguments[0].value);
    for (const v of Object.values(n)) if (v && typeof v === 'object') visit(v);
  };
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true }));
  assert.ok(specifiers.length > 0, 'found the imports');
  assert.deepEqual(specifiers.filter((s) => !s.startsWith('node:')), []);
});

test('npx budget-kit validate in the project that installed the tarball: 0 for the Tongnan file, 1 for a broken one', () => {
  const data = readFileSync(join(root, 'data/tongnan-cac-2023.json'), 'utf8');
  writeFileSync(join(pkg.project, 'my-budget.json'), data);
  const ok = npx(pkg.project, 'budget-kit', 'validate', 'my-budget.json');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /合计: 0 个错误，1 个警告，23 个尾差，7 个提示/);

  const broken = JSON.parse(data) as { tables: Record<string, { rows: { values: Record<string, unknown> }[] }> };
  broken.tables['gpb-expenditure']!.rows[0]!.values['total'] = 'not an amount';
  writeFileSync(join(pkg.project, 'broken.json'), JSON.stringify(broken, null, 2));
  const bad = npx(pkg.project, 'budget-kit', 'validate', 'broken.json', '--lang', 'en');
  assert.equal(bad.status, 1, bad.stderr);
  assert.match(bad.stdout + bad.stderr, /gpb-expenditure/);

  // The documented form for a published package finds the installed one too.
  const p = npx(pkg.project, '-p', 'budget-widgets', 'budget-kit', 'validate', 'my-budget.json', '--json');
  assert.equal(p.status, 0, p.stderr);
  assert.doesNotThrow(() => JSON.parse(p.stdout));
});

test('npx budget-kit render prints the static fallback from the installed package', () => {
  const r = npx(pkg.project, 'budget-kit', 'render', 'node_modules/budget-widgets/data/tongnan-cac-2023.json', '--widget', 'budget-table', '--kind', 'gpb-expenditure', '--src', '/budget/tongnan-cac-2023.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<budget-table src="\/budget\/tongnan-cac-2023\.json" kind="gpb-expenditure">/);
  assert.match(r.stdout, /<table[\s>]/);
  assert.match(r.stdout, /258\.24/);
});

test('the exports map: every public entry resolves from the installing project, internals do not', () => {
  const script = `
    const ok = {}, refused = {};
    for (const s of ${JSON.stringify(['budget-widgets', 'budget-widgets/checks', 'budget-widgets/elements/kpi-card.js', 'budget-widgets/elements/sangong-chart',
      'budget-widgets/themes/gov-red.css', 'budget-widgets/custom-elements.json', 'budget-widgets/data/budget-disclosure.schema.json', 'budget-widgets/package.json'])}) ok[s] = import.meta.resolve(s);
    for (const s of ['budget-widgets/dist/budget-kit.mjs', 'budget-widgets/elements/chunks/x.js', 'budget-widgets/src/index.ts']) {
      try { import.meta.resolve(s); refused[s] = 'resolved'; } catch (e) { refused[s] = e.code; }
    }
    console.log(JSON.stringify({ ok, refused }));`;
  const r = run(process.execPath, ['--input-type=module', '-e', script], pkg.project);
  assert.equal(r.status, 0, r.stderr);
  const { ok, refused } = JSON.parse(r.stdout) as { ok: Record<string, string>; refused: Record<string, string> };
  for (const [spec, url] of Object.entries(ok)) {
    assert.ok(url.includes('/node_modules/budget-widgets/'), `${spec} → ${url}`);
    assert.ok(statSync(new URL(url)).isFile(), `${spec} → ${url} exists`);
  }
  assert.match(ok['budget-widgets/elements/sangong-chart']!, /\/dist\/elements\/sangong-chart\.js$/);
  for (const [spec, code] of Object.entries(refused)) assert.equal(code, 'ERR_PACKAGE_PATH_NOT_EXPORTED', spec);
});

test('budget-widgets/checks runs in Node, without the elements: the Tongnan findings', () => {
  const script = `
    import { readFileSync } from 'node:fs';
    import { runChecks, summarise, RULES } from 'budget-widgets/checks';
    const data = JSON.parse(readFileSync('node_modules/budget-widgets/data/tongnan-cac-2023.json', 'utf8'));
    console.log(JSON.stringify({ counts: summarise(runChecks(data)).counts, rules: Object.keys(RULES).length }));`;
  const r = run(process.execPath, ['--input-type=module', '-e', script], pkg.project);
  assert.equal(r.status, 0, r.stderr);
  const { counts, rules } = JSON.parse(r.stdout) as { counts: Record<string, number>; rules: number };
  assert.deepEqual(counts, { error: 0, warning: 1, rounding: 23, info: 7 });
  assert.ok(rules >= 19);
});

/**
 * A consumer's TypeScript: every assertion is a compile-time one. `Equal` fails on `any`, so a
 * declaration that degrades to `any` (unresolved import, missing map entry) fails the check.
 */
const CONSUMER_TS = `
import { BudgetSummary, SangongChart, ProjectTable, KpiCard, BudgetTable, toCents, validateDisclosure,
  type BudgetDisclosure, type BudgetLoadEvent, type BudgetErrorEvent, type BudgetDrillEvent, type ProjectSelectEvent, type LoadErrorKind } from 'budget-widgets';
import { runChecks, summarise, RULES, type Finding, type Severity } from 'budget-widgets/checks';
import { KpiCard as KpiCardAlone } from 'budget-widgets/elements/kpi-card.js';
import { SangongChart as SangongChartAlone } from 'budget-widgets/elements/sangong-chart';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): void {}

// HTMLElementTagNameMap: all five tags.
const card = document.querySelector('kpi-card');
expectType<Equal<typeof card, KpiCard | null>>();
const created = document.createElement('budget-summary');
expectType<Equal<typeof created, BudgetSummary>>();
expectType<Equal<HTMLElementTagNameMap['sangong-chart'], SangongChart>>();
expectType<Equal<HTMLElementTagNameMap['project-table'], ProjectTable>>();
expectType<Equal<HTMLElementTagNameMap['budget-table'], BudgetTable>>();
expectType<Equal<KpiCardAlone, KpiCard>>();
expectType<Equal<SangongChartAlone, SangongChart>>();
// @ts-expect-error a property the element does not have
card?.noSuchProperty;

// Events: typed on the element, on an ancestor and on document (they bubble out of shadow roots).
card?.addEventListener('budget-load', (e) => {
  expectType<Equal<typeof e, BudgetLoadEvent>>();
  const data: BudgetDisclosure = e.detail.data;
  const source: string = e.detail.source;
  console.log(data.schemaVersion, source);
});
document.addEventListener('budget-error', (e) => {
  expectType<Equal<typeof e, BudgetErrorEvent>>();
  const kind: LoadErrorKind = e.detail.kind;
  console.log(kind, e.detail.status, e.detail.problems?.[0]?.path);
});
document.querySelector('project-table')?.addEventListener('budget-project-select', (e) => {
  expectType<Equal<typeof e, ProjectSelectEvent>>();
  const code: string | undefined = e.detail.code;
  console.log(code, e.detail.name, e.detail.index);
});
document.querySelector('budget-summary')?.addEventListener('budget-drill', (e) => {
  expectType<Equal<typeof e, BudgetDrillEvent>>();
  console.log(e.path.join('/'));
});
document.addEventListener('budget-drill', (e) => console.log(e.path.length));
window.addEventListener('budget-load', (e) => console.log(e.detail.data.tables));

// Properties and attributes reflected as typed properties.
const summary = document.createElement('budget-summary');
summary.showChecks = true;
summary.src = '/budget/2023.json';
const chart = new SangongChart();
chart.mode = 'stacked';
// @ts-expect-error not a mode
chart.mode = 'pie';

// The model and the checks.
const cents: number | null = toCents('258.24');
const result = await validateDisclosure({});
if (result.ok) {
  const findings: Finding[] = runChecks(result.data);
  const severity: Severity = findings[0]!.severity;
  console.log(cents, severity, summarise(findings).counts.error, RULES.R01);
} else {
  console.log(result.problems[0]?.message.en);
}
export {};
`;

for (const moduleResolution of ['bundler', 'nodenext'] as const) {
  test(`a TypeScript project type-checks against the packed declarations (moduleResolution ${moduleResolution})`, () => {
    const dir = join(pkg.project, `ts-${moduleResolution}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'main.ts'), CONSUMER_TS);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: moduleResolution === 'bundler' ? 'ESNext' : 'NodeNext', moduleResolution,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, types: [],
        // Our declarations are checked too, not only used: an error in them fails the test.
        skipLibCheck: false,
      },
      files: ['main.ts'],
    }, null, 2));
    // The repository's TypeScript, run in the consumer: it resolves budget-widgets from there.
    const tsc = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], dir);
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });
}
