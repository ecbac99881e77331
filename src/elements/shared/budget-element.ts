/**
 * The base of every widget: owns the data life cycle (data property / inline JSON / src →
 * loading → ready | error), the language, the common states and the source footer.
 * Subclasses implement `renderData(data)` and may override `renderSkeleton()`.
 *
 * CONTRACT for element authors (keep stable):
 *  - `this.disclosure`: the validated data once loaded, else undefined.
 *  - `this.status`: 'idle' (no source yet) | 'loading' | 'ready' | 'error'.
 *  - `this.locale`: 'zh' | 'en', resolved from the element's / ancestors' / document's lang.
 *  - `renderData(data)`: the ready state. Return a template; the base adds the source footer
 *    after it (unless `no-footer`).
 *  - `renderSkeleton()`: the loading state, same size as the final content. The default is a
 *    generic block (height `--budget-skeleton-height`, 12rem) with a polite "loading" status.
 *  - `renderEmpty(message)`: the template for "the data lacks what this widget shows".
 *  - `static styles`: subclasses spread `BudgetElement.styles` first (it includes the theme
 *    tokens and the styles of the shared states, and a `.visually-hidden` class).
 *  - `this.failure`, `this.problems`, `this.errorMessage`: the current failure, if any.
 *
 * Where the data comes from, highest precedence first: the `data` property, a
 * `<script type="application/json">` child (for CMSs that cannot host files), the `src` URL.
 * A URL is fetched once per page however many widgets use it (src/model/load.ts).
 */
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from './data-text.js';
import { property, state } from 'lit/decorators.js';
import { absoluteUrl, checkDisclosure, DEFAULT_TIMEOUT, forgetDisclosure, isAbort, loadDisclosure, LoadError, peekDisclosure, readDisclosure } from '../../model/load.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import type { Problem } from '../../model/validate-core.js';
import { BudgetErrorEvent, BudgetLoadEvent, type DataSource } from './events.js';
import { resolveLocale, type Locale } from './locale.js';
import { DISPLAY_UNITS, withAmountUnit } from './format.js';
import { knownChoice } from './choices.js';
import { kitFailure } from './kit-failure.js';
import { emptyTemplate, errorTemplate, footerTemplate, skeletonTemplate, stateStyles } from './states.js';
import { describeFailure, failureText, loadFailureWords } from './strings.js';
import { ThemedElement, themeStyles } from './theme.js';
import { finalWordsFor, loadEnglish, needsEnglish, shownLocale, withDisclosureKind } from '../i18n/words.js';

export type { Locale };

/** The values of the `theme` attribute (shared/theme.ts). */
const THEME_VALUES = ['default', 'dark', 'auto', 'gov-red', 'high-contrast'];

type Pick =
  | { key: string; kind: 'none' }
  | { key: string; kind: 'property'; value: unknown }
  | { key: string; kind: 'inline'; text: string }
  | { key: string; kind: 'url'; href?: string; error?: LoadError };

/**
 * @attr src - URL of the budget JSON file (relative to the page). Fetched once per page.
 * @attr timeout - Milliseconds a load may take before it fails with a timeout message (default 15000; 0 for none). Widgets sharing a request share the timeout of the first.
 *
 * Inline data: a `<script type="application/json">` child holding the disclosure is read
 * instead of `src` (for CMSs that cannot host files); it is not displayed.
 * @attr no-footer - Hides the footer naming the source of the data.
 * @attr lang - "en" for English interface text; Chinese otherwise (also read from ancestors).
 * @attr display-unit - Shows amounts in "元", "万元" or "亿元" instead of the published unit, converted exactly (the decimal point moves; every significant decimal is kept, at least two: 258.24 万元 → 2,582,400.00 元, 0.64 万元 → 0.000064 亿元). Captions, descriptions and chart axes name the unit shown; CSV downloads hold the amounts shown, each amount heading naming the unit; the source footer keeps the published unit. `budget-kit render --display-unit` pre-renders the same. Unset: as published; any other value too, reported once in the console.
 *
 * @fires budget-load - BudgetLoadEvent: valid data is shown. `detail: { data, source }`, source = the URL, "inline" or "property".
 * @fires budget-error - BudgetErrorEvent: the data cannot be used. `detail: { kind, message, url?, status?, problems? }`.
 *
 * @csspart base - The wrapper of each state (the loading and error states carry it too).
 * @csspart skeleton - The generic loading block.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 * @csspart empty - The sentence of the empty state.
 * @csspart footer - The source footer (also `source`).
 * @csspart source-link - The link to the source document in the footer.
 *
 * @cssprop --budget-skeleton-height - Height of the generic loading block (12rem).
 * @cssprop --budget-color-error - Border and title of the error state.
 */
