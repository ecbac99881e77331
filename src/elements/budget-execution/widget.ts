/** <budget-execution> for the rest of the kit (see src/widgets/descriptor.ts). */
import type { WidgetDescriptor } from '../../widgets/descriptor.js';

export const budgetExecutionWidget = {
  tag: 'budget-execution',
  title: { zh: '预算执行情况', en: 'Budget against actual' },
  hint: { zh: '决算与当年预算按项对比：年初预算、决算、差额、执行率和原因（src 为决算文件）', en: 'The final accounts against the year’s budget per item: budget, actual, difference, rate and reason (src is the final-accounts file)' },
  options: [
    { attribute: 'budget-src', static: true, embed: true, label: { zh: '当年预算文件的地址（按功能分类编码合并）', en: 'Address of the year’s budget file (joined by function code)' } },
    { attribute: 'sort', choices: ['code', 'difference'], embed: true, label: { zh: '按科目编码或按差额排序', en: 'Order by code or by difference' } },
  ],
  reads: { tables: ['final-gpb-expenditure'], narrative: true },
} as const satisfies WidgetDescriptor;
