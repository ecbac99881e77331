/**
 * The words of <budget-execution>, both languages, and the sentences built from its rows (row
 * labels, notes, the generated description). Pure, so the static fallback, the element and the
 * tests say exactly the same thing.
 *
 * Unlike the five bundled elements, the English words are here, not in ../i18n/en.ts: this whole
 * element is loaded on demand (index.ts defines it lazily), so its English costs readers of a
 * Chinese page nothing, and the shared catalogue (and its chunk) stays as it is.
 */
import type { Money } from '../../model/money.js';
import { formatMoney, formatMoneyChange, unitLabel } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import type { Words } from '../i18n/words.js';
import { iso } from '../shared/text-safety.js';
import { atLeast, rateText, type ExecutionModel, type ExecutionRow } from './model.js';

export const EXECUTION_ZH = {
  title: '预算执行情况',
  subtitle: '一般公共预算财政拨款支出：年初预算与决算（按项）',
  unit: '单位',
  code: '科目编码',
  name: '科目名称',
  budget: '年初预算',
  final: '支出决算',
  diff: '决算与预算差额',
  rate: '执行率',
  reason: '原因（决算说明）',
  note: '说明',
  total: '合计（两方都有数的项）',
  sort: '排序',
  byCode: '按科目编码',
  byDiff: '按差额',
  chart: '各项决算与年初预算的差额',
  chartRole: '发散条形图',
  bar: '项目',
  over: '超出预算',
  under: '低于预算',
  csv: '下载 CSV',
  file: '预算执行',
  dash: '—',
  tableCaption: '预算执行情况表',
  onlyFinal: '仅见于决算：预算文件中没有此项（年中追加或调整）。',
  onlyBudget: '仅见于预算文件：决算中没有此项（未支出或已调出）。',
  fromText: '年初预算取自决算说明（预算文件中此项为空）。',
  mismatch: (stated: string, file: string, diff: string) => `年初预算两份文件不一致：决算说明为 ${stated}，预算文件为 ${file}（相差 ${diff}）。`,
  notFinal: '这不是决算文件（department.kind 不是 "final"）：预算执行情况需要一个决算文件作 src，其年度的预算文件作 budget-src。',
  budgetIsFinal: '预算文件（budget-src）本身是一个决算文件：请给出该年度的部门预算文件。以下年初预算取自决算说明。',
  noItems: '决算中没有一般公共预算财政拨款支出决算表，也没有说明各项的年初预算和决算数，无法显示预算执行情况。',
  budgetFailed: (why: string) => `预算文件（budget-src）无法使用：${why} 以下只显示决算文件本身所说明的年初预算。`,
  otherYear: (name: string, year: number) => `预算文件是 ${name} ${year} 年的，与决算不是同一部门同一年度，未合并；以下年初预算取自决算说明。`,
  budgetLoading: '正在载入预算文件……',
  sourceFile: '年初预算取自预算文件（一般公共预算财政拨款支出预算表“总计”）。',
  sourceText: '未给出预算文件，年初预算取自决算文字说明。',
  rowLabel: (code: string, name: string, budget: string, final: string, diff: string, rate: string) =>
    `${code} ${name}：年初预算 ${budget}，决算 ${final}，差额 ${diff}，执行率 ${rate}`,
  describe: (f: DescribeFacts) =>
    [
      `${f.rows} 个项目中 ${f.atLeast90} 个执行率在 90% 以上${f.noRate ? `（${f.noRate} 个无执行率：年初预算为 0 或缺少一方数字）` : ''}；${f.over} 个超出年初预算，${f.under} 个低于年初预算，${f.equal} 个与年初预算相等。`,
      `${f.both} 个两方都有数的项目合计：年初预算 ${f.budget}，支出决算 ${f.final}，差额 ${f.diff}，执行率 ${f.rate}。`,
      f.mostOver ? `超出最多的是 ${f.mostOver}。` : '',
      f.mostUnder ? `低于最多的是 ${f.mostUnder}。` : '',
      f.mismatches ? `${f.mismatches} 个项目的年初预算在决算说明与预算文件中不一致（见表中说明）。` : '',
      f.onlyFinal ? `${f.onlyFinal} 个项目仅见于决算。` : '',
      f.onlyBudget ? `${f.onlyBudget} 个项目仅见于预算文件。` : '',
    ].join(''),
  pair: (code: string, name: string, diff: string) => `${code} ${name}（${diff}）`,
};