export abstract class BudgetElement extends ThemedElement {
  static override styles = [themeStyles, stateStyles];

  @state() protected disclosure?: BudgetDisclosure;
  @state() protected status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** The current failure (kind, URL, status, problems), when status is 'error'. */
  @state() protected failure?: LoadError;
  @state() protected problems: Problem[] = [];
  @state() protected errorMessage = '';
  /** Where the shown data (or failure) came from. */
  protected dataSource?: DataSource;

  private request?: AbortController;
  /** Identifies the source the current state is for; a new key starts a new load. */
  private activeKey?: string;
  /** Incremented by every new load; late answers of an older one are ignored. */
  private run = 0;
  private dataVersion = 0;
  private needsSync = true;
  private focusRetry = false;
  private observer?: MutationObserver;

  /** URL of the budget JSON file. */
  @property() src?: string;

  /** The disclosure as an object, for frameworks; takes precedence over inline JSON and `src`. Validated too. */
  @property({ attribute: false }) data?: BudgetDisclosure;

  /** Milliseconds a load may take (headers and body) before it fails; 0 for no limit. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Hides the footer naming the source of the data. */
  @property({ type: Boolean, reflect: true, attribute: 'no-footer' }) noFooter = false;

  /** "元", "万元" or "亿元" to show amounts converted exactly from the published unit; unset (or another value, reported once in the console): as published. */
  @property({ reflect: true, attribute: 'display-unit' }) displayUnit?: string;

  /**
   * 'zh' unless the element or an ancestor says lang="en…" — and the English words are loaded
   * (they are fetched on demand; until then, or if they cannot be, everything reads Chinese).
   */
  protected get locale(): Locale {
    return shownLocale(resolveLocale(this));
  }

  /** Loads the data again from its source; a URL is fetched again, bypassing the shared cache. */
  reload(): void {
    const pick = this.pick();
    if (pick.kind === 'url' && pick.href) forgetDisclosure(pick.href);
    this.activeKey = undefined;
    this.needsSync = true;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // An inline script may be parsed after the element is upgraded, or put in later by a CMS
    // or framework; a change of the element's lang must re-word what is shown.
    this.observer = new MutationObserver((records) => {
      if (this.pick().key !== this.activeKey) this.needsSync = true;
      if (this.needsSync || records.some((r) => r.type === 'attributes')) this.requestUpdate();
    });
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
    if (this.hasUpdated && this.activeKey === undefined) {
      this.needsSync = true;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    // A removed element gives up its request (the shared request ends when nobody else waits)
    // and loads again if it is put back.
    if (this.request) {
      this.cancel();
      this.activeKey = undefined;
    }
  }

  /**
   * The English words are a separate chunk (../i18n/en.ts): an element that should read English
   * waits for it before updating, so it never shows Chinese first — on its first update and
   * after its lang changes to English. loadEnglish() never rejects: offline, Chinese is shown.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (needsEnglish(resolveLocale(this))) return loadEnglish().then(() => this.scheduleUpdate());
    // A 决算's words (../i18n/final.ts) likewise, once the data says it is one.
    return finalWordsFor((this.disclosure ?? this.data)?.department?.kind)?.then(() => super.scheduleUpdate()) ?? super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Unknown values: the default look and the published unit, said once in the console.
    knownChoice(this, 'theme', this.theme, THEME_VALUES);
    knownChoice(this, 'display-unit', this.displayUnit, DISPLAY_UNITS);
    if (changed.has('data')) this.dataVersion++;
    if (this.needsSync || changed.has('data') || changed.has('src')) {
      this.needsSync = false;
      this.sync();
    }
  }

  /**
   * Formatting converts amounts to `display-unit` only while this synchronous update runs: it
   * covers render() and the directives (repeat, guard) Lit calls while committing, and nothing
   * else — CSV exports and other handlers see the published unit (the CSV converts on its own, see csvAmounts).
   */
  protected override update(changed: PropertyValues<this>): void {
    const data = this.status === 'ready' ? this.disclosure : undefined;
    const kind = data?.department.kind;
    // Inline data is read during this update: its 决算 words come with the next one.
    finalWordsFor(kind)?.then(() => this.requestUpdate());
    withDisclosureKind(kind, () => withAmountUnit(data ? this.amountUnit(data) : '', this.displayUnit, () => super.update(changed)));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusRetry && this.status !== 'loading') {
      this.focusRetry = false;
      // After a retry that failed again, focus goes back to the (new) retry button.
      if (this.status === 'error') this.renderRoot.querySelector<HTMLElement>('.retry')?.focus();
    }
  }

