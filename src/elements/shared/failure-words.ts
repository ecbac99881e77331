/**
 * The words of the load failures a working page never shows: an HTTP error, a timeout, an HTML
 * page, a file that is not JSON or not the format, a missing or bad address, and the rarer ones of
 * issue 10 (an address that is not http(s) or carries a password, data from an origin the page does
 * not allow, gzip bytes without their header, a file not in UTF-8). Chinese sentences cost the
 * bundle dearly, so this module is loaded on demand (issue 15): BudgetElement awaits it (strings.ts
 * loadFailureWords) before it shows such a failure. Only the network failure, an old browser and a
 * kit error are worded in strings.ts, because they must be said without another download. The
 * English words are in ../i18n/en.ts (`failure`), typed from these.
 */
import type { LoadError } from '../../model/load-errors.js';
import type { Words } from '../i18n/words.js';
import { englishWords } from '../i18n/words.js';
import type { Locale } from './locale.js';

export const FAILURE_ZH = {
  http: {
    missing: (s: string) => `找不到数据文件（${s}）。请检查地址是否正确。`,
    denied: (s: string) => `无权读取数据文件（${s}）。请检查文件的访问权限。`,
    server: (s: string) => `服务器出错，未能提供数据文件（${s}）。请稍后重试。`,
    refused: (s: string) => `服务器拒绝了数据文件的请求（${s}）。`,
  },
  timeAllowed: '规定时间',
  ms: (n: number) => `${n} 毫秒`,
  seconds: (n: number) => `${n} 秒`,
  timeout: (d: string) => `读取数据文件超时（${d}内未完成）。服务器可能过慢，请稍后重试。`,
  html: '收到的是网页（HTML），不是 JSON 数据文件。地址可能有误，或服务器返回了错误页面。',
  emptyFile: '数据文件是空的，没有 JSON 内容。',
  syntax: (line: number, column: number, message: string) => `数据文件不是有效的 JSON：第 ${line} 行第 ${column} 列，${message}。`,
  version: '数据格式版本不受支持。',
  schema: (n: number) => `数据不符合预算数据格式，共 ${n} 处问题：`,
  url: '数据文件的地址（src）无效。',
  noSrc: '未指定数据文件：请在 src 属性中填写数据文件的地址（由脚本提供数据时，设置元素的 data 属性）。',
  scheme: '数据文件的地址不是 http(s) 地址（如 javascript:、data:、file:、ftp:），出于安全考虑不会读取。请填写网站上 JSON 文件的地址（以 https:// 或 / 开头）。',
  credentials: '地址中含有用户名或密码（“用户名:密码@”），浏览器不会用这样的地址读取文件，密码也不应写在网页里。请去掉这一部分，并把文件放在无需登录即可访问的位置。',
  origin: (origin: string) =>
    `出于安全考虑，此页面只加载允许的网站上的数据文件，而该文件来自（或被重定向到）${origin}。站点管理员可在 embed.html 的 budget-allowed-origins 中添加允许的来源。`,
  compressed: '服务器发送了压缩数据（gzip）但未声明（缺少响应头 Content-Encoding: gzip），无法读取。请站点管理员修正服务器配置，或上传未压缩的 JSON 文件。',
  /** `encoding`: what the bytes look like (GBK, UTF-16). */
  encoding: (encoding: string) => `文件不是 UTF-8 编码（看起来是 ${encoding}）：请用文本编辑器另存为 UTF-8。`,
  /** Neither GBK nor UTF-16: the line of the first invalid byte. */
  invalidUtf8: (line: number) => `文件不是有效的 UTF-8 编码（第 ${line} 行有无效的字节）：请用文本编辑器另存为 UTF-8。`,
  /** A local file that is gzip data (the CLI, the builder). */
  gzipFile: '文件是 gzip 压缩数据，不是 JSON 文本：请先解压（如 gunzip），再使用解压后的 .json 文件。',
} as const;

export type FailureWords = Words<typeof FAILURE_ZH>;

function httpSentence(status: number | undefined, w: FailureWords): string {
  const s = `HTTP ${status ?? '?'}`;
  if (status === 404 || status === 410) return w.http.missing(s);
  if (status === 401 || status === 403) return w.http.denied(s);
  if (status !== undefined && status >= 500) return w.http.server(s);
  return w.http.refused(s);
}

function duration(ms: number | undefined, w: FailureWords): string {
  if (ms === undefined) return w.timeAllowed;
  if (ms < 1000) return w.ms(ms);
  return w.seconds(Math.round(ms / 100) / 10);
}

/** The summary sentence of every failure strings.ts does not word itself, in `locale`. */
export function describeRare(e: LoadError, locale: Locale): string {
  const w = englishWords(locale)?.failure ?? FAILURE_ZH;
  switch (e.kind) {
    case 'http':
      return httpSentence(e.status, w);
    case 'timeout':
      return w.timeout(duration(e.timeout, w));
    case 'html':
      return w.html;
    case 'parse':
      return e.syntax ? w.syntax(e.syntax.line, e.syntax.column, e.syntax.message[locale]) : w.emptyFile;
    case 'version':
      return e.problems?.[0]?.message[locale] ?? w.version;
    case 'schema':
      return w.schema(e.problems?.length ?? 0);
    case 'url':
      // Without an address the src attribute was missing or blank.
      return e.url ? w.url : w.noSrc;
    case 'scheme':
    case 'credentials':
    case 'compressed':
      return w[e.kind];
    case 'origin':
      return w.origin(e.url ? new URL(e.url).origin : '');
    default:
      return e.encoding ? w.encoding(e.encoding) : w.invalidUtf8(e.line ?? 1);
  }
}
