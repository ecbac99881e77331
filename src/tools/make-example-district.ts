/**
 * Generates `data/example-district-2024.json`: a FICTIONAL department (重庆市青岚区教育委员会,
 * 2024 budget, amounts in 元) that differs in structure from the bundled Tongnan file, to prove
 * the format and everything built on it are not tied to one file. Run
 * `node --import tsx src/tools/make-example-district.ts`; a unit test fails while the committed
 * file differs from a fresh one.
 *
 * Only leaf figures are written here (项 rows, economic rows, 三公 per unit, projects); every
 * subtotal, total and stated figure is derived with exact integer cents, so the file is fully
 * consistent (勾稽关系 hold exactly: in 元 there is nothing to round).
 * The narrative, projects and indicators live in `example-district-content.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { centsToString, sumCents, toCents, type Cents } from '../model/money.js';
import type { BudgetDisclosure, Column, Row, Table } from '../model/schema.js';
import { CLASS_NAMES, DEPARTMENT, ECONOMIC, FISCAL_LINES, KUAN_NAMES, LEAVES, OVERALL, PRIOR, PROCUREMENT, PROJECTS, SANGONG_UNITS, narrative, type Source } from './example-district-content.js';

export const EXAMPLE_FILE = 'data/example-district-2024.json';

const YEAR = DEPARTMENT.fiscalYear;
const PRIOR_YEAR = DEPARTMENT.comparisonYear;
const c = (s: string): Cents => toCents(s)!;
const s = (v: Cents | null): string | null => (v === null ? null : centsToString(v));
/** Sum where "nothing published" stays null rather than becoming 0. */
const sumOrNull = (vs: Array<Cents | null>): Cents | null => (vs.every((v) => v === null) ? null : sumCents(vs));

type Values = Record<string, Cents | null>;
interface Leaf { code: string; name: string; values: Values }

/** 项 leaves with the per-source basic/project amounts derived from LEAVES and PROJECTS. */
function leafAmounts(): Array<{ code: string; name: string; basic: Record<Source, Cents | null>; project: Record<Source, Cents | null>; prior: Cents | null }> {
  return LEAVES.map((l) => {
    const basic = { gpb: null, govFund: null, stateCapital: null, business: null } as Record<Source, Cents | null>;
    const project = { ...basic };
    for (const [src, v] of Object.entries(l.basic ?? {}) as Array<[Source, string]>) basic[src] = c(v);
    for (const p of PROJECTS.filter((p) => p.functionCode === l.code)) {
      project[p.source] = sumCents([project[p.source], c(p.amount)]);
    }
    return { code: l.code, name: l.name, basic, project, prior: l.prior ? c(l.prior) : null };
  });
}

/**
 * The 合计 row and the 类 → 款 → 项 rows of a function-coded table, parents summed from the
 * leaves. Leaves whose values are all null are dropped (nothing published for them).
 */
function functionRows(leaves: Leaf[], keys: string[]): Row[] {
  const kept = leaves.filter((l) => keys.some((k) => l.values[k] !== null && l.values[k] !== undefined));
  const sum = (ls: Leaf[]): Values => Object.fromEntries(keys.map((k) => [k, sumOrNull(ls.map((l) => l.values[k] ?? null))]));
  const out = (code: string | undefined, name: string, v: Values, role?: 'total'): Row => ({
    ...(code ? { code } : {}),
    name,
    ...(role ? { role } : {}),
    values: Object.fromEntries(keys.map((k) => [k, s(v[k] ?? null)])),
  });
  const rows: Row[] = [out(undefined, '合计', sum(kept), 'total')];
  for (const cls of [...new Set(kept.map((l) => l.code.slice(0, 3)))].sort()) {
    const inClass = kept.filter((l) => l.code.startsWith(cls));
    rows.push(out(cls, CLASS_NAMES[cls]!, sum(inClass)));
    for (const kuan of [...new Set(inClass.map((l) => l.code.slice(0, 5)))].sort()) {
      const inKuan = inClass.filter((l) => l.code.startsWith(kuan));
      rows.push(out(kuan, KUAN_NAMES[kuan]!, sum(inKuan)));
      for (const l of inKuan.sort((a, b) => a.code.localeCompare(b.code))) rows.push(out(l.code, l.name, l.values));
    }
  }
  return rows;
}

