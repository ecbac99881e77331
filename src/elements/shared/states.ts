/**
 * Templates and styles of the states every widget shares: loading (a generic skeleton),
 * error (the failure in plain words, with a retry), empty (a sentence), and the source footer.
 * Everything from the data goes through Lit text bindings; the footer links only to a source
 * document on the site (sourceHref).
 */
import { css, nothing, type TemplateResult } from 'lit';
import { html } from './data-text.js';
import type { LoadError } from '../../model/load-errors.js';
import type { Department } from '../../model/schema.js';
import type { DataSource } from './events.js';
import type { Locale } from './locale.js';
import { describeFailure, sharedWords, sourcePhrases } from './strings.js';

export const stateStyles = css`
  /* The one definition for every element (element styles come after and may not redefine it). */
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  .state { box-sizing: border-box; padding: var(--_space); }
  .skeleton-block {
    min-height: var(--budget-skeleton-height, 12rem);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-block { animation: budget-pulse 1.6s ease-in-out infinite; }
    @keyframes budget-pulse { 50% { opacity: 0.55; } }
  }
  .error {
    border: var(--_border-width) solid var(--_error);
    border-inline-start-width: 0.25rem;
    border-radius: var(--_radius);
  }
  .error p, .error ul { margin: 0 0 calc(var(--_space) / 2); }
  .error-title { font-weight: bold; color: var(--_error); }
  .error .where { color: var(--_muted); font-size: 0.875em; }
  .retry {
    font: inherit; font-size: 0.875em; cursor: pointer;
    padding: 0.25em 1em; min-height: 2.25em; min-width: 2.75em;
    color: var(--_accent-text); background: var(--_accent);
    border: var(--_border-width) solid var(--_accent); border-radius: var(--_radius);
  }
  .empty { color: var(--_muted); }
  .empty p { margin: 0; }
  footer.source-footer {
    display: block; margin-top: var(--_space); padding-top: calc(var(--_space) / 2);
    border-top: var(--_border-width) solid var(--_border);
    font-size: 0.8125em; color: var(--_muted);
  }
  footer.source-footer p { margin: 0; }
  footer.source-footer a { color: var(--_accent); }
  @media (forced-colors: active) {
    .skeleton-block { border: 1px solid CanvasText; }
    .retry { border-color: ButtonText; }
  }
`;

/** The generic loading block: a live "loading" line for screen readers and a surface of fixed height. */
export function skeletonTemplate(locale: Locale): TemplateResult {
  return html`<div part="base skeleton" class="state loading" aria-busy="true">
    <p class="visually-hidden" role="status" aria-live="polite">${sharedWords(locale).loading}</p>
    <div class="skeleton-block" aria-hidden="true"></div>
  </div>`;
}

/** The error state: an alert with the failure, and a retry button when `retry` is given. */
export function errorTemplate(e: LoadError, source: DataSource, locale: Locale, retry?: () => void): TemplateResult {
  const ui = sharedWords(locale);
  const w = describeFailure(e, source, locale);
  const colon = ui.colon;
  return html`<div part="base error" class="state error">
    <div role="alert">
      <p class="error-title">${ui.errorTitle}</p>
      <p class="error-summary">${w.summary}</p>
      ${w.problems.length
        ? html`<ul class="problems">${w.problems.map((p) => html`<li><code>${p.path}</code>${colon}${p.message}</li>`)}</ul>`
        : nothing}
      ${w.more ? html`<p class="more">${ui.more(w.more)}</p>` : nothing}
      ${w.where ? html`<p class="where">${w.isUrl ? ui.address : ui.from}<span class="url">${w.where}</span></p>` : nothing}
    </div>
    ${retry ? html`<button type="button" part="retry-button" class="retry" @click=${retry}>${ui.retry}</button>` : nothing}
  </div>`;
}

/** A sentence for a widget whose data lacks what it shows (e.g. no 三公 table). */
export function emptyTemplate(message: string | TemplateResult): TemplateResult {
  return html`<div part="base empty" class="state empty" role="note"><p>${message}</p></div>`;
}

/**
 * `department.source.url` resolved against the data file, when the footer may link to it: an
 * http(s) address, without user name or password, on the site — the page's origin or the data
 * file's (data/README.md). Anything else (javascript:, data:, another site, `//other.example/x`,
 * `https://www.cq.gov.cn@evil.example/`) gives no link: the footer names the document only. A
 * government page lends its trust to every link on it, and the format promises a document on the
 * same site, so the kit makes no link the data has no business asking for (`budget-kit validate`
 * warns the editor instead).
 */
export function sourceHref(url: string | undefined, base: string | undefined): string | undefined {
  try {
    const u = new URL(url!, base ?? document.baseURI);
    // On the site, and nothing before the host: an address of another scheme (javascript:, data:,
    // blob:) or with a user name or password does not begin with its origin and a slash.
    return url && [location.origin, base && new URL(base).origin].includes(u.origin) && u.href.startsWith(`${u.origin}/`) ? u.href : undefined;
  } catch {}
}

/**
 * The footer naming the source: department, year and kind, unit, publication date, document.
 * role="none": a <footer> outside sectioning content is a contentinfo landmark, and a page
 * with several widgets would have several (axe: landmark-no-duplicate-contentinfo).
 */
export function footerTemplate(d: Department, locale: Locale, base: string | undefined, shown?: string): TemplateResult {
  const ui = sharedWords(locale);
  const href = sourceHref(d.source?.url, base);
  const title = d.source?.title;
  const colon = ui.colon;
  const sep = ui.comma;
  return html`<footer part="footer source" class="source-footer" role="none">
    <p>${ui.source}${colon}${sourcePhrases(d, locale, shown).join(sep)}${title
      ? html`${sep}${href ? html`<a part="source-link" href=${href}>${title}</a>` : title}`
      : nothing}</p>
  </footer>`;
}
