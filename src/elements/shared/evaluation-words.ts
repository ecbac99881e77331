/**
 * The words of the 绩效自评 views, both languages in one small module: the views load on demand
 * (evaluation-view.ts) and the static fallback renders synchronously, so neither waits for the
 * English catalogue. Data text (indicator names, targets, reasons) is shown as published.
 */
import type { Locale } from './locale.js';

const ZH = {
  department: '部门整体支出绩效自评',
  project: '项目支出绩效自评',
  score: '自评得分',
  outOf: (points: string) => `/ ${points} 分`,
  funds: '资金执行',
  initialBudget: '年初预算数',
  fullBudget: '全年预算数',
  executed: '全年执行数',
  rate: '执行率',
  fundScore: (score: string, points: string) => `资金执行得分 ${score} / ${points} 分`,
  indicators: '绩效指标完成情况',
  indicator: '指标',
  target: '年度指标值',
  actual: '实际完成值',
  points: '分值',
  scored: '得分',
  lost: (n: string) => `扣 ${n} 分`,
  deviation: '偏差原因及改进措施',
  full: (all: number) => `${all} 项指标全部得满分。`,
  partly: (all: number, lost: number) => `${all} 项指标中 ${lost} 项扣分：`,
  noIndicators: '未公布绩效指标。',
  notFound: (q: string) => `未找到项目“${q}”的绩效自评。`,
  available: '本数据中自评的项目：',
  none: '本数据未包含绩效自评表。',
  indicatorNotFound: (q: string) => `未找到指标“${q}”。可用的指标：`,
  targetWas: (t: string) => `目标 ${t}`,
  actualWas: (a: string) => `实际完成 ${a}`,
  scroll: '绩效指标完成情况（可横向滚动）',
  linkedHint: '在项目表中展开项目，此处显示其绩效自评。',
  sep: '；',
};
type EvaluationWords = { readonly [K in keyof typeof ZH]: (typeof ZH)[K] extends (...a: infer A) => string ? (...a: A) => string : string };

const EN: EvaluationWords = {
  department: 'Department performance self-evaluation',
  project: 'Project performance self-evaluation',
  score: 'Self-evaluation score',
  outOf: (points) => `/ ${points} pts`,
  funds: 'Funding',
  initialBudget: 'Initial budget',
  fullBudget: 'Full-year budget',
  executed: 'Spent',
  rate: 'Execution rate',
  fundScore: (score, points) => `Funding score ${score} / ${points} pts`,
  indicators: 'Indicators achieved',
  indicator: 'Indicator',
  target: 'Target',
  actual: 'Achieved',
  points: 'Points',
  scored: 'Score',
  lost: (n) => `−${n} pts`,
  deviation: 'Reason for the deviation and what is done about it',
  full: (all) => `All ${all} indicators scored full points.`,
  partly: (all, lost) => `${lost} of ${all} indicators lost points: `,
  noIndicators: 'No indicators are published.',
  notFound: (q) => `No self-evaluation of the project “${q}”.`,
  available: 'Projects evaluated in this data:',
  none: 'This data has no self-evaluation table.',
  indicatorNotFound: (q) => `No indicator “${q}”. The indicators are:`,
  targetWas: (t) => `target ${t}`,
  actualWas: (a) => `achieved ${a}`,
  scroll: 'Indicators achieved (scrolls sideways)',
  linkedHint: 'Open a project in the project table to see its self-evaluation here.',
  sep: '; ',
};

export const evaluationWords = (locale: Locale): EvaluationWords => (locale === 'en' ? EN : ZH);

/** Hundredths as the points are printed: 42 → "0.42", 100 → "1", 950 → "9.5". */
export const fromHundredths = (h: number): string => (h / 100).toFixed(2).replace(/\.?0+$/, '');
