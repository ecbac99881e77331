/**
 * The hostile-data corpus (test/hostile/manifest.json) through explainDisclosure and through the
 * built CLI (`node dist/budget-kit.mjs validate FILE --json`): each file gets the outcome, paths,
 * message fragments, rule ids and exit status its manifest entry states; nothing prints a stack
 * trace; Object.prototype is never touched. The big files (50 MB, 100,000-character names,
 * 10,000 problems) are generated into a temp dir. Nothing is timed.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explainDisclosure, type Problem } from '../../src/model/validate.js';
import { runChecks } from '../../src/model/checks/index.js';
import { notUtf8 } from '../../src/model/encoding.js';
import { buildCorpus, CORPUS_DIR, manifestText, MANIFEST } from '../hostile/build-corpus.js';
import type { ManifestEntry } from '../hostile/manifest-types.js';
import { fiftyMegabytes, fiftyMegabytesTruncated, HUGE_NAME, hugeNames, manyProblems, BIG_BYTES } from '../hostile/big.js';
import { bin, ensureBuiltCli, root } from './built-cli.js';

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { files: ManifestEntry[] };
const entries = manifest.files;
const read = (e: ManifestEntry) => readFileSync(join(CORPUS_DIR, e.file), 'utf8');
const tongnan = () => JSON.parse(readFileSync(join(root, 'data/tongnan-cac-2023.json'), 'utf8'));

/** A stack trace line ("    at fn (file:1:2)") or the CLI's own crash banner. */
const STACK = /^\s+at .*(:\d+:\d+\)?|\(native\))$|internal error|TypeError|RangeError|SyntaxError: /m;
/** Raw control characters a terminal would act on (tab and line feed are fine). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

interface Run {
  code: number | null;
  out: string;
  err: string;
}
function run(args: string[], maxBuffer = 64 * 1024 * 1024): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer }, (error, out, err) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, out, err });
    });
  });
}


// The binary is rebuilt when it is missing or older than its sources.
before(ensureBuiltCli);

/** `validate FILE --json` for every corpus file, four at a time, run once. */
const cliRuns = new Map<string, Run>();
before(async () => {
  const queue = [...entries];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let e = queue.shift(); e; e = queue.shift()) cliRuns.set(e.file, await run(['validate', join(CORPUS_DIR, e.file), '--json']));
    }),
  );
});

