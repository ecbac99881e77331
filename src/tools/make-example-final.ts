/**
 * Generates `data/example-district-2024-final.json`: the FICTIONAL 2024 部门决算 (final accounts) of
 * the example district (重庆市青岚区教育委员会, in 元), the pair of its 2024 budget
 * (`data/example-district-2024.json`): the same department and year, the same function codes, so
 * `budget-kit validate FINAL --budget BUDGET` joins them. Run `npm run data:example-final`; a unit
 * test fails while the committed file differs from a fresh one.
 *
 * The budget side is read from the budget's generator (never copied), the actual side from
 * `example-final-content.ts`; every subtotal, total, carry-over, stated figure and rate is derived
 * with exact integer cents (rates with BigInt, half up), so every 决算 rule holds exactly.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { centsToString, sumCents, toCents, type Cents } from '../model/money.js';
import type { BudgetDisclosure, Column, Figure, Row, Table } from '../model/schema.js';
import { buildExampleDistrict, formatJson } from './make-example-district.js';
import { CLASS_NAMES, DEPARTMENT, FISCAL_LINES, KUAN_NAMES, PROJECTS, type Source } from './example-district-content.js';
import {
  ADDED, ASSETS, BASIC_ACTUAL, BUSINESS, CARRYOVER, DEPT_INDICATORS, PROCUREMENT_ACTUAL, PROJECT_ACTUAL, PUBLIC_ACTUAL, SANGONG_ACTUAL, SANGONG_PRIOR, SANGONG_REASONS,
} from './example-final-content.js';

export const FINAL_FILE = 'data/example-district-2024-final.json';

const c = (s: string): Cents => toCents(s)!;
const s = (v: Cents | null | undefined): string | null => (v === null || v === undefined ? null : centsToString(v));
const sumOrNull = (vs: Array<Cents | null | undefined>): Cents | null => (vs.every((v) => v === null || v === undefined) ? null : sumCents(vs));
const yuan = (v: Cents) => `${centsToString(v)} 元`;

/** B ÷ A × 100 to two decimals, half up, exactly; null when A is 0. */
export function rate(actual: Cents, budget: Cents): string | null {
  if (budget === 0) return null;
  const q = (BigInt(actual) * 20000n + BigInt(budget)) / (2n * BigInt(budget));
  return `${q / 100n}.${String(q % 100n).padStart(2, '0')}`;
}

type Values = Record<string, Cents | null>;
interface Leaf { code: string; name: string; values: Values }

const col = (key: string, label: string, extra: Partial<Column> = {}): Column => ({ key, label, ...extra });
const LINE = col('line', '行次', { type: 'text' });
const CODE_COLS = [col('code', '科目编码', { type: 'code' }), col('name', '科目名称', { type: 'name' })];

/** The 合计 row and the 类 → 款 → 项 rows, parents summed from the leaves, numbered 行次 1, 2, …. */
function functionRows(leaves: Leaf[], keys: string[], names: Record<string, string>): Row[] {
  const kept = leaves.filter((l) => keys.some((k) => l.values[k] !== null && l.values[k] !== undefined)).sort((a, b) => a.code.localeCompare(b.code));
  const sum = (ls: Leaf[]): Values => Object.fromEntries(keys.map((k) => [k, sumOrNull(ls.map((l) => l.values[k]))]));
  const rows: Array<Omit<Row, 'text'>> = [{ name: '合计', role: 'total', values: {} }];
  const values = (v: Values) => Object.fromEntries(keys.map((k) => [k, s(v[k])]));
  rows[0] = { name: '合计', role: 'total', values: values(sum(kept)) };
  for (const cls of [...new Set(kept.map((l) => l.code.slice(0, 3)))]) {
    const inClass = kept.filter((l) => l.code.startsWith(cls));
    rows.push({ code: cls, name: CLASS_NAMES[cls]!, values: values(sum(inClass)) });
    for (const kuan of [...new Set(inClass.map((l) => l.code.slice(0, 5)))]) {
      const inKuan = inClass.filter((l) => l.code.startsWith(kuan));
      rows.push({ code: kuan, name: KUAN_NAMES[kuan]!, values: values(sum(inKuan)) });
      for (const l of inKuan) rows.push({ code: l.code, name: names[l.code] ?? l.name, values: values(l.values) });
    }
  }
  return rows.map((r, i) => ({ ...r, text: { line: String(i + 1) } }));
}

const table = (attachment: string, title: string, columns: Column[], rows: Row[], extra: Partial<Table> = {}): Table => ({ attachment, title, unit: '元', columns, rows, ...extra });

