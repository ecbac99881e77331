/** The words of <budget-summary> in both languages and the sentences built from its figures. Pure. */
import type { Cents } from '../../model/money.js';
import { formatCents, formatChange, formatPercent, unitLabel } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import type { DrillBar } from './drill.js';
import type { FigureKey, Source, SummaryModel } from './model.js';

export const UI = {
  zh: {
    title: '部门预算概览',
    figures: { income: '收入预算', expenditure: '支出预算', sangong: '“三公”经费', operating: '机关运行经费', procurement: '政府采购预算' } as Record<FigureKey, string>,
    split: '基本支出与项目支出',
    basic: '基本支出',
    project: '项目支出',
    vsPrior: (y: number) => `比${y}年`,
    isNew: '新增',
    unchanged: '持平',
    source: '来源',
    narrative: '预算情况说明',
    chart: '按功能分类的支出',
    chartLabel: '按功能分类的支出条形图',
    levels: ['类', '款', '项'],
    all: '全部类级科目',
    crumbs: '科目层级',
    drillHint: '按回车键查看下级科目',
    showTable: '查看数据表',
    code: '科目编码',
    name: '科目名称',
    change: '增减',
    percent: '增减率',
    unit: '单位',
    noTree: '数据中没有按功能分类的支出表。',
    checks: '一致性检查',
    severity: { error: '错误', warning: '警告', rounding: '尾差', info: '提示' },
    noFindings: '未发现问题。',
    expected: '应为',
    actual: '实为',
  },
  en: {
    title: 'Budget at a glance',
    figures: { income: 'Income', expenditure: 'Expenditure', sangong: '“Three public expenses”', operating: 'Operating costs', procurement: 'Government procurement' } as Record<FigureKey, string>,
    split: 'Basic and project expenditure',
    basic: 'Basic',
    project: 'Projects',
    vsPrior: (y: number) => `vs ${y}`,
    isNew: 'New',
    unchanged: 'unchanged',
    source: 'Source',
    narrative: 'budget statement',
    chart: 'Expenditure by function',
    chartLabel: 'Bar chart of expenditure by function',
    levels: ['class', 'section', 'item'],
    all: 'All classes',
    crumbs: 'Classification levels',
    drillHint: 'press Enter to show the next level',
    showTable: 'Show data table',
    code: 'Code',
    name: 'Name',
    change: 'Change',
    percent: 'Change %',
    unit: 'Unit',
    noTree: 'The data has no table of expenditure by function.',
    checks: 'Consistency checks',
    severity: { error: 'Errors', warning: 'Warnings', rounding: 'Rounding notes', info: 'Notes' },
    noFindings: 'No findings.',
    expected: 'expected',
    actual: 'published',
  },
} as const;

export function yearLabel(year: number, locale: Locale): string {
  return locale === 'zh' ? `${year}年` : String(year);
}

export function sourceLabel(source: Source, locale: Locale): string {
  return 'narrative' in source ? UI[locale].narrative : source.title;
}

/** "-21.49（-6.88%）", "新增", "持平". */
export function changeText(change: Cents | null, percent: number | null, isNew: boolean, locale: Locale): string {
  if (change === null) return '';
  if (isNew) return UI[locale].isNew;
  if (change === 0) return UI[locale].unchanged;
  const p = formatPercent(percent, locale);
  return locale === 'zh' ? `${formatChange(change, locale)}（${p}）` : `${formatChange(change, locale)} (${p})`;
}

/** The accessible name of a bar row. */
export function barLabel(b: DrillBar, years: { fiscal: number; comparison: number }, unit: string, hasPrior: boolean, locale: Locale): string {
  const u = unitLabel(unit, locale);
  const amount = (c: Cents | null) => (c === null ? '—' : `${formatCents(c, locale)}${locale === 'zh' ? '' : ' '}${u}`);
  const parts = [
    `${b.code} ${b.name}`,
    `${yearLabel(years.fiscal, locale)} ${amount(b.current)}`,
    ...(hasPrior ? [`${yearLabel(years.comparison, locale)} ${amount(b.prior)}`, `${UI[locale].change} ${changeText(b.change, b.percent, b.isNew, locale)}`] : []),
  ];
  return parts.join(locale === 'zh' ? '，' : ', ') + (b.hasChildren ? (locale === 'zh' ? `（${UI.zh.drillHint}）` : ` (${UI.en.drillHint})`) : '');
}

/**
 * The generated description: totals, change, the split and the 类 figures.
 * "2023年支出预算291.00万元，比2022年减少21.49万元（-6.88%），主要是公用经费减少。其中基本支出189.00万元（64.95%），项目支出102.00万元（35.05%）。"
 */
export function describeSummary(model: SummaryModel, locale: Locale): string {
  const u = unitLabel(model.unit, locale);
  const fig = (k: FigureKey) => model.figures.find((f) => f.key === k);
  const out: string[] = [];
  const e = fig('expenditure');
  const share = (part: Cents, whole: Cents) => formatPercent(whole ? (part / whole) * 100 : null, locale, false);
  if (locale === 'zh') {
    const inc = fig('income');
    if (inc) out.push(`${yearLabel(model.fiscalYear, locale)}收入预算${formatCents(inc.value, locale)}${u}。`);
    if (e) {
      const c = e.change;
      const ch = c ? (c.isNew ? '' : c.amount === 0 ? `，与${yearLabel(model.comparisonYear, locale)}持平` : `，比${yearLabel(model.comparisonYear, locale)}${c.amount < 0 ? '减少' : '增加'}${formatCents(Math.abs(c.amount), locale)}${u}（${formatPercent(c.percent, locale)}）`) : '';
      out.push(`支出预算${formatCents(e.value, locale)}${u}${ch}${c?.reason ? `，${c.reason}` : ''}。`);
    }
    const s = model.split;
    if (s) out.push(`其中基本支出${formatCents(s.basic, locale)}${u}（${share(s.basic, s.basic + s.project)}），项目支出${formatCents(s.project, locale)}${u}（${share(s.project, s.basic + s.project)}）。`);
    const sg = fig('sangong');
    if (sg) out.push(`“三公”经费${formatCents(sg.value, locale)}${u}。`);
    const op = fig('operating');
    if (op) out.push(`机关运行经费${formatCents(op.value, locale)}${u}。`);
    const pr = fig('procurement');
    if (pr) out.push(`政府采购预算${formatCents(pr.value, locale)}${u}。`);
    return out.join('');
  }
  const inc = fig('income');
  if (inc) out.push(`Income ${model.fiscalYear}: ${formatCents(inc.value, locale)} ${u}.`);
  if (e) {
    const c = e.change;
    const ch = c && !c.isNew ? (c.amount === 0 ? `, unchanged on ${model.comparisonYear}` : `, ${c.amount < 0 ? 'down' : 'up'} ${formatCents(Math.abs(c.amount), locale)} ${u} (${formatPercent(c.percent, locale)}) on ${model.comparisonYear}`) : '';
    out.push(`Expenditure: ${formatCents(e.value, locale)} ${u}${ch}.`);
  }
  const s = model.split;
  if (s) out.push(`Basic ${formatCents(s.basic, locale)} ${u} (${share(s.basic, s.basic + s.project)}), projects ${formatCents(s.project, locale)} ${u} (${share(s.project, s.basic + s.project)}).`);
  for (const k of ['sangong', 'operating', 'procurement'] as const) {
    const f = fig(k);
    if (f) out.push(`${UI.en.figures[k]}: ${formatCents(f.value, locale)} ${u}.`);
  }
  return out.join(' ');
}
