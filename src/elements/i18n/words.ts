/**
 * The interface words of every element, by language. Chinese is the default, so the Chinese
 * words are in each element's strings.ts (in the bundle) and all English words are one module,
 * ./en.ts, that a page downloads only when an element resolves to English (one request, one
 * chunk). BudgetElement waits for it before an English update, so English is never preceded by
 * a flash of Chinese; Node code (the static renderers, the CLI) imports ./en.ts directly.
 *
 * Each element exports its Chinese catalogue and `Words<typeof ZH>`; `Catalogue` gathers those
 * types, and en.ts is typed with it, so an English catalogue with a missing, extra or differently
 * shaped entry does not compile.
 */
import type { Locale } from '../shared/locale.js';
import type { SharedWords } from '../shared/strings.js';
import type { SummaryWords } from '../budget-summary/strings.js';
import type { SangongWords } from '../sangong-chart/strings.js';
import type { ProjectWords } from '../project-table/strings.js';
import type { KpiWords } from '../kpi-card/strings.js';
import type { TableWords } from '../budget-table/strings.js';
import type { FailureWords } from '../shared/failure-words.js';

/** The shape of a catalogue without its Chinese literal types: strings become `string`, functions keep their parameters. */
export type Words<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Words<R>
    : T extends readonly (infer E)[]
      ? readonly Words<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Words<T[K]> }
        : T;

/** The words of every element in one language. */
export interface Catalogue {
  shared: SharedWords;
  summary: SummaryWords;
  sangong: SangongWords;
  projects: ProjectWords;
  kpi: KpiWords;
  table: TableWords;
  /** The rarer load failures (../shared/failure-words.ts, loaded on demand in Chinese). */
  failure: FailureWords;
}

let english: Catalogue | undefined;
let loading: Promise<void> | undefined;
/** The chunk could not be loaded: Chinese from then on, without waiting again. */
let failed = false;

/** Installs the English catalogue; ./en.ts calls it when it is evaluated. */
export function setEnglish(words: Catalogue): void {
  english = words;
}

/**
 * The locale the words are shown in: English only once its words are here. Until then (or if
 * they cannot be loaded) an English element reads Chinese, consistently, numbers included.
 */
export function shownLocale(locale: Locale): Locale {
  return locale === 'en' && english ? 'en' : 'zh';
}

/** The English catalogue when `locale` is English and it is loaded; otherwise undefined (then Chinese is shown). */
export function englishWords(locale: Locale): Catalogue | undefined {
  return locale === 'en' ? english : undefined;
}

/** Whether an element asking for `locale` should wait for loadEnglish() before it renders. */
export function needsEnglish(locale: Locale): boolean {
  return locale === 'en' && !english && !failed;
}

/**
 * Loads the English words once per page; every English element awaits the same promise. It
 * never rejects: offline, or when the chunk is blocked, the elements show Chinese.
 */
export function loadEnglish(): Promise<void> {
  return (loading ??= import('./en.js').then(
    () => undefined,
    (e: unknown) => {
      failed = true;
      console.error('[budget-widgets] The English interface words could not be loaded; showing Chinese.', e);
    },
  ));
}
