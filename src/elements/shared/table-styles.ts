/**
 * Table styles shared by <budget-table> and <project-table>. Only the private theme tokens
 * (--_*) of shared/theme.ts are used, so a site restyles both with the public --budget-* ones.
 * Sizes are in em/rem so site "large text" modes and 200% zoom scale everything.
 */
import { css } from 'lit';

export const tableStyles = css`
  .base { container-type: inline-size; display: grid; gap: var(--_space); }
  .toolbar { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  .toolbar .spacer { flex: 1 1 auto; }
  button, select, input { font: inherit; color: inherit; }
  .btn {
    min-height: 2.25em; padding: 0.25em 0.75em; border: 1px solid var(--_muted); border-radius: var(--_radius);
    background: var(--_surface); cursor: pointer;
  }
  .btn:hover { border-color: var(--_accent); }
  .btn[disabled] { cursor: not-allowed; color: var(--_muted); border-color: var(--_border); }
  /*
   * Scroll cue, pure CSS: a shadow fixed to the region's right edge (attachment scroll) and, above it,
   * a cover in the widget background that travels with the content (attachment local) and hides the
   * shadow once the end is reached. Opaque cells (headings, totals) paint over it; the body rows,
   * which are transparent, show it. The region's name already says it scrolls, so nothing relies on it.
   */
  .scroll {
    overflow-x: auto; max-width: 100%; border-radius: var(--_radius);
    background:
      linear-gradient(to left, var(--_bg) 1.25em, transparent) 100% 0 / 2.5em 100% no-repeat local,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.22), transparent) 100% 0 / 1em 100% no-repeat scroll;
  }
  .scroll:focus-visible { outline: var(--_focus); outline-offset: 2px; }
  table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; line-height: 1.4; }
  /* The caption stays within the visible width while the table scrolls sideways under it
     (without container units, Chromium < 105 and Safari < 16: within the window's). */
  caption { caption-side: top; text-align: start; padding-block-end: var(--_space); max-inline-size: calc(100vw - 3rem); max-inline-size: 100cqi; position: sticky; inset-inline-start: 0; }
  caption .title { display: block; font-weight: 700; font-size: 1.0625em; }
  caption .meta { display: block; font-size: 0.875em; color: var(--_muted); }
  th, td { border: var(--_border-width) solid var(--_border); padding: 0.3em 0.5em; vertical-align: top; }
  /* min 4em: a squeezed column would otherwise stack a Chinese heading one character per line. */
  thead th { background: var(--_surface); font-weight: 600; text-align: center; vertical-align: middle; min-inline-size: 4em; }
  tbody th { font-weight: 400; text-align: start; min-inline-size: 8em; }
  td.text { min-inline-size: 8em; }
  td.num { text-align: end; white-space: nowrap; }
  td.code { white-space: nowrap; font-variant-numeric: tabular-nums; }
  td.empty { color: var(--_muted); }
  tr.total > *, tr.subtotal > * { font-weight: 700; }
  tr.total > * { background: var(--_surface); }
  tr[hidden] { display: none; }
  tbody th.level-0 { font-weight: 600; }
  tbody th.level-1 { padding-inline-start: 1.75em; }
  tbody th.level-2 { padding-inline-start: 3em; }
  .toggle {
    display: inline-flex; align-items: baseline; gap: 0.375em; padding: 0.125em 0.25em; margin: -0.125em -0.25em;
    border: 0; background: none; text-align: start; cursor: pointer; font-weight: inherit; border-radius: var(--_radius);
  }
  .toggle:hover { text-decoration: underline; }
  .icon { display: inline-block; width: 0.75em; flex: none; text-align: center; color: var(--_accent); }
  [aria-expanded='true'] > .icon { transform: rotate(90deg); }
  @media (prefers-reduced-motion: no-preference) { .icon { transition: transform 120ms ease-out; } }
  .leaf-pad { display: inline-block; width: 0.75em; margin-inline-end: 0.375em; }
  .notes, .empty-note { margin: 0; font-size: 0.875em; color: var(--_muted); }
  .notes ul { margin: 0.25em 0 0; padding-inline-start: 1.25em; }
  .empty-note { color: var(--_text); }
  /* Not on the error state, whose red border comes from shared/states.ts. */
  .state:not(.error) { padding: var(--_space); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
  .state:not(.error) p { margin: 0; }
  .state ul { margin: 0.25em 0 0; padding-inline-start: 1.25em; }
  code { font-family: ui-monospace, 'SFMono-Regular', Consolas, monospace; font-size: 0.9em; }
  .skeleton { display: grid; gap: 0.4em; min-height: var(--_skeleton-height, 16rem); }
  /* Full width: project-table's share bars (.bar) would otherwise make these 4em wide. */
  .skeleton .bar { display: block; width: auto; height: 1.6em; margin: 0; border: 0; border-radius: var(--_radius); background: var(--_surface); }
  .skeleton .bar.head { width: 60%; }
  @media (forced-colors: active) {
    .btn, .toggle { border: 1px solid ButtonText; }
    tr.total > * { background: Canvas; }
    .scroll { background: none; }
  }
  @media print {
    /* Controls and their glyphs hidden; the whole table printed (no scroll box), rows never split, headings repeated. */
    .toolbar, .pager, .filter, .download, .btn, .icon, .arrow { display: none !important; }
    /* Sort and row buttons print as their text: Chromium leaves a button blank in a repeated heading row. */
    th .sort, th .toggle { display: contents; }
    /* 合计 once, after the last row (a footer group repeats on every page); collapsed rows printed too. */
    tfoot { display: table-row-group; }
    tr[hidden] { display: table-row; }
    .scroll { overflow: visible; background: none; }
    caption { position: static; max-inline-size: none; }
    thead { display: table-header-group; }
    tr, caption { break-inside: avoid; }
    /* A wide table shrinks to the paper rather than run off its edge. */
    table { font-size: 0.8em; }
    th, td { min-inline-size: 0; }
  }
`;