const col = (key: string, label: string, extra: Partial<Column> = {}): Column => ({ key, label, ...extra });
const codeCols = (codeLabel = '科目编码', nameLabel = '科目名称', groups?: string[]): Column[] => [
  col('code', codeLabel, { type: 'code', ...(groups ? { groups } : {}) }),
  col('name', nameLabel, { type: 'name', ...(groups ? { groups } : {}) }),
];
const table = (attachment: string, title: string, columns: Column[], rows: Row[], extra: Partial<Table> = {}): Table => ({
  attachment,
  title,
  unit: '元',
  columns,
  rows,
  ...extra,
});

/** Builds the whole disclosure. Pure: the same object every call. */
export function buildExampleDistrict(): BudgetDisclosure {
  const leaves = leafAmounts();
  const all = (l: (typeof leaves)[number], src: Source) => sumOrNull([l.basic[src], l.project[src]]);
  const sources: Source[] = ['gpb', 'govFund', 'stateCapital', 'business'];
  const basicAll = (l: (typeof leaves)[number]) => sumOrNull(sources.map((k) => l.basic[k]));
  const projectAll = (l: (typeof leaves)[number]) => sumOrNull(sources.map((k) => l.project[k]));

  // 附件 2: appropriation (gpb) only, with the prior year.
  const gpbRows = functionRows(
    leaves.map((l) => ({ code: l.code, name: l.name, values: { 'prior.total': l.prior, total: all(l, 'gpb'), basic: l.basic.gpb, project: l.project.gpb } })),
    ['prior.total', 'total', 'basic', 'project'],
  );
  const gpbTotal = gpbRows[0]!.values;

  // 附件 3: economic classification of gpb basic expenditure. 人员经费 = 301 + 303,
  // 日常公用经费 = 302; 绩效工资 (30107) takes the remainder so the total equals 附件 2 基本支出.
  const basicTotal = c(gpbTotal.basic!);
  const publicItems = ECONOMIC.public.map((e) => ({ ...e, cents: c(e.amount) }));
  const publicTotal = sumCents(publicItems.map((e) => e.cents));
  const personnelFixed = [...ECONOMIC.personnel, ...ECONOMIC.transfers].filter((e) => e.amount !== 'remainder');
  const remainder = basicTotal - publicTotal - sumCents(personnelFixed.map((e) => c(e.amount)));
  if (remainder <= 0) throw new Error('economic breakdown exceeds basic expenditure');
  const econ = (list: typeof ECONOMIC.personnel, column: 'personnel' | 'public') =>
    list.map((e) => ({ code: e.code, name: e.name, cents: e.amount === 'remainder' ? remainder : c(e.amount), column }));
  const econGroups = [
    { code: '301', name: '工资福利支出', items: econ(ECONOMIC.personnel, 'personnel') },
    { code: '302', name: '商品和服务支出', items: econ(ECONOMIC.public, 'public') },
    { code: '303', name: '对个人和家庭的补助', items: econ(ECONOMIC.transfers, 'personnel') },
  ];
  const econRow = (code: string | undefined, name: string, total: Cents, column: 'personnel' | 'public' | 'both', role?: 'total'): Row => ({
    ...(code ? { code } : {}),
    name,
    ...(role ? { role } : {}),
    values: {
      total: s(total),
      personnel: column === 'personnel' ? s(total) : column === 'both' ? s(basicTotal - publicTotal) : null,
      public: column === 'public' ? s(total) : column === 'both' ? s(publicTotal) : null,
    },
  });
  const basicRows: Row[] = [econRow(undefined, '合计', basicTotal, 'both', 'total')];
  for (const g of econGroups) {
    const column = g.items[0]!.column;
    basicRows.push(econRow(g.code, g.name, sumCents(g.items.map((i) => i.cents)), column));
    for (const i of g.items) basicRows.push(econRow(i.code, i.name, i.cents, column));
  }

  // 附件 4: 三公 per unit; zeros are published as 0.00 (a meaningful zero), unlike empty cells.
  const SG = ['abroad', 'vehiclePurchase', 'vehicleOps', 'reception'] as const;
  const sgValues = (u: (typeof SANGONG_UNITS)[number]['current']) => {
    const v = Object.fromEntries(SG.map((k) => [k, c(u[k])])) as Record<(typeof SG)[number], Cents>;
    const vehicle = v.vehiclePurchase + v.vehicleOps;
    return { total: v.abroad + vehicle + v.reception, abroad: v.abroad, vehicle, vehiclePurchase: v.vehiclePurchase, vehicleOps: v.vehicleOps, reception: v.reception };
  };
  const sgKeys = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'reception'] as const;
  const sgUnitRows = SANGONG_UNITS.map((u) => {
    const cur = sgValues(u.current);
    const pri = sgValues(u.prior);
    const values: Record<string, string> = {};
    for (const k of sgKeys) values[`prior.${k}`] = centsToString(pri[k]);
    for (const k of sgKeys) values[k] = centsToString(cur[k]);
    return { code: u.code, name: u.name, values };
  });
  const sgTotal: Record<string, string> = {};
  for (const k of Object.keys(sgUnitRows[0]!.values)) sgTotal[k] = centsToString(sumCents(sgUnitRows.map((r) => c(r.values[k]!))));
  const sgColumns = (prefix: string, year: number): Column[] => {
    const g = [`${year} 年预算数`];
    const v = [...g, '公务用车购置及运行费'];
    return [
      col(`${prefix}total`, '总计', { groups: g, year }),
      col(`${prefix}abroad`, '因公出国(境)费用', { groups: g, year }),
      col(`${prefix}vehicle`, '小计', { groups: v, year }),
      col(`${prefix}vehiclePurchase`, '公务用车购置', { groups: v, year }),
      col(`${prefix}vehicleOps`, '公务用车运行维护费', { groups: v, year }),
      col(`${prefix}reception`, '公务接待费', { groups: g, year }),
    ];
  };

  // 附件 5 and the 国有资本经营预算 table: the same tree restricted to one source.
  const bpKeys = ['total', 'basic', 'project'];
  const sourceRows = (src: Source) =>
    functionRows(leaves.map((l) => ({ code: l.code, name: l.name, values: { total: all(l, src), basic: l.basic[src], project: l.project[src] } })), bpKeys);
  const govFundRows = sourceRows('govFund');
  const stateCapitalRows = sourceRows('stateCapital');

  // 附件 7 and 8: every source.
  const incomeKeys = ['total', 'carryover', 'gpb', 'govFund', 'stateCapital', 'business', 'specialAccount', 'superior', 'subordinate', 'operating', 'other'];
  const incomeRows = functionRows(
    leaves.map((l) => ({
      code: l.code,
      name: l.name,
      values: { total: sumOrNull(sources.map((k) => all(l, k))), gpb: all(l, 'gpb'), govFund: all(l, 'govFund'), stateCapital: all(l, 'stateCapital'), business: all(l, 'business') },
    })),
    incomeKeys,
  );
  const expenditureRows = functionRows(
    leaves.map((l) => ({ code: l.code, name: l.name, values: { total: sumOrNull([basicAll(l), projectAll(l)]), basic: basicAll(l), project: projectAll(l) } })),
    bpKeys,
  );
  const deptTotal = c(expenditureRows[0]!.values.total!);
  const incomeBySource = (k: string) => incomeRows[0]!.values[k] ?? null;
  const classTotal = (rows: Row[], code: string, key = 'total') => rows.find((r) => r.code === code)?.values[key] ?? null;

  // 附件 1: appropriation summary, two-sided.
  const appropriation = ['gpb', 'govFund', 'stateCapital'] as const;
  const fiscalIncome: Row[] = [
    { name: '一、本年收入', side: 'income', role: 'subtotal', values: { amount: s(sumCents(appropriation.map((k) => c(incomeBySource(k) ?? '0')))) } },
    { name: '(一) 一般公共预算拨款', side: 'income', values: { amount: incomeBySource('gpb') } },
    { name: '(二) 政府性基金预算拨款', side: 'income', values: { amount: incomeBySource('govFund') } },
    { name: '(三) 国有资本经营预算拨款', side: 'income', values: { amount: incomeBySource('stateCapital') } },
    { name: '二、上年结转', side: 'income', role: 'subtotal', values: { amount: null } },
    { name: '(一) 一般公共预算拨款', side: 'income', values: { amount: null } },
    { name: '(二) 政府性基金预算拨款', side: 'income', values: { amount: null } },
    { name: '(三) 国有资本经营预算拨款', side: 'income', values: { amount: null } },
    { name: '收入合计', side: 'income', role: 'total', values: { amount: null } },
  ];
  fiscalIncome[fiscalIncome.length - 1]!.values.amount = fiscalIncome[0]!.values.amount!;
  const fiscalClass = (code: string | undefined) => {
    const v = {
      gpb: code ? classTotal(gpbRows, code) : null,
      govFund: code ? classTotal(govFundRows, code) : null,
      stateCapital: code ? classTotal(stateCapitalRows, code) : null,
    };
    const total = sumOrNull(Object.values(v).map((x) => (x === null ? null : c(x))));
    return { total: s(total), ...v };
  };
  const fiscalTotalValues = { total: fiscalIncome[0]!.values.amount!, gpb: incomeBySource('gpb'), govFund: incomeBySource('govFund'), stateCapital: incomeBySource('stateCapital') };
  const fiscalExpenditure: Row[] = [
    { name: '一、本年支出', side: 'expenditure', role: 'subtotal', values: fiscalTotalValues },
    ...FISCAL_LINES.map(([ordinal, name, code]) => ({ name: `(${ordinal}) ${name}`, side: 'expenditure' as const, values: fiscalClass(code) })),
    { name: '二、结转下年', side: 'expenditure', values: { total: null, gpb: null, govFund: null, stateCapital: null } },
    { name: '支出合计', side: 'expenditure', role: 'total', values: fiscalTotalValues },
  ];

  // 附件 6: department summary, two-sided, every source.
  const deptIncomeLines: Array<[string, string | null]> = [
    ['一般公共预算拨款收入', incomeBySource('gpb')],
    ['政府性基金预算拨款收入', incomeBySource('govFund')],
    ['国有资本经营预算拨款收入', incomeBySource('stateCapital')],
    ['财政专户管理资金收入', null],
    ['事业收入', incomeBySource('business')],
    ['上级补助收入', null],
    ['附属单位上缴收入', null],
    ['事业单位经营收入', null],
    ['其他收入', null],
  ];
  const deptTotalText = centsToString(deptTotal);
  const deptSummaryRows: Row[] = [
    ...deptIncomeLines.map(([name, amount]) => ({ name, side: 'income' as const, values: { amount } })),
    { name: '本年收入合计', side: 'income', role: 'subtotal', values: { amount: deptTotalText } },
    { name: '上年结转', side: 'income', values: { amount: null } },
    { name: '收入总计', side: 'income', role: 'total', values: { amount: deptTotalText } },
    ...FISCAL_LINES.map(([ordinal, name, code]) => ({
      name: `${ordinal}、${name}`,
      side: 'expenditure' as const,
      values: { amount: code ? classTotal(expenditureRows, code) : null },
    })),
    { name: '本年支出合计', side: 'expenditure', role: 'subtotal', values: { amount: deptTotalText } },
    { name: '结转下年', side: 'expenditure', values: { amount: null } },
    { name: '支出总计', side: 'expenditure', role: 'total', values: { amount: deptTotalText } },
  ];

  // 附件 9: procurement by category and source.
  const procKeys = ['total', 'gpb', 'govFund', 'business'];
  const procRow = (name: string, v: Partial<Record<Source, string>>, role?: 'total'): Row => {
    const values: Record<string, string | null> = { total: s(sumOrNull(Object.values(v).map(c))) };
    for (const k of procKeys.slice(1)) values[k] = v[k as Source] ?? null;
    return { name, ...(role ? { role } : {}), values };
  };
  const procCategories = (['goods', 'works', 'services'] as const).map((k) => PROCUREMENT[k]);
  const procTotal: Partial<Record<Source, string>> = {};
  for (const k of ['gpb', 'govFund', 'business'] as const) {
    const v = sumOrNull(procCategories.map((cat) => (cat.amounts[k] ? c(cat.amounts[k]) : null)));
    if (v !== null) procTotal[k] = centsToString(v);
  }

  // 附件 10: one row per project, in the order of the target tables.
  const fundKeys = ['specific.personnel', 'specific.general', 'specific.livelihood', 'special.advance', 'special.carryover', 'special.municipal'];
  const projectValues = (fund: string | null, amount: Cents | null): Record<string, string | null> => {
    const v: Record<string, string | null> = { total: s(amount) };
    const part = (k: string) => (fund === k ? amount : null);
    v['specific.subtotal'] = s(sumOrNull(fundKeys.slice(0, 3).map(part)));
    for (const k of fundKeys.slice(0, 3)) v[k] = s(part(k));
    v['special.subtotal'] = s(sumOrNull(fundKeys.slice(3).map(part)));
    for (const k of fundKeys.slice(3)) v[k] = s(part(k));
    return v;
  };
  const projectRows: Row[] = PROJECTS.map((p, i) => ({
    code: p.functionCode,
    name: p.name,
    values: projectValues(p.fund, c(p.amount)),
    text: { seq: String(i + 1), unit: SANGONG_UNITS.find((u) => u.code === p.unit)!.fullName, functionName: LEAVES.find((l) => l.code === p.functionCode)!.name },
  }));
  const projectTotalValues: Record<string, string | null> = {};
  for (const k of ['total', 'specific.subtotal', ...fundKeys.slice(0, 3), 'special.subtotal', ...fundKeys.slice(3)]) {
    projectTotalValues[k] = s(sumOrNull(projectRows.map((r) => (r.values[k] ? c(r.values[k]!) : null))));
  }

  const figures = narrative.figures({
    leaves,
    gpbTotal: { prior: c(gpbTotal['prior.total']!), total: c(gpbTotal.total!), basic: basicTotal, project: c(gpbTotal.project!) },
    deptTotal,
    income: Object.fromEntries(sources.map((k) => [k, c(incomeBySource(k) ?? '0')])) as Record<Source, Cents>,
    classTotals: Object.fromEntries(expenditureRows.filter((r) => r.code?.length === 3).map((r) => [r.code!, c(r.values.total!)])),
    sangong: { current: Object.fromEntries(sgKeys.map((k) => [k, c(sgTotal[k]!)])), prior: Object.fromEntries(sgKeys.map((k) => [k, c(sgTotal[`prior.${k}`]!)])) },
    operating: publicTotal,
    procurement: PROCUREMENT,
    projects: PROJECTS,
    prior: PRIOR,
  });

  return {
    $schema: './budget-disclosure.schema.json',
    schemaVersion: 1,
    department: DEPARTMENT,
    narrative: { sections: narrative.sections(figures), figures: figures.list, glossary: narrative.glossary },
    tables: {
      'fiscal-summary': table(
        '1',
        '财政拨款收支总表',
        [
          col('name', '项目', { type: 'name', side: 'income', groups: ['收入'] }),
          col('amount', '预算数', { side: 'income', groups: ['收入'], year: YEAR }),
          col('name', '支出科目', { type: 'name', side: 'expenditure', groups: ['支出'] }),
          col('total', '合计', { side: 'expenditure', groups: ['支出'], year: YEAR }),
          col('gpb', '一般公共预算', { side: 'expenditure', groups: ['支出'], year: YEAR }),
          col('govFund', '政府性基金预算', { side: 'expenditure', groups: ['支出'], year: YEAR }),
          col('stateCapital', '国有资本经营预算', { side: 'expenditure', groups: ['支出'], year: YEAR }),
        ],
        [...fiscalIncome, ...fiscalExpenditure],
      ),
      'gpb-expenditure': table(
        '2',
        '一般公共预算财政拨款支出预算表',
        [
          ...codeCols('科目编码', '科目名称', ['功能分类科目']),
          col('prior.total', `${PRIOR_YEAR} 年预算数`, { year: PRIOR_YEAR }),
          col('total', '总计', { groups: [`${YEAR} 年预算数`], year: YEAR }),
          col('basic', '基本支出', { groups: [`${YEAR} 年预算数`], year: YEAR }),
          col('project', '项目支出', { groups: [`${YEAR} 年预算数`], year: YEAR }),
        ],
        gpbRows,
        { notes: ['本表反映当年一般公共预算财政拨款支出情况。'] },
      ),
      'gpb-basic-expenditure': table(
        '3',
        '一般公共预算财政拨款基本支出预算表',
        [
          ...codeCols('科目编码', '科目名称', ['经济分类科目']),
          col('total', '总计', { groups: [`${YEAR} 年基本支出`], year: YEAR }),
          col('personnel', '人员经费', { groups: [`${YEAR} 年基本支出`], year: YEAR }),
          col('public', '日常公用经费', { groups: [`${YEAR} 年基本支出`], year: YEAR }),
        ],
        basicRows,
      ),
      sangong: table(
        '4',
        '一般公共预算支出“三公”经费预算表',
        [...codeCols('单位编码', '单位名称'), ...sgColumns('prior.', PRIOR_YEAR), ...sgColumns('', YEAR)],
        [{ name: '合计', role: 'total', values: sgTotal }, ...sgUnitRows],
        { notes: ['公务用车购置为区教委本级更新教育督导用车 1 辆（新能源）。'] },
      ),
      'gov-fund-expenditure': table(
        '5',
        '政府性基金预算支出表',
        [
          ...codeCols(),
          ...bpKeys.map((k, i) => col(k, ['总计', '基本支出', '项目支出'][i]!, { groups: ['本年政府性基金预算财政拨款支出'], year: YEAR })),
        ],
        govFundRows,
      ),
      'dept-summary': table(
        '6',
        '部门收支总表',
        [
          col('name', '项目', { type: 'name', side: 'income', groups: ['收入'] }),
          col('amount', '预算数', { side: 'income', groups: ['收入'], year: YEAR }),
          col('name', '支出科目', { type: 'name', side: 'expenditure', groups: ['支出'] }),
          col('amount', '预算数', { side: 'expenditure', groups: ['支出'], year: YEAR }),
        ],
        deptSummaryRows,
      ),
      'dept-income': table(
        '7',
        '部门收入总表',
        [
          ...codeCols('科目编码', '科目名称', ['科目']),
          col('total', '总计'),
          col('carryover', '上年结转结余资金'),
          col('gpb', '一般公共预算拨款收入'),
          col('govFund', '政府性基金预算拨款收入'),
          col('stateCapital', '国有资本经营预算拨款收入'),
          col('business', '事业收入'),
          col('specialAccount', '财政专户管理收入'),
          col('superior', '上级补助收入'),
          col('subordinate', '附属单位上缴收入'),
          col('operating', '事业单位经营收入'),
          col('other', '其他收入'),
        ],
        incomeRows,
      ),
      'dept-expenditure': table('8', '部门支出总表', [...codeCols(), col('total', '合计'), col('basic', '基本支出'), col('project', '项目支出')], expenditureRows),
      procurement: table(
        '9',
        '政府采购预算明细表',
        [col('name', '项目', { type: 'name' }), col('total', '总计'), col('gpb', '一般公共预算拨款收入'), col('govFund', '政府性基金预算拨款收入'), col('business', '事业收入')],
        [
          procRow('合计', procTotal, 'total'),
          ...procCategories.map((cat) => procRow(cat.label, cat.amounts)),
        ],
      ),
      'project-expenditure': table(
        '10',
        '项目支出明细表',
        [
          col('seq', '序号', { type: 'text' }),
          col('unit', '预算单位', { type: 'text' }),
          col('code', '科目编码', { type: 'code', groups: ['功能分类科目'] }),
          col('functionName', '科目名称', { type: 'text', groups: ['功能分类科目'] }),
          col('name', '项目名称', { type: 'name' }),
          col('total', '合计'),
          col('specific.subtotal', '小计', { groups: ['年初特定目标'] }),
          col('specific.personnel', '人员性项目', { groups: ['年初特定目标'] }),
          col('specific.general', '一般性项目', { groups: ['年初特定目标'] }),
          col('specific.livelihood', '民生配套项目', { groups: ['年初特定目标'] }),
          col('special.subtotal', '小计', { groups: ['上级专项'] }),
          col('special.advance', '提前下达专项', { groups: ['上级专项'] }),
          col('special.carryover', '结转项目', { groups: ['上级专项'] }),
          col('special.municipal', '市级专项', { groups: ['上级专项'] }),
        ],
        [{ name: '合计', role: 'total', values: projectTotalValues }, ...projectRows],
        { notes: ['本表列示本部门全部项目支出（含政府性基金预算和国有资本经营预算拨款安排的项目），合计等于部门支出总表项目支出。'] },
      ),
      'state-capital-expenditure': table(
        '13',
        '国有资本经营预算支出表',
        [...codeCols(), ...bpKeys.map((k, i) => col(k, ['总计', '基本支出', '项目支出'][i]!, { groups: ['本年国有资本经营预算财政拨款支出'], year: YEAR }))],
        stateCapitalRows,
      ),
    },
    projects: PROJECTS.map((p, i) => ({
      code: p.code,
      name: p.name,
      sequence: String(i + 1),
      department: `${DEPARTMENT.code}-${DEPARTMENT.shortName}`,
      implementingUnit: `${p.unit}-${SANGONG_UNITS.find((u) => u.code === p.unit)!.name}`,
      amount: p.amount,
      attribute: p.attribute,
      start: p.start,
      end: p.end,
      overview: p.overview,
      basis: p.basis,
      goal: p.goal,
      functionCode: p.functionCode,
      ...(p.weightUnit ? { weightUnit: p.weightUnit } : {}),
      indicators: p.indicators,
    })),
    overallPerformance: { department: DEPARTMENT.name, amount: deptTotalText, ...OVERALL },
  };
}