function parse(e: ManifestEntry): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(read(e).replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

const enOf = (problems: Problem[], path: string) => problems.filter((p) => p.path === path).map((p) => p.message.en).join(' | ');

describe('the corpus', () => {
  test('has at least 30 files, each with a manifest entry, and nothing else', () => {
    assert.ok(entries.length >= 30, `${entries.length} files`);
    assert.deepEqual(readdirSync(CORPUS_DIR).sort(), entries.map((e) => e.file).sort());
    for (const kind of ['parse-error', 'schema-error', 'renders-safely', 'check-error']) assert.ok(entries.some((e) => e.expect === kind), kind);
  });

  test('is what test/hostile/build-corpus.ts makes (rerun it after the bundled data changes)', () => {
    const built = buildCorpus();
    assert.equal(readFileSync(MANIFEST, 'utf8'), manifestText(built));
    for (const b of built) assert.ok(readFileSync(join(CORPUS_DIR, b.entry.file)).equals(b.bytes), `${b.entry.file} differs from its builder`);
  });
});

describe('explainDisclosure on every corpus file', () => {
  for (const e of entries) {
    test(`${e.file}: ${e.expect}`, () => {
      if (e.expect === 'encoding-error') {
        // Not a UTF-8 text: what validation would make of a lossy decoding does not matter.
        const why = notUtf8(readFileSync(join(CORPUS_DIR, e.file)));
        assert.ok(why, 'notUtf8 must name the bytes');
        assert.equal(why.kind, /gzip/.test(e.file) ? 'compressed' : 'encoding');
        return;
      }
      const parsed = parse(e);
      if (e.expect === 'parse-error') {
        assert.equal(parsed.ok, false, 'JSON.parse must reject it');
        return;
      }
      assert.ok(parsed.ok, 'JSON.parse must accept it');
      let result!: ReturnType<typeof explainDisclosure>;
      assert.doesNotThrow(() => (result = explainDisclosure(parsed.json)));
      if (e.expect === 'schema-error') {
        assert.equal(result.ok, false);
        if (result.ok) return;
        const paths = result.problems.map((p) => p.path);
        for (const want of e.problems!) {
          assert.ok(paths.includes(want.path), `no problem at ${want.path}; got ${paths.join(', ')}`);
          if (want.en) assert.ok(enOf(result.problems, want.path).includes(want.en), `${want.path}: “${want.en}” not in “${enOf(result.problems, want.path)}”`);
        }
        // Exactly the problems stated: no noise from the same fault reported twice.
        assert.deepEqual([...new Set(paths)].sort(), e.problems!.map((p) => p.path).sort());
        for (const p of result.problems) {
          assert.ok(p.message.zh && p.message.en, 'both languages');
          assert.doesNotMatch(`${p.message.zh} ${p.message.en}`, /Invalid input|invalid_|received/, 'raw validator text');
          // English stays English: CJK only inside quotes (data echoed back) or in the format's own Chinese values.
          assert.doesNotMatch(p.message.en.replace(/"[^"]*"|“[^”]*”/g, ''), /对象|数组|实际|应为/, `Chinese words in the English message: ${p.message.en}`);
        }
        return;
      }
      assert.equal(result.ok, true, result.ok ? '' : JSON.stringify(result.problems.slice(0, 3)));
      if (!result.ok) return;
      const findings = runChecks(result.data);
      const errors = [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.rule))].sort();
      assert.deepEqual(errors, e.expect === 'check-error' ? [...e.rules!].sort() : [], 'rules with errors');
      for (const flag of e.flags ?? []) {
        assert.ok(findings.some((f) => f.severity !== 'rounding' && f.message.en.includes(flag)), `no finding names “${flag}”`);
      }
    });
  }

  test('Object.prototype is untouched after every file was parsed, validated and checked', () => {
    for (const e of entries) {
      const parsed = parse(e);
      if (!parsed.ok) continue;
      try {
        const r = explainDisclosure(parsed.json);
        if (r.ok) runChecks(r.data);
      } catch {
        // A crash is reported by the file's own test; here only the prototype matters.
      }
    }
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).filter((k) => /polluted/.test(k)), []);
    assert.equal(({} as { polluted?: unknown }).polluted, undefined);
    assert.equal(Object.getPrototypeOf({}), Object.prototype);
  });

  test('the RTL/emoji names survive validation exactly', () => {
    const e = entries.find((x) => x.shows)!;
    const r = explainDisclosure(JSON.parse(read(e)));
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.equal(r.data.department.name, e.shows!.department);
    assert.equal(r.data.projects![0]!.name, e.shows!.project);
    assert.equal(r.data.tables['gpb-expenditure']!.rows.find((x) => x.code === '201')!.name, e.shows!.row201);
  });

  test('a "constructor" table kind is an own, validated table; absent kinds do not reach Object.prototype', () => {
    const r = explainDisclosure(JSON.parse(read(entries.find((x) => x.file === 'prototype-names.json')!)));
    assert.ok(r.ok);
    if (!r.ok) return;
    const kind: string = 'constructor';
    assert.ok(Object.hasOwn(r.data.tables, kind));
    assert.equal(r.data.tables[kind]?.title, 'constructor 表');
    const values = r.data.tables['gpb-expenditure']!.rows[0]!.values;
    assert.equal(Object.hasOwn(values, '__proto__'), false);
    assert.equal(Object.getPrototypeOf(values), Object.prototype, 'a "__proto__" key must not replace the prototype of a row');
  });
});

