/**
 * `budget-kit`: the pure parts (arguments, report) directly, then the built binary
 * (dist/budget-kit.mjs, the package `bin`) spawned on fixtures for exit codes and key lines.
 * The binary is rebuilt here when it is missing or older than its sources.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import { locateJsonError } from '../../src/model/json-syntax.js';
import { COMMANDS, main } from '../../src/cli/main.js';
import { exitCode, formatText } from '../../src/cli/report.js';
import { checkText } from '../../src/cli/validate-command.js';
import { bin, ensureBuiltCli, root } from './built-cli.js';

const fx = (name: string) => `test/fixtures/checks/${name}`;


// The binary is rebuilt when it is missing or older than its sources.
before(ensureBuiltCli);

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// ——— pure parts ———

test('parseArgs: command, files, flags in any order, --lang=value, errors', () => {
  const specs = { validate: [{ name: 'json', type: 'boolean' as const, help: { zh: '', en: '' } }] };
  assert.deepEqual(parseArgs(['validate', 'a.json', '--json', 'b.json', '--lang=en'], specs), { command: 'validate', positionals: ['a.json', 'b.json'], options: { json: true, lang: 'en' } });
  assert.deepEqual(parseArgs(['--lang', 'en', 'validate', '--', '--odd-name.json'], specs).positionals, ['--odd-name.json']);
  assert.throws(() => parseArgs(['valdate'], specs), (e: UsageError) => /Unknown command “valdate”/.test(e.words.en));
  assert.throws(() => parseArgs(['validate', '--lang', 'fr'], specs), (e: UsageError) => /must be zh or en/.test(e.words.en));
  assert.throws(() => parseArgs(['validate', '--jsn'], specs), (e: UsageError) => /Unknown option “--jsn”/.test(e.words.en));
});

test('locateJsonError gives line and column', () => {
  assert.deepEqual(locateJsonError('{\n  "a": 1\n  "b": 2\n}'), { line: 3, column: 3, offset: 13, message: { zh: '此处应为逗号“,”或右花括号“}”（可能少了逗号），却是“"”', en: 'expected a comma “,” or “}” (perhaps a missing comma) but found “"”' } });
  assert.equal(locateJsonError('{"a": 1,}')?.column, 9);
  assert.equal(locateJsonError('{"a": tru}')?.column, 7);
  assert.equal(locateJsonError('{"a": 1}'), null);
});

test('report text groups by severity then rule and ends with the counts line', () => {
  const r = checkText('x.json', JSON.stringify({ schemaVersion: 1, department: { name: 'd', region: 'r', fiscalYear: 2023, kind: 'budget', unit: '万元' }, tables: {
    'gpb-expenditure': { title: 'T', attachment: '2', columns: [{ key: 'code', label: 'c', type: 'code' }, { key: 'name', label: 'n', type: 'name' }, { key: 'total', label: '总计' }, { key: 'basic', label: '基本支出' }, { key: 'project', label: '项目支出' }],
      rows: [{ code: '201', name: 'a', values: { total: '9.00', basic: '5.00', project: '5.00' } }, { code: '208', name: 'b', values: { total: '9.99', basic: '5.00', project: '5.00' } }] },
  } }));
  const lines = formatText([r], 'en').trimEnd().split('\n');
  assert.deepEqual(lines.map((l) => l.replace(/ —.*|: expected.*/, '')), [
    'x.json',
    '  Data format: valid',
    '  Consistency checks:',
    '  Errors (1)',
    '    R01 row-sum',
    '      · Table 2 (T) 201 a “总计” should equal 基本支出 + 项目支出',
    '  Rounding notes (1)',
    '    R01 row-sum',
    '      · Table 2 (T) 208 b “总计” should equal 基本支出 + 项目支出',
    '  Total: 1 error, 0 warnings, 1 rounding note, 0 info',
  ]);
  assert.equal(exitCode([r]), 1);
});

