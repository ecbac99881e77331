/**
 * The second, FICTIONAL data set (data/example-district-2024.json, 重庆市青岚区教育委员会 2024 in 元)
 * proves the format is not tied to the Tongnan file. These tests pin its structural differences
 * and prove it is fully consistent: in 元 nothing is rounded, so every relation holds exactly
 * (the sums below are independent of src/model/checks, which is also run on it at the end).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { centsToString, sumCents, toCents, type Cents } from '../../src/model/money.js';
import type { BudgetDisclosure, Cell, Row, Table } from '../../src/model/schema.js';
import { FIGURE_KEYS, codeLevel, parentCode } from '../../src/model/table-kinds.js';
import { explainDisclosure } from '../../src/model/validate.js';
import { runChecks } from '../../src/model/checks/index.js';
import { EXAMPLE_FILE, exampleDistrictText } from '../../src/tools/make-example-district.js';

const text = readFileSync(fileURLToPath(new URL(`../../${EXAMPLE_FILE}`, import.meta.url)), 'utf8');
const result = explainDisclosure(JSON.parse(text));
if (!result.ok) throw new Error(`${EXAMPLE_FILE} does not validate: ${JSON.stringify(result.problems.slice(0, 5))}`);
const data: BudgetDisclosure = result.data;

const cents = (c: Cell | undefined): Cents | null => toCents(c);
/** A published amount as cents; fails the test when the cell is empty. */
const amt = (c: Cell | undefined, where = ''): Cents => {
  const v = toCents(c);
  assert.notEqual(v, null, `expected an amount ${where}`);
  return v!;
};
const tbl = (kind: string): Table => {
  const t = data.tables[kind];
  assert.ok(t, `table ${kind} is missing`);
  return t;
};
const totalRow = (t: Table, side?: 'income' | 'expenditure'): Row => t.rows.find((r) => r.role === 'total' && r.side === side)!;
const byCode = (t: Table, code: string): Row => t.rows.find((r) => r.code === code)!;
const amountKeys = (t: Table) => t.columns.filter((c) => (c.type ?? 'amount') === 'amount').map((c) => c.key);
const figure = (key: string): Cents => amt(data.narrative!.figures.find((f) => f.key === key)?.value, `for figure ${key}`);
/** Σ of cells as cents, null when every cell is empty: "nothing published" is not 0. */
const sum = (cells: Array<Cell | undefined>): Cents | null => (cells.every((c) => cents(c) === null) ? null : sumCents(cells.map(cents)));

test('it validates against BudgetDisclosure', () => {
  assert.equal(result.ok, true);
});

test('the committed file is identical to a fresh run of src/tools/make-example-district.ts', () => {
  assert.equal(text, exampleDistrictText());
});

test('it says it is fictional, and differs from Tongnan in year and unit', () => {
  const d = data.department;
  assert.match(d.source!.title, /虚构/);
  assert.equal(d.name, '重庆市青岚区教育委员会');
  assert.equal(d.fiscalYear, 2024);
  assert.equal(d.comparisonYear, 2023);
  assert.equal(d.unit, '元');
  for (const t of Object.values(data.tables)) assert.equal(t.unit, '元', t.title);
});

test('every amount in 元 is published with exactly two decimals', () => {
  const amounts: string[] = [];
  for (const t of Object.values(data.tables)) for (const r of t.rows) for (const v of Object.values(r.values)) if (v !== null) amounts.push(v);
  for (const f of data.narrative!.figures) if (!f.unit) amounts.push(f.value);
  for (const p of data.projects!) amounts.push(p.amount!);
  assert.ok(amounts.length > 500);
  for (const a of amounts) assert.match(a, /^-?\d+\.\d\d$/);
});

