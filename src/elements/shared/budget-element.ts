/**
 * The base of every widget: owns the data life cycle (src / data property / inline JSON →
 * loading → ready | error), the language, the common states and the source footer.
 * Subclasses implement `renderData(data)` and may override `renderSkeleton()`.
 *
 * CONTRACT for element authors (keep stable):
 *  - `this.disclosure`: the validated data once loaded, else undefined.
 *  - `this.locale`: 'zh' | 'en', resolved from the element's / ancestors' / document's lang.
 *  - `renderData(data)`: the ready state. Return a template; the base wraps it with the footer.
 *  - `renderSkeleton()`: the loading state, same size as the final content.
 *  - `static styles`: subclasses spread `BudgetElement.styles` first.
 */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { validateDisclosure, type Problem } from '../../model/validate.js';
import { resolveLocale, type Locale } from './locale.js';
import { themeStyles } from './theme.js';

export type { Locale };

export abstract class BudgetElement extends LitElement {
  static override styles = [themeStyles];

  /** URL of the budget JSON file. */
  @property() src?: string;

  /** The disclosure as an object, for frameworks; takes precedence over `src`. */
  @property({ attribute: false }) data?: BudgetDisclosure;

  @state() protected disclosure?: BudgetDisclosure;
  @state() protected status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() protected problems: Problem[] = [];
  @state() protected errorMessage = '';

  /** 'zh' unless the element or an ancestor says lang="en…". */
  protected get locale(): Locale {
    return resolveLocale(this);
  }

  protected abstract renderData(data: BudgetDisclosure): TemplateResult | unknown;

  protected renderSkeleton(): TemplateResult {
    return html`<div role="status" aria-live="polite">${this.locale === 'en' ? 'Loading…' : '加载中…'}</div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) this.accept(this.data);
    else if (changed.has('src') && this.src && !this.data) void this.load(this.src);
  }

  private accept(json: unknown): void {
    const result = validateDisclosure(json);
    if (result.ok) {
      this.disclosure = result.data;
      this.status = 'ready';
    } else {
      this.problems = result.problems;
      this.status = 'error';
    }
  }

  private async load(url: string): Promise<void> {
    this.status = 'loading';
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.accept(await response.json());
    } catch (e) {
      this.errorMessage = String(e);
      this.status = 'error';
    }
  }

  protected override render(): unknown {
    switch (this.status) {
      case 'ready':
        return this.renderData(this.disclosure!);
      case 'error':
        return html`<div role="alert">${this.errorMessage}${this.problems.map((p) => html`<p>${p.path}: ${p.message[this.locale]}</p>`)}</div>`;
      default:
        return this.renderSkeleton();
    }
  }
}