test('main prints help and returns exit codes without a process', async () => {
  let out = '';
  const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (out += s), readFile: async () => '{' };
  assert.equal(await main(['--help', '--lang', 'en'], io), 0);
  assert.match(out, /Usage:\n  budget-kit validate FILE\.\.\. \[--budget BUDGETFILE\] \[--json\] \[--lang zh\|en\]/);
  out = '';
  assert.equal(await main(['validate', 'x.json', '--lang', 'en'], io), 2);
  assert.match(out, /Cannot read \(line 1, column 2\): Not valid JSON: expected a double-quoted key/);
});

// ——— the built binary ———

test('budget-kit --help documents the commands and exit codes', () => {
  const r = run('--help');
  assert.equal(r.code, 0);
  assert.match(r.out, /budget-kit validate FILE\.\.\. \[--budget BUDGETFILE\] \[--json\] \[--lang zh\|en\]/);
  assert.match(r.out, /退出状态：\n  0  没有错误/);
  assert.match(r.out, /\n  1  有文件存在数据格式问题或一致性错误；render：文件中没有所要的表、项目或单位\n/);
  const v = run('validate', '--help', '--lang', 'en').out;
  assert.match(v, /--json +Print a machine-readable JSON report/);
  // validate's own help does not speak of render.
  assert.match(v, /\n  1  a file has data-format problems or consistency errors\n/);
});

test('validate on the bundled data: no errors, exit 0, the real rounding notes shown', () => {
  const r = run('validate', 'data/tongnan-cac-2023.json', '--lang', 'en');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^data\/tongnan-cac-2023\.json\n  Data format: valid\n/);
  assert.match(r.out, /20137 网信事务 “2023 年预算数 总计” should equal the sum of its 3 items \(项\): expected 258\.25, found 258\.24/);
  assert.match(r.out, /\n  Total: 0 errors, 1 warning, 23 rounding notes, 7 info\n$/);
});

test('validate: exit 0 clean, 1 on a consistency error, 1 on schema problems, 2 on broken JSON or a missing file', () => {
  const clean = run('validate', fx('clean.json'));
  assert.equal(clean.code, 0);
  assert.match(clean.out, /合计: 0 个错误，0 个警告，1 个尾差，0 个提示/);

  const bad = run('validate', fx('inconsistent.json'));
  assert.equal(bad.code, 1);
  assert.match(bad.out, /错误 \(1\)\n    R02 hierarchy — 类 = Σ款，款 = Σ项，合计 = Σ类\n      · 附件 2《一般公共预算财政拨款支出预算表》 合计「总计」应等于 1 个类之和：应为 258\.24，实为 300\.00，相差 41\.76 万元。/);

  const schema = run('validate', fx('schema-invalid.json'));
  assert.equal(schema.code, 1);
  assert.match(schema.out, /数据格式：3 个问题/);
  assert.match(schema.out, /    department\.regoin: 未知字段 "regoin"。是否应为 "region"？/);
  assert.match(schema.out, /    department\.region: 缺少必填字段 "region"/);
  assert.match(schema.out, /    tables\["gpb-expenditure"\]\.rows\[0\]\.values\.total: 第 1 行（合计）：金额应为最多两位小数的数字字符串，如 "258\.24"，实际为 258\.245。/);

  const broken = run('validate', fx('broken.json'));
  assert.equal(broken.code, 2);
  assert.match(broken.out, /无法读取（第 4 行第 3 列）: 不是有效的 JSON：此处应为逗号“,”或右花括号“}”（可能少了逗号）/);

  const missing = run('validate', 'no/such.json', fx('clean.json'), '--lang', 'en');
  assert.equal(missing.code, 2);
  assert.match(missing.out, /no\/such\.json\n  Cannot read the file: no such file \(no\/such\.json\)\.\n/);
  // Said once, not "无法读取: 无法读取文件：…".
  assert.match(run('validate', 'no/such.json').out, /^no\/such\.json\n  无法读取文件：文件不存在（no\/such\.json）。\n$/);
  assert.match(missing.out, /2 files, 1 with errors\.\n$/);
});