export type ExecutionWords = Words<typeof EXECUTION_ZH>;

/** The figures of the description, formatted. */
export interface DescribeFacts {
  rows: number;
  both: number;
  atLeast90: number;
  noRate: number;
  over: number;
  under: number;
  equal: number;
  budget: string;
  final: string;
  diff: string;
  rate: string;
  mostOver?: string;
  mostUnder?: string;
  mismatches: number;
  onlyFinal: number;
  onlyBudget: number;
}

export const EXECUTION_EN: ExecutionWords = {
  title: 'Budget against actual',
  subtitle: 'General public budget appropriations: initial budget against final accounts, per item (项)',
  unit: 'Unit',
  code: 'Code',
  name: 'Item',
  budget: 'Initial budget',
  final: 'Actual',
  diff: 'Actual − budget',
  rate: 'Execution',
  reason: 'Reason (final accounts)',
  note: 'Note',
  total: 'Total (items with both figures)',
  sort: 'Order',
  byCode: 'By code',
  byDiff: 'By difference',
  chart: 'Difference between actual and initial budget, per item',
  chartRole: 'diverging bar chart',
  bar: 'item',
  over: 'Over budget',
  under: 'Under budget',
  csv: 'Download CSV',
  file: 'budget-against-actual',
  dash: '—',
  tableCaption: 'Budget against actual',
  onlyFinal: 'In the final accounts only: the budget file has no such item (added or changed during the year).',
  onlyBudget: 'In the budget file only: the final accounts have no such item (not spent, or moved).',
  fromText: 'Initial budget as the final accounts state it (the budget file leaves this item blank).',
  mismatch: (stated: string, file: string, diff: string) => `The two files state different initial budgets: ${stated} in the final accounts, ${file} in the budget file (a difference of ${diff}).`,
  notFinal: 'This is not a final-accounts file (department.kind is not "final"): the budget-against-actual view needs a final-accounts file as src and that year’s budget file as budget-src.',
  budgetIsFinal: 'The budget file (budget-src) is itself a final-accounts file: give the department’s budget file of that year. Initial budgets below are as the final accounts state them.',
  noItems: 'The final accounts have no general public budget expenditure table and state no item’s budget or actual: there is nothing to compare.',
  budgetFailed: (why: string) => `The budget file (budget-src) cannot be used: ${why} Shown below: the initial budgets the final accounts state themselves.`,
  otherYear: (name: string, year: number) => `The budget file is ${name}’s for ${year}, not the same department and year as the final accounts; not joined. Initial budgets below are as the final accounts state them.`,
  budgetLoading: 'Loading the budget file…',
  sourceFile: 'Initial budgets from the budget file (总计 of its general public budget expenditure table).',
  sourceText: 'No budget file given: initial budgets as the final accounts’ text states them.',
  rowLabel: (code: string, name: string, budget: string, final: string, diff: string, rate: string) =>
    `${code} ${name}: initial budget ${budget}, actual ${final}, difference ${diff}, execution ${rate}`,
  describe: (f: DescribeFacts) =>
    [
      `Of ${f.rows} items, ${f.atLeast90} spent 90% or more of their initial budget${f.noRate ? ` (${f.noRate} without a rate: a budget of 0 or a figure missing)` : ''}; ${f.over} spent more than budgeted, ${f.under} less, ${f.equal} exactly the budget. `,
      `The ${f.both} items with both figures: initial budget ${f.budget}, actual ${f.final}, difference ${f.diff}, execution ${f.rate}. `,
      f.mostOver ? `Most over budget: ${f.mostOver}. ` : '',
      f.mostUnder ? `Most under budget: ${f.mostUnder}. ` : '',
      f.mismatches ? `${f.mismatches} items have different initial budgets in the final accounts and the budget file (see the notes in the table). ` : '',
      f.onlyFinal ? `${f.onlyFinal} items are in the final accounts only. ` : '',
      f.onlyBudget ? `${f.onlyBudget} items are in the budget file only.` : '',
    ].join('').trim(),
  pair: (code: string, name: string, diff: string) => `${code} ${name} (${diff})`,
};

