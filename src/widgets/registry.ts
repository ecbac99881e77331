/**
 * Every widget of the kit, in the order editors meet them: the one list the static fallback, the
 * embed page, the CLI, the builder, the theme stylesheets, the demos, the docs and the tests loop
 * over. A new widget is a folder under src/elements with its element and a `widget.ts`
 * descriptor, plus one line here.
 */
import { budgetSummaryWidget } from '../elements/budget-summary/widget.js';
import { sangongChartWidget } from '../elements/sangong-chart/widget.js';
import { projectTableWidget } from '../elements/project-table/widget.js';
import { kpiCardWidget } from '../elements/kpi-card/widget.js';
import { budgetTableWidget } from '../elements/budget-table/widget.js';
import { budgetExecutionWidget } from '../elements/budget-execution/widget.js';
import { COMMON_ATTRIBUTES, type WidgetDescriptor } from './descriptor.js';

export const WIDGETS = [budgetSummaryWidget, sangongChartWidget, projectTableWidget, kpiCardWidget, budgetTableWidget, budgetExecutionWidget] as const satisfies readonly WidgetDescriptor[];

/** A widget's tag. */
export type WidgetName = (typeof WIDGETS)[number]['tag'];

/** The tags, in registry order. */
export const WIDGET_NAMES: readonly WidgetName[] = WIDGETS.map((w) => w.tag);

/**
 * The widgets that show a budget (预算) file: all but those that read only 决算 tables
 * (<budget-execution>, defined on demand). Test lists that drive every widget with the Tongnan
 * budget loop over these; the 决算-only ones have their own tests with the 决算 example.
 */
export const BUDGET_WIDGET_NAMES: readonly WidgetName[] = WIDGETS.filter((w) => {
  const tables = w.reads.tables as 'any' | readonly string[];
  return tables === 'any' || !tables.length || tables.some((k) => !k.startsWith('final-'));
}).map((w) => w.tag);

/** The descriptor of `tag`, or undefined for a name that is not a widget (any string from outside). */
export function widgetOf(tag: string): (typeof WIDGETS)[number] | undefined {
  return WIDGETS.find((w) => w.tag === tag);
}

/** Every attribute the element has: the common ones, then its own. */
export function attributesOf(w: WidgetDescriptor): string[] {
  return [...COMMON_ATTRIBUTES, ...w.options.map((o) => o.attribute)];
}

/** The attributes the iframe page passes through from its query string. */
export function embedAttributes(w: WidgetDescriptor): string[] {
  return [...COMMON_ATTRIBUTES, ...w.options.filter((o) => o.embed).map((o) => o.attribute)];
}
