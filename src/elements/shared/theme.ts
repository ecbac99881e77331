/**
 * Theme tokens. Public `--budget-*` custom properties are inherited from the page (one rule
 * on body restyles every widget); each is read once on :host into a private `--_*` name with
 * a literal fallback, and element styles use only the private names.
 *
 * | public token                   | private           | default            | used for                                     |
 * |--------------------------------|-------------------|--------------------|----------------------------------------------|
 * | --budget-color-text            | --_text           | #1f2328            | text, axes, mark outlines                    |
 * | --budget-color-muted           | --_muted          | #57606a            | secondary text, ticks, control borders       |
 * | --budget-color-background      | --_bg             | #ffffff            | widget background                            |
 * | --budget-color-surface         | --_surface        | #f6f8fa            | table headings, tiles, skeletons             |
 * | --budget-color-border          | --_border         | #d0d7de            | cell and tile borders                        |
 * | --budget-color-grid            | --_grid           | #d0d7de            | chart grid lines (decorative)                |
 * | --budget-color-accent          | --_accent         | #0b5cad            | pressed buttons, links, icons, big numbers   |
 * | --budget-color-on-accent       | --_accent-text    | #ffffff            | text on the accent colour                    |
 * | --budget-color-increase        | --_increase       | #b42318            | an increase (red, Chinese convention)        |
 * | --budget-color-decrease        | --_decrease       | #1a7f37            | a decrease                                   |
 * | --budget-color-error           | --_error          | #b42318            | errors and failed checks                     |
 * | --budget-color-focus           | --_focus-color    | #0b5cad            | the focus ring                               |
 * | --budget-color-on-series       | --_on-series      | #ffffff            | text drawn on a series colour                |
 * | --budget-series-1 … -6         | --_series-1 … -6  | see themes.ts      | chart series (each also has a texture)       |
 * | --budget-font-family           | --_font           | system-ui, CJK…    | all text                                     |
 * | --budget-font-scale            | --_scale          | 1                  | multiplies every size (长者版: 1.25)          |
 * | --budget-space                 | --_space          | 0.5rem             | the spacing unit                             |
 * | --budget-radius                | --_radius         | 0.25rem            | corner radius                                |
 * | --budget-focus-width           | --_focus-width    | 0.1875rem          | thickness of the focus ring                  |
 * | --budget-focus-ring            | --_focus          | width solid colour | the whole outline shorthand (overrides both) |
 * | --budget-mark-outline-width    | --_mark-outline   | 0.5                | outline of chart bars (SVG user units)       |
 * | --budget-border-width          | --_border-width   | 1px                | table and tile borders                       |
 *
 * Presets: `theme="dark" | "gov-red" | "high-contrast" | "default"` on any element sets the
 * public tokens on that element (beating values inherited from the page, losing to a rule that
 * targets the element itself); `theme="auto"` is dark only when the system prefers dark. The
 * same presets exist as page stylesheets (dist/themes/*.css). Values live in themes.ts; the
 * literal fallbacks below repeat its DEFAULTS (test/browser/theme.test.ts checks they agree).
 * The preset rules (theme-presets.ts) are a dynamic import, loaded the first time an element has
 * a `theme`: pages that never set one do not download them, and an element waits for them
 * before it renders (ThemedElement), so it never shows in the wrong colours.
 *
 * Forced colours (Windows high contrast): the private colours become system colours, so
 * marks are CanvasText with their textures in Canvas and the focus ring is Highlight.
 */
import { adoptStyles, css, LitElement, supportsAdoptingStyleSheets, type CSSResult } from 'lit';
import { property } from 'lit/decorators.js';
import { renderTurn } from './render-turns.js';

/** The preset rules, once some element asked for them. */
let presets: Promise<CSSResult> | undefined;

/**
 * The base of BudgetElement that applies the `theme` attribute: an update of an element with a
 * theme first waits for the preset rules and adopts them into its shadow root, so the first
 * render is already in the preset's colours. Once adopted, updates run as in any LitElement.
 */
export abstract class ThemedElement extends LitElement {
  /** A preset: "dark", "gov-red", "high-contrast", "default" or "auto"; unset: the page's tokens; another value: the default look (reported once in the console). */
  @property({ reflect: true }) theme?: string;

  private themed = false;

  protected override scheduleUpdate(): void | Promise<unknown> {
    // Each widget in its turn (render-turns.ts): several on a page render in separate tasks.
    const turn = renderTurn();
    return turn ? turn.then(() => this.themedUpdate()) : this.themedUpdate();
  }