describe('budget-kit validate FILE --json on every corpus file', () => {
  for (const e of entries) {
    test(`${e.file}: exit ${e.exit}`, () => {
      const r = cliRuns.get(e.file)!;
      assert.doesNotMatch(`${r.out}\n${r.err}`, STACK, 'no stack trace');
      assert.equal(r.err, '', 'nothing on stderr');
      assert.equal(r.code, e.exit, r.out.slice(0, 400));
      const report = JSON.parse(r.out) as { exitCode: number; files: { status: string; ok: boolean; line?: number; column?: number; error?: { en: string }; problems: Problem[]; findings: { rule: string; severity: string }[] }[] };
      assert.equal(report.exitCode, e.exit);
      const file = report.files[0]!;
      assert.equal(file.ok, e.exit === 0);
      if (e.expect === 'parse-error') {
        assert.equal(file.status, 'unreadable');
        assert.equal(file.line, e.at!.line, 'line');
        if (e.at!.column !== undefined) assert.equal(file.column, e.at!.column, 'column');
        // Not JSON: where it breaks; or, for no text at all or a web page, that it is one (not-json.ts).
        assert.match(file.error!.en, /^(Not valid JSON: |The file is empty|This is a web page \(HTML\))/);
        for (const s of e.says ?? []) assert.ok(file.error!.en.includes(s), `“${s}” not in “${file.error!.en}”`);
      } else if (e.expect === 'encoding-error') {
        assert.equal(file.status, 'unreadable');
        for (const s of e.says ?? []) assert.ok(file.error!.en.includes(s), `“${s}” not in “${file.error!.en}”`);
        if (e.at) assert.equal(file.line, e.at.line, 'line of the first invalid byte');
      } else if (e.expect === 'schema-error') {
        assert.equal(file.status, 'invalid');
        assert.deepEqual([...new Set(file.problems.map((p) => p.path))].sort(), e.problems!.map((p) => p.path).sort());
      } else {
        assert.equal(file.status, 'checked');
        const errors = [...new Set(file.findings.filter((f) => f.severity === 'error').map((f) => f.rule))].sort();
        assert.deepEqual(errors, e.expect === 'check-error' ? [...e.rules!].sort() : []);
      }
    });
  }

  for (const e of entries.filter((x) => x.noRawControl)) {
    test(`${e.file}: the text report prints no raw control characters (terminal escape injection)`, async () => {
      const r = await run(['validate', join(CORPUS_DIR, e.file), '--lang', 'en']);
      assert.equal(r.code, e.exit);
      const bad = CONTROL.exec(r.out);
      assert.equal(bad, null, `raw U+${bad?.[0].charCodeAt(0).toString(16).padStart(4, '0')} in: ${JSON.stringify(r.out.slice(Math.max(0, (bad?.index ?? 0) - 60), (bad?.index ?? 0) + 20))}`);
    });
  }

  test('the whole corpus in one run: one report per file, exit 2 (some are unreadable), no crash', async () => {
    const r = await run(['validate', ...entries.map((e) => join(CORPUS_DIR, e.file)), '--lang', 'en']);
    assert.equal(r.code, 2);
    assert.doesNotMatch(`${r.out}\n${r.err}`, STACK);
    assert.match(r.out, new RegExp(`${entries.length} files, ${entries.filter((e) => e.exit !== 0).length} with errors\\.\\n$`));
  });
});

describe('generated big files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'budget-hostile-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('100,000-character names: valid, kept whole, exit 0', async () => {
    const data = hugeNames(tongnan());
    const r = explainDisclosure(data);
    assert.ok(r.ok);
    if (r.ok) assert.equal(r.data.department.name.length, 100_000);
    assert.equal(HUGE_NAME.length, 100_000);
    const file = join(dir, 'huge-names.json');
    writeFileSync(file, JSON.stringify(data));
    const cli = await run(['validate', file, '--json']);
    assert.doesNotMatch(cli.out + cli.err, STACK);
    assert.equal(cli.code, 0);
  });

  test('10,000 problems: every one listed with its path, exit 1', async () => {
    const data = manyProblems(10_000);
    const r = explainDisclosure(data);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.problems.length, 10_000);
      assert.equal(r.problems[9_999]!.path, 'tables["gpb-expenditure"].rows[9999].values.total');
    }
    const file = join(dir, 'many-problems.json');
    writeFileSync(file, JSON.stringify(data));
    const cli = await run(['validate', file, '--json']);
    assert.doesNotMatch(cli.err, STACK);
    assert.equal(cli.code, 1);
    assert.equal((JSON.parse(cli.out) as { files: { problems: unknown[] }[] }).files[0]!.problems.length, 10_000);
  });

  test('50 MB: validates in process and through the CLI (exit 0), and cut short it is a parse error on its last line (exit 2)', async () => {
    const text = fiftyMegabytes(tongnan());
    assert.ok(Buffer.byteLength(text) >= BIG_BYTES, `${Buffer.byteLength(text)} bytes`);
    const r = explainDisclosure(JSON.parse(text));
    assert.ok(r.ok);
    if (r.ok) assert.ok(r.data.tables['bulk-rows']!.rows.length > 40_000);
    const file = join(dir, 'fifty-megabytes.json');
    writeFileSync(file, text);
    const cli = await run(['validate', file, '--json']);
    assert.doesNotMatch(cli.out + cli.err, STACK);
    assert.equal(cli.code, 0, cli.err || cli.out.slice(0, 300));

    const cut = join(dir, 'fifty-megabytes-truncated.json');
    writeFileSync(cut, fiftyMegabytesTruncated(text));
    const bad = await run(['validate', cut, '--json']);
    assert.doesNotMatch(bad.out + bad.err, STACK);
    assert.equal(bad.code, 2);
    assert.equal((JSON.parse(bad.out) as { files: { line: number }[] }).files[0]!.line, 1, 'the file is one line long');
  });
});
