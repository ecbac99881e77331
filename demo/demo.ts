/**
 * The gallery page (demo/gallery.html): one widget alone, chosen by the query string, for the
 * README screenshots and for trying an attribute quickly. A module, not an inline script, so the
 * page runs under a strict Content-Security-Policy like the other demo pages.
 *
 * Query string: `widget` = a tag name (default budget-summary); `src` = a data file relative to
 * the page (default the Tongnan data); and any attribute of that widget that the embed page
 * passes through (src/widgets/registry.ts: embedAttributes). Nothing else is copied.
 */
import '../src/index.js';
import { embedAttributes, WIDGETS, widgetOf } from '../src/widgets/registry.js';

const DEFAULT_SRC = '../data/tongnan-cac-2023.json';

const query = new URLSearchParams(location.search);
// The widget and its attributes as the registry says (the gallery takes what the embed page takes).
const widget = widgetOf(query.get('widget') ?? '') ?? WIDGETS[0];
const el = document.createElement(widget.tag);
el.setAttribute('src', query.get('src') || DEFAULT_SRC);
for (const name of embedAttributes(widget).filter((a) => a !== 'src')) {
  const value = query.get(name);
  if (value !== null) el.setAttribute(name, value);
}
if (widget.tag === 'budget-table' && !el.hasAttribute('kind')) el.setAttribute('kind', 'gpb-expenditure');

const main = document.querySelector('main')!;
main.querySelector('.placeholder')?.remove();
main.append(el);
document.title = `<${widget.tag}> — budget-widgets`;