/** Per 项, what each fund and 事业收入 spent, and what came in. */
function leafActuals(budget: BudgetDisclosure) {
  const names: Record<string, string> = { [ADDED.code]: ADDED.name };
  for (const r of budget.tables['dept-expenditure']!.rows) if (r.code?.length === 7) names[r.code] = r.name;
  const codes = [...new Set([...Object.keys(names)])].sort();
  const spentBy = (code: string, source: Source) =>
    sumOrNull(PROJECTS.filter((p) => p.functionCode === code && p.source === source).map((p) => c(PROJECT_ACTUAL[p.name]!.amount)));
  return codes.map((code) => {
    const gpbProject = sumOrNull([
      spentBy(code, 'gpb'),
      code === CARRYOVER.gpbBegin.code ? c(CARRYOVER.gpbBegin.amount) : null,
      code === ADDED.code ? c(ADDED.amount) : null,
    ]);
    const gpbBasic = BASIC_ACTUAL[code] ? c(BASIC_ACTUAL[code].amount) : null;
    const govFund = spentBy(code, 'govFund');
    const stateCapital = spentBy(code, 'stateCapital');
    const business = BUSINESS.spent[code] ? c(BUSINESS.spent[code]) : null;
    // Unspent project money carried forward (结转): the 智慧校园 balance and the 留守儿童 funds.
    const gpbEnd = sumOrNull(PROJECTS.filter((p) => p.functionCode === code && p.source === 'gpb' && PROJECT_ACTUAL[p.name]!.reason?.includes('结转')).map((p) => c(p.amount) - c(PROJECT_ACTUAL[p.name]!.amount)));
    const govFundEnd = sumOrNull(PROJECTS.filter((p) => p.functionCode === code && p.source === 'govFund' && PROJECT_ACTUAL[p.name]!.reason?.includes('结转')).map((p) => c(p.amount) - c(PROJECT_ACTUAL[p.name]!.amount)));
    const gpbBegin = code === CARRYOVER.gpbBegin.code ? c(CARRYOVER.gpbBegin.amount) : null;
    return { code, name: names[code]!, gpbBasic, gpbProject, govFund, stateCapital, business, gpbEnd, govFundEnd, gpbBegin };
  });
}

