/**
 * <project-table> on a 决算: the 项目支出绩效自评表 as a project list, one row per project with its
 * 年初预算数, 全年预算数 and 全年执行数 (money, summed in the totals row), its 执行率 and its 总分 得分
 * (sortable, never summed), each opening its indicators. Pure: the element loads it on demand
 * (./evaluation.ts), the static fallback imports it.
 */
import { own } from '../../model/own.js';
import { toCents, type Cents } from '../../model/money.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { hundredths, projectEvaluations } from '../../model/self-evaluation.js';
import type { AmountColumn, ProjectRow, ProjectTableModel } from './model.js';

const MONEY = ['initialBudget', 'fullBudget', 'executed'] as const;

/** The list model of the data's 项目支出绩效自评表, or null when it has none. */
export function evaluationTableModel(data: BudgetDisclosure): ProjectTableModel | null {
  const table = own(data.tables, 'project-self-evaluation');
  if (!table) return null;
  const heading = (key: string, fallback: string): AmountColumn => {
    const c = table.columns.find((x) => x.key === key);
    return { key, label: c?.label ?? fallback, groups: c?.groups ?? [] };
  };
  const evaluations = projectEvaluations(data);
  const columns = [heading('initialBudget', '年初预算数'), heading('fullBudget', '全年预算数'), heading('executed', '全年执行数')];
  // 得分 of a project is its 总分 row's, not the funding line's (which scores the 10 points of 执行率).
  const measures: AmountColumn[] = [heading('rate', '执行率'), { ...heading('score', '得分'), groups: ['总分'] }];
  const rows = evaluations.map((e, index): ProjectRow => {
    const values = Object.fromEntries(MONEY.map((k) => [k, e.funds?.[k] ?? null]));
    const texts: Record<string, string> = Object.create(null);
    if (e.funds?.rate) texts.rate = e.funds.rate;
    if (e.total?.score) texts.score = e.total.score;
    const cents: Record<string, Cents | null> = Object.create(null);
    for (const k of MONEY) cents[k] = toCents(values[k]);
    cents.rate = hundredths(texts.rate);
    cents.score = hundredths(texts.score);
    return { id: `p${index}`, index, name: e.name, evaluation: e, values, texts, cents, haystack: e.name.normalize('NFKC').replace(/\s+/g, '').toLowerCase() };
  });
  return {
    title: table.title,
    ...(table.attachment ? { attachment: table.attachment } : {}),
    unit: table.unit ?? data.department.unit,
    columns,
    measures,
    shares: false,
    totalKey: 'executed',
    rows,
    published: null,
    hasUnit: false,
    hasFunction: false,
    notes: table.notes ?? [],
  };
}
