/**
 * The Chinese words of <budget-summary> and the sentences built from its figures. Pure. The
 * English words are in ../i18n/en.ts (loaded only for English); each sentence is built here from
 * formatted facts, and the catalogue of the language puts them in order.
 */
import { moneyShare, type Cents, type Money } from '../../model/money.js';
import { formatCents, formatChange, formatMoney, formatMoneyChange, formatPercent, shownUnit, unitLabel, withAmountUnit } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import { sharedWords } from '../shared/strings.js';
import { wordsOf, type Words } from '../i18n/words.js';
import { iso } from '../shared/text-safety.js';
import type { DrillBar } from './drill.js';
import type { Change, FigureKey, Source, Split, SummaryModel } from './model.js';

/** The figures of the generated description, formatted; an absent figure is left out. */
export interface SummaryFacts {
  fiscalYear: number;
  comparisonYear: number;
  /** The unit as readers of the language say it. */
  unit: string;
  income?: string;
  expenditure?: string;
  /** The change of the expenditure on the comparison year (absent for a new figure or without prior year). */
  change?: { down: boolean; zero: boolean; amount: string; percent: string };
  /** The narrative's reason for the change. */
  reason?: string;
  split?: { basic: string; basicShare: string; project: string; projectShare: string };
  sangong?: string;
  operating?: string;
  procurement?: string;
}

export const SUMMARY_ZH = {
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
  /** The polite announcement after drilling: "201 一般公共服务支出：3个款级科目". */
  shownLevel: (where: string, n: number, level: string) => `${where}：${n}个${level}级科目`,
  /** The word in the names of downloaded pictures. */
  file: '支出功能分类',
  /** "2023年支出预算291.00万元，比2022年减少21.49万元（-6.88%），主要是公用经费减少。其中基本支出189.00万元（64.95%），项目支出102.00万元（35.05%）。" */
  describe: (f: SummaryFacts): string => {
    const u = f.unit;
    const out: string[] = [];
    if (f.income !== undefined) out.push(`${f.fiscalYear}年收入预算${f.income}${u}。`);
    if (f.expenditure !== undefined) {
      const c = f.change;
      const ch = c ? (c.zero ? `，与${f.comparisonYear}年持平` : `，比${f.comparisonYear}年${c.down ? '减少' : '增加'}${c.amount}${u}（${c.percent}）`) : '';
      out.push(`支出预算${f.expenditure}${u}${ch}${f.reason ? `，${f.reason}` : ''}。`);
    }
    const s = f.split;
    if (s) out.push(`其中基本支出${s.basic}${u}（${s.basicShare}），项目支出${s.project}${u}（${s.projectShare}）。`);
    if (f.sangong !== undefined) out.push(`“三公”经费${f.sangong}${u}。`);
    if (f.operating !== undefined) out.push(`机关运行经费${f.operating}${u}。`);
    if (f.procurement !== undefined) out.push(`政府采购预算${f.procurement}${u}。`);
    return out.join('');
  },
} as const;

export type SummaryWords = Words<typeof SUMMARY_ZH>;

/** The words of <budget-summary> in `locale` (Chinese until the English words are loaded). */
export function ui(locale: Locale): SummaryWords {
  return wordsOf(locale, 'summary', SUMMARY_ZH);
}

export function yearLabel(year: number, locale: Locale): string {
  return sharedWords(locale).year(year);
}

export function sourceLabel(source: Source, locale: Locale): string {
  return 'narrative' in source ? ui(locale).narrative : source.title;
}

/** "-21.49（-6.88%）", "新增", "持平". */
export function changeText(change: Cents | null, percent: number | null, isNew: boolean, locale: Locale): string {
  if (change === null) return '';
  if (isNew) return ui(locale).isNew;
  if (change === 0) return ui(locale).unchanged;
  return `${formatChange(change, locale)}${sharedWords(locale).paren(formatPercent(percent, locale))}`;
}

/** A figure's change, "-21.49（-6.88%）", "新增", "持平", in the unit the summary shows (see formatMoney). */
export function figureChangeText(c: Change, locale: Locale): string {
  if (c.isNew) return ui(locale).isNew;
  if (c.amount.cents === 0) return ui(locale).unchanged;
  return `${formatMoneyChange(c.amount, locale)}${sharedWords(locale).paren(formatPercent(c.percent, locale))}`;
}

/** The share of 基本 or 项目 in their sum, "64.95%". */
export function splitShare(s: Split, part: Money, locale: Locale): string {
  return formatPercent(moneyShare(part, { cents: s.basic.cents + s.project.cents, unit: s.basic.unit }), locale, false);
}

/** The accessible name of a bar row. */
export function barLabel(b: DrillBar, years: { fiscal: number; comparison: number }, unit: string, hasPrior: boolean, locale: Locale): string {
  const w = sharedWords(locale);
  const u = unitLabel(unit, locale);
  const amount = (c: Cents | null) => (c === null ? '—' : w.amount(formatCents(c, locale), u));
  const parts = [
    `${b.code} ${iso(b.name)}`,
    `${w.year(years.fiscal)} ${amount(b.current)}`,
    ...(hasPrior ? [`${w.year(years.comparison)} ${amount(b.prior)}`, `${ui(locale).change} ${changeText(b.change, b.percent, b.isNew, locale)}`] : []),
  ];
  return parts.join(w.comma) + (b.hasChildren ? w.paren(ui(locale).drillHint) : '');
}

/**
 * The generated description: totals, change, the split and the key figures, in the words of
 * `locale`. One unit for the whole text: the one the render in progress shows, else the file's,
 * each figure converted into it exactly whatever table it comes from.
 */
export function describeSummary(model: SummaryModel, locale: Locale): string {
  return withAmountUnit(model.unit, shownUnit(), () => describe(model, locale));
}

function describe(model: SummaryModel, locale: Locale): string {
  const fig = (k: FigureKey) => model.figures.find((f) => f.key === k);
  const amount = (k: FigureKey) => {
    const f = fig(k);
    return f ? formatMoney(f.value, locale) : undefined;
  };
  const c = fig('expenditure')?.change;
  const s = model.split;
  return ui(locale).describe({
    fiscalYear: model.fiscalYear,
    comparisonYear: model.comparisonYear,
    unit: unitLabel(model.unit, locale),
    income: amount('income'),
    expenditure: amount('expenditure'),
    change: c && !c.isNew
      ? { down: c.amount.cents < 0, zero: c.amount.cents === 0, amount: formatMoney({ cents: Math.abs(c.amount.cents), unit: c.amount.unit }, locale), percent: formatPercent(c.percent, locale) }
      : undefined,
    reason: iso(c?.reason),
    split: s && { basic: formatMoney(s.basic, locale), basicShare: splitShare(s, s.basic, locale), project: formatMoney(s.project, locale), projectShare: splitShare(s, s.project, locale) },
    sangong: amount('sangong'),
    operating: amount('operating'),
    procurement: amount('procurement'),
  });
}
