/**
 * The benchmark's synthetic disclosures (test/bench/generate.ts): valid against the schema,
 * exactly the requested size, and every published sum exact, so the bench measures the
 * widgets' normal paths. Sums are re-derived here from the cells, independently of the generator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benchScale, generateDisclosure, type Scale } from '../bench/generate.js';
import { BudgetDisclosure, type Row, type Table } from '../../src/model/schema.js';
import { explainDisclosure } from '../../src/model/validate.js';
import { toCents, centsOrZero } from '../../src/model/money.js';
import { codeLevel, parentCode, TABLE_KINDS } from '../../src/model/table-kinds.js';
import { runChecks } from '../../src/model/checks/index.js';
import { importWorkbook } from '../bench/import-workbook.js';
import { importSheets } from '../../src/import/assemble.js';
import { FindingList } from '../../src/import/findings.js';
import { readWorkbook } from '../../src/import/workbook.js';

const SMALL: Scale = { projects: 37, codeRows: 61, units: 7, seed: 5 };
const data = generateDisclosure(SMALL);

const sum = (rows: Row[], key: string) => rows.reduce((s, r) => s + centsOrZero(r.values[key]), 0);
const body = (t: Table) => t.rows.filter((r) => r.role !== 'total');
const totalOf = (t: Table) => t.rows.find((r) => r.role === 'total')!;

test('valid against the schema and through explainDisclosure', () => {
  assert.equal(BudgetDisclosure.safeParse(data).success, true);
  const r = explainDisclosure(JSON.parse(JSON.stringify(data)));
  assert.equal(r.ok, true, r.ok ? '' : JSON.stringify(r.problems.slice(0, 3)));
});

test('exactly the requested numbers of rows, projects and units', () => {
  assert.equal(body(data.tables['gpb-expenditure']!).length, 61);
  assert.equal(body(data.tables['dept-expenditure']!).length, 61);
  assert.equal(body(data.tables['project-expenditure']!).length, 37);
  assert.equal(data.projects!.length, 37);
  assert.equal(body(data.tables.sangong!).length, 7);
  for (const rows of [3, 4, 5, 250, 2000]) {
    const d = generateDisclosure({ projects: 1, codeRows: rows, units: 1 });
    assert.equal(body(d.tables['gpb-expenditure']!).length, rows, `codeRows ${rows}`);
  }
});

test('column keys are those of table-kinds.ts', () => {
  for (const kind of ['gpb-expenditure', 'dept-expenditure', 'project-expenditure', 'sangong'] as const) {
    const known = new Set(['code', 'name', ...Object.keys(TABLE_KINDS[kind].columns).map((k) => k.replace(/^text:/, ''))]);
    for (const c of data.tables[kind]!.columns) assert.ok(known.has(c.key), `${kind}: ${c.key}`);
  }
});

test('类/款/项: codes nest, every parent is the exact sum of its children, 合计 = Σ 类', () => {
  for (const kind of ['gpb-expenditure', 'dept-expenditure'] as const) {
    const t = data.tables[kind]!;
    const rows = body(t);
    const keys = t.columns.filter((c) => !c.type).map((c) => c.key);
    const codes = new Set(rows.map((r) => r.code));
    assert.equal(codes.size, rows.length, 'codes are unique');
    for (const r of rows) {
      assert.notEqual(codeLevel(r.code), null, r.code);
      const parent = parentCode(r.code!);
      if (parent) assert.ok(codes.has(parent), `${r.code} has its parent`);
      const children = rows.filter((c) => c.code && parentCode(c.code) === r.code);
      if (codeLevel(r.code)! < 2) assert.ok(children.length > 0, `${r.code} has children`);
      for (const key of children.length ? keys : []) assert.equal(centsOrZero(r.values[key]), sum(children, key), `${kind} ${r.code} ${key}`);
      assert.equal(centsOrZero(r.values.total), centsOrZero(r.values.basic) + centsOrZero(r.values.project), `${kind} ${r.code} total`);
    }
    const classes = rows.filter((r) => codeLevel(r.code) === 0);
    for (const key of keys) assert.equal(centsOrZero(totalOf(t).values[key]), sum(classes, key), `${kind} 合计 ${key}`);
  }
});

test('projects: Σ amounts = 项目支出 of 附件 2, per 项 code too; 合计 row and funding columns add up', () => {
  const t = data.tables['project-expenditure']!;
  const rows = body(t);
  const gpb = data.tables['gpb-expenditure']!;
  assert.equal(sum(rows, 'total'), centsOrZero(totalOf(gpb).values.project));
  for (const leaf of body(gpb).filter((r) => codeLevel(r.code) === 2)) {
    assert.equal(sum(rows.filter((r) => r.code === leaf.code), 'total'), centsOrZero(leaf.values.project), leaf.code);
  }
  for (const c of t.columns.filter((c) => !c.type)) assert.equal(centsOrZero(totalOf(t).values[c.key]), sum(rows, c.key), c.key);
  for (const r of rows) {
    const v = (k: string) => centsOrZero(r.values[k]);
    assert.equal(v('total'), v('specific.subtotal') + v('special.subtotal'));
    assert.equal(v('specific.subtotal'), v('specific.personnel') + v('specific.general') + v('specific.livelihood'));
    assert.equal(v('special.subtotal'), v('special.advance') + v('special.carryover') + v('special.municipal'));
  }
  data.projects!.forEach((p, i) => {
    assert.equal(p.name, rows[i]!.name);
    assert.equal(toCents(p.amount), toCents(rows[i]!.values.total));
    assert.equal(p.indicators.reduce((s, x) => s + (x.weight ?? 0), 0), 90);
    assert.equal(toCents(p.indicators.find((x) => x.level2 === '成本指标')!.value), toCents(p.amount));
  });
});

test('三公: per unit and year 总计 = 出国 + 小计 + 接待, 小计 = 购置 + 运行维护; 合计 = Σ units', () => {
  const t = data.tables.sangong!;
  for (const r of t.rows) {
    for (const p of ['prior.', '']) {
      const v = (k: string) => centsOrZero(r.values[p + k]);
      assert.equal(v('vehicle'), v('vehiclePurchase') + v('vehicleOps'));
      assert.equal(v('total'), v('abroad') + v('vehicle') + v('reception'));
    }
  }
  for (const c of t.columns.filter((c) => !c.type)) assert.equal(centsOrZero(totalOf(t).values[c.key]), sum(body(t), c.key), c.key);
});

test('the consistency checks find no error, warning or rounding note', () => {
  const bad = runChecks(data).filter((f) => f.severity !== 'info');
  assert.deepEqual(bad, []);
});

test('deterministic: same scale and seed, same file; another seed, other amounts', () => {
  assert.equal(JSON.stringify(generateDisclosure(SMALL)), JSON.stringify(data));
  assert.notEqual(JSON.stringify(generateDisclosure({ ...SMALL, seed: 6 })), JSON.stringify(data));
});

test('bench scales: rows = projects = code rows, 三公 units 1 → 100', () => {
  assert.deepEqual([100, 1000, 10000].map((n) => benchScale(n)), [
    { projects: 100, codeRows: 100, units: 1, seed: 1 },
    { projects: 1000, codeRows: 1000, units: 10, seed: 1 },
    { projects: 10000, codeRows: 10000, units: 100, seed: 1 },
  ]);
});

test('refuses a scale it cannot build', () => {
  assert.throws(() => generateDisclosure({ projects: 1, codeRows: 2, units: 1 }), RangeError);
  assert.throws(() => generateDisclosure({ projects: 1, codeRows: 10, units: 0 }), RangeError);
});

test('the import bench workbook (.xlsx and .xls) imports to the synthetic tables, every row, valid and consistent', () => {
  const wb = importWorkbook(120);
  const want = generateDisclosure({ projects: 120, codeRows: 60, units: 1, seed: 1 }).tables;
  assert.deepEqual(wb.files.map((f) => f.name), ['import-120.xlsx', 'import-120.xls']);
  for (const f of wb.files) {
    const findings = new FindingList();
    const r = importSheets(readWorkbook(f.name, f.bytes, findings), { name: '合成市数据管理局（基准测试用合成数据）', region: '合成市', fiscalYear: 2025 }, findings.items);
    // Two of a disclosure's tables, on purpose: the one finding is the standard tables it lacks.
    assert.deepEqual(r.findings.map((x) => x.code), ['standard-tables-missing'], f.name);
    for (const kind of ['gpb-expenditure', 'project-expenditure']) assert.deepStrictEqual(r.data.tables[kind]!.rows, want[kind]!.rows, `${f.name} ${kind}`);
    const v = explainDisclosure(r.data);
    assert.equal(v.ok, true, f.name);
    if (v.ok) assert.deepEqual(runChecks(v.data).filter((x) => x.severity !== 'info'), [], f.name);
  }
});
