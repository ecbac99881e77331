/** <project-table> for the rest of the kit (see src/widgets/descriptor.ts). */
import type { WidgetDescriptor } from '../../widgets/descriptor.js';

export const projectTableWidget = {
  tag: 'project-table',
  title: { zh: '项目支出明细', en: 'Project expenditure' },
  hint: { zh: '项目支出明细，可筛选、排序，展开绩效目标', en: 'The project list: filter, sort, open a project’s targets' },
  options: [],
  // A budget's 项目支出明细表; a 决算's 项目支出绩效自评表 when it has no 项目支出明细表.
  reads: { tables: ['project-expenditure', 'project-self-evaluation'], projects: true },
} as const satisfies WidgetDescriptor;