  private themedUpdate(): void | Promise<unknown> {
    if (!this.theme || this.themed) return super.scheduleUpdate();
    presets ??= import('./theme-presets.js').then((m) => m.presetStyles);
    return presets
      .then(
        (rules) => {
          this.themed = true;
          // Added to what the root has (a view loaded on demand may have added its sheet); where shadow roots cannot adopt sheets, Lit appends a <style>.
          const root = this.renderRoot as ShadowRoot;
          adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, rules] : [rules]);
        },
        (e: unknown) => {
          // The content matters more than the colours: render in the page's tokens, retry next update.
          presets = undefined;
          console.error('[budget-widgets] the theme presets could not be loaded', e);
        },
      )
      .then(() => super.scheduleUpdate());
  }
}

/** The token wiring every element shares. */
export const themeStyles = css`
  :host {
    --_text: var(--budget-color-text, #1f2328);
    --_muted: var(--budget-color-muted, #57606a);
    --_bg: var(--budget-color-background, #ffffff);
    --_surface: var(--budget-color-surface, #f6f8fa);
    --_border: var(--budget-color-border, #d0d7de);
    --_grid: var(--budget-color-grid, #d0d7de);
    --_accent: var(--budget-color-accent, #0b5cad);
    --_accent-text: var(--budget-color-on-accent, #ffffff);
    --_increase: var(--budget-color-increase, #b42318);
    --_decrease: var(--budget-color-decrease, #1a7f37);
    --_error: var(--budget-color-error, #b42318);
    --_focus-color: var(--budget-color-focus, #0b5cad);
    --_on-series: var(--budget-color-on-series, #ffffff);
    --_series-1: var(--budget-series-1, #0b5cad);
    --_series-2: var(--budget-series-2, #c2410c);
    --_series-3: var(--budget-series-3, #1a7f37);
    --_series-4: var(--budget-series-4, #7c3aed);
    --_series-5: var(--budget-series-5, #975a06);
    --_series-6: var(--budget-series-6, #be185d);
    /* Every common Chinese system font by name, Linux's (信创 UOS, Kylin) too: otherwise Chinese
       there is set in whatever the browser's per-character fallback finds, looked up character
       by character during the first layout. */
    --_font: var(--budget-font-family, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif);
    --_scale: var(--budget-font-scale, 1);
    --_space: var(--budget-space, 0.5rem);
    --_radius: var(--budget-radius, 0.25rem);
    --_focus-width: var(--budget-focus-width, 0.1875rem);
    --_focus: var(--budget-focus-ring, var(--_focus-width) solid var(--_focus-color));
    --_mark-outline: var(--budget-mark-outline-width, 0.5);
    --_border-width: var(--budget-border-width, 1px);
    display: block;
    font-family: var(--_font);
    font-size: calc(1rem * var(--_scale));
    color: var(--_text);
    background: var(--_bg);
    /* Text from the data (names, titles) may be one unbreakable run of any length: it wraps
       inside the widget rather than pushing the page sideways. Inherited by every text box. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) { display: none; }
  :focus-visible { outline: var(--_focus); outline-offset: 0.125rem; }

  @media (forced-colors: active) {
    :host {
      --_text: CanvasText; --_muted: CanvasText; --_bg: Canvas; --_surface: Canvas; --_border: CanvasText; --_grid: GrayText;
      --_accent: Highlight; --_accent-text: HighlightText; --_increase: CanvasText; --_decrease: CanvasText; --_error: CanvasText;
      --_focus-color: Highlight; --_on-series: Canvas;
      --_series-1: CanvasText; --_series-2: CanvasText; --_series-3: CanvasText;
      --_series-4: CanvasText; --_series-5: CanvasText; --_series-6: CanvasText;
    }
    /* Marks keep their system colours and textures rather than being flattened by the browser. */
    svg { forced-color-adjust: none; }
  }
  @media print {
    /* Ink on white whatever the preset, patterns and outlines printed exactly. */
    :host {
      --_text: #000; --_muted: #333; --_bg: #fff; --_surface: #fff; --_border: #555;
      --_mark-outline: 1; color-scheme: light;
      print-color-adjust: exact; -webkit-print-color-adjust: exact;
    }
    .tooltip, .visually-hidden[role='status']:empty { display: none !important; }
  }
`;
