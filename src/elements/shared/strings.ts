/**
 * The words of the shared states (loading, error, source footer), in Chinese and English.
 * A failed load is described from its LoadError at render time, so a change of `lang` re-words
 * it; the raw exception never appears here.
 */
import type { LoadError } from '../../model/load-errors.js';
import type { Department } from '../../model/schema.js';
import type { DataSource } from './events.js';
import type { Locale } from './locale.js';
import { unitLabel } from './format.js';

/** How many schema problems the error state lists before "and N more". */
export const PROBLEMS_SHOWN = 5;

export const SHARED_UI = {
  zh: {
    loading: '加载中…',
    retry: '重试',
    errorTitle: '无法显示预算数据',
    address: '地址：',
    from: '来源：',
    inline: '页面内嵌的 JSON 数据',
    property: 'data 属性中的数据',
    more: (n: number) => `以及另外 ${n} 处问题。`,
    source: '数据来源',
  },
  en: {
    loading: 'Loading…',
    retry: 'Retry',
    errorTitle: 'The budget data cannot be shown',
    address: 'Address: ',
    from: 'From: ',
    inline: 'the JSON inside the page',
    property: 'the data property',
    more: (n: number) => `and ${n} more ${n === 1 ? 'problem' : 'problems'}.`,
    source: 'Source',
  },
} as const;

/** A failure in plain words: one sentence, the place, and for schema errors the first problems. */
export interface FailureWords {
  summary: string;
  /** Where the data came from: the URL or the inline/property wording. */
  where: string;
  /** Whether `where` is an address (else it names the inline script or the property). */
  isUrl: boolean;
  /** Up to PROBLEMS_SHOWN problems, "path: message". */
  problems: { path: string; message: string }[];
  /** How many problems are not listed. */
  more: number;
}

function httpSentence(status: number | undefined, locale: Locale): string {
  const s = `HTTP ${status ?? '?'}`;
  const zh = locale === 'zh';
  if (status === 404 || status === 410) return zh ? `找不到数据文件（${s}）。请检查地址是否正确。` : `The data file was not found (${s}). Check the address.`;
  if (status === 401 || status === 403) return zh ? `无权读取数据文件（${s}）。请检查文件的访问权限。` : `Access to the data file is denied (${s}). Check the file's permissions.`;
  if (status !== undefined && status >= 500) return zh ? `服务器出错，未能提供数据文件（${s}）。请稍后重试。` : `The server failed to deliver the data file (${s}). Please try again later.`;
  return zh ? `服务器拒绝了数据文件的请求（${s}）。` : `The server refused the request for the data file (${s}).`;
}

function duration(ms: number | undefined, locale: Locale): string {
  const zh = locale === 'zh';
  if (ms === undefined) return zh ? '规定时间' : 'the time allowed';
  if (ms < 1000) return zh ? `${ms} 毫秒` : `${ms} ms`;
  const s = Math.round(ms / 100) / 10;
  return zh ? `${s} 秒` : `${s} s`;
}

/** The failure in the widget's language. */
export function describeFailure(e: LoadError, source: DataSource, locale: Locale): FailureWords {
  const ui = SHARED_UI[locale];
  const zh = locale === 'zh';
  const isUrl = source !== 'inline' && source !== 'property';
  const where = source === 'inline' ? ui.inline : source === 'property' ? ui.property : (e.url ?? source);
  const problems = (e.problems ?? []).slice(0, PROBLEMS_SHOWN).map((p) => ({ path: p.path, message: p.message[locale] }));
  const more = Math.max(0, (e.problems?.length ?? 0) - problems.length);
  let summary: string;
  switch (e.kind) {
    case 'http':
      summary = httpSentence(e.status, locale);
      break;
    case 'network':
      summary = zh
        ? '无法连接到服务器，未能读取数据文件。请检查网络；若文件在其他网站上，该网站须允许跨域访问（CORS）。'
        : 'The data file could not be fetched: the server could not be reached. Check the connection; a file on another site must allow cross-origin access (CORS).';
      break;
    case 'timeout':
      summary = zh
        ? `读取数据文件超时（${duration(e.timeout, locale)}内未完成）。服务器可能过慢，请稍后重试。`
        : `Loading the data file timed out (not complete within ${duration(e.timeout, locale)}). The server may be slow; please try again.`;
      break;
    case 'html':
      summary = zh
        ? '收到的是网页（HTML），不是 JSON 数据文件。地址可能有误，或服务器返回了错误页面。'
        : 'A web page (HTML) came back instead of the JSON data file. The address may be wrong, or the server sent an error page.';
      break;
    case 'parse':
      if (!e.syntax) summary = zh ? '数据文件是空的，没有 JSON 内容。' : 'The data file is empty: it holds no JSON.';
      else {
        const s = e.syntax;
        summary = zh
          ? `数据文件不是有效的 JSON：第 ${s.line} 行第 ${s.column} 列，${s.message.zh}。`
          : `The data file is not valid JSON: at line ${s.line}, column ${s.column}, ${s.message.en}.`;
      }
      break;
    case 'version':
      summary = e.problems?.[0]?.message[locale] ?? (zh ? '数据格式版本不受支持。' : 'This version of the data format is not supported.');
      return { summary, where, isUrl, problems: [], more: 0 };
    case 'schema': {
      const n = e.problems?.length ?? 0;
      summary = zh ? `数据不符合预算数据格式，共 ${n} 处问题：` : `The data does not fit the budget data format: ${n} ${n === 1 ? 'problem' : 'problems'}:`;
      break;
    }
    case 'url':
      summary = zh ? '数据文件的地址（src）无效。' : 'The address of the data file (src) is not valid.';
      break;
  }
  return { summary, where, isUrl, problems, more };
}

/** The whole failure as one line (the `message` of the budget-error event). */
export function failureText(words: FailureWords, locale: Locale): string {
  const ui = SHARED_UI[locale];
  const sep = locale === 'zh' ? '；' : '; ';
  const list = words.problems.map((p) => `${p.path}${locale === 'zh' ? '：' : ': '}${p.message}`);
  if (words.more) list.push(ui.more(words.more));
  return `${words.summary}${list.length ? ` ${list.join(sep)}` : ''} ${words.isUrl ? ui.address : ui.from}${words.where}`.trim();
}

/** The facts of the source footer, as separate phrases. */
export function sourcePhrases(d: Department, locale: Locale): string[] {
  const zh = locale === 'zh';
  const kind = d.kind === 'final' ? (zh ? '部门决算' : 'final accounts') : zh ? '部门预算' : 'budget';
  return [
    d.name,
    zh ? `${d.fiscalYear} 年${kind}` : `${d.fiscalYear} ${kind}`,
    zh ? `单位：${d.unit}` : `unit: ${unitLabel(d.unit, locale)}`,
    ...(d.published ? [zh ? `发布日期：${d.published}` : `published ${d.published}`] : []),
  ];
}
