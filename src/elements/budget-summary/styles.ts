/** Styles of <budget-summary> beyond the shared chart styles. */
import { css } from 'lit';

export const summaryStyles = css`
  .base { container-type: inline-size; }
  /* 13rem: room for a 元 amount such as 97,579,235.48 in one line (11rem broke it mid-number). */
  .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr)); gap: var(--_space); margin: 0; }
  .tile { border: var(--_border-width) solid var(--_border); border-radius: var(--_radius); padding: var(--_space); background: var(--_surface); display: grid; gap: 0.125rem; align-content: start; }
  /* Two columns only where the container query says they fit: a browser without container
     queries (Chromium < 105, Safari < 16) keeps one, which fits every width (README: Browser support). */
  @container (width > 24rem) { .tile.wide { grid-column: span 2; } }
  dt { font-size: 0.875em; color: var(--_muted); }
  dd { margin: 0; }
  /* An amount never breaks inside its digits (the host's overflow-wrap: anywhere would split
     97,579,235.48 across lines); it shrinks with its tile instead (the tile is a size container). */
  .tile { container-type: inline-size; }
  .value { font-size: 1.5em; font-size: min(1.5em, 10.5cqi); font-weight: 700; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
  .value .u { font-size: 0.5em; font-weight: 400; margin-inline-start: 0.25em; color: var(--_muted); }
  .change { font-size: 0.875em; }
  .change.down { color: var(--_decrease); }
  .change.up { color: var(--_increase); }
  .source { font-size: 0.75em; color: var(--_muted); }
  .split { display: flex; height: 0.875rem; border: 1px solid var(--_text); border-radius: 2px; overflow: hidden; margin: 0.25rem 0; }
  .split .basic, .key.basic { background: var(--_series-1); }
  .split .project, .key.project {
    background: repeating-linear-gradient(45deg, var(--_series-2) 0 3px, var(--_bg) 3px 5px);
  }
  .split-text { margin: 0; font-size: 0.875em; display: flex; flex-wrap: wrap; gap: 0 1em; }
  .key { display: inline-block; width: 0.75em; height: 0.75em; border: 1px solid var(--_text); margin-inline-end: 0.25em; vertical-align: -0.05em; }
  .drill { display: grid; gap: var(--_space); }
  h3 { font-size: 1em; margin: 0; }
  .crumbs { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0; padding: 0; align-items: center; font-size: 0.875em; }
  .crumbs li + li::before { content: '›'; margin-inline-end: 0.25rem; color: var(--_muted); }
  .crumbs li[aria-current] { font-weight: 600; }
  .legend { display: flex; gap: 1em; font-size: 0.875em; }
  .legend > span { display: inline-flex; gap: 0.375em; align-items: center; }
  svg .hit { fill: transparent; stroke: none; cursor: default; }
  svg .drillable .hit { cursor: pointer; }
  svg .hit:hover { fill: var(--_surface); }
  svg .hit:focus { outline: none; }
  svg .hit:focus-visible, svg .hit.active { stroke: var(--_focus-color); stroke-width: calc(var(--_mark-outline) + 1.5); }
  svg .bar { stroke: var(--_text); stroke-width: var(--_mark-outline); pointer-events: none; }
  svg .row text { pointer-events: none; }
  svg .name { font-weight: 600; }
  th.level-1 { padding-inline-start: 1.5em; font-weight: 400; }
  th.level-2 { padding-inline-start: 3em; font-weight: 400; }
  th.level-0 { font-weight: 600; }
  .checks { border-top: 1px solid var(--_border); padding-top: var(--_space); font-size: 0.875em; }
  .checks h4 { margin: 0.5em 0 0.25em; }
  .checks ul { margin: 0; padding-inline-start: 1.25em; }
  .checks .rule { font-family: ui-monospace, monospace; font-size: 0.9em; }
  .tiles-skeleton { min-height: 8rem; }
  @media (forced-colors: active) {
    /* the split bar and its keys are drawn in system colours (theme.ts maps the series) */
    .split, .key { forced-color-adjust: none; border-color: CanvasText; }
    svg .hit:focus-visible, svg .hit.active { stroke: Highlight; }
  }
  @media print {
    .tiles { grid-template-columns: repeat(3, 1fr); }
    .checks { break-before: auto; }
  }
`;