  protected abstract renderData(data: BudgetDisclosure): TemplateResult | unknown;

  /** The unit the amounts this element shows are published in; elements showing one table with its own unit override it. */
  protected amountUnit(data: BudgetDisclosure): string {
    return data.department.unit;
  }

  protected renderSkeleton(): TemplateResult {
    return skeletonTemplate(this.locale);
  }

  /**
   * The error state; the retry button is offered when the data comes from a URL, unless the kit
   * itself failed (loading the file again would fail the same way).
   */
  protected renderError(): TemplateResult {
    const source = this.dataSource ?? 'property';
    const failure = this.failure ?? new LoadError('internal');
    const kit = failure.kind === 'browser' || failure.kind === 'internal';
    // No retry for a fault of the kit, nor without an address (src missing or blank): trying again cannot help.
    const retry = kit || source === 'inline' || source === 'property' || !source ? undefined : this.onRetry;
    return errorTemplate(failure, source, this.locale, retry);
  }

  /** A clear sentence for data that lacks what the widget shows. */
  protected renderEmpty(message: string | TemplateResult): TemplateResult {
    return emptyTemplate(message);
  }

  // ——— the data life cycle ———

  private inlineText(): string | undefined {
    for (const child of Array.from(this.children)) {
      if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') return child.textContent ?? '';
    }
    return undefined;
  }

  /** The source to use now, by precedence. */
  private pick(): Pick {
    if (this.data != null) return { key: `property#${this.dataVersion}`, kind: 'property', value: this.data };
    const text = this.inlineText();
    if (text !== undefined) return { key: `inline\n${text}`, kind: 'inline', text };
    const src = this.src?.trim();
    if (!src) return { key: 'none', kind: 'none' };
    try {
      const href = absoluteUrl(src);
      return { key: `url\n${href}`, kind: 'url', href };
    } catch (e) {
      return { key: `url\n${src}`, kind: 'url', error: e as LoadError };
    }
  }

  private sync(): void {
    const next = this.pick();
    if (next.key === this.activeKey) return;
    this.activeKey = next.key;
    this.cancel();
    const run = this.run;
    switch (next.kind) {
      case 'none':
        this.status = 'idle';
        this.disclosure = undefined;
        this.failure = undefined;
        // No src, src="" or only spaces: said at the first update, when a framework has set what it
        // sets before connecting the element (a source set later starts a new run, which clears the
        // message and drops the event if it is not out yet). While the page is still being parsed,
        // an inline <script> child may yet come: the question waits for the end of parsing.
        if (document.readyState != 'loading') return this.fail(run, new LoadError('url'), '');
        addEventListener('DOMContentLoaded', () => run === this.run && this.reload());
        return;
      case 'property':
        return this.settle(run, () => checkDisclosure(next.value), 'property');
      case 'inline':
        return this.settle(run, () => readDisclosure(next.text), 'inline');
      case 'url': {
        const href = next.href;
        if (!href) return this.fail(run, next.error, this.src ?? '');
        const cached = peekDisclosure(href);
        if (cached) return this.succeed(run, cached, href);
        this.status = 'loading';
        this.disclosure = undefined;
        const request = (this.request = new AbortController());
        const timeout = Number.isFinite(this.timeout) ? this.timeout : DEFAULT_TIMEOUT;
        loadDisclosure(href, { signal: request.signal, timeout }).then(
          (data) => this.succeed(run, data, href),
          (e: unknown) => this.fail(run, e, href),
        );
      }
    }
  }