test('validate --json prints a machine-readable report', () => {
  const r = run('validate', fx('inconsistent.json'), fx('broken.json'), '--json');
  assert.equal(r.code, 2);
  const report = JSON.parse(r.out);
  assert.equal(report.exitCode, 2);
  assert.deepEqual(report.files.map((f: { status: string }) => f.status), ['checked', 'unreadable']);
  assert.deepEqual(report.files[0].summary.counts, { error: 1, warning: 0, rounding: 1, info: 0 });
  assert.deepEqual(
    report.files[0].findings.map((f: { rule: string; severity: string; place: object; expected: string; actual: string }) => [f.rule, f.severity, f.place, f.expected, f.actual]),
    [
      ['R02', 'rounding', { table: 'gpb-expenditure', row: '20137', column: 'total' }, '258.25', '258.24'],
      ['R02', 'error', { table: 'gpb-expenditure', row: '合计', column: 'total' }, '258.24', '300.00'],
    ],
  );
  assert.deepEqual([report.files[1].line, report.files[1].column], [4, 3]);
});

test('usage errors exit 2 with a hint', () => {
  const r = run('validate');
  assert.equal(r.code, 2);
  assert.match(r.err, /请至少给出一个文件。\n用法：budget-kit validate FILE/);
  assert.equal(run('frobnicate').code, 2);
  assert.equal(run().code, 2);
});

// ——— issue 10: --json always prints one document; a fault of the kit is its own status ———

test('validate --json on a usage error prints one parseable document (usage-error, exit 2) and the words on stderr', () => {
  const cases: [string[], RegExp][] = [
    [['validate', '--json'], /Give at least one file/],
    [['validate', fx('clean.json'), '--json', '--lang', 'fr'], /--lang must be zh or en, not “fr”/],
    [['validate', fx('clean.json'), '--json', '--frobnicate'], /Unknown option “--frobnicate”/],
    [['--json'], /Unknown option “--json”/],
  ];
  for (const [args, en] of cases) {
    const r = run(...args);
    assert.equal(r.code, 2, args.join(' '));
    const doc = JSON.parse(r.out) as { report: string; version: number; status: string; exitCode: number; error: { zh: string; en: string }; files: unknown[] };
    assert.equal(doc.status, 'usage-error', args.join(' '));
    assert.equal(doc.exitCode, 2);
    assert.equal(doc.version, 1);
    assert.deepEqual(doc.files, []);
    assert.match(doc.error.en, en);
    assert.ok(doc.error.zh, 'both languages');
    assert.ok(r.err.length > 0, 'people still get the words on stderr');
  }
  assert.equal(JSON.parse(run('validate', '--json').out).report, 'budget-kit validate');
  // A file named --json after `--` is a file, not the option.
  assert.equal(run('validate', '--', '--json').out.includes('"status"'), false);
  // A normal report says "checked".
  assert.equal(JSON.parse(run('validate', fx('clean.json'), '--json').out).status, 'checked');
});

test('a fault of the kit while checking one file: status "internal-error", exit 3, the other files still reported', async () => {
  let out = '';
  let err = '';
  const text = readFileSync(join(root, fx('clean.json')));
  // Bytes whose every read throws stand for a bug in the checker.
  const poisoned = new Proxy(new Uint8Array(8), {
    get: (target, key) => {
      if (key === 'then') return undefined; // awaited as a plain value
      throw new Error('boom');
    },
  });
  const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s), readFile: async (p: string) => (p === 'bad.json' ? poisoned : text) };
  assert.equal(await main(['validate', 'bad.json', 'good.json', '--json'], io), 3);
  const doc = JSON.parse(out);
  assert.equal(doc.exitCode, 3);
  assert.deepEqual(doc.files.map((f: { status: string }) => f.status), ['internal-error', 'checked']);
  assert.match(doc.files[0].error.en, /budget-kit failed while checking this file \(boom\)\. This is a fault of the kit/);
  out = '';
  assert.equal(await main(['validate', 'bad.json', '--lang', 'en'], io), 3);
  assert.match(out, /^bad\.json\n  budget-kit failed while checking this file \(boom\)/);
  assert.equal(err, '');
});

