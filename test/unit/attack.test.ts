/**
 * Issue 10, "correct under attack", in Node: nesting far deeper than the format (refused before
 * any walk, linear in the size of the file, with its place), invisible bidi and zero-width
 * characters (escaped in every message and report, warned about with their place), the source
 * address off the site (warned about), long unbroken runs and bidi text in the static fallback,
 * and every parameter of the embed page as untrusted input. Nothing is timed: the tests count
 * what is walked, or look at what is printed.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explainDisclosure, formatPath } from '../../src/model/validate.js';
import { acceptDisclosure } from '../../src/model/validate-core.js';
import { conforms, type SchemaNode } from '../../src/model/json-schema-subset.js';
import { DISCLOSURE_SHAPE } from '../../src/model/disclosure-shape.js';
import { MAX_DEPTH, tooDeep } from '../../src/model/depth.js';
import { locateJsonError } from '../../src/model/json-syntax.js';
import { runChecks, type Finding } from '../../src/model/checks/index.js';
import { renderFallback, renderSnippet } from '../../src/static/index.js';
import { embedRequest } from '../../src/embed/embed-request.js';
import { terminalLine, terminalText } from '../../src/cli/terminal-text.js';
import { RUN } from '../../src/elements/shared/text-safety.js';
import { CORPUS_DIR, mini } from '../hostile/build-corpus.js';
import { deepObject, deepUnknownKey, latinRun, longRuns } from '../hostile/attack.js';
import { bin, ensureBuiltCli, root } from './built-cli.js';

const tongnan = () => JSON.parse(readFileSync(join(root, 'data/tongnan-cac-2023.json'), 'utf8'));
const corpus = (file: string) => JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8'));
/** Bidi controls and zero-width characters, raw. */
const INVISIBLE_RAW = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

function run(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, out, err });
    });
  });
}

before(ensureBuiltCli);