test('三公 lists several units with codes, and a vehicle purchase that is new this year', () => {
  const t = tbl('sangong');
  const units = t.rows.filter((r) => !r.role);
  assert.equal(units.length, 5);
  for (const u of units) assert.match(u.code!, /^125\d{3}$/);
  const total = totalRow(t);
  assert.equal(total.values.vehiclePurchase, '180000.00');
  assert.equal(total.values['prior.vehiclePurchase'], '0.00', 'a published zero, not an empty cell');
  assert.equal(total.values.total, '340000.00');
  assert.equal(total.values['prior.total'], '170000.00');
  // Zeros are stated in this table: no cell is empty.
  for (const r of t.rows) for (const k of amountKeys(t)) assert.notEqual(r.values[k], null, `${r.name} ${k}`);
});

test('the 政府性基金 table is not empty and the 国有资本经营 table of other provinces fits', () => {
  const five = tbl('gov-fund-expenditure');
  assert.equal(totalRow(five).values.total, '950000.00');
  assert.deepEqual(five.rows.filter((r) => r.code).map((r) => r.code), ['229', '22960', '2296003', '2296004']);
  assert.equal(five.emptyNote, undefined);
  const sc = tbl('state-capital-expenditure');
  assert.equal(totalRow(sc).values.project, '186400.00');
  assert.equal(sc.attachment, '13');
});

test('it spends in seven 类, among them 201, 205, 208, 210 and 221', () => {
  const classes = tbl('dept-expenditure').rows.filter((r) => codeLevel(r.code) === 0).map((r) => r.code);
  assert.deepEqual(classes, ['201', '205', '208', '210', '221', '223', '229']);
});

test('it has fourteen projects with targets, one per row of 项目支出明细表 with the same amount', () => {
  const projects = data.projects!;
  assert.equal(projects.length, 14);
  const rows = tbl('project-expenditure').rows.filter((r) => !r.role);
  assert.deepEqual(rows.map((r) => r.name), projects.map((p) => p.name));
  projects.forEach((p, i) => {
    assert.equal(rows[i]!.values.total, p.amount, p.name);
    assert.equal(rows[i]!.code, p.functionCode, p.name);
    assert.ok(p.indicators.length >= 6, p.name);
  });
});

test('project weights sum to 90, except exactly one project at 100', () => {
  const totals = data.projects!.map((p) => p.indicators.reduce((s, i) => s + i.weight!, 0));
  assert.deepEqual(totals.filter((t) => t !== 90), [100]);
});

test('indicators use every 一级/二级 level and every operator; quantitative ones have a number and a unit', () => {
  const all = [...data.projects!.flatMap((p) => p.indicators), ...data.overallPerformance!.indicators];
  assert.deepEqual(new Set(all.map((i) => i.level1)), new Set(['产出指标', '效益指标', '满意度指标']));
  assert.deepEqual(
    new Set(all.map((i) => i.level2)),
    new Set(['数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标']),
  );
  assert.deepEqual(new Set(all.map((i) => i.operator)), new Set(['≥', '≤', '=', '定性']));
  for (const i of all) {
    if (i.operator === '定性') assert.equal(i.unit, undefined, i.name);
    else {
      assert.match(i.value, /^\d+(\.\d+)?$/, i.name);
      assert.ok(i.unit, i.name);
    }
  }
  assert.ok(all.some((i) => i.direction === '反向'));
});

test('each project’s 成本指标 in 元 add up exactly to its amount', () => {
  for (const p of data.projects!) {
    const costs = p.indicators.filter((i) => i.level2 === '成本指标');
    assert.ok(costs.length >= 1, p.name);
    for (const i of costs) assert.equal(i.unit, '元', p.name);
    assert.equal(sumCents(costs.map((i) => toCents(i.value))), amt(p.amount), p.name);
  }
});

test('overall targets: weights in % sum to 100, the amount is the department total', () => {
  const o = data.overallPerformance!;
  assert.equal(o.weightUnit, '%');
  assert.equal(o.indicators.reduce((s, i) => s + i.weight!, 0), 100);
  assert.equal(o.amount, totalRow(tbl('dept-expenditure')).values.total);
  assert.equal(toCents(o.indicators.find((i) => i.name.includes('三公'))!.value), figure('sangong.total'));
});