export function buildExampleFinal(): BudgetDisclosure {
  const budget = buildExampleDistrict();
  const leaves = leafActuals(budget);
  const names = Object.fromEntries(leaves.map((l) => [l.code, l.name]));
  const gpbSpent = (l: (typeof leaves)[number]) => sumOrNull([l.gpbBasic, l.gpbProject]);

  // 表 5: 一般公共预算财政拨款支出决算表.
  const five = functionRows(leaves.map((l) => ({ code: l.code, name: l.name, values: { total: gpbSpent(l), basic: l.gpbBasic, project: l.gpbProject } })), ['total', 'basic', 'project'], names);
  // 表 3: 支出决算表, every fund and 事业收入.
  const three = functionRows(
    leaves.map((l) => ({ code: l.code, name: l.name, values: { total: sumOrNull([l.gpbBasic, l.gpbProject, l.govFund, l.stateCapital, l.business]), basic: sumOrNull([l.gpbBasic, l.business]), project: sumOrNull([l.gpbProject, l.govFund, l.stateCapital]) } })),
    ['total', 'basic', 'project'],
    names,
  );
  // 表 2: 收入决算表. Appropriation income = what was spent + carried forward − brought forward.
  const appropriation = (l: (typeof leaves)[number]) => {
    const v = sumOrNull([gpbSpent(l), l.govFund, l.stateCapital, l.gpbEnd, l.govFundEnd]);
    return v === null ? null : v - (l.gpbBegin ?? 0);
  };
  const two = functionRows(
    leaves.map((l) => {
      const business = BUSINESS.income[l.code] ? c(BUSINESS.income[l.code]!) : null;
      const other = l.code === BUSINESS.other.code ? c(BUSINESS.other.amount) : null;
      return { code: l.code, name: l.name, values: { total: sumOrNull([appropriation(l), business, other]), appropriation: appropriation(l), business, other } };
    }),
    ['total', 'appropriation', 'business', 'other'],
    names,
  );
  const sumOf = (pick: (l: (typeof leaves)[number]) => Cents | null) => sumCents(leaves.map(pick));
  const fund = {
    gpb: { spent: sumOf(gpbSpent), begin: sumOf((l) => l.gpbBegin), end: sumOf((l) => l.gpbEnd) },
    govFund: { spent: sumOf((l) => l.govFund), begin: 0, end: sumOf((l) => l.govFundEnd) },
    stateCapital: { spent: sumOf((l) => l.stateCapital), begin: 0, end: 0 },
  };
  const income = (f: { spent: Cents; begin: Cents; end: Cents }) => f.spent + f.end - f.begin;
  const businessIncome = sumCents(Object.values(BUSINESS.income).map(c));
  const otherIncome = c(BUSINESS.other.amount);
  const businessBegin = c(CARRYOVER.businessBegin.amount);
  const businessSpent = sumCents(Object.values(BUSINESS.spent).map(c));
  const businessEnd = businessBegin + businessIncome + otherIncome - businessSpent;
  const yearIncome = income(fund.gpb) + income(fund.govFund) + income(fund.stateCapital) + businessIncome + otherIncome;
  const classTotal = (rows: Row[], cls: string, key: string) => c(rows.find((r) => r.code === cls)!.values[key] as string);
  const yearSpent = c(three[0]!.values.total as string);
  const beginAll = fund.gpb.begin + businessBegin;
  const endAll = fund.gpb.end + fund.govFund.end + businessEnd;
  const classes = FISCAL_LINES.filter(([, , code]) => code && three.some((r) => r.code === code));
  let line = 0;
  const n = () => ({ line: String(++line) });

  // 表 1: 收入支出决算总表, two-sided with 行次.
  const incomeLines: Array<[string, Cents | null]> = [
    ['一、一般公共预算财政拨款收入', income(fund.gpb)],
    ['二、政府性基金预算财政拨款收入', income(fund.govFund)],
    ['三、国有资本经营预算财政拨款收入', income(fund.stateCapital)],
    ['四、上级补助收入', null],
    ['五、事业收入', businessIncome],
    ['六、经营收入', null],
    ['七、附属单位上缴收入', null],
    ['八、其他收入', otherIncome],
  ];
  const side = (sd: 'income' | 'expenditure', name: string, v: Cents | null, role?: 'total' | 'subtotal'): Row => ({ name, ...(role ? { role } : {}), side: sd, values: { amount: s(v) }, text: n() });
  const oneIncome = [
    ...incomeLines.map(([name, v]) => side('income', name, v)),
    side('income', '本年收入合计', yearIncome, 'subtotal'),
    side('income', '使用非财政拨款结余', 0),
    side('income', '年初结转和结余', beginAll),
    side('income', '总计', yearIncome + beginAll, 'total'),
  ];
  line = 28; // the template numbers the expenditure side from 29
  const oneExpenditure = [
    ...classes.map(([ord, name, code]) => side('expenditure', `${ord}、${name}`, classTotal(three, code!, 'total'))),
    side('expenditure', '本年支出合计', yearSpent, 'subtotal'),
    side('expenditure', '结余分配', 0),
    side('expenditure', '年末结转和结余', endAll),
    side('expenditure', '总计', yearSpent + endAll, 'total'),
  ];
  const amountCols = (sd: 'income' | 'expenditure', label: string): Column[] => [
    col('name', sd === 'income' ? '收入 项目' : '支出 项目', { type: 'name', side: sd }),
    col('line', '行次', { type: 'text', side: sd }),
    col('amount', label, { side: sd }),
  ];

  // 表 4: 财政拨款收入支出决算总表.
  line = 0;
  const FUNDS = ['gpb', 'govFund', 'stateCapital'] as const;
  const fundNames = { gpb: '一般公共预算财政拨款', govFund: '政府性基金预算财政拨款', stateCapital: '国有资本经营预算财政拨款' };
  const ords = ['（一）', '（二）', '（三）'];
  const fourIncome: Row[] = [
    ...FUNDS.map((f) => side('income', fundNames[f], income(fund[f]))),
    side('income', '本年收入合计', FUNDS.reduce((t, f) => t + income(fund[f]), 0), 'subtotal'),
    side('income', '年初财政拨款结转和结余', FUNDS.reduce((t, f) => t + fund[f].begin, 0), 'subtotal'),
    ...FUNDS.map((f, i) => side('income', `${ords[i]}${fundNames[f]}`, fund[f].begin)),
  ];
  const fourTotal = FUNDS.reduce((t, f) => t + income(fund[f]) + fund[f].begin, 0);
  fourIncome.push(side('income', '总计', fourTotal, 'total'));
  line = 28;
  const fundRow = (name: string, v: Record<'gpb' | 'govFund' | 'stateCapital', Cents | null>, role?: 'total' | 'subtotal'): Row => ({
    name, ...(role ? { role } : {}), side: 'expenditure',
    values: { total: s(sumOrNull(FUNDS.map((f) => v[f]))), gpb: s(v.gpb), govFund: s(v.govFund), stateCapital: s(v.stateCapital) },
    text: n(),
  });
  const classFund = (code: string) => ({
    gpb: five.find((r) => r.code === code) ? classTotal(five, code, 'total') : null,
    govFund: code === '229' ? fund.govFund.spent : null,
    stateCapital: code === '223' ? fund.stateCapital.spent : null,
  });
  const fourExpenditure: Row[] = [
    ...classes.map(([ord, name, code]) => fundRow(`${ord}、${name}`, classFund(code!))),
    fundRow('本年支出合计', { gpb: fund.gpb.spent, govFund: fund.govFund.spent, stateCapital: fund.stateCapital.spent }, 'subtotal'),
    fundRow('年末财政拨款结转和结余', { gpb: fund.gpb.end, govFund: fund.govFund.end, stateCapital: fund.stateCapital.end }),
    fundRow('总计', { gpb: fund.gpb.spent + fund.gpb.end, govFund: fund.govFund.spent + fund.govFund.end, stateCapital: fund.stateCapital.spent + fund.stateCapital.end }, 'total'),
  ];

  // 表 6: 基本支出决算表 by economic code; 绩效工资 (30107) takes what the named rows leave.
  const basicTotal = c(five[0]!.values.basic as string);
  const budgetSix = budget.tables['gpb-basic-expenditure']!.rows.filter((r) => r.code?.length === 5);
  const fromLeaves: Record<string, Cents> = {
    '30108': c(BASIC_ACTUAL['2080505']!.amount),
    '30109': c(BASIC_ACTUAL['2080506']!.amount),
    '30110': c(BASIC_ACTUAL['2101101']!.amount) + c(BASIC_ACTUAL['2101102']!.amount),
    '30111': c(BASIC_ACTUAL['2101103']!.amount),
    '30113': c(BASIC_ACTUAL['2210201']!.amount),
    '30302': c(BASIC_ACTUAL['2080501']!.amount),
  };
  const economic = budgetSix.map((r) => ({
    code: r.code!, name: r.name,
    amount: fromLeaves[r.code!] ?? (PUBLIC_ACTUAL[r.code!] ? c(PUBLIC_ACTUAL[r.code!]!) : c((r.values.total ?? '0') as string)),
  }));
  const rest = sumCents(economic.filter((e) => e.code !== '30107').map((e) => e.amount));
  economic.find((e) => e.code === '30107')!.amount = basicTotal - rest;
  line = 0;
  const ecoRow = (code: string | undefined, name: string, v: Cents, role?: 'total' | 'subtotal'): Row => ({ ...(code ? { code } : {}), name, ...(role ? { role } : {}), values: { amount: s(v) }, text: n() });
  const byClass = (cls: string) => economic.filter((e) => e.code.startsWith(cls));
  const classRows = (cls: string, name: string) => [ecoRow(cls, name, sumCents(byClass(cls).map((e) => e.amount))), ...byClass(cls).map((e) => ecoRow(e.code, e.name, e.amount))];
  const personnel = sumCents([...byClass('301'), ...byClass('303')].map((e) => e.amount));
  const publicTotal = sumCents(byClass('302').map((e) => e.amount));
  const six: Row[] = [
    ...classRows('301', '工资福利支出'),
    ...classRows('303', '对个人和家庭的补助'),
    ecoRow(undefined, '人员经费合计', personnel, 'subtotal'),
    ...classRows('302', '商品和服务支出'),
    ecoRow(undefined, '公用经费合计', publicTotal, 'subtotal'),
    ecoRow(undefined, '人员经费和公用经费总计', personnel + publicTotal, 'total'),
  ];

  // 表 7: 三公, 预算数 from the budget file, 决算数 and 上年决算数 from the content.
  const budgetSangong = budget.tables.sangong!.rows.find((r) => r.role === 'total')!.values;
  const sangongOf = (v: { abroad: string; vehiclePurchase: string; vehicleOps: string; reception: string }) => {
    const vehicle = c(v.vehiclePurchase) + c(v.vehicleOps);
    return { total: c(v.abroad) + vehicle + c(v.reception), abroad: c(v.abroad), vehicle, vehiclePurchase: c(v.vehiclePurchase), vehicleOps: c(v.vehicleOps), reception: c(v.reception) };
  };
  const actual = sangongOf(SANGONG_ACTUAL);
  const prior = sangongOf(SANGONG_PRIOR);
  const planned = Object.fromEntries(Object.keys(actual).map((k) => [k, c(budgetSangong[k] as string)])) as typeof actual;
  const SG = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'reception'] as const;
  const SG_LABELS = { total: '合计', abroad: '因公出国（境）费', vehicle: '小计', vehiclePurchase: '公务用车购置费', vehicleOps: '公务用车运行费', reception: '公务接待费' };
  const sgCols = (prefix: string, group: string) =>
    SG.map((k) => col(`${prefix}${k}`, SG_LABELS[k], { groups: k.startsWith('vehicle') ? [group, '公务用车购置及运行费'] : [group] }));
  const seven: Row = {
    name: '合计', role: 'total',
    values: Object.fromEntries([...SG.map((k) => [`budget.${k}`, s(planned[k])]), ...SG.map((k) => [k, s(actual[k])]), ...SG.map((k) => [`prior.${k}`, s(prior[k])])]),
  };

  // 表 8 and 9.
  line = 0;
  const gfLeaves = leaves.filter((l) => l.govFund !== null);
  const eight = functionRows(
    gfLeaves.map((l) => ({ code: l.code, name: l.name, values: { carryoverBegin: 0, income: (l.govFund ?? 0) + (l.govFundEnd ?? 0), total: l.govFund, basic: null, project: l.govFund, carryoverEnd: l.govFundEnd ?? 0 } })),
    ['carryoverBegin', 'income', 'total', 'basic', 'project', 'carryoverEnd'],
    names,
  );
  const nine = functionRows(
    leaves.filter((l) => l.stateCapital !== null).map((l) => ({ code: l.code, name: l.name, values: { total: l.stateCapital, basic: null, project: l.stateCapital } })),
    ['total', 'basic', 'project'],
    names,
  );

  const tables: Record<string, Table> = {
    'final-summary': table('1', '收入支出决算总表', [...amountCols('income', '决算数'), ...amountCols('expenditure', '决算数')], [...oneIncome, ...oneExpenditure]),
    'final-income': table('2', '收入决算表', [...CODE_COLS, LINE, col('total', '本年收入合计'), col('appropriation', '财政拨款收入'), col('superior', '上级补助收入'), col('business', '事业收入'), col('operating', '经营收入'), col('subordinate', '附属单位上缴收入'), col('other', '其他收入')], two),
    'final-expenditure': table('3', '支出决算表', [...CODE_COLS, LINE, col('total', '本年支出合计'), col('basic', '基本支出'), col('project', '项目支出'), col('toSuperior', '上缴上级支出'), col('operating', '经营支出'), col('toSubordinate', '对附属单位补助支出')], three),
    'final-fiscal-summary': table(
      '4',
      '财政拨款收入支出决算总表',
      [
        col('name', '收入 项目', { type: 'name', side: 'income' }), col('line', '行次', { type: 'text', side: 'income' }), col('amount', '决算数', { side: 'income' }),
        col('name', '支出 项目', { type: 'name', side: 'expenditure' }), col('line', '行次', { type: 'text', side: 'expenditure' }),
        col('total', '合计', { side: 'expenditure', groups: ['决算数'] }), col('gpb', '一般公共预算财政拨款', { side: 'expenditure', groups: ['决算数'] }),
        col('govFund', '政府性基金预算财政拨款', { side: 'expenditure', groups: ['决算数'] }), col('stateCapital', '国有资本经营预算财政拨款', { side: 'expenditure', groups: ['决算数'] }),
      ],
      [...fourIncome, ...fourExpenditure],
    ),
    'final-gpb-expenditure': table('5', '一般公共预算财政拨款支出决算表', [...CODE_COLS, LINE, col('total', '合计', { groups: ['本年支出'] }), col('basic', '基本支出', { groups: ['本年支出'] }), col('project', '项目支出', { groups: ['本年支出'] })], five),
    'final-gpb-basic-expenditure': table('6', '一般公共预算财政拨款基本支出决算表', [col('code', '科目编码', { type: 'code' }), col('name', '科目名称', { type: 'name' }), LINE, col('amount', '决算数')], six, {
      notes: ['本表按人员经费（301、303）和公用经费（302）两部分并列公开。'],
    }),
    'final-sangong': table('7', '一般公共预算财政拨款“三公”经费支出决算表', [col('name', '项目', { type: 'name' }), ...sgCols('budget.', '预算数'), ...sgCols('', '决算数'), ...sgCols('prior.', '上年决算数')], [seven]),
    'final-gov-fund': table('8', '政府性基金预算财政拨款收入支出决算表', [...CODE_COLS, LINE, col('carryoverBegin', '年初结转和结余'), col('income', '本年收入'), col('total', '小计', { groups: ['本年支出'] }), col('basic', '基本支出', { groups: ['本年支出'] }), col('project', '项目支出', { groups: ['本年支出'] }), col('carryoverEnd', '年末结转和结余')], eight),
    'final-state-capital': table('9', '国有资本经营预算财政拨款支出决算表', [...CODE_COLS, LINE, col('total', '合计', { groups: ['本年支出'] }), col('basic', '基本支出', { groups: ['本年支出'] }), col('project', '项目支出', { groups: ['本年支出'] })], nine),
    'dept-self-evaluation': selfEvaluationDept(c(budget.tables['dept-expenditure']!.rows[0]!.values.total as string), yearIncome, yearSpent),
    'project-self-evaluation': selfEvaluationProjects(),
  };

  return {
    $schema: './budget-disclosure.schema.json',
    schemaVersion: 1,
    department: {
      ...DEPARTMENT,
      kind: 'final',
      published: '2025-09-12',
      source: { title: '重庆市青岚区教育委员会 2024 年度部门决算（虚构示例数据：青岚区及本文件所有单位、人员、编码和数字均为编造，仅用于演示数据格式）' },
    },
    narrative: finalNarrative({ budget, leaves, five, fund, yearIncome, yearSpent, beginAll, endAll, actual, planned, prior, publicTotal }),
    tables,
  };
}

