/** Pure parsing of the embed page's query string: which element, which attributes, whether the data URL is allowed. */
import { hasOwnKey } from '../model/own.js';

export const HEIGHT_MESSAGE = 'budget-widgets:height';

/** Elements the iframe page may create, and the attributes it passes through to them. */
export const EMBEDDABLE: Record<string, readonly string[]> = {
  'budget-summary': ['show-checks', 'unit'],
  'sangong-chart': ['unit', 'mode'],
  'project-table': ['page-size'],
  'kpi-card': ['project', 'indicator'],
  'budget-table': ['kind', 'collapsed'],
};
const COMMON = ['src', 'lang', 'theme', 'display-unit', 'no-footer'];

export type EmbedRequest =
  | { widget: string; lang?: string; attributes: Record<string, string> }
  | { error: string };

export function embedRequest(url: URL, origin: string, allowedOrigins: readonly string[]): EmbedRequest {
  const q = url.searchParams;
  const widget = q.get('widget') ?? '';
  // Own keys only: `in` would accept toString, constructor or __proto__ and then throw on their "attributes".
  if (!hasOwnKey(EMBEDDABLE, widget)) {
    return { error: `未知的组件 widget=“${widget}”。可用：${Object.keys(EMBEDDABLE).join('、')}。` };
  }
  const src = q.get('src');
  if (!src) return { error: '缺少数据文件地址：请在地址中加上 src=数据文件.json。' };
  const dataUrl = new URL(src, url);
  if (!/^https?:$/.test(dataUrl.protocol)) return { error: `数据文件地址必须是 http(s)：${src}` };
  if (dataUrl.origin !== origin && !allowedOrigins.includes(dataUrl.origin)) {
    return { error: `出于安全考虑，只能加载本站的数据文件（${origin}），不能加载 ${dataUrl.origin}。站点管理员可在 embed.html 的 budget-allowed-origins 中添加允许的来源。` };
  }
  const attributes: Record<string, string> = {};
  for (const name of [...COMMON, ...EMBEDDABLE[widget]!]) {
    const value = q.get(name);
    if (value !== null) attributes[name] = name === 'src' ? dataUrl.href : value;
  }
  return { widget, lang: q.get('lang') ?? undefined, attributes };
}
