/**
 * The base of every widget: what they all share — the common attributes, the language, the
 * shared states (loading, error with retry, empty) and the source footer. The data life cycle is
 * a reactive controller (data-controller.ts), the unit conversion another (display-unit-controller.ts).
 * Subclasses implement `renderData(data)` and may override `renderSkeleton()`.
 *
 * CONTRACT for element authors (keep stable):
 *  - `this.disclosure`: the validated data once loaded, else undefined.
 *  - `this.loader.status`: 'initial' (no source yet) | 'pending' | 'complete' | 'error'; with
 *    `loader.error` (kind, URL, status, problems) and `loader.message` when it is 'error'.
 *  - `this.locale`: 'zh' | 'en', resolved from the element's / ancestors' / document's lang.
 *  - `renderData(data)`: the ready state. Return a template; the base adds the source footer
 *    after it (unless `no-footer`).
 *  - `renderSkeleton()`: the loading state, same size as the final content. The default is a
 *    generic block (height `--budget-skeleton-height`, 12rem) with a polite "loading" status.
 *  - `renderEmpty(message)`: the template for "the data lacks what this widget shows".
 *  - `amountUnit(data)`: the unit the shown amounts are published in (default the department's).
 *  - `static styles`: subclasses spread `BudgetElement.styles` first (it includes the theme
 *    tokens and the styles of the shared states, and a `.visually-hidden` class).
 */
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from './data-text.js';
import { property } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT, LoadError } from '../../model/load.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { DataController } from './data-controller.js';
import { DisplayUnitController } from './display-unit-controller.js';
import { resolveLocale, type Locale } from './locale.js';
import { displayedUnit, withAmountUnit } from './format.js';
import { knownChoice } from './choices.js';
import { emptyTemplate, errorTemplate, footerTemplate, skeletonTemplate, stateStyles } from './states.js';
import { ThemedElement, themeStyles } from './theme.js';
import { finalWordsFor, loadEnglish, needsEnglish, shownLocale, withDisclosureKind } from '../i18n/words.js';

export type { Locale };

/** The values of the `theme` attribute (shared/theme.ts). */
const THEME_VALUES = ['default', 'dark', 'auto', 'gov-red', 'high-contrast'];

