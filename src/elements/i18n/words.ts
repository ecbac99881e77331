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

/**
 * The words of a 决算 (final accounts), by language: only the entries that differ from the
 * budget's (“部门决算概览”, “经费决算” …), in ./final.ts, downloaded once a page shows a 决算.
 */
export type KindOverlay = { readonly [K in keyof Catalogue]?: Partial<Catalogue[K]> };

let english: Catalogue | undefined;
let final: { zh: KindOverlay; en: KindOverlay } | undefined;
let finalLoading: Promise<unknown> | undefined;
/** The kind of the disclosure being rendered (withDisclosureKind), read by wordsOf. */
let shownKind: string | undefined;

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

/** Installs the 决算 words; ./final.ts calls it when it is evaluated. */
export function setFinalWords(words: { zh: KindOverlay; en: KindOverlay }): void {
  final = words;
}

/**
 * Runs `render` with the words of a disclosure of `kind` ('budget' or 'final'): elements wrap
 * their synchronous update in it (as they do the display unit), so every catalogue read during
 * the render says 决算 for a 决算 without each call site knowing the kind.
 */
export function withDisclosureKind<T>(kind: string | undefined, render: () => T): T {
  const before = shownKind;
  shownKind = kind;
  try {
    return render();
  } finally {
    shownKind = before;
  }
}

/**
 * For a 决算 whose words (./final.ts) are not here yet: the promise of loading them, once per
 * page; otherwise undefined. It never rejects: offline, a 决算 reads with the budget's words.
 */
export function finalWordsFor(kind: string | undefined): Promise<unknown> | undefined {
  return kind === 'final' && !final
    ? // Not loadable (offline, blocked): the budget's words, and no waiting again.
      (finalLoading ??= import('./final.js').catch(() => (final = { zh: {}, en: {} })))
    : undefined;
}

/**
 * The catalogue part `key` of an element in `locale` (Chinese until the English words are
 * loaded), with the 决算 words over it while a 决算 is rendered.
 */
export function wordsOf<K extends keyof Catalogue>(locale: Locale, key: K, zh: Catalogue[K]): Catalogue[K] {
  const base = englishWords(locale)?.[key] ?? zh;
  const over = shownKind === 'final' ? final?.[base === zh ? 'zh' : 'en'][key] : undefined;
  // A fresh object per call: a few dozen entries, and only while a 决算 is rendered.
  return over ? { ...base, ...over } : base;
}