test('procurement has goods, works and services, and 合计 = 货物 + 工程 + 服务 in every column', () => {
  const t = tbl('procurement');
  const [total, ...items] = t.rows;
  assert.deepEqual(items.map((r) => r.name), ['货物类', '工程类', '服务类']);
  for (const r of items) assert.ok(amt(r.values.total) > 0, r.name);
  for (const k of amountKeys(t)) assert.equal(cents(total!.values[k]), sum(items.map((r) => r.values[k])), k);
  for (const r of t.rows) assert.equal(amt(r.values.total), sum(['gpb', 'govFund', 'business'].map((k) => r.values[k])), r.name);
});

test('the narrative has sections, a glossary and stated figures with known keys, each stated in the text', () => {
  const n = data.narrative!;
  assert.ok(n.sections.length >= 6);
  assert.ok(n.glossary.length >= 5);
  const paragraphs = n.sections.flatMap((s) => s.paragraphs).join('\n');
  for (const f of n.figures) {
    const known = f.key in FIGURE_KEYS || /^expenditure\.class\.\d{3}$/.test(f.key);
    assert.ok(known, `unknown figure key ${f.key}`);
    assert.ok(n.sections.some((s) => s.key === f.section), `${f.key}: no section ${f.section}`);
    if (!f.unit) assert.ok(paragraphs.includes(`${f.value.replace('-', '')} 元`), `${f.key} = ${f.value} is not in the text`);
  }
});

/** Every parent = Σ its children, the 合计 row = Σ 类, in every amount column, exactly. */
function assertHierarchy(t: Table): void {
  const coded = t.rows.filter((r) => codeLevel(r.code) !== null);
  for (const key of amountKeys(t)) {
    for (const parent of coded) {
      const children = coded.filter((r) => parentCode(r.code!) === parent.code);
      if (children.length) assert.equal(cents(parent.values[key]), sum(children.map((c) => c.values[key])), `${t.title} ${parent.code} ${key}`);
    }
    const classes = coded.filter((r) => codeLevel(r.code) === 0);
    assert.equal(cents(totalRow(t).values[key]), sum(classes.map((c) => c.values[key])), `${t.title} 合计 ${key}`);
  }
}

test('hierarchy sums hold exactly in every coded table (类 = Σ款, 款 = Σ项, 合计 = Σ类)', () => {
  for (const kind of ['gpb-expenditure', 'gpb-basic-expenditure', 'gov-fund-expenditure', 'dept-income', 'dept-expenditure', 'state-capital-expenditure']) {
    assertHierarchy(tbl(kind));
  }
  // 2050299 has a prior-year figure only: the prior column sums over it, this year's does not.
  assert.deepEqual(byCode(tbl('gpb-expenditure'), '2050299').values, { 'prior.total': '350000.00', total: null, basic: null, project: null });
});

test('row sums hold exactly: 合计 = 基本 + 项目, 总计 = 人员 + 公用, 总计 = Σ sources, 三公 and 项目 columns', () => {
  for (const kind of ['gpb-expenditure', 'gov-fund-expenditure', 'dept-expenditure', 'state-capital-expenditure']) {
    for (const r of tbl(kind).rows) assert.equal(cents(r.values.total), sum([r.values.basic, r.values.project]), `${kind} ${r.name}`);
  }
  for (const r of tbl('gpb-basic-expenditure').rows) assert.equal(amt(r.values.total), sum([r.values.personnel, r.values.public]), r.name);
  const seven = tbl('dept-income');
  for (const r of seven.rows) assert.equal(amt(r.values.total), sum(amountKeys(seven).filter((k) => k !== 'total').map((k) => r.values[k])), r.name);
  const four = tbl('sangong');
  for (const r of four.rows) {
    for (const p of ['', 'prior.']) {
      const v = (k: string) => r.values[p + k];
      assert.equal(amt(v('vehicle')), sum([v('vehiclePurchase'), v('vehicleOps')]), `${r.name} ${p}vehicle`);
      assert.equal(amt(v('total')), sum([v('abroad'), v('vehicle'), v('reception')]), `${r.name} ${p}total`);
    }
  }
  for (const k of amountKeys(four)) assert.equal(amt(totalRow(four).values[k]), sum(four.rows.filter((r) => !r.role).map((r) => r.values[k])), k);
  const ten = tbl('project-expenditure');
  for (const r of ten.rows) {
    const v = r.values;
    assert.equal(amt(v.total), sum([v['specific.subtotal'], v['special.subtotal']]), r.name);
    assert.equal(cents(v['specific.subtotal']), sum([v['specific.personnel'], v['specific.general'], v['specific.livelihood']]), r.name);
    assert.equal(cents(v['special.subtotal']), sum([v['special.advance'], v['special.carryover'], v['special.municipal']]), r.name);
  }
  for (const k of amountKeys(ten)) assert.equal(cents(totalRow(ten).values[k]), sum(ten.rows.filter((r) => !r.role).map((r) => r.values[k])), k);
});