/** 执行率 text and the 资金执行 score (10 points × the rate, at most 10), two decimals. */
function fundingScore(executed: Cents, full: Cents): { rate: string; score: string } {
  const r = rate(executed, full)!;
  const hundredths = Math.min(1000, Math.round(Number(r.replace('.', '')) / 10)); // 10 × r% in hundredths
  return { rate: `${r}%`, score: centsToString(hundredths) };
}

function selfEvaluationDept(initial: Cents, full: Cents, executed: Cents): Table {
  const funding = fundingScore(executed, full);
  const rows: Row[] = [
    { name: '年度资金总额', values: { initialBudget: s(initial), fullBudget: s(full), executed: s(executed) }, text: { points: '10', rate: funding.rate, score: funding.score } },
    ...DEPT_INDICATORS.map(([level2, name, target, actualValue, points, score, why]): Row => ({
      name, values: {}, text: { level1: level2 === '服务对象满意度指标' ? '满意度指标' : level2.endsWith('效益指标') ? '效益指标' : '产出指标', level2, target, actual: actualValue, points, score, ...(why ? { deviation: why } : {}) },
    })),
  ];
  const points = rows.reduce((t, r) => t + c(r.text!.points!), 0);
  const score = rows.reduce((t, r) => t + c(r.text!.score!), 0);
  rows.push({ name: '总分', role: 'total', values: {}, text: { points: centsToString(points).replace(/\.00$/, ''), score: centsToString(score) } });
  return {
    title: '部门整体支出绩效自评表',
    unit: '元',
    columns: [
      col('level1', '一级指标', { type: 'text' }), col('level2', '二级指标', { type: 'text' }), col('name', '三级指标', { type: 'name' }),
      col('initialBudget', '年初预算数', { groups: ['资金（元）'] }), col('fullBudget', '全年预算数', { groups: ['资金（元）'] }), col('executed', '全年执行数', { groups: ['资金（元）'] }),
      col('target', '年度指标值', { type: 'text' }), col('actual', '实际完成值', { type: 'text' }),
      col('points', '分值', { type: 'text' }), col('rate', '执行率', { type: 'text' }), col('score', '得分', { type: 'text' }), col('deviation', '偏差原因分析及改进措施', { type: 'text' }),
    ],
    rows,
  };
}

