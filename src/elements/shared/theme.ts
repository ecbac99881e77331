/**
 * Theme tokens. Public `--budget-*` custom properties are inherited from the page (one rule
 * on body restyles every widget); each is read once on :host into a private `--_*` name with
 * a literal fallback, and element styles use only the private names.
 */
import { css } from 'lit';

export const themeStyles = css`
  :host {
    --_text: var(--budget-color-text, #1f2328);
    --_muted: var(--budget-color-muted, #57606a);
    --_bg: var(--budget-color-background, #ffffff);
    --_surface: var(--budget-color-surface, #f6f8fa);
    --_border: var(--budget-color-border, #d0d7de);
    --_accent: var(--budget-color-accent, #0b5cad);
    --_accent-text: var(--budget-color-on-accent, #ffffff);
    --_increase: var(--budget-color-increase, #b42318);
    --_decrease: var(--budget-color-decrease, #1a7f37);
    --_error: var(--budget-color-error, #b42318);
    --_series-1: var(--budget-series-1, #0b5cad);
    --_series-2: var(--budget-series-2, #c2410c);
    --_series-3: var(--budget-series-3, #1a7f37);
    --_series-4: var(--budget-series-4, #7c3aed);
    --_series-5: var(--budget-series-5, #a16207);
    --_series-6: var(--budget-series-6, #be185d);
    --_font: var(--budget-font-family, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    --_scale: var(--budget-font-scale, 1);
    --_space: var(--budget-space, 0.5rem);
    --_radius: var(--budget-radius, 0.25rem);
    --_focus: var(--budget-focus-ring, 0.1875rem solid #0b5cad);
    display: block;
    font-family: var(--_font);
    font-size: calc(1rem * var(--_scale));
    color: var(--_text);
    background: var(--_bg);
  }
  :host([hidden]) { display: none; }
  :focus-visible { outline: var(--_focus); outline-offset: 2px; }
`;