/** Nesting depth: 0 for a primitive, 1 for an object or array of primitives, and so on. */
function depth(v: unknown): number {
  if (v === null || typeof v !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(v).map(depth));
}

/** One-line JSON with a space after ":" and ",", as people write it. */
function inline(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  const entries = Object.entries(v);
  return entries.length ? `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }` : '{}';
}

/**
 * Two-space JSON where small things (a row, a column, an indicator, a figure) stay on one
 * line, so a person can read and diff the file row by row as the published tables print them.
 */
export function formatJson(v: unknown, indent = ''): string {
  const one = inline(v);
  // A table row stays on one line however long: the file then reads like the printed table.
  if (v === null || typeof v !== 'object' || (depth(v) <= 2 && (one.length <= 400 || (!Array.isArray(v) && 'values' in v)))) return one;
  const inner = `${indent}  `;
  if (Array.isArray(v)) return `[\n${v.map((x) => inner + formatJson(x, inner)).join(',\n')}\n${indent}]`;
  return `{\n${Object.entries(v).map(([k, x]) => `${inner}${JSON.stringify(k)}: ${formatJson(x, inner)}`).join(',\n')}\n${indent}}`;
}

/** The file text as committed (final newline). */
export function exampleDistrictText(): string {
  return `${formatJson(buildExampleDistrict())}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(fileURLToPath(new URL(`../../${EXAMPLE_FILE}`, import.meta.url)), exampleDistrictText());
  console.log(`wrote ${EXAMPLE_FILE}`);
}