/** Every project: its funding line, its indicators (分值 = the budget's weights), and its 总分. */
function selfEvaluationProjects(): Table {
  const rows: Row[] = [];
  for (const p of PROJECTS) {
    const done = PROJECT_ACTUAL[p.name]!;
    const funding = fundingScore(c(done.amount), c(p.amount));
    const group: Row[] = [
      { name: '年度资金总额', values: { initialBudget: p.amount, fullBudget: p.amount, executed: done.amount }, text: { project: p.name, points: '10', rate: funding.rate, score: funding.score } },
    ];
    // An indicator whose target depends on the money falls short where the money did (结转, 按实结算).
    const short = done.reason?.includes('结转') ? 0 : -1;
    // Indicators share 90 points: a target table weighted to 100 is scaled (the template's rule).
    const weights = p.indicators.reduce((t, i) => t + (i.weight ?? 0), 0);
    p.indicators.forEach((ind, i) => {
      const points = centsToString(Math.round((ind.weight ?? 0) * (weights === 100 ? 90 : 100))).replace(/\.00$/, '');
      const missed = i === short;
      group.push({
        name: ind.name,
        values: {},
        text: {
          project: p.name, level1: ind.level1 ?? '', level2: ind.level2 ?? '',
          target: `${ind.operator === '定性' ? '' : ind.operator}${ind.value}${ind.unit ?? ''}`,
          actual: missed ? '完成 70%' : `${ind.operator === '定性' ? '' : ''}${ind.value}${ind.unit ?? ''}`,
          points, score: missed ? centsToString(Math.round(c(points) * 0.7)).replace(/\.00$/, '') : points,
          ...(missed ? { deviation: `${done.reason}；下年加快实施进度，结转资金于次年 6 月前支出完毕` } : {}),
        },
      });
    });
    const points = group.reduce((t, r) => t + c(r.text!.points!), 0);
    const score = group.reduce((t, r) => t + c(r.text!.score!), 0);
    group.push({ name: '总分', role: 'total', values: {}, text: { project: p.name, points: centsToString(points).replace(/\.00$/, ''), score: centsToString(score) } });
    rows.push(...group);
  }
  return {
    title: '项目支出绩效自评表',
    unit: '元',
    columns: [
      col('project', '项目名称', { type: 'text' }), col('level1', '一级指标', { type: 'text' }), col('level2', '二级指标', { type: 'text' }), col('name', '三级指标', { type: 'name' }),
      col('initialBudget', '年初预算数', { groups: ['项目资金（元）'] }), col('fullBudget', '全年预算数', { groups: ['项目资金（元）'] }), col('executed', '全年执行数', { groups: ['项目资金（元）'] }),
      col('target', '年度指标值', { type: 'text' }), col('actual', '实际完成值', { type: 'text' }),
      col('points', '分值', { type: 'text' }), col('rate', '执行率', { type: 'text' }), col('score', '得分', { type: 'text' }), col('deviation', '偏差原因分析及改进措施', { type: 'text' }),
    ],
    rows,
  };
}

