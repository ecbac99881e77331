/** Schema problems in plain words: one wording per zod issue code, with path, expectation, finding and fix. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatPath, nearest, explainDisclosure, type Problem } from '../../src/model/validate.js';

const valid = () => ({
  schemaVersion: 1,
  department: { name: '测试部门', region: '测试区', fiscalYear: 2023, kind: 'budget', unit: '万元' },
  tables: {
    'gpb-expenditure': { title: 't', columns: [{ key: 'total', label: '总计' }], rows: [{ name: '合计', values: { total: '258.24' } as Record<string, unknown> }] },
  } as Record<string, unknown>,
});

function problems(json: unknown): Problem[] {
  const r = explainDisclosure(json);
  assert.equal(r.ok, false);
  return r.ok ? [] : r.problems;
}
const one = (json: unknown) => {
  const p = problems(json);
  assert.equal(p.length, 1, JSON.stringify(p));
  return p[0]!;
};
/** Raw zod wording never reaches people. */
const noRawZod = (p: Problem) => assert.doesNotMatch(`${p.message.zh} ${p.message.en}`, /Invalid input|invalid_|Expected .* received/);

test('a valid file passes and the bundled data validates', () => {
  assert.equal(explainDisclosure(valid()).ok, true);
  const data = JSON.parse(readFileSync(new URL('../../data/tongnan-cac-2023.json', import.meta.url), 'utf8'));
  assert.equal(explainDisclosure(data).ok, true);
});

test('amount with three decimals: the message of the brief, in both languages', () => {
  const d = valid();
  (d.tables['gpb-expenditure'] as { rows: { values: Record<string, unknown> }[] }).rows[0]!.values.total = 258.245;
  const p = one(d);
  assert.equal(p.path, 'tables["gpb-expenditure"].rows[0].values.total');
  assert.match(p.message.zh, /^第 1 行（合计）：金额应为最多两位小数的数字字符串，如 "258\.24"，实际为 258\.245。请加上引号写成字符串/);
  assert.match(p.message.en, /^Row 1 \(合计\): An amount must be a string of digits with at most two decimals, such as "258\.24"; found 258\.245\. Please write it in quotes/);
  assert.deepEqual([p.expected, p.found], ['amount', '258.245']);
  noRawZod(p);
});

test('amount strings: too many decimals, separators, units each get their fix', () => {
  const cell = (v: unknown) => {
    const d = valid();
    (d.tables['gpb-expenditure'] as { rows: { values: Record<string, unknown> }[] }).rows[0]!.values.total = v;
    return one(d);
  };
  assert.match(cell('1.005').message.zh, /实际为 "1\.005"。请按公布的数字填写，最多两位小数/);
  assert.match(cell('1,234.00').message.en, /remove the thousands separators/);
  assert.match(cell('291万元').message.zh, /请去掉单位和空格/);
  assert.match(cell(12.5).message.zh, /如 "12\.5"/);
});

test('missing required key names it, says what it holds and where to add it', () => {
  const d = valid() as { department: Record<string, unknown> };
  delete d.department.region;
  const p = one(d);
  assert.equal(p.path, 'department.region');
  // The Chinese message has the hint too, in Chinese (issue 11).
  assert.equal(p.message.zh, '缺少必填字段 "region"（文本（字符串））。请在 department 中添加它。它是地区，如 "重庆市潼南区"。');
  assert.equal(p.message.en, 'The required key "region" (a text string) is missing. Add it to department. It holds: The region, e.g. "重庆市潼南区".');
  noRawZod(p);
});

test('unknown key names the key and suggests the nearest known key', () => {
  const d = valid() as { department: Record<string, unknown> };
  d.department.fiscalyear = 2023;
  delete d.department.fiscalYear;
  const ps = problems(d);
  const unknown = ps.find((p) => p.path === 'department.fiscalyear')!;
  assert.match(unknown.message.zh, /^未知字段 "fiscalyear"。是否应为 "fiscalYear"？此处允许的字段：name、/);
  assert.match(unknown.message.en, /Did you mean "fiscalYear"\?/);
  assert.equal(unknown.expected, 'fiscalYear');
  assert.ok(ps.some((p) => p.path === 'department.fiscalYear' && p.message.en.includes('missing')));
  ps.forEach(noRawZod);
});

test('enum values list the allowed ones and guess the intended one', () => {
  const d = valid() as { department: Record<string, unknown> };
  d.department.kind = '预算';
  const p = one(d);
  assert.equal(p.message.zh, '应为 "budget"、"final" 之一，实际为 "预算"。是否应为 "budget"？');
  const d2 = valid() as Record<string, unknown>;
  d2.projects = [{ name: 'p', indicators: [{ name: 'i', operator: '>=', value: '1' }] }];
  assert.match(one(d2).message.en, /found ">="\. Did you mean "≥"\?/);
});

