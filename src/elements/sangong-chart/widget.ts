/** <sangong-chart> for the rest of the kit (see src/widgets/descriptor.ts). */
import type { WidgetDescriptor } from '../../widgets/descriptor.js';

export const sangongChartWidget = {
  tag: 'sangong-chart',
  title: { zh: '“三公”经费', en: '“Three public expenses”' },
  hint: { zh: '“三公”经费本年与上年对比图', en: 'The 三公 expenses, this year against last' },
  options: [
    { attribute: 'unit', choices: 'units', static: true, embed: true, label: { zh: '单位（编码或名称；默认合计）', en: 'The unit (code or name; default: the total)' } },
    { attribute: 'mode', choices: ['grouped', 'stacked'], embed: true, label: { zh: '分组或堆叠', en: 'Grouped or stacked bars' } },
  ],
  reads: { tables: ['sangong'], narrative: true },
} as const satisfies WidgetDescriptor;