export function words(locale: Locale): ExecutionWords {
  return locale === 'en' ? EXECUTION_EN : EXECUTION_ZH;
}

/** An amount with its unit, as the element shows it: "6,412,905.18 元". */
export function amount(m: Money | null, locale: Locale, signed = false): string {
  if (!m) return '—';
  const n = signed ? formatMoneyChange(m, locale) : formatMoney(m, locale);
  return `${n} ${unitLabel(m.unit, locale)}`;
}

/** "98.3%" or "—". */
export function rate(tenths: number | null): string {
  return tenths === null ? '—' : `${rateText(tenths)}%`;
}

/** The notes of a row (one file only, 年初预算 from the text, the two files differing). */
export function rowNotes(r: ExecutionRow, joined: boolean, locale: Locale): string[] {
  const t = words(locale);
  const out: string[] = [];
  if (r.only === 'final') out.push(t.onlyFinal);
  if (r.only === 'budget') out.push(t.onlyBudget);
  if (joined && r.budgetFrom === 'final-text' && !r.only) out.push(t.fromText);
  if (r.mismatch) out.push(t.mismatch(amount(r.mismatch.stated, locale), amount(r.mismatch.file, locale), amount(r.mismatch.diff, locale, true)));
  return out;
}

/** What a screen reader hears for a row of the chart. */
export function rowLabel(r: ExecutionRow, locale: Locale): string {
  return words(locale).rowLabel(r.code, iso(r.name), amount(r.budget, locale), amount(r.final, locale), amount(r.diff, locale, true), rate(r.rateTenths));
}

/** The written description, every count computed exactly from the rows. */
export function describe(model: ExecutionModel, locale: Locale): string {
  const t = words(locale);
  const rows = model.rows;
  const withDiff = rows.filter((r) => r.diff);
  const over = withDiff.filter((r) => r.diff!.cents > 0);
  const under = withDiff.filter((r) => r.diff!.cents < 0);
  const most = (list: ExecutionRow[], sign: 1 | -1) =>
    list.reduce<ExecutionRow | undefined>((best, r) => (!best || sign * r.diff!.cents > sign * best.diff!.cents ? r : best), undefined);
  const pair = (r: ExecutionRow | undefined) => (r ? t.pair(r.code, iso(r.name), amount(r.diff, locale, true)) : undefined);
  const rated = rows.filter((r) => r.rateTenths !== null);
  return t.describe({
    rows: rows.length,
    both: model.totals.rows,
    atLeast90: rated.filter((r) => atLeast(r.final!, r.budget!, 90)).length,
    noRate: rows.length - rated.length,
    over: over.length,
    under: under.length,
    equal: withDiff.length - over.length - under.length,
    budget: amount(model.totals.budget, locale),
    final: amount(model.totals.final, locale),
    diff: amount(model.totals.diff, locale, true),
    rate: rate(model.totals.rateTenths),
    mostOver: pair(most(over, 1)),
    mostUnder: pair(most(under, -1)),
    mismatches: rows.filter((r) => r.mismatch).length,
    onlyFinal: rows.filter((r) => r.only === 'final').length,
    onlyBudget: rows.filter((r) => r.only === 'budget').length,
  });
}
