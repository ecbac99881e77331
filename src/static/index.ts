/**
 * The static fallback (issue 4, way 3): data in, an HTML string out — the element's tag with a
 * pre-rendered accessible table inside. Pure, no DOM: `budget-kit render` runs it in Node and the
 * snippet builder in the browser.
 *
 * Why it works: every element renders into a shadow root without a default <slot>, so once its
 * script defines the element the light-DOM table is no longer rendered (the element upgrades in
 * place); where the CMS strips scripts or they fail, the tag stays an unknown inline element and
 * readers get the table. No inline style or script, so a strict CSP has nothing to block.
 */
import { DISPLAY_UNITS } from '../elements/shared/format.js';
import type { Locale } from '../elements/shared/locale.js';
import type { BudgetDisclosure } from '../model/schema.js';
import { renderBudgetSummary } from '../elements/budget-summary/static.js';
import { renderBudgetTable } from '../elements/budget-table/static.js';
import { attributes, html, raw, type SafeHtml } from './escape.js';
import { renderKpiCard } from '../elements/kpi-card/static.js';
import { renderProjectTable } from '../elements/project-table/static.js';
import { renderSangongChart } from '../elements/sangong-chart/static.js';
import { renderBudgetExecution } from '../elements/budget-execution/static.js';
import { StaticError, type StaticOptions } from './shared.js';
import { WIDGET_NAMES, widgetOf, type WidgetName } from '../widgets/registry.js';
import { withDisclosureKind } from '../elements/i18n/words.js';
// The 决算 words, installed on import: a fallback of a 决算 says 决算 (the elements load them on demand).
import '../elements/i18n/final.js';

export { escapeHtml, html, raw, SafeHtml } from './escape.js';
export { kindChoices } from '../elements/budget-table/static.js';
export { projectChoices, projectOptions } from '../elements/kpi-card/static.js';
export { sangongUnitChoices } from '../elements/sangong-chart/static.js';
export { StaticError, type StaticOptions } from './shared.js';

/** The widgets, in the order editors meet them: the registry (src/widgets/registry.ts). */
export { WIDGETS, WIDGET_NAMES, widgetOf, type WidgetName } from '../widgets/registry.js';

/** The theme presets the `theme` attribute takes (see src/elements/shared/themes.ts). */
export const THEMES = ['default', 'dark', 'gov-red', 'high-contrast'] as const;

/** The units the `display-unit` attribute takes (the elements' own list). */
export { DISPLAY_UNITS };

export function isWidget(name: string): name is WidgetName {
  return widgetOf(name) !== undefined;
}

/** What goes on the element's tag besides the widget's own options. */
export interface TagOptions extends StaticOptions {
  /** The data file's URL as the page will request it. */
  src: string;
  /** A theme preset; "default" and unset leave the attribute out. */
  theme?: string;
  /** The element's id (a <project-table> that a <kpi-card for> follows). */
  id?: string;
}

/** The element's attributes, in a stable order (src first), for every way of embedding. */
export function elementAttributes(o: TagOptions): Record<string, string> {
  const a: Record<string, string> = { ...(o.id ? { id: o.id } : {}), src: o.src, ...(o.for ? { for: o.for } : {}) };
  // The widget's options that the static fallback takes (kind, project, unit), as its descriptor says.
  for (const option of widgetOf(o.widget)?.options ?? []) {
    const value = 'static' in option ? o[option.attribute as keyof StaticOptions] : undefined;
    if (typeof value === 'string' && value) a[option.attribute] = value;
  }
  if (o.lang === 'en') a.lang = 'en';
  if (o.theme && o.theme !== 'default') a.theme = o.theme;
  if (o.displayUnit) a['display-unit'] = o.displayUnit;
  return a;
}

/**
 * An unknown display-unit would be ignored by the element (amounts as published) yet the editor
 * asked for a unit: refuse it rather than publish a tag that silently does not do what it says.
 */
function checkDisplayUnit(o: StaticOptions): void {
  if (o.displayUnit && !(DISPLAY_UNITS as readonly string[]).includes(o.displayUnit)) {
    throw new StaticError(
      { zh: `display-unit 的值应为 ${DISPLAY_UNITS.join('、')}，而不是“${o.displayUnit}”。`, en: `display-unit must be ${DISPLAY_UNITS.join(', ')}, not “${o.displayUnit}”.` },
      DISPLAY_UNITS,
    );
  }
}

/** The pre-rendered content of one widget (no tag around it). Throws StaticError with what is valid. */
export function renderFallback(data: BudgetDisclosure, o: StaticOptions): SafeHtml {
  const locale: Locale = o.lang === 'en' ? 'en' : 'zh';
  checkDisplayUnit(o);
  if (!isWidget(o.widget)) throw unknownWidget(o.widget);
  const widget = o.widget;
  return withDisclosureKind(data.department.kind, () => RENDERERS[widget](data, locale, o));
}

/**
 * Each widget's static renderer (`src/elements/<tag>/static.ts`), by tag: typed by the registry, so
 * a widget added there does not compile until it has one.
 */
const RENDERERS: { readonly [W in WidgetName]: (data: BudgetDisclosure, locale: Locale, o: StaticOptions) => SafeHtml } = {
  'budget-summary': (data, locale, o) => renderBudgetSummary(data, locale, o.displayUnit),
  'sangong-chart': (data, locale, o) => renderSangongChart(data, locale, o.unit, o.displayUnit),
  'project-table': (data, locale, o) => renderProjectTable(data, locale, o.displayUnit),
  'kpi-card': (data, locale, o) => renderKpiCard(data, locale, o.project, o.displayUnit, Boolean(o.for)),
  'budget-table': (data, locale, o) => renderBudgetTable(data, locale, o.kind, o.displayUnit),
  // Joined with the budget file when one is given; else 年初预算 as the 决算 text states them, said so.
  'budget-execution': (data, locale, o) => renderBudgetExecution(data, locale, o.displayUnit, o.budget),
};

function unknownWidget(name: string): StaticError {
  const names = [...WIDGET_NAMES];
  return new StaticError({ zh: `未知的组件“${name}”。可用：${names.join('、')}。`, en: `Unknown widget “${name}”. Widgets: ${names.join(', ')}.` }, names);
}

/** The opening and closing tag alone, e.g. for the script-tag way of embedding. */
export function elementTag(o: TagOptions, content: SafeHtml | string = ''): string {
  // A widget name is one of WIDGETS, checked here, so it can go into the tag as is.
  if (!isWidget(o.widget)) throw unknownWidget(o.widget);
  checkDisplayUnit(o);
  const name = raw(o.widget);
  return html`<${name}${attributes(elementAttributes(o))}>${content}</${name}>`.value;
}

/** The whole static-fallback snippet: the tag with the pre-rendered table inside, ending in a newline. */
export function renderSnippet(data: BudgetDisclosure, o: TagOptions): string {
  const inner = renderFallback(data, o);
  return `${elementTag(o, html`\n<div class="budget-static">\n${inner}\n</div>\n`)}\n`;
}

