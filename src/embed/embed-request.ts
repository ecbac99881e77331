/** Pure parsing of the embed page's query string: which element, which attributes, whether the data URL is allowed. */
import { iso } from '../elements/shared/text-safety.js';
import { embedAttributes, WIDGET_NAMES, widgetOf } from '../widgets/registry.js';

export const HEIGHT_MESSAGE = 'budget-widgets:height';

/**
 * The attributes the iframe page passes through to the element it creates: the common ones and the
 * widget's own, as its descriptor says (src/widgets/registry.ts). Written by hand before the
 * registry, the list had drifted: `unit` for <budget-summary> and `page-size` for <project-table>,
 * which neither has; no `mode` or `for` for <kpi-card>; no `timeout` anywhere.
 */
export function embeddable(widget: string): readonly string[] | undefined {
  const w = widgetOf(widget);
  return w && embedAttributes(w);
}

export type EmbedRequest =
  | { widget: string; lang?: string; attributes: Record<string, string>; linked?: { widget: 'kpi-card'; attributes: Record<string, string> } }
  | { error: string };

/**
 * `widget=project-table&with=kpi-card`: the project table with its targets card, linked, in one
 * page — two iframes are two documents, and a card cannot follow a table in another one. The table
 * gets this id, the card `for` it and the table's other attributes (src, lang, theme, display-unit).
 */
export const LINKED_ID = 'projects';

/**
 * A query value quoted in a message: every parameter is untrusted, so a long one is shortened and
 * text that could reorder the sentence (a right-to-left override) is isolated (U+2068…U+2069).
 */
const quote = (v: string) => iso(v.length > 200 ? `${v.slice(0, 200)}…` : v);

/**
 * What the page should build from its own address: never throws, whatever the query string
 * holds (an unparsable src such as `http://[` is a message, not an exception).
 */
export function embedRequest(url: URL, origin: string, allowedOrigins: readonly string[]): EmbedRequest {
  const q = url.searchParams;
  const widget = q.get('widget') ?? '';
  // Registry names only: an Object.prototype member (toString, __proto__) is not a widget.
  const names = embeddable(widget);
  if (!names) {
    return { error: `未知的组件 widget=“${quote(widget)}”。可用：${WIDGET_NAMES.join('、')}。` };
  }
  const src = q.get('src')?.trim();
  if (!src) return { error: '缺少数据文件地址：请在地址中加上 src=数据文件.json。' };
  let dataUrl: URL;
  try {
    dataUrl = new URL(src, url);
  } catch {
    return { error: `数据文件地址（src）不是有效的网址：“${quote(src)}”。请检查地址中的括号、空格和特殊字符。` };
  }
  if (!/^https?:$/.test(dataUrl.protocol)) return { error: `数据文件地址必须是 http(s)：${quote(src)}` };
  if (dataUrl.origin !== origin && !allowedOrigins.includes(dataUrl.origin)) {
    return { error: `出于安全考虑，只能加载本站的数据文件（${origin}），不能加载 ${dataUrl.origin}。站点管理员可在 embed.html 的 budget-allowed-origins 中添加允许的来源。` };
  }
  const attributes: Record<string, string> = {};
  for (const name of names) {
    const value = q.get(name);
    if (value !== null) attributes[name] = name === 'src' ? dataUrl.href : value;
  }
  const lang = q.get('lang') ?? undefined;
  const companion = q.get('with');
  if (companion === null) return { widget, lang, attributes };
  if (widget !== 'project-table' || companion !== 'kpi-card') {
    return { error: `with=“${quote(companion)}”只能与 widget=project-table 一起使用，值为 kpi-card（项目表及其绩效目标卡）。` };
  }
  return { widget, lang, attributes: { ...attributes, id: LINKED_ID }, linked: { widget: 'kpi-card', attributes: { ...attributes, for: LINKED_ID } } };
}