/**
 * @attr src - URL of the budget JSON file (relative to the page). Fetched once per page.
 * @attr timeout - Milliseconds a load may take before it fails with a timeout message (default 15000; 0 for none). Widgets sharing a request share the timeout of the first.
 *
 * Inline data: a `<script type="application/json">` child holding the disclosure is read
 * instead of `src` (for CMSs that cannot host files); it is not displayed.
 * @attr no-footer - Hides the footer naming the source of the data.
 * @attr lang - "en" for English interface text; Chinese otherwise (also read from ancestors).
 * @attr display-unit - Shows amounts in "元", "万元" or "亿元" instead of the published unit, converted exactly (the decimal point moves; every significant decimal is kept, at least two: 258.24 万元 → 2,582,400.00 元, 0.64 万元 → 0.000064 亿元). Captions, descriptions and chart axes name the unit shown; CSV downloads hold the amounts shown, each amount heading naming the unit; the source footer names the unit shown and the published one (单位：元（原文：亿元）). `budget-kit render --display-unit` pre-renders the same. Unset: as published; any other value too, reported once in the console.
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

  /** Where the data comes from, its loading and its state (data-controller.ts). */
  protected readonly loader = new DataController(this, () => this.locale);
  /** Amounts in the unit asked for while rendering (display-unit-controller.ts). */
  private readonly units = new DisplayUnitController(this, () => (this.disclosure ? this.amountUnit(this.disclosure) : undefined));

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
   * Resolves once the data (or the failure) of the current source is rendered and its
   * `budget-load` (or `budget-error`) event fired: true when data is shown, false when a failure
   * is. Never rejects. Read after a change of `src`, `data` or `reload()`, it waits for the new source.
   * Await it instead of the events or polling (`if (await el.loadComplete) …`).
   */
  get loadComplete(): Promise<boolean> {
    return this.loader.complete;
  }

  /** Loads the data again from its source; a URL is fetched again, bypassing the shared cache. */
  reload(): void {
    this.loader.reload();
  }

  /** The validated data once loaded, else undefined. */
  protected get disclosure(): BudgetDisclosure | undefined {
    return this.loader.status === 'complete' ? this.loader.value : undefined;
  }

  /**
   * 'zh' unless the element or an ancestor says lang="en…" — and the English words are loaded
   * (they are fetched on demand; until then, or if they cannot be, everything reads Chinese).
   */
  protected get locale(): Locale {
    return shownLocale(resolveLocale(this));
  }

  /**
   * The English words are a separate chunk (../i18n/en.ts): an element that should read English
   * waits for it before updating, so it never shows Chinese first — on its first update and
   * after its lang changes to English. loadEnglish() never rejects: offline, Chinese is shown.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (needsEnglish(resolveLocale(this))) return loadEnglish().then(() => this.scheduleUpdate());
    // A 决算's words (../i18n/final.ts) likewise, once the data says it is one; then a view the data needs.
    const data = this.disclosure;
    const wait = finalWordsFor((data ?? this.data)?.department?.kind) ?? (data && this.viewFor(data));
    return wait ? wait.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * A view of `data` that lives in a module loaded on demand (a 决算's self-evaluation): the
   * promise of loading it while it is not here, else undefined. The update waits for it, as for
   * the English words, so a reader never sees another view first. The promise must not reject:
   * a view that cannot load is the element's error to show.
   */
  protected viewFor(_data: BudgetDisclosure): Promise<unknown> | undefined {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Unknown values: the default look, said once in the console.
    knownChoice(this, 'theme', this.theme, THEME_VALUES);
    // Here, not in a controller's hostUpdate (which Lit calls after willUpdate): a subclass derives
    // its model in its willUpdate, after this one, from the data this update shows.
    this.loader.sync(changed.has('data'), changed.has('src'));
  }

  /** Renders with amounts in `display-unit`; see DisplayUnitController for why the update is wrapped. */
  protected override update(changed: PropertyValues<this>): void {
    withDisclosureKind(this.disclosure?.department.kind, () => this.units.during(() => super.update(changed)));
  }

  /**
   * Inline data is read during an update (willUpdate), after scheduleUpdate could wait for its
   * 决算 words or its view: one more update is requested at once, and it waits for them. Being
   * pending from now on, it is awaited by `loadComplete` (DataController.announce).
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const data = this.disclosure;
    if (data && (finalWordsFor(data.department.kind) ?? this.viewFor(data))) this.requestUpdate();
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
    const source = this.loader.source ?? 'property';
    const failure = this.loader.error ?? new LoadError('internal');
    const kit = failure.kind === 'browser' || failure.kind === 'internal';
    // No retry for a fault of the kit, nor without an address (src missing or blank): trying again cannot help.
    const retry = kit || source === 'inline' || source === 'property' || !source ? undefined : this.onRetry;
    return errorTemplate(failure, source, this.locale, retry);
  }

  /** A clear sentence for data that lacks what the widget shows. */
  protected renderEmpty(message: string | TemplateResult): TemplateResult {
    return emptyTemplate(message);
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
      this.loader.crashed(e);
    }
  }

  private onRetry = (): void => this.loader.reload(true);

  protected override render(): unknown {
    switch (this.loader.status) {
      case 'complete': {
        const data = this.disclosure!;
        const source = this.loader.source;
        const base = source === 'inline' || source === 'property' ? undefined : source;
        // The footer describes the source document: the unit shown, and the published one beside it
        // when display-unit converts (单位：元（原文：亿元）); its own words are not converted.
        const footer = this.noFooter ? nothing : withAmountUnit('', undefined, () => footerTemplate(data.department, this.locale, base, displayedUnit(data.department.unit, this.displayUnit)));
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