interface NarrativeInput {
  budget: BudgetDisclosure;
  leaves: ReturnType<typeof leafActuals>;
  five: Row[];
  fund: Record<'gpb' | 'govFund' | 'stateCapital', { spent: Cents; begin: Cents; end: Cents }>;
  yearIncome: Cents;
  yearSpent: Cents;
  beginAll: Cents;
  endAll: Cents;
  actual: Record<string, Cents>;
  planned: Record<string, Cents>;
  prior: Record<string, Cents>;
  publicTotal: Cents;
}

function finalNarrative(x: NarrativeInput): BudgetDisclosure['narrative'] {
  const figures: Figure[] = [];
  const fig = (key: string, v: Cents | string, section: string, extra: Partial<Figure> = {}) =>
    figures.push({ key, value: typeof v === 'string' ? v : centsToString(v), section, ...extra });
  fig('income.total', x.yearIncome, 'overview');
  fig('income.carryoverBegin', x.beginAll, 'overview');
  fig('expenditure.total', x.yearSpent, 'overview');
  fig('expenditure.carryoverEnd', x.endAll, 'overview');
  const fiveTotal = x.five[0]!.values;
  fig('gpb.expenditure', c(fiveTotal.total as string), 'gpb');
  fig('basic.total', c(fiveTotal.basic as string), 'gpb');
  fig('project.total', c(fiveTotal.project as string), 'gpb');

  // Per 项: 年初预算 (the budget file's 总计), 决算, 完成率 and the reason.
  const budgetGpb = x.budget.tables['gpb-expenditure']!;
  const itemSentences: string[] = [];
  for (const row of x.five.filter((r) => r.code?.length === 7)) {
    const code = row.code!;
    const a = toCents(budgetGpb.rows.find((r) => r.code === code)?.values.total ?? null) ?? 0;
    const b = c(row.values.total as string);
    const l = x.leaves.find((v) => v.code === code)!;
    const reasons = [
      BASIC_ACTUAL[code]?.reason,
      ...PROJECTS.filter((p) => p.functionCode === code && p.source === 'gpb').map((p) => PROJECT_ACTUAL[p.name]!.reason),
      code === CARRYOVER.gpbBegin.code ? `使用上年结转资金 ${yuan(l.gpbBegin ?? 0)}` : undefined,
      code === ADDED.code ? ADDED.reason : undefined,
    ].filter(Boolean);
    const reason = b === a ? undefined : reasons.join('；') || undefined;
    const r = rate(b, a);
    fig(`gpb.item.${code}.budget`, a, 'gpb');
    fig(`gpb.item.${code}.final`, b, 'gpb', reason ? { reason } : {});
    if (r) fig(`gpb.item.${code}.rate`, r, 'gpb', { unit: '%' });
    itemSentences.push(`${row.name}（${code}）：年初预算为 ${yuan(a)}，支出决算为 ${yuan(b)}${r ? `，完成年初预算的 ${r}%` : ''}。${reason ? `决算数与年初预算数的差异原因：${reason}。` : '决算数与年初预算数持平。'}`);
  }

  const SG_NAMES: Record<string, string> = { abroad: '因公出国（境）费', vehiclePurchase: '公务用车购置费', vehicleOps: '公务用车运行费', reception: '公务接待费' };
  fig('sangong.total', x.actual.total!, 'sangong', { reason: '严格落实过“紧日子”要求' });
  fig('sangong.budget', x.planned.total!, 'sangong');
  fig('sangong.rate', rate(x.actual.total!, x.planned.total!)!, 'sangong', { unit: '%' });
  fig('sangong.change', x.actual.total! - x.prior.total!, 'sangong', { reason: '主要是按规定更新 1 辆教育督导执法执勤用车' });
  const sgSentences: string[] = [];
  for (const k of Object.keys(SG_NAMES)) {
    const why = SANGONG_REASONS[k as keyof typeof SANGONG_REASONS];
    fig(`sangong.${k}`, x.actual[k]!, 'sangong', { reason: why });
    fig(`sangong.${k}.budget`, x.planned[k]!, 'sangong');
    const r = rate(x.actual[k]!, x.planned[k]!);
    if (r) fig(`sangong.${k}.rate`, r, 'sangong', { unit: '%' });
    fig(`sangong.${k}.change`, x.actual[k]! - x.prior[k]!, 'sangong');
    const d = x.actual[k]! - x.prior[k]!;
    sgSentences.push(`${SG_NAMES[k]}支出决算 ${yuan(x.actual[k]!)}，${r ? `完成预算的 ${r}%` : '年初未安排预算'}，较上年决算${d >= 0 ? `增加 ${yuan(d)}` : `减少 ${yuan(-d)}`}，原因是${why}。`);
  }
  const operatingBudget = x.budget.narrative!.figures.find((f) => f.key === 'operating.total')!.value;
  fig('operating.total', x.publicTotal, 'operating', { reason: '主要是压减差旅费、培训费等一般性支出' });
  fig('operating.budget', c(operatingBudget), 'operating');
  const proc = { goods: c(PROCUREMENT_ACTUAL.goods), works: c(PROCUREMENT_ACTUAL.works), services: c(PROCUREMENT_ACTUAL.services) };
  const procTotal = proc.goods + proc.works + proc.services;
  const sme = c(PROCUREMENT_ACTUAL.sme);
  fig('procurement.total', procTotal, 'procurement');
  fig('procurement.goods', proc.goods, 'procurement');
  fig('procurement.works', proc.works, 'procurement');
  fig('procurement.services', proc.services, 'procurement');
  fig('procurement.sme', sme, 'procurement');
  fig('procurement.sme.share', rate(sme, procTotal)!, 'procurement', { unit: '%' });
  fig('assets.vehicles', String(ASSETS.vehicles), 'assets', { unit: '辆' });
  fig('assets.officialVehicles', String(ASSETS.officialVehicles), 'assets', { unit: '辆' });
  fig('assets.equipment', String(ASSETS.equipment), 'assets', { unit: '台' });
  fig('assets.specialEquipment', String(ASSETS.specialEquipment), 'assets', { unit: '台' });

  const operatingDiff = x.publicTotal - c(operatingBudget);
  return {
    sections: [
      { key: 'basic', heading: '第一部分 部门概况', paragraphs: ['重庆市青岚区教育委员会（虚构）负责全区教育事业的统筹规划和管理。本决算为虚构示例数据，仅用于演示数据格式。'] },
      {
        key: 'overview',
        heading: '一、收入支出决算总体情况说明',
        paragraphs: [
          `2024 年度收入总计 ${yuan(x.yearIncome + x.beginAll)}，其中本年收入合计 ${yuan(x.yearIncome)}，年初结转和结余 ${yuan(x.beginAll)}。支出总计 ${yuan(x.yearSpent + x.endAll)}，其中本年支出合计 ${yuan(x.yearSpent)}，年末结转和结余 ${yuan(x.endAll)}。`,
        ],
      },
      {
        key: 'gpb',
        heading: '二、一般公共预算财政拨款支出决算情况说明',
        paragraphs: [
          `2024 年度一般公共预算财政拨款支出 ${yuan(c(fiveTotal.total as string))}，其中基本支出 ${yuan(c(fiveTotal.basic as string))}，项目支出 ${yuan(c(fiveTotal.project as string))}。`,
          ...itemSentences,
        ],
      },
      {
        key: 'sangong',
        heading: '三、一般公共预算财政拨款“三公”经费支出决算情况说明',
        paragraphs: [
          `2024 年度“三公”经费支出决算 ${yuan(x.actual.total!)}，完成预算的 ${rate(x.actual.total!, x.planned.total!)}%，较上年决算增加 ${yuan(x.actual.total! - x.prior.total!)}，主要是按规定更新 1 辆教育督导执法执勤用车。`,
          ...sgSentences,
        ],
      },
      {
        key: 'operating',
        heading: '四、机关运行经费支出情况说明',
        paragraphs: [`2024 年度机关运行经费支出 ${yuan(x.publicTotal)}，比年初预算${operatingDiff >= 0 ? `增加 ${yuan(operatingDiff)}` : `减少 ${yuan(-operatingDiff)}`}，主要是压减差旅费、培训费等一般性支出。`],
      },
      {
        key: 'procurement',
        heading: '五、政府采购支出情况说明',
        paragraphs: [
          `2024 年度政府采购支出总额 ${yuan(procTotal)}，其中：政府采购货物支出 ${yuan(proc.goods)}，政府采购工程支出 ${yuan(proc.works)}，政府采购服务支出 ${yuan(proc.services)}。授予中小企业合同金额 ${yuan(sme)}，占政府采购支出总额的 ${rate(sme, procTotal)}%。`,
        ],
      },
      {
        key: 'assets',
        heading: '六、国有资产占用情况说明',
        paragraphs: [`截至 2024 年 12 月 31 日，共有车辆 ${ASSETS.vehicles} 辆，其中一般公务用车 ${ASSETS.officialVehicles} 辆；单价 50 万元以上通用设备 ${ASSETS.equipment} 台，单价 100 万元以上专用设备 ${ASSETS.specialEquipment} 台。`],
      },
      {
        key: 'performance',
        heading: '七、预算绩效情况说明',
        paragraphs: [`本部门对 ${PROJECTS.length} 个项目和部门整体支出开展了绩效自评，自评结果见《部门整体支出绩效自评表》和《项目支出绩效自评表》。`],
      },
    ],
    figures,
    glossary: [
      { term: '年初结转和结余', definition: '以前年度尚未完成、结转到本年按有关规定继续使用的资金。' },
      { term: '年末结转和结余', definition: '本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。' },
    ],
  };
}

/** The file text as committed (final newline). */
export function exampleFinalText(): string {
  return `${formatJson(buildExampleFinal())}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(fileURLToPath(new URL(`../../${FINAL_FILE}`, import.meta.url)), exampleFinalText());
  console.log(`wrote ${FINAL_FILE}`);
}