test('a fault of the kit outside the files: --json still prints a document (internal-error) before the error goes on', async () => {
  let out = '';
  const io = { stdout: (s: string) => void (out += s), stderr: () => {}, readFile: async () => '' };
  const run0 = COMMANDS.validate!.run;
  (COMMANDS.validate as { run: typeof run0 }).run = async () => {
    throw new Error('kaput');
  };
  try {
    await assert.rejects(main(['validate', 'x.json', '--json'], io), /kaput/);
  } finally {
    (COMMANDS.validate as { run: typeof run0 }).run = run0;
  }
  const doc = JSON.parse(out);
  assert.deepEqual([doc.status, doc.exitCode, doc.files], ['internal-error', 3, []]);
  assert.match(doc.error.en, /failed unexpectedly \(kaput\)/);
});

test('--help lists exit status 3', () => {
  assert.match(run('--help', '--lang', 'en').out, /\n  3  a fault of budget-kit itself \(please report it\)\n/);
});

test('validate --budget joins a 决算 with its budget: agreement is silent, a differing 年初预算 is an error naming both files’ figures', async () => {
  const files: Record<string, string> = {
    'final.json': readFileSync(join(root, 'data/example-district-2024-final.json'), 'utf8'),
    'budget.json': readFileSync(join(root, 'data/example-district-2024.json'), 'utf8'),
  };
  let out = '';
  const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (out += s), readFile: async (f: string) => files[f] ?? Promise.reject(Object.assign(new Error(f), { code: 'ENOENT' })) };
  assert.equal(await main(['validate', 'final.json', '--budget', 'budget.json', '--json'], io), 0);
  const report = JSON.parse(out) as { files: Array<{ file: string; findings?: Array<{ rule: string }> }> };
  assert.deepEqual(report.files.map((f) => f.file), ['budget.json', 'final.json']);
  assert.deepEqual(report.files[1]!.findings!.filter((f) => f.rule === 'R30'), []);
  files['final.json'] = files['final.json']!.replace('"key": "gpb.item.2050101.budget", "value": "6234518.36"', '"key": "gpb.item.2050101.budget", "value": "6234000.00"');
  out = '';
  assert.equal(await main(['validate', 'final.json', '--budget', 'budget.json'], io), 1);
  assert.match(out, /决算文字说明中的“2050101 项年初预算数”应等于预算文件附件 2《一般公共预算财政拨款支出预算表》 2050101 行政运行「2024 年预算数 总计」：应为 6234518\.36，实为 6234000\.00/);
  out = '';
  assert.equal(await main(['validate', 'final.json', '--budget', 'final.json'], io), 2);
  assert.match(out, /--budget 应为预算文件，但 final\.json 是决算文件/);
});

test('--help keeps every option apart from its description, the longest too', () => {
  for (const lang of ['zh', 'en']) {
    const lines = run('--help', '--lang', lang).out.split('\n').filter((l) => /^  (-\w, |    )--/.test(l));
    assert.ok(lines.length > 10, lines.join('\n'));
    // Two spaces at least after the option, and one column: every description starts at the same place.
    const starts = lines.map((l) => {
      const m = /^( {2}(?:-\w, | {4})--[\w-]+(?: [A-Z|]+)?)( {2,})\S/.exec(l);
      assert.ok(m, l);
      return m[1]!.length + m[2]!.length;
    });
    assert.equal(new Set(starts).size, 1, lines.join('\n'));
  }
});
