/**
 * Styles common to the chart elements (<sangong-chart>, <budget-summary>): header, toggle
 * buttons, legend, tooltip, the equivalent table, focus rings on SVG marks. Private tokens
 * only (`--_*`, from theme.ts); sizes in rem/em so site large-text modes scale them.
 */
import { css } from 'lit';

export const chartStyles = css`
  .base { display: grid; gap: var(--_space); }
  header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: var(--_space); }
  h2 { font-size: 1.125em; margin: 0; }
  .unit, .muted { color: var(--_muted); font-size: 0.875em; }
  .controls { display: flex; flex-wrap: wrap; gap: var(--_space) calc(var(--_space) * 2); align-items: center; }
  .group { display: inline-flex; flex-wrap: wrap; gap: 0.25rem; }
  button {
    font: inherit; font-size: 0.875em; color: var(--_text); background: var(--_bg);
    border: 1px solid var(--_muted); border-radius: var(--_radius);
    padding: 0.25em 0.75em; min-height: 2rem; cursor: pointer;
    display: inline-flex; align-items: center; gap: 0.375em;
  }
  button[aria-pressed='true'] { background: var(--_accent); color: var(--_accent-text); border-color: var(--_accent); }
  button[aria-disabled='true'] { cursor: not-allowed; }
  .legend button[aria-pressed='false'] { text-decoration: line-through; color: var(--_muted); }
  .legend button[aria-pressed='true'] { background: var(--_surface); color: var(--_text); border-color: var(--_text); }
  .swatch { width: 1em; height: 1em; flex: none; border: 1px solid var(--_text); }
  select { font: inherit; font-size: 0.875em; padding: 0.25em; min-height: 2rem; color: var(--_text); background: var(--_bg); border: 1px solid var(--_muted); border-radius: var(--_radius); }
  label { font-size: 0.875em; display: inline-flex; gap: 0.375em; align-items: center; }
  .description { margin: 0; font-size: 0.875em; line-height: 1.6; }
  .chart { position: relative; min-width: 0; }
  svg { display: block; overflow: visible; font-size: 12px; }
  svg text { fill: var(--_text); }
  svg .tick text, svg .muted-text { fill: var(--_muted); }
  svg .grid { stroke: var(--_grid); stroke-width: 1; }
  svg .axis { stroke: var(--_text); stroke-width: 1; }
  svg .change { font-weight: 600; }
  /* pattern colours (patterns.ts): the series under a texture drawn in the background colour */
  .pattern-fill.s1 { fill: var(--_series-1); } .pattern-fill.s2 { fill: var(--_series-2); }
  .pattern-fill.s3 { fill: var(--_series-3); } .pattern-fill.s4 { fill: var(--_series-4); }
  .pattern-fill.s5 { fill: var(--_series-5); } .pattern-fill.s6 { fill: var(--_series-6); }
  .texture { stroke: var(--_bg); fill: none; }
  .texture.dots { fill: var(--_bg); }
  svg .mark { stroke: var(--_text); stroke-width: var(--_mark-outline); cursor: pointer; }
  svg .mark.zero { stroke-width: calc(var(--_mark-outline) + 0.5); }
  svg .mark:focus { outline: none; }
  /* the focus ring of a mark is its outline thickened: 3:1 against the background in every preset */
  svg .mark:focus-visible, svg .mark.active { stroke: var(--_focus-color); stroke-width: calc(var(--_mark-outline) + 2.5); }
  .tooltip {
    position: absolute; z-index: 1; pointer-events: none; max-width: min(20rem, 90%);
    transform: translate(-50%, calc(-100% - 0.5rem));
    background: var(--_text); color: var(--_bg); padding: 0.375em 0.625em; border-radius: var(--_radius);
    font-size: 0.8125em; line-height: 1.4; box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
  }
  .tooltip[hidden] { display: none; }
  details > summary { cursor: pointer; font-size: 0.875em; width: max-content; padding: 0.25em 0; color: var(--_accent); }
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; font-size: 0.875em; margin-top: var(--_space); min-width: 100%; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.25em; }
  th, td { border: var(--_border-width) solid var(--_border); padding: 0.25em 0.5em; text-align: start; }
  td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  thead th { background: var(--_surface); }
  .note { font-size: 0.8125em; color: var(--_muted); margin: 0.25em 0 0; }
  /* the look and pulse of the loading block are .skeleton-block's (shared/states.ts) */
  .skeleton { min-height: 26rem; }
  @media (prefers-reduced-motion: no-preference) {
    svg .mark { transition: x 200ms ease-out, y 200ms ease-out, width 200ms ease-out, height 200ms ease-out; }
  }
  /* the download group (export-image.ts) */
  .export { align-items: center; }
  .export-label { font-size: 0.875em; color: var(--_muted); }
  .export-error { color: var(--_error); font-size: 0.875em; margin: 0; }
  @media (forced-colors: active) {
    /* theme.ts maps the series to CanvasText and the textures to Canvas; outlines stay visible */
    svg .mark { stroke: CanvasText; }
    svg .mark:focus-visible, svg .mark.active { stroke: Highlight; }
    .swatch { forced-color-adjust: none; border-color: CanvasText; }
    button { border-color: ButtonText; }
    button[aria-pressed='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; border: 2px solid Highlight; }
    .legend button[aria-pressed='false'] { color: GrayText; }
  }
  @media print {
    /* Interactive controls hidden; the legend stays as a plain key (hidden series dropped). */
    .controls select, .controls label, .controls .group:not(.legend), .export, .export-error { display: none !important; }
    .crumbs button { border: 0; background: none; padding: 0; min-height: 0; color: #000; }
    .legend button { border: 0; background: none; padding: 0; min-height: 0; cursor: auto; color: #000; }
    .legend button[aria-pressed='false'] { display: none; }
    .chart, tr, .tile { break-inside: avoid; }
    thead { display: table-header-group; }
    /* the equivalent table is printed open under the chart */
    details > summary { display: none; }
    details::details-content { content-visibility: visible; display: contents; }
    .table-wrap { overflow: visible; }
    svg .mark { cursor: auto; }
  }
`;