test('the two summary tables balance (rules 3 and 4)', () => {
  const six = tbl('dept-summary');
  const side = (s: 'income' | 'expenditure') => six.rows.filter((r) => r.side === s);
  const subtotal = (s: 'income' | 'expenditure') => side(s).find((r) => r.role === 'subtotal')!;
  const lines = (s: 'income' | 'expenditure') => side(s).slice(0, side(s).indexOf(subtotal(s)));
  for (const s of ['income', 'expenditure'] as const) {
    assert.equal(amt(subtotal(s).values.amount), sum(lines(s).map((r) => r.values.amount)), s);
    assert.equal(totalRow(six, s).values.amount, subtotal(s).values.amount, s);
  }
  assert.equal(totalRow(six, 'income').values.amount, totalRow(six, 'expenditure').values.amount);

  const one = tbl('fiscal-summary');
  const income = one.rows.filter((r) => r.side === 'income');
  const spent = one.rows.filter((r) => r.side === 'expenditure');
  assert.equal(amt(income[0]!.values.amount), sum(income.slice(1, 4).map((r) => r.values.amount)));
  assert.equal(totalRow(one, 'income').values.amount, totalRow(one, 'expenditure').values.total);
  for (const r of spent) assert.equal(cents(r.values.total), sum([r.values.gpb, r.values.govFund, r.values.stateCapital]), r.name);
  const classes = spent.filter((r) => r.name.startsWith('('));
  for (const k of ['total', 'gpb', 'govFund', 'stateCapital']) assert.equal(amt(spent[0]!.values[k]), sum(classes.map((r) => r.values[k])), k);
});

test('the tables agree with each other (rules 7–12)', () => {
  const [one, two, three, four, five, six, seven, eight, ten, sc] = (
    ['fiscal-summary', 'gpb-expenditure', 'gpb-basic-expenditure', 'sangong', 'gov-fund-expenditure', 'dept-summary', 'dept-income', 'dept-expenditure', 'project-expenditure', 'state-capital-expenditure'] as const
  ).map(tbl) as [Table, Table, Table, Table, Table, Table, Table, Table, Table, Table];
  // 7: department summary = income table = expenditure table; sources and classes line by line.
  const deptTotal = totalRow(six, 'income').values.amount;
  assert.equal(totalRow(seven).values.total, deptTotal);
  assert.equal(totalRow(eight).values.total, deptTotal);
  const sixLine = (name: string) => six.rows.find((r) => r.name.endsWith(name))!.values.amount;
  assert.equal(sixLine('一般公共预算拨款收入'), totalRow(seven).values.gpb);
  assert.equal(sixLine('政府性基金预算拨款收入'), totalRow(seven).values.govFund);
  assert.equal(sixLine('国有资本经营预算拨款收入'), totalRow(seven).values.stateCapital);
  assert.equal(sixLine('事业收入'), totalRow(seven).values.business);
  for (const cls of eight.rows.filter((r) => codeLevel(r.code) === 0)) assert.equal(sixLine(`、${cls.name}`), cls.values.total, cls.name);
  // 8: appropriation summary = table 2 (per 类 too), table 5 and the 国有资本经营 table.
  const spent = one.rows.find((r) => r.side === 'expenditure' && r.role === 'subtotal')!;
  assert.equal(spent.values.gpb, totalRow(two).values.total);
  assert.equal(spent.values.govFund, totalRow(five).values.total);
  assert.equal(spent.values.stateCapital, totalRow(sc).values.total);
  for (const cls of two.rows.filter((r) => codeLevel(r.code) === 0 && r.values.total !== null)) {
    assert.equal(one.rows.find((r) => r.name.endsWith(` ${cls.name}`))!.values.gpb, cls.values.total, cls.name);
  }
  // 9: basic expenditure = economic table.
  assert.equal(totalRow(two).values.basic, totalRow(three).values.total);
  // 10: the project list = 项目支出 of table 8 (it lists fund- and state-capital-funded projects too).
  assert.equal(totalRow(ten).values.total, totalRow(eight).values.project);
  assert.equal(amt(totalRow(eight).values.project), sumCents([totalRow(two), totalRow(five), totalRow(sc)].map((r) => amt(r.values.project))));
  // 12: 三公 items = economic rows.
  assert.equal(totalRow(four).values.abroad, byCode(three, '30212').values.total);
  assert.equal(totalRow(four).values.reception, byCode(three, '30217').values.total);
  assert.equal(totalRow(four).values.vehicleOps, byCode(three, '30231').values.total);
});