test('wrong types, numbers out of range, dates, table kinds, schema version, non-object', () => {
  const d = valid() as { department: Record<string, unknown> };
  d.department.fiscalYear = '2023';
  assert.equal(one(d).message.zh, '应为数字，实际为 "2023"。请去掉引号，写成 2023。');
  d.department.fiscalYear = 2023;
  d.department.published = '2023/2/10';
  assert.match(one(d).message.zh, /^日期应写成 YYYY-MM-DD/);
  const k = valid();
  k.tables.GPB = { title: 't', columns: [], rows: [] };
  assert.match(one(k).message.zh, /^表格类型 "GPB" 只能由小写字母、数字和连字符组成/);
  const w = valid() as Record<string, unknown>;
  w.projects = [{ name: 'p', indicators: [{ name: 'i', operator: '≥', value: '1', weight: -5 }] }];
  const pw = one(w);
  assert.equal(pw.path, 'projects[0].indicators[0].weight');
  assert.equal(pw.message.zh, '值应不小于 0，实际为 -5。');
  assert.match(one({ ...valid(), schemaVersion: 2 }).message.zh, /数据格式版本为 2，本工具只支持版本 1/);
  assert.match(one([]).message.en, /must hold one JSON object/);
});

test('formatPath and nearest', () => {
  assert.equal(formatPath(['tables', 'gpb-expenditure', 'rows', 3, 'values', 'prior.total']), 'tables["gpb-expenditure"].rows[3].values["prior.total"]');
  assert.equal(formatPath([]), '(root)');
  assert.equal(nearest('departmnet', ['department', 'tables']), 'department');
  assert.equal(nearest('zzz', ['department', 'tables']), undefined);
});

test('a missing literal or object key is reported as missing, with its type', () => {
  const d = valid() as Record<string, unknown>;
  delete d.schemaVersion;
  delete d.tables;
  const ps = problems(d);
  assert.deepEqual(ps.map((p) => p.path), ['schemaVersion', 'tables']);
  assert.match(ps[0]!.message.zh, /^缺少必填字段 "schemaVersion"（1）。请在 \(root\) 中添加它/);
  assert.match(ps[1]!.message.en, /^The required key "tables" \(an object \{…\}\) is missing/);
});

test('the JSON Schema file itself is recognised, not reported key by key', () => {
  const schema = JSON.parse(readFileSync(new URL('../../data/budget-disclosure.schema.json', import.meta.url), 'utf8'));
  assert.match(one(schema).message.en, /^This is the JSON Schema that describes the format/);
});

test('a comma in an amount gets advice that keeps its value', () => {
  const advice = (amount: string) => {
    const data = JSON.parse(readFileSync('data/tongnan-cac-2023.json', 'utf8'));
    data.tables.sangong.rows[0].values.total = amount;
    const result = explainDisclosure(data);
    if (result.ok) throw new Error('expected a problem');
    return result.problems[0]!.message.zh;
  };
  // A decimal comma must not be "fixed" into an amount 100 times larger.
  assert.match(advice('7,00'), /写成 "7\.00"/);
  assert.doesNotMatch(advice('7,00'), /去掉千分位/);
  assert.match(advice('1,234.50'), /去掉千分位逗号，写成 "1234\.50"/);
  assert.match(advice('1,2,3'), /核对公布的数字/);
});

test('a problem in a table row names the row as people count it, from 1, with its code and name (issue 11)', () => {
  const d = valid();
  const rows = [
    { name: '合计', values: { total: '3.00' } as Record<string, unknown> },
    { code: '207', name: '文化旅游体育与传媒支出', values: { total: '3.00' } as Record<string, unknown> },
    { code: '20701', name: '文化和旅游', values: { total: '3.00' } as Record<string, unknown> },
    { code: '2070101', name: '群众文化', values: { total: '3,0' } as Record<string, unknown> } as { code: string; name?: string; values: Record<string, unknown> },
  ];
  (d.tables['gpb-expenditure'] as { rows: unknown[] }).rows = rows;
  const p = one(d);
  assert.equal(p.path, 'tables["gpb-expenditure"].rows[3].values.total'); // the JSON path keeps counting from 0
  assert.ok(p.message.zh.startsWith('第 4 行（2070101 群众文化）：'), p.message.zh);
  assert.ok(p.message.en.startsWith('Row 4 (2070101 群众文化): '), p.message.en);
  // A row without its name: the number and code; the missing key has its Chinese hint.
  rows[3]!.values.total = '3.00';
  delete rows[3]!.name;
  const m = one(d);
  assert.equal(m.message.zh, '第 4 行（2070101）：缺少必填字段 "name"（文本（字符串））。请在 tables["gpb-expenditure"].rows[3] 中添加它。它是名称，按公布的原文填写，如 "行政运行" 或 "合计"。');
});

test('a missing key’s Chinese hint is its owner’s: the department’s name is not a row’s', () => {
  const data = () => JSON.parse(readFileSync(new URL('../../data/tongnan-cac-2023.json', import.meta.url), 'utf8'));
  const d = data();
  delete d.department.name;
  const m = one(d);
  assert.equal(m.path, 'department.name');
  assert.match(m.message.zh, /它是部门全称，按公布的原文填写，如 "中共重庆市潼南区委网络安全和信息化委员会办公室"。$/);
  assert.doesNotMatch(m.message.zh, /行政运行/);
  assert.match(m.message.en, /The department's full name as published/);
  const p = data();
  delete p.projects[0].name;
  assert.match(one(p).message.zh, /它是项目名称，按公布的原文填写，不含项目编码。$/);
  const i = data();
  delete i.projects[0].indicators[0].name;
  assert.match(one(i).message.zh, /它是指标名称（三级指标；整体绩效目标表中为指标），按公布的原文填写。$/);
});
