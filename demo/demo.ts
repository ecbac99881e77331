/**
 * The gallery page (demo/gallery.html): one widget alone, chosen by the query string, for the
 * README screenshots and for trying an attribute quickly. A module, not an inline script, so the
 * page runs under a strict Content-Security-Policy like the other demo pages.
 *
 * Query string: `widget` = a tag name (default budget-summary); `src` = a data file relative to
 * the page (default the Tongnan data); and any of the widgets' attributes: kind, project,
 * indicator, mode, unit, lang, theme, collapsed, show-checks. Nothing else is copied.
 */
import '../src/index.js';

const WIDGETS = ['budget-summary', 'sangong-chart', 'project-table', 'kpi-card', 'budget-table'] as const;
type Widget = (typeof WIDGETS)[number];
const ATTRIBUTES = ['kind', 'project', 'indicator', 'mode', 'unit', 'lang', 'theme', 'collapsed', 'show-checks'] as const;
const DEFAULT_SRC = '../data/tongnan-cac-2023.json';

const isWidget = (name: string | null): name is Widget => WIDGETS.includes(name as Widget);

const query = new URLSearchParams(location.search);
const asked = query.get('widget');
const tag: Widget = isWidget(asked) ? asked : 'budget-summary';
const el = document.createElement(tag);
el.setAttribute('src', query.get('src') || DEFAULT_SRC);
for (const name of ATTRIBUTES) {
  const value = query.get(name);
  if (value !== null) el.setAttribute(name, value);
}
if (tag === 'budget-table' && !el.hasAttribute('kind')) el.setAttribute('kind', 'gpb-expenditure');

const main = document.querySelector('main')!;
main.querySelector('.placeholder')?.remove();
main.append(el);
document.title = `<${tag}> — budget-widgets`;
