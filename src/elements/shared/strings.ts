/**
 * The shared words (states, source footer, punctuation, units, years) in Chinese, and the
 * failure and footer sentences built from them. The English words are in ../i18n/en.ts, loaded
 * only by pages that show English. A failed load is described from its LoadError at render
 * time, so a change of `lang` re-words it; the raw exception never appears here.
 */
import type { LoadError } from '../../model/load-errors.js';
import type { Department } from '../../model/schema.js';
import { wordsOf, type Words } from '../i18n/words.js';
import type { DataSource } from './events.js';
import type { Locale } from './locale.js';
import { unitLabel } from './format.js';
import { iso } from './text-safety.js';

/** How many schema problems the error state lists before "and N more". */
export const PROBLEMS_SHOWN = 5;

export const SHARED_ZH = {
  loading: '加载中…',
  retry: '重试',
  errorTitle: '无法显示预算数据',
  address: '地址：',
  from: '来源：',
  inline: '页面内嵌的 JSON 数据',
  property: 'data 属性中的数据',
  more: (n: number) => `以及另外 ${n} 处问题。`,
  source: '数据来源',
  // Punctuation and joins differ between the languages (full-width in Chinese).
  colon: '：',
  /** Between the phrases of one sentence. */
  comma: '，',
  /** Between the items of a list. */
  semicolon: '；',
  /** A parenthesis after a word: "（x）" in Chinese, " (x)" in English. */
  paren: (text: string) => `（${text}）`,
  /** An amount with its unit: "258.24万元" / "258.24 10k yuan". */
  amount: (n: string, unit: string) => `${n}${unit}`,
  year: (y: number) => `${y}年`,
  /** The amount units as readers say them; Chinese: as published. */
  units: {} as Record<string, string>,
  /** The caption phrase naming the unit. */
  unit: (u: string) => `单位：${u}`,
  network: '无法连接到服务器，未能读取数据文件。请检查网络；若文件在其他网站上，该网站须允许跨域访问（CORS）。',
  browser: '此浏览器版本过旧，请升级浏览器（需 Chrome 86、Safari 14.1 或更新版本）。',
  internal: '显示出错：组件内部错误，不是数据或网络的问题。请刷新页面重试。',
  final: '部门决算',
  budget: '部门预算',
  yearKind: (y: number, kind: string) => `${y} 年${kind}`,
  /** The unit shown, and the published one when display-unit converts. */
  footerUnit: (u: string, published?: string) => `单位：${u}${published ? `（原文：${published}）` : ''}`,
  published: (date: string) => `发布日期：${date}`,
  exportImage: '下载图片',
  exportFailed: 'PNG 图片生成失败（可能被网站的安全策略阻止），请下载 SVG。',
} as const;

export type SharedWords = Words<typeof SHARED_ZH>;

/** The shared words in `locale` (Chinese until the English words are loaded). */
export function sharedWords(locale: Locale): SharedWords {
  return wordsOf(locale, 'shared', SHARED_ZH);
}

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

/** Describes the failures worded in ./failure-words.ts, once loaded. */
let describeRare: ((e: LoadError, locale: Locale) => string) | undefined;
let rareWords: Promise<void> | undefined;

/**
 * Loads the words of every failure but a network failure, an old browser and an internal error
 * (./failure-words.ts) once: the first render of a page that works needs none of them, and Chinese
 * sentences weigh on the bundle (issue 15). Never rejects: when they cannot be loaded (the network
 * went down since the kit came), those failures are said as a network failure.
 */
export function loadFailureWords(): Promise<void> {
  return (rareWords ??= import('./failure-words.js').then(
    (m) => void (describeRare = m.describeRare),
    () => void (describeRare = (_, locale) => sharedWords(locale).network),
  ));
}

/**
 * The failure in the widget's language. The summary is empty until loadFailureWords() is done, except
 * for the failures a page must be able to say without another download: offline, an old browser, a
 * kit error.
 */
export function describeFailure(e: LoadError, source: DataSource, locale: Locale): FailureWords {
  const w = sharedWords(locale);
  const isUrl = source !== 'inline' && source !== 'property';
  const where = source === 'inline' ? w.inline : source === 'property' ? w.property : (e.url ?? source);
  const problems = (e.problems ?? []).slice(0, PROBLEMS_SHOWN).map((p) => ({ path: p.path, message: p.message[locale] }));
  const more = Math.max(0, (e.problems?.length ?? 0) - problems.length);
  let summary: string;
  switch (e.kind) {
    case 'network':
      summary = w.network;
      break;
    case 'version':
      summary = describeRare?.(e, locale) ?? '';
      return { summary, where, isUrl, problems: [], more: 0 };
    case 'browser':
    case 'internal':
      summary = w[e.kind];
      break;
    default:
      summary = describeRare?.(e, locale) ?? '';
  }
  return { summary, where, isUrl, problems, more };
}

/** The whole failure as one line (the `message` of the budget-error event). */
export function failureText(words: FailureWords, locale: Locale): string {
  const w = sharedWords(locale);
  const list = words.problems.map((p) => `${p.path}${w.colon}${p.message}`);
  if (words.more) list.push(w.more(words.more));
  return `${words.summary}${list.length ? ` ${list.join(w.semicolon)}` : ''} ${words.where && (words.isUrl ? w.address : w.from) + words.where}`.trim();
}

/** The facts of the source footer, as separate phrases. */
export function sourcePhrases(d: Department, locale: Locale, shown: string = d.unit): string[] {
  const w = sharedWords(locale);
  return [
    iso(d.name),
    w.yearKind(d.fiscalYear, d.kind === 'final' ? w.final : w.budget),
    w.footerUnit(unitLabel(shown, locale), shown === d.unit ? undefined : unitLabel(d.unit, locale)),
    ...(d.published ? [w.published(d.published)] : []),
  ];
}
