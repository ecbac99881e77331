/**
 * The Chinese words of <kpi-card> and the texts built from an indicator (target, weight, the
 * weight-total note); the English words are in ../i18n/en.ts (loaded only for English). Data
 * text (indicator names, 一级/二级, values, units) is shown as published in both languages; only
 * the card's own labels are translated.
 */
import type { Indicator } from '../../model/schema.js';
import type { Locale } from '../shared/locale.js';
import { sharedWords } from '../shared/strings.js';
import { iso } from '../shared/text-safety.js';
import { formatNumber } from '../shared/format.js';
import { wordsOf, type Words } from '../i18n/words.js';
import { EXECUTION_RATE_POINTS, type WeightStatus, type WeightUnit } from './model.js';

export const KPI_ZH = {
  overallTitle: '部门整体绩效目标',
  projectTitle: '项目绩效目标',
  amountOverall: '部门支出预算数',
  amountProject: '资金总额',
  code: '项目编码',
  goal: '年度绩效目标',
  indicators: '绩效指标',
  indicator: '指标',
  target: '指标值',
  weight: '权重',
  total: '权重合计',
  ungrouped: '未分级指标',
  spread: '权重分布',
  execution: '预算执行率',
  executionNote: (points: number) => `另 ${points} 分为预算执行率，在绩效评价时计分。`,
  unusualNote: (t: string) => `权重合计为 ${t}，项目通常为 90 分（另 10 分为预算执行率）或 100 分，整体目标为 100%。`,
  qualitative: '定性',
  noIndicators: '未公布绩效指标。',
  noOverall: '本数据未包含部门整体绩效目标。',
  notFound: (q: string) => `未找到项目“${q}”。`,
  available: '本数据中的项目：',
  noProjects: '本数据不含项目绩效目标。',
  indicatorNotFound: (q: string) => `未找到指标“${q}”。可用的指标：`,
  shown: (name: string) => `已显示“${name}”的绩效目标`,
  linkedHint: '在项目表中选择项目，此处显示其绩效目标。',
  /** A weight in points: "5 分" / "5 pts". */
  points: (n: string, _count: number) => `${n} 分`,
} as const;

export type KpiWords = Words<typeof KPI_ZH>;

/** The words of <kpi-card> in `locale` (Chinese until the English words are loaded). */
export function ui(locale: Locale): KpiWords {
  return wordsOf(locale, 'kpi', KPI_ZH);
}

/** A weight as a number: 5 → "5", 7.5 → "7.5"; never padded with decimals it does not have. */
export function formatWeightNumber(w: number, _locale: Locale): string {
  return formatNumber(w, 3);
}

/** A share of the whole as a percentage with at most one decimal: 0.125 → "12.5%". */
export function formatShare(share: number, _locale: Locale): string {
  return formatNumber(share, 1, true);
}

/** A weight with its unit: "5 分" / "5 pts" / "10%". */
export function formatWeight(w: number, unit: WeightUnit, locale: Locale): string {
  const n = formatWeightNumber(w, locale);
  if (unit === '%') return `${n}%`;
  return ui(locale).points(n, w);
}

/** The value with its unit: "350 天", "5%" (a percent sign sticks to its number). */
export function valueWithUnit(i: Indicator): string {
  const value = iso(i.value);
  if (!i.unit) return value;
  return i.unit === '%' || i.unit === '‰' ? `${value}${i.unit}` : `${value} ${i.unit}`;
}

/** The target as one phrase: "≥ 350 天", "= 5 个", or "定性：好" for qualitative targets. */
export function formatTarget(i: Indicator, locale: Locale): string {
  if (i.operator === '定性') return `${ui(locale).qualitative}${sharedWords(locale).colon}${i.value}`;
  return `${i.operator} ${valueWithUnit(i)}`;
}

/** The sentence under the weight total, or '' when the total needs none. */
export function weightNote(status: WeightStatus, total: string, locale: Locale): string {
  if (status === 'execution') return ui(locale).executionNote(EXECUTION_RATE_POINTS);
  if (status === 'unusual') return ui(locale).unusualNote(total);
  return '';
}
