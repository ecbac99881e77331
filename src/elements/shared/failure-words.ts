/**
 * The words of the rarer load failures (issue 10): an address that is not http(s) or carries a
 * password, data from an origin the page does not allow, gzip bytes without their header, a file
 * not in UTF-8. Most pages never show one, and Chinese sentences cost the bundle dearly, so this
 * module is loaded on demand: BudgetElement awaits it (strings.ts loadFailureWords) before it
 * shows such a failure. The English words are in ../i18n/en.ts (`failure`), typed from these.
 */
import type { LoadError } from '../../model/load-errors.js';
import type { Words } from '../i18n/words.js';
import { englishWords } from '../i18n/words.js';
import type { Locale } from './locale.js';

export const FAILURE_ZH = {
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

/** The summary sentence of a rarer failure in `locale`. */
export function describeRare(e: LoadError, locale: Locale): string {
  const w = englishWords(locale)?.failure ?? FAILURE_ZH;
  switch (e.kind) {
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
