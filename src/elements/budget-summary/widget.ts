/** <budget-summary> for the rest of the kit (see src/widgets/descriptor.ts). */
import type { WidgetDescriptor } from '../../widgets/descriptor.js';

export const budgetSummaryWidget = {
  tag: 'budget-summary',
  title: { zh: '部门预算概览', en: 'Budget at a glance' },
  hint: { zh: '收支总数、基本/项目支出、“三公”经费和按功能分类的支出图', en: 'Totals, basic/project split, 三公 and expenditure by function, drillable' },
  options: [
    { attribute: 'show-checks', boolean: true, embed: true, label: { zh: '显示一致性检查结果（供编辑预览数据）', en: 'Show the consistency findings (for editors previewing their file)' } },
  ],
  reads: {
    tables: ['dept-summary', 'fiscal-summary', 'dept-expenditure', 'gpb-expenditure', 'sangong', 'procurement'],
    narrative: true,
  },
} as const satisfies WidgetDescriptor;