describe('nesting deeper than the format', () => {
  /** The format's own depth, counted from the generated shape the browser checks against. */
  function shapeDepth(s: SchemaNode): number {
    const inner = [...Object.values(s.properties ?? {}), ...(s.items ? [s.items] : []), ...(typeof s.additionalProperties === 'object' ? [s.additionalProperties] : []), ...(s.anyOf ?? [])];
    const deepest = Math.max(0, ...inner.map(shapeDepth));
    return s.type === 'object' || s.type === 'array' ? 1 + deepest : deepest;
  }

  test('the format nests 6 objects and arrays; the limit is far above it and still small', () => {
    assert.equal(shapeDepth(DISCLOSURE_SHAPE), 6);
    assert.ok(MAX_DEPTH >= 4 * 6 && MAX_DEPTH <= 64, String(MAX_DEPTH));
  });

  test('100,000 levels under an unknown key: one problem at the key, naming the level, in both languages', () => {
    const r = explainDisclosure(JSON.parse(deepUnknownKey(mini(), 100_000)));
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(r.problems.map((p) => p.path), ['deep']);
    assert.match(r.problems[0]!.message.zh, /嵌套层级过深.*第 33 层/);
    assert.match(r.problems[0]!.message.en, /Nested too deep.*level 33/);
  });

  test('the walk stops at the limit: a 20,000-level branch is read 33 levels deep, not 20,000', () => {
    // Every level is a proxy that counts how often its keys are listed or its values read.
    let touched = 0;
    let chain: object = { x: 1 };
    for (let i = 0; i < 20_000; i++) {
      const inner = { x: chain };
      chain = new Proxy(inner, {
        ownKeys: (t) => (touched++, Reflect.ownKeys(t)),
        get: (t, k, r) => (touched++, Reflect.get(t, k, r)),
      });
    }
    const r = explainDisclosure({ ...mini(), deep: chain });
    assert.equal(r.ok, false);
    assert.ok(touched < 10 * MAX_DEPTH, `the deep branch was touched ${touched} times`);
  });

  test('at the place where the file leaves the format: a name holding nested arrays, a cell holding nested objects', () => {
    const j = mini();
    j.department.name = deepObject(50);
    j.tables['gpb-expenditure'].rows[0].values.total = deepObject(50);
    const r = explainDisclosure(j);
    assert.equal(r.ok, false);
    if (!r.ok) assert.deepEqual(r.problems.map((p) => p.path), ['department.name']);
    // A file within the limit gets its ordinary, more precise problems.
    const shallow = mini();
    shallow.department.name = deepObject(10);
    const s = explainDisclosure(shallow);
    assert.equal(s.ok, false);
    if (!s.ok) assert.match(s.problems[0]!.message.en, /Expected a text string/);
  });

  test('a cycle (possible through the data property) is infinitely deep: refused, not walked for ever', () => {
    const j = mini();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    j.department.extra = loop;
    assert.equal(acceptDisclosure(j), undefined);
    const r = explainDisclosure(j);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.problems[0]!.message.en, /Nested too deep/);
    assert.deepEqual(tooDeep(loop)?.depth, MAX_DEPTH + 1);
  });

  test('the browser check never descends below the schema: deep and cyclic values are refused without overflowing', () => {
    const loop: Record<string, unknown> = {};
    loop.values = loop;
    for (const v of [deepObject(100_000), loop, JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)]) {
      assert.equal(conforms({ ...mini(), tables: { x: { title: 't', columns: [], rows: [{ name: 'n', values: v }] } } }, DISCLOSURE_SHAPE), false);
    }
  });

  test('JSON.parse reads 100,000 levels; the syntax locator stops at the limit with its place instead of overflowing the stack', () => {
    assert.doesNotThrow(() => JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    const text = `{"a": ${'['.repeat(100_000)}`;
    let e: ReturnType<typeof locateJsonError> = null;
    assert.doesNotThrow(() => (e = locateJsonError(text)));
    assert.ok(e);
    const fault = e as unknown as NonNullable<ReturnType<typeof locateJsonError>>;
    assert.deepEqual([fault.line, fault.column], [1, 7 + MAX_DEPTH - 1]);
    assert.match(fault.message.zh, /嵌套层级过深/);
    // Ordinary syntax errors are still found at their place.
    assert.deepEqual(locateJsonError('{"a": [1, 2,]}')?.column, 13);
  });

  describe('through the CLI', () => {
    let dir: string;
    before(() => (dir = mkdtempSync(join(tmpdir(), 'budget-attack-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));

    test('validate: 100,000 levels under an unknown key is a format problem at the key (exit 1), no stack trace', async () => {
      const file = join(dir, 'deep.json');
      writeFileSync(file, deepUnknownKey(tongnan(), 100_000));
      const r = await run(['validate', file, '--json']);
      assert.equal(r.code, 1, r.err);
      const report = JSON.parse(r.out) as { files: { problems: { path: string; message: { en: string } }[] }[] };
      assert.deepEqual(report.files[0]!.problems.map((p) => p.path), ['deep']);
      assert.match(report.files[0]!.problems[0]!.message.en, /Nested too deep/);
      const text = await run(['validate', file]);
      assert.match(text.out, /嵌套层级过深/);
    });

    test('render: the same file is refused with the same words (exit 1)', async () => {
      const file = join(dir, 'deep-render.json');
      writeFileSync(file, deepUnknownKey(tongnan(), 100_000));
      const r = await run(['render', file, '--widget', 'budget-summary', '--lang', 'en']);
      assert.equal(r.code, 1);
      assert.match(r.err, /deep: Nested too deep/);
    });
  });
});

describe('invisible bidi and zero-width characters', () => {
  test('paths and messages of format problems escape them: a key ending in U+202E cannot reverse what follows', () => {
    assert.equal(formatPath(['department', 'x\u202e']), 'department["x\\u202e"]');
    const j = mini();
    j.department['名称\u202e'] = 'x';
    j.department.kind = 'bud\u200bget';
    const r = explainDisclosure(j);
    assert.equal(r.ok, false);
    if (r.ok) return;
    for (const p of r.problems) {
      assert.doesNotMatch(`${p.path} ${p.message.zh} ${p.message.en} ${p.found ?? ''}`, INVISIBLE_RAW, JSON.stringify(p));
    }
    assert.ok(r.problems.some((p) => p.path === 'department["名称\\u202e"]' && p.message.en.includes('"名称\\u202e"')));
    assert.ok(r.problems.some((p) => p.path === 'department.kind' && p.message.en.includes('"bud\\u200bget"')));
  });

  test('R21 warns about each text holding one, with its path, the characters written out; a joiner inside an emoji is no fault', () => {
    const j = tongnan();
    j.projects[0].name += '\u202e';
    j.tables['gpb-expenditure'].rows[1].name = `行政\u200b运行`;
    j.department.shortName = '网信办 👨‍👩‍👧';
    j.tables.sangong.columns[1].label += '\ufeff';
    const r21 = runChecks(j).filter((f) => f.rule === 'R21');
    assert.deepEqual(r21.map((f) => f.place.path).sort(), ['projects[0].name', 'tables["gpb-expenditure"].rows[1].name', 'tables.sangong.columns[1].label'].sort());
    assert.ok(r21.every((f) => f.severity === 'warning'));
    const byPath = (p: string) => r21.find((f) => f.place.path === p)!;
    assert.match(byPath('projects[0].name').message.en, /<U\+202E>/);
    assert.equal(byPath('projects[0].name').place.project, j.projects[0].code);
    assert.match(byPath('tables["gpb-expenditure"].rows[1].name').message.zh, /行政<U\+200B>运行/);
    for (const f of r21) assert.doesNotMatch(`${f.message.zh}${f.message.en}${f.actual}`, INVISIBLE_RAW);
    // The bundled files have none.
    assert.deepEqual(runChecks(tongnan()).filter((f) => f.rule === 'R21'), []);
  });

  test('the CLI report writes them out (<U+202E>), never raw; --json escapes them and reads back as the same strings', async () => {
    const file = join(CORPUS_DIR, 'bidi-override.json');
    const text = await run(['validate', file, '--lang', 'en']);
    assert.equal(text.code, 0, text.err);
    assert.doesNotMatch(text.out, INVISIBLE_RAW);
    assert.match(text.out, /R21 invisible-text/);
    assert.match(text.out, /projects\[0\]\.name holds invisible characters <U\+202E>/);
    const json = await run(['validate', file, '--json']);
    assert.doesNotMatch(json.out, INVISIBLE_RAW);
    const findings = (JSON.parse(json.out) as { files: { findings: Finding[] }[] }).files[0]!.findings;
    assert.ok(findings.some((f) => f.rule === 'R21' && f.place.path === 'department.name'));
    // A row name (raw in other rules' messages) in a line people read, and in JSON.
    assert.equal(terminalLine('行政运行\u202e，2023年'), '行政运行<U+202E>，2023年');
    assert.equal(JSON.parse(terminalText(JSON.stringify('a\u202eb'))), 'a\u202eb');
  });

  test('render prints no raw control: the snippet writes them as character references inside <bdi>', async () => {
    const r = await run(['render', join(CORPUS_DIR, 'bidi-override.json'), '--widget', 'budget-table', '--kind', 'gpb-expenditure']);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, INVISIBLE_RAW);
    assert.match(r.out, /<bdi>一般公共服务支出&#x202e;<\/bdi>/);
  });
});

describe('the static fallback', () => {
  const html = (data: unknown, o: Parameters<typeof renderFallback>[1]) => renderFallback(data as never, o).value;
  const WIDGETS = [
    { widget: 'budget-summary' }, { widget: 'sangong-chart' }, { widget: 'project-table' },
    { widget: 'kpi-card', project: '50015223T000003492534' }, { widget: 'kpi-card' }, { widget: 'budget-table', kind: 'gpb-expenditure' },
  ];

  test('isolates every data text that could reorder the kit\'s words: the caption meta and the sentences too', () => {
    const data = corpus('bidi-override.json');
    for (const o of WIDGETS) {
      const out = html(data, o);
      // Outside <bdi>, nothing is left that could reorder the text after it.
      const outside = out.replace(/<bdi>[\s\S]*?<\/bdi>/g, '');
      assert.doesNotMatch(outside, /&#x202e;|[\u202a-\u202e]/, `${o.widget}: ${outside.match(/.{0,40}&#x202e;.{0,40}/)?.[0]}`);
      assert.doesNotMatch(out, INVISIBLE_RAW, o.widget);
    }
    // The caption line "name · 2023年 · 单位：万元": the name is isolated inside the phrase.
    assert.match(html(data, { widget: 'budget-table', kind: 'gpb-expenditure' }), /<span class="meta"><bdi>&#x2068;中共重庆市潼南区委网络安全和信息化委员会办公室&#x202e;&#x2069; · 2023年 · 单位：万元<\/bdi><\/span>/);
  });

  test('cuts long unbroken runs with <wbr> and keeps the whole text', () => {
    const data = longRuns(tongnan(), 20_000);
    for (const o of WIDGETS) {
      const out = html(data, o);
      const texts = out.replace(/<wbr>/g, '').split(/<[^>]*>/);
      assert.ok(out.replace(/<wbr>/g, '').includes(latinRun(20_000)) || o.widget === 'sangong-chart' || o.widget === 'budget-summary', `${o.widget} lost the text`);
      for (const t of out.split(/<[^>]*>/)) assert.doesNotMatch(t, RUN, `${o.widget}: a run of ${t.length} characters without a break`);
      assert.ok(texts.length);
    }
    assert.ok(renderSnippet(data as never, { widget: 'project-table', src: 'd.json' }).includes('<wbr>'));
  });
});

describe('the embed page\'s parameters are untrusted', () => {
  const page = (q: string) => new URL(`https://www.example.gov.cn/kit/embed.html?${q}`);
  const req = (q: string) => embedRequest(page(q), 'https://www.example.gov.cn', []);

  test('an address the URL parser refuses is a message, not an exception', () => {
    for (const src of ['http://[', 'http://%zz:99999', 'https://[::1', 'http://:80/x']) {
      let r!: ReturnType<typeof embedRequest>;
      assert.doesNotThrow(() => (r = req(`widget=sangong-chart&src=${encodeURIComponent(src)}`)), src);
      assert.ok('error' in r, `${src}: ${JSON.stringify(r)}`);
      if ('error' in r) assert.match(r.error, /src/);
    }
  });

  test('a missing, empty or blank src says what is missing', () => {
    for (const q of ['widget=kpi-card', 'widget=kpi-card&src=', 'widget=kpi-card&src=%20%20']) {
      const r = req(q);
      assert.ok('error' in r && r.error.includes('缺少数据文件地址'), `${q}: ${JSON.stringify(r)}`);
    }
  });

  test('a value quoted in a message is isolated and cut short', () => {
    const r = req(`widget=${encodeURIComponent(`x\u202e${'y'.repeat(1000)}`)}`);
    assert.ok('error' in r);
    if (!('error' in r)) return;
    assert.match(r.error, /“\u2068x\u202ey+…\u2069”/);
    assert.ok(r.error.length < 400);
  });
});
