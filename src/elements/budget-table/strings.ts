/** The words of <budget-table> in both languages. Data text (titles, headings, names) is never translated. */
import type { Department } from '../../model/schema.js';
import { unitLabel } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';

export const UI = {
  zh: {
    attachment: (n: string) => `附件${n}`,
    unit: (u: string) => `单位：${u}`,
    year: (y: number) => `${y}年`,
    side: { income: '收入', expenditure: '支出' },
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
  },
  en: {
    attachment: (n: string) => `Attachment ${n}`,
    unit: (u: string) => `Unit: ${u}`,
    year: (y: number) => `${y}`,
    side: { income: 'Income', expenditure: 'Expenditure' },
    sideHeading: 'Side',
    download: 'Download CSV',
    downloadLabel: (title: string) => `Download “${title}” as CSV`,
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    scroll: (title: string) => `${title} (scrolls sideways)`,
    loading: 'Loading…',
    empty: 'This table has no rows.',
    notes: 'Notes',
    noKind: 'No table was chosen (the kind attribute is missing).',
    missing: (kind: string) => `The data has no table of kind “${kind}”.`,
    available: 'Tables available: ',
    none: 'The data holds no tables.',
  },
} as const;

/** "中共…办公室 · 2023年 · 单位：万元". */
export function captionMeta(department: Department, unit: string, locale: Locale): string {
  const t = UI[locale];
  return [department.name, t.year(department.fiscalYear), t.unit(unitLabel(unit, locale))].join(' · ');
}