  /** Aborts the current request and makes any late answer to it stale. */
  private cancel(): void {
    this.run++;
    const request = this.request;
    this.request = undefined;
    request?.abort();
  }

  /** Valid data is taken synchronously; the wording of a failure may first load its describer. */
  private settle(run: number, read: () => BudgetDisclosure | Promise<never>, source: DataSource): void {
    let data: BudgetDisclosure | Promise<never>;
    try {
      data = read();
    } catch (e) {
      return this.fail(run, e, source);
    }
    if (data instanceof Promise) void data.catch((e: unknown) => this.fail(run, e, source));
    else this.succeed(run, data, source);
  }

  private succeed(run: number, data: BudgetDisclosure, source: DataSource): void {
    if (run !== this.run) return;
    this.request = undefined;
    this.dataSource = source;
    this.disclosure = data;
    this.failure = undefined;
    this.problems = [];
    this.errorMessage = '';
    this.status = 'ready';
    void this.announce(run, () => new BudgetLoadEvent({ data, source }));
  }

  private fail(run: number, e: unknown, source: DataSource): void {
    if (run !== this.run || isAbort(e)) return;
    this.request = undefined;
    // Anything else was thrown by the kit's own code (a TypeError of an API the browser lacks, a defect).
    const failure = e instanceof LoadError ? e : kitFailure(e, source);
    // A rarer failure is worded by a module loaded on demand: it is shown once that is here.
    if (!describeFailure(failure, source, this.locale).summary) return void loadFailureWords().then(() => this.fail(run, failure, source));
    // The raw error (and every schema problem) is for the console; people see plain words. The
    // problems are written out one "path: message" a line: an array of objects reads as
    // "[object Array]" wherever the console is turned into text (test runners, log collectors).
    // A generated file can hold thousands: the first 20 are logged, the event carries them all.
    const all = failure.problems ?? [];
    const problems = all.slice(0, 20).map((p) => `\n  ${p.path}: ${p.message.en}`).join('') + (all.length > 20 ? `\n  … ${all.length - 20} more (all in the budget-error event's detail.problems)` : '');
    console.error(`[budget-widgets] <${this.localName}> could not use its data:${problems}`, failure, ...(failure.cause === undefined ? [] : [failure.cause]));
    const locale = this.locale;
    this.dataSource = source;
    this.disclosure = undefined;
    this.failure = failure;
    this.problems = failure.problems ?? [];
    this.errorMessage = failureText(describeFailure(failure, source, locale), locale);
    this.status = 'error';
    const detail = {
      kind: failure.kind,
      message: this.errorMessage,
      ...(failure.url !== undefined ? { url: failure.url } : {}),
      ...(failure.status !== undefined ? { status: failure.status } : {}),
      ...(failure.problems ? { problems: failure.problems } : {}),
    };
    void this.announce(run, () => new BudgetErrorEvent(detail));
  }

  /** Fires the event once the state it reports is rendered, unless a newer load began meanwhile. */
  private async announce(run: number, make: () => Event): Promise<void> {
    await this.updateComplete;
    if (run === this.run) this.dispatchEvent(make());
  }

  /**
   * An exception of the kit's own code while the data is shown (a model in willUpdate, a template,
   * an API missing in an old browser) becomes the error state, with the static fallback inside the
   * tag shown again, instead of an empty or half-drawn widget and an uncaught error.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (e) {
      if (this.status !== 'ready') throw e;
      this.fail(this.run, e, this.dataSource!);
    }
  }

  private onRetry = (): void => {
    this.focusRetry = true;
    this.reload();
  };

  protected override render(): unknown {
    switch (this.status) {
      case 'ready': {
        const data = this.disclosure!;
        const base = this.dataSource === 'inline' || this.dataSource === 'property' ? undefined : this.dataSource;
        // The footer describes the source document, so it keeps the published unit (no conversion).
        const footer = this.noFooter ? nothing : withAmountUnit('', undefined, () => footerTemplate(data.department, this.locale, base));
        return html`${this.renderData(data)}${footer}`;
      }
      case 'error':
        // A pre-rendered static table (budget-kit render) stays readable when the data fails to load.
        return html`${this.renderError()}<slot></slot>`;
      default:
        return this.renderSkeleton();
    }
  }
}
