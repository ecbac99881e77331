/**
 * The Chinese words of <budget-table>; the English ones are in ../i18n/en.ts (loaded only for
 * English). Data text (titles, headings, names) is never translated.
 */
import type { Department } from '../../model/schema.js';
import { unitLabel } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import { sharedWords } from '../shared/strings.js';
import { iso } from '../shared/text-safety.js';
import { wordsOf, type Words } from '../i18n/words.js';

export const TABLE_ZH = {
  attachment: (n: string) => `附件${n}`,
  side: { income: '收入', expenditure: '支出', personnel: '人员经费', public: '公用经费' },
  sideHeading: '收支',
  download: '下载 CSV',
  downloadLabel: (title: string) => `下载“${title}”CSV 文件`,
  expandAll: '全部展开',
  collapseAll: '全部折叠',
  scroll: (title: string) => `${title}（可横向滚动）`,
  loading: '加载中…',
  empty: '本表无数据。',
  notes: '注',
  noKind: '未指定要显示的表（kind 属性）。',
  missing: (kind: string) => `本数据中没有类型为“${kind}”的表。`,
  available: '可用的表：',
  none: '本数据不含任何表。',
} as const;

export type TableWords = Words<typeof TABLE_ZH>;

/** The words of <budget-table> in `locale` (Chinese until the English words are loaded). */
export function ui(locale: Locale): TableWords {
  return wordsOf(locale, 'table', TABLE_ZH);
}

/** "中共…办公室 · 2023年 · 单位：万元". */
export function captionMeta(department: Department, unit: string, locale: Locale): string {
  const w = sharedWords(locale);
  return [iso(department.name), w.year(department.fiscalYear), w.unit(unitLabel(unit, locale))].join(' · ');
}
