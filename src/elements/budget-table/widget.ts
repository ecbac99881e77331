/** <budget-table> for the rest of the kit (see src/widgets/descriptor.ts). */
import type { WidgetDescriptor } from '../../widgets/descriptor.js';

export const budgetTableWidget = {
  tag: 'budget-table',
  title: { zh: '预算表格', en: 'Budget table' },
  hint: { zh: '公开的任一张预算表，可展开类、款、项', en: 'Any published table, with a collapsible 类 → 款 → 项 tree' },
  options: [
    { attribute: 'kind', choices: 'kinds', static: true, embed: true, required: true, label: { zh: '显示哪张表（如 gpb-expenditure）', en: 'Which table (e.g. gpb-expenditure)' } },
    { attribute: 'collapsed', boolean: true, embed: true, label: { zh: '开始时只显示类级科目', en: 'Start with the 类 rows only' } },
  ],
  reads: { tables: 'any' },
} as const satisfies WidgetDescriptor;