test('stated figures equal the tables and stated changes are this year − last year (rules 13 and 14)', () => {
  const t = (kind: string, key: string, side?: 'income' | 'expenditure') => amt(totalRow(tbl(kind), side).values[key]);
  assert.equal(figure('income.total'), t('dept-summary', 'amount', 'income'));
  assert.equal(figure('expenditure.total'), t('dept-expenditure', 'total'));
  assert.equal(figure('income.change'), figure('expenditure.change'));
  for (const k of ['gpb', 'govFund', 'stateCapital', 'business'] as const) assert.equal(figure(`income.${k}`), t('dept-income', k), k);
  for (const cls of tbl('dept-expenditure').rows.filter((r) => codeLevel(r.code) === 0)) assert.equal(figure(`expenditure.class.${cls.code}`), amt(cls.values.total));
  assert.equal(figure('gpb.expenditure'), t('gpb-expenditure', 'total'));
  assert.equal(figure('gpb.change'), t('gpb-expenditure', 'total') - t('gpb-expenditure', 'prior.total'));
  assert.equal(figure('gpb.change'), figure('basic.change') + figure('project.change'));
  assert.equal(figure('basic.total'), t('gpb-expenditure', 'basic'));
  assert.equal(figure('project.total'), t('gpb-expenditure', 'project'));
  for (const k of ['', '.abroad', '.vehiclePurchase', '.vehicleOps', '.reception']) {
    const col = k ? k.slice(1) : 'total';
    assert.equal(figure(`sangong${k || '.total'}`), t('sangong', col), col);
    assert.equal(figure(`sangong${k}.change`), t('sangong', col) - t('sangong', `prior.${col}`), col);
  }
  assert.equal(figure('operating.total'), t('gpb-basic-expenditure', 'public'));
  const proc = tbl('procurement').rows;
  const p = (name: string, key = 'total') => amt(proc.find((r) => r.name === name)!.values[key]);
  assert.equal(figure('procurement.total'), t('procurement', 'total'));
  assert.equal(figure('procurement.goods'), p('货物类'));
  assert.equal(figure('procurement.works'), p('工程类'));
  assert.equal(figure('procurement.services'), p('服务类'));
  assert.equal(figure('procurement.gpb.total'), t('procurement', 'gpb'));
  assert.equal(figure('procurement.gpb.services'), p('服务类', 'gpb'));
  assert.equal(figure('performance.gpb'), t('gpb-expenditure', 'project'));
  assert.equal(figure('performance.govFund'), t('gov-fund-expenditure', 'project'));
  assert.equal(centsToString(figure('sangong.vehiclePurchase.change')), '180000.00');
});

test('the consistency checks (src/model/checks) report no error, warning or rounding note', () => {
  const findings = runChecks(data).filter((f) => f.severity !== 'info');
  assert.deepEqual(findings.map((f) => `${f.rule} ${f.severity}: ${f.message.en}`), []);
});
