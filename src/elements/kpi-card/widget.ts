/** <kpi-card> for the rest of the kit (see src/widgets/descriptor.ts). */
import type { WidgetDescriptor } from '../../widgets/descriptor.js';

export const kpiCardWidget = {
  tag: 'kpi-card',
  title: { zh: '绩效目标', en: 'Performance targets' },
  hint: { zh: '部门整体或某个项目的绩效目标和指标', en: 'The targets of the department or of one project' },
  options: [
    { attribute: 'project', choices: 'projects', static: true, embed: true, label: { zh: '项目（编码或名称；默认部门整体目标）', en: 'The project (code or name; default: the overall targets)' } },
    { attribute: 'indicator', embed: true, label: { zh: '单个指标（三级指标名称或序号），大字显示', en: 'One indicator (its name or number), shown large' } },
    { attribute: 'mode', choices: ['full', 'single'], embed: true, label: { zh: '全部指标或单个指标', en: 'All indicators or a single one' } },
    { attribute: 'for', embed: true, label: { zh: '跟随的项目表（<project-table> 的 id）', en: 'The <project-table> (its id) whose opened project the card shows' } },
  ],
  // A budget's targets; a 决算's 绩效自评 tables (the department's, then each project's).
  reads: { tables: ['dept-self-evaluation', 'project-self-evaluation'], projects: true, overallPerformance: true },
} as const satisfies WidgetDescriptor;
