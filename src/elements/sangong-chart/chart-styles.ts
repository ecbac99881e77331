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
    border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: 0.25em 0.75em; min-height: 2rem; cursor: pointer;
    display: inline-flex; align-items: center; gap: 0.375em;
  }
  button[aria-pressed='true'] { background: var(--_accent); color: var(--_accent-text); border-color: var(--_accent); }
  button[aria-disabled='true'] { cursor: not-allowed; }
  .legend button[aria-pressed='false'] { text-decoration: line-through; color: var(--_muted); }
  .legend button[aria-pressed='true'] { background: var(--_surface); color: var(--_text); border-color: var(--_text); }
  .swatch { width: 1em; height: 1em; flex: none; border: 1px solid var(--_text); }
  select { font: inherit; font-size: 0.875em; padding: 0.25em; min-height: 2rem; color: var(--_text); background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); }
  label { font-size: 0.875em; display: inline-flex; gap: 0.375em; align-items: center; }
  .description { margin: 0; font-size: 0.875em; line-height: 1.6; }
  .chart { position: relative; min-width: 0; }
  svg { display: block; overflow: visible; font-size: 12px; }
  svg text { fill: var(--_text); }
  svg .tick text, svg .muted-text { fill: var(--_muted); }
  svg .grid { stroke: var(--_border); stroke-width: 1; }
  svg .axis { stroke: var(--_text); stroke-width: 1; }
  svg .change { font-weight: 600; }
  svg .mark { stroke: var(--_text); stroke-width: 0.5; cursor: pointer; }
  svg .mark.zero { stroke-width: 1; }
  svg .mark:focus { outline: none; }
  svg .mark:focus-visible, svg .mark.active { stroke: var(--_text); stroke-width: 3; }
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
  th, td { border: 1px solid var(--_border); padding: 0.25em 0.5em; text-align: start; }
  td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  thead th { background: var(--_surface); }
  .note { font-size: 0.8125em; color: var(--_muted); margin: 0.25em 0 0; }
  .skeleton { min-height: 26rem; border-radius: var(--_radius); background: var(--_surface); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  @media (prefers-reduced-motion: no-preference) {
    svg .mark { transition: x 200ms ease-out, y 200ms ease-out, width 200ms ease-out, height 200ms ease-out; }
    .skeleton { animation: pulse 1.5s ease-in-out infinite; }
    @keyframes pulse { 50% { opacity: 0.6; } }
  }
  @media (forced-colors: active) {
    svg .mark { stroke: CanvasText; }
    button[aria-pressed='true'] { border: 2px solid Highlight; }
  }
`;
