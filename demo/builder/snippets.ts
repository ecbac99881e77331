/**
 * The snippets the builder offers, as pure functions of its state: (1) the kit's script plus the
 * element's tag, (2) the iframe with its host snippet, (3) the static fallback, and the CSS of the
 * chosen theme colours. No DOM, so they are unit-testable and say exactly what the page shows.
 */
import { embeddable, HEIGHT_MESSAGE, LINKED_ID } from '../../src/embed/embed-request.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { elementAttributes, elementTag, escapeHtml, renderSnippet, widgetOf, type TagOptions, type WidgetName } from '../../src/static/index.js';

/** The theme colours an editor may set: the accent and the first three series. */
export const COLOUR_TOKENS = ['--budget-color-accent', '--budget-series-1', '--budget-series-2', '--budget-series-3'] as const;
export type ColourToken = (typeof COLOUR_TOKENS)[number];

export interface BuilderState {
  widget: WidgetName;
  kind?: string;
  project?: string;
  unit?: string;
  /** <budget-execution budget-src>: the year's budget file's address on the site. */
  budgetSrc?: string;
  lang: 'zh' | 'en';
  theme: string;
  /** display-unit: "元", "万元" or "亿元", or unset for the published unit. */
  displayUnit?: string;
  /** Custom colours, or null to keep the theme's. */
  colours: Readonly<Record<ColourToken, string>> | null;
  /** Where the site hosts the kit's dist/ folder, e.g. "/budget-kit/" (the README's address). */
  kitPath: string;
  /** The data file's address as the site will serve it; empty until the editor gives it (a local file). */
  dataUrl: string;
  /** The id the iframe reports its height with (several widgets on one page). */
  frameId: string;
  /** <project-table> with its targets card: `<project-table id>` and `<kpi-card for>`, linked. */
  linked?: boolean;
}

/** Whether the state asks for the project table with its targets card. */
const isLinked = (s: BuilderState) => s.widget === 'project-table' && Boolean(s.linked);

/** The card that follows the table: the table's src, lang, theme and display-unit, and `for`. */
function cardOptions(s: BuilderState): TagOptions {
  return { ...tagOptions(s), widget: 'kpi-card', id: undefined, kind: undefined, unit: undefined, project: undefined, for: LINKED_ID };
}

/** "dist" → "dist/", so file names can be appended. */
function folder(path: string): string {
  const p = path.trim() || '/';
  return p.endsWith('/') ? p : `${p}/`;
}

function tagOptions(s: BuilderState): TagOptions {
  return { widget: s.widget, kind: s.kind, project: s.project, unit: s.unit, ...(s.budgetSrc ? { 'budget-src': s.budgetSrc } : {}), lang: s.lang, theme: s.theme, displayUnit: s.displayUnit, src: s.dataUrl, ...(isLinked(s) ? { id: LINKED_ID } : {}) };
}

/**
 * A preload of each data file the widget reads, so that on a slow line its download starts beside
 * the kit's instead of after it (the bench measures a cold <sangong-chart> page with and without
 * it: test/bench/cold.ts). `crossorigin` gives it the mode and credentials of the kit's own fetch, which then takes
 * the preloaded response (test/browser/preload.test.ts); without it the file would come twice.
 * A CMS that strips the line loses only the head start.
 */
function preloads(s: BuilderState): string {
  const files = [...new Set([s.dataUrl, s.budgetSrc].filter((u): u is string => Boolean(u)))];
  return files.map((u) => `<link rel="preload" href="${escapeHtml(u)}" as="fetch" crossorigin>\n`).join('');
}

/** Way 1: the data file's preload, the module script (once per page, or in the site template) and the tag. */
export function scriptSnippet(s: BuilderState): string {
  const src = `${folder(s.kitPath)}budget-widgets.js`;
  const card = isLinked(s) ? `${elementTag(cardOptions(s))}\n` : '';
  return `${preloads(s)}<script type="module" src="${escapeHtml(src)}"></script>\n${elementTag(tagOptions(s))}\n${card}`;
}

/** The embed page's address for the state: the widget's attributes that the embed page passes on. */
export function embedUrl(s: BuilderState): string {
  const q = new URLSearchParams({ widget: s.widget });
  const allowed = embeddable(s.widget) ?? [];
  for (const [name, value] of Object.entries(elementAttributes(tagOptions(s)))) if (allowed.includes(name)) q.set(name, value);
  // Both in one embed page: a card in one iframe cannot follow a table in another.
  if (isLinked(s)) q.set('with', 'kpi-card');
  q.set('frame', s.frameId);
  return `${folder(s.kitPath)}embed.html?${q.toString()}`;
}

/** Way 2: the iframe, sized by the host snippet. */
export function iframeSnippet(s: BuilderState): string {
  const title = isLinked(s) ? (s.lang === 'en' ? 'Projects and their targets' : '项目支出明细及绩效目标') : widgetOf(s.widget)!.title[s.lang];
  return `<iframe class="budget-frame" src="${escapeHtml(embedUrl(s))}" title="${escapeHtml(title)}" width="100%" height="600" loading="lazy"></iframe>\n`;
}

/** The tallest height, in px, the host snippet gives a frame, whatever the frame asks for. */
export const MAX_FRAME_HEIGHT = 10000;

/**
 * The few lines a page needs once to size every budget iframe: the embed page posts
 * { type: "budget-widgets:height", frame, height } whenever its content changes. The frame is
 * found by the message's source window, so a message can only resize the iframe it came from;
 * and any page can be framed there, so the height is taken only as a number, at most
 * MAX_FRAME_HEIGHT px (a frame asking for 10⁹ px must not stretch the article).
 */
export function hostSnippet(): string {
  return `<script>
addEventListener('message', function (e) {
  if (!e.data || e.data.type !== '${HEIGHT_MESSAGE}') return;
  var h = e.data.height;
  if (typeof h !== 'number' || !(h >= 0)) return;
  h = Math.min(Math.ceil(h), ${MAX_FRAME_HEIGHT});
  document.querySelectorAll('iframe.budget-frame').forEach(function (f) {
    if (f.contentWindow === e.source) { f.style.height = h + 'px'; f.style.border = '0'; }
  });
});
</script>
`;
}

/** Way 3: the element with the pre-rendered table inside (the same renderer as `budget-kit render`). */
export function fallbackSnippet(data: BudgetDisclosure, s: BuilderState): string {
  return renderSnippet(data, tagOptions(s)) + (isLinked(s) ? renderSnippet(data, cardOptions(s)) : '');
}

/** The chosen colours as a rule for the site's stylesheet (inline styles would break a strict CSP). */
export function cssSnippet(s: BuilderState): string {
  if (!s.colours) return '';
  const lines = COLOUR_TOKENS.map((t) => `  ${t}: ${s.colours![t]};`);
  return `${s.widget} {\n${lines.join('\n')}\n}\n`;
}
