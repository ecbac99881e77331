/**
 * The Chinese words of <project-table>; the English ones are in ../i18n/en.ts (loaded only for
 * English). Data text (names, published headings) is never translated.
 */
import type { Locale } from '../shared/locale.js';
import { wordsOf, type Words } from '../i18n/words.js';

export const PROJECTS_ZH = {
  attachment: (n: string) => `附件${n}`,
  filter: '筛选项目',
  filterHint: '名称、科目或单位',
  count: (shown: number, all: number, filtered: boolean) => (filtered ? `筛选出 ${shown} 个项目（共 ${all} 个）` : `共 ${all} 个项目`),
  download: '下载 CSV',
  name: '项目名称',
  functionCode: '科目编码',
  function: '功能分类科目',
  unit: '预算单位',
  share: '占合计比例',
  total: '合计',
  filteredTotal: (n: number) => `筛选后合计（${n} 个项目）`,
  filteredTotalCsv: '筛选后合计',
  filteredFile: '筛选结果',
  projectCode: '项目编码',
  seq: '序号',
  functionName: '科目名称',
  noMatch: '没有符合筛选条件的项目。',
  missing: '本数据中没有项目支出明细表。',
  // Not the name <budget-table kind="project-expenditure"> gives the same table: landmark names are unique per page.
  scroll: (title: string) => `${title}（可排序、筛选，可横向滚动）`,
  loading: '加载中…',
  filteredNote: (sum: string, published: string) => `已筛选：“筛选后合计”为所显示项目之和 ${sum}，公布的合计为 ${published}。`,
  mismatchNote: (label: string, sum: string, published: string, diff: string) =>
    `注意：各项目“${label}”之和为 ${sum}，与公布的合计 ${published} 不一致（相差 ${diff}）。`,
  notes: '注',
  pager: '分页',
  first: '首页',
  prev: '上一页',
  next: '下一页',
  last: '末页',
  pageOf: (p: number, n: number, from: number, to: number) => `第 ${p} / ${n} 页（第 ${from}–${to} 项）`,
  pageSize: '每页项目数',
  goal: '项目当年绩效目标',
  indicators: '绩效指标',
  noTargets: '数据中没有该项目的绩效目标。',
  implementingUnit: '实施单位',
  attribute: '项目属性',
  level1: '一级指标',
  level2: '二级指标',
  indicator: '三级指标',
  operator: '指标性质',
  value: '指标值',
  indicatorUnit: '计量单位',
  weight: '权重',
  showDetails: '展开',
} as const;

export type ProjectWords = Words<typeof PROJECTS_ZH>;

/** The words of <project-table> in `locale` (Chinese until the English words are loaded). */
export function ui(locale: Locale): ProjectWords {
  return wordsOf(locale, 'projects', PROJECTS_ZH);
}
