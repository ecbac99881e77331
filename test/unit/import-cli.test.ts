/**
 * `budget-kit import`: the command through `main` with an injected Io (files in memory), then the
 * built binary once, for its exit codes and its output.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/types.js';
import { bin, ensureBuiltCli, root } from './built-cli.js';

before(ensureBuiltCli);

const book = (name: string) => join(root, 'test/import/workbooks', name);

function memoryIo(extra: Record<string, string | Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: Io = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => {
      if (Object.prototype.hasOwnProperty.call(extra, p)) return extra[p]!;
      return new Uint8Array(readFileSync(p));
    },
    writeFile: async (p, t) => void written.set(p, t),
  };
  return { io, out, err, written };
}

test('import the Tongnan workbook with its department: the data file on stdout, the report on stderr, exit 0', async () => {
  const m = memoryIo();
  const code = await main(['import', book('tongnan-2023.xlsx'), '--department-json', join(root, 'data/tongnan-cac-2023.json'), '--lang', 'en'], m.io);
  const data = JSON.parse(m.out.join(''));
  const want = JSON.parse(readFileSync(join(root, 'data/tongnan-cac-2023.json'), 'utf8'));
  delete want.$schema;
  assert.deepEqual(data, want, 'department and narrative from the data file, everything else from the workbook');
  assert.match(m.err.join(''), /^Import: every table recognised, no cell left to look at\.\n/);
  assert.match(m.err.join(''), /Data format: valid/);
  assert.equal(code, 0);
});

test('--out writes the file; the report says where each problem is; import errors give exit 1', async () => {
  const m = memoryIo({ 'dept.json': JSON.stringify({ name: '某某区某某局', region: '重庆市某某区', fiscalYear: 2024 }) });
  const code = await main(['import', book('quirks.xlsx'), '--out', 'out.json', '--department-json', 'dept.json'], m.io);
  assert.equal(code, 1);
  const text = m.out.join('');
  assert.match(text, /^已写入 out\.json\n导入报告（\d+ 条）：/);
  assert.match(text, /\[错误\] Sheet2!D6: 公式单元格没有保存计算结果/);
  assert.match(text, /\[警告\] __proto__!I3: 表“一般公共预算财政拨款支出预算表”的列“调整数”/);
  const data = JSON.parse(m.written.get('out.json')!);
  assert.equal(data.department.name, '某某区某某局');
  assert.equal(data.tables['gpb-expenditure'].rows[0].values.total, '258.24');
});

test('--json: one document with the data, the import findings with places and the validation', async () => {
  const m = memoryIo();
  const code = await main(['import', book('final-2023.xlsx'), '--json'], m.io);
  const doc = JSON.parse(m.out.join(''));
  assert.equal(doc.report, 'budget-kit import');
  assert.equal(doc.exitCode, code);
  assert.deepEqual(doc.missing, ['name', 'region', 'fiscalYear (guessed)']);
  assert.deepEqual(doc.import.map((f: { code: string; where?: string }) => [f.code, f.where]), [['final-kind', 'Sheet1!A2'], ['final-kind', 'Sheet1!A13'], ['standard-tables-missing', undefined], ['fiscal-year-guessed', 'Sheet1!A2'], ['department-fields', undefined]]);
  assert.equal(doc.data.tables['final-summary'].rows[4].values.amount, '260.50');
  assert.equal(doc.validation.files[0].status, 'checked');
});

test('an unreadable workbook: exit 2 with a plain message, no data written', async () => {
  const m = memoryIo({ 'bad.xlsx': new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]) });
  const code = await main(['import', 'bad.xlsx', '--out', 'x.json', '--lang', 'en'], m.io);
  assert.equal(code, 2);
  assert.match(m.err.join(''), /bad\.xlsx is not a readable Excel\/WPS workbook/);
  assert.equal(m.written.size, 0);
  const missing = memoryIo();
  assert.equal(await main(['import', 'nowhere.xls'], missing.io), 2);
  assert.match(missing.err.join(''), /无法读取文件：文件不存在（nowhere\.xls）/);
  assert.equal(await main(['import'], memoryIo().io), 2);
});

test('the built binary: budget-kit import writes the file and exits as validate does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bk-import-'));
  const out = join(dir, 'd.json');
  const r = spawnSync(process.execPath, [bin, 'import', book('example-district-2024.xls'), '--department-json', join(root, 'data/example-district-2024.json'), '--out', out, '--lang', 'en'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^Wrote .*d\.json\n/);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).department.name, '重庆市青岚区教育委员会');
  const help = spawnSync(process.execPath, [bin, '--help'], { cwd: root, encoding: 'utf8' });
  assert.match(help.stdout, /budget-kit import WORKBOOK\.\.\./);
});
