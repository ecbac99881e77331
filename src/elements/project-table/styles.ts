/** Styles of <project-table> beyond the shared table styles of shared/table-styles.ts. */
import { css } from 'lit';

export const projectStyles = css`
  .filter { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.375em; }
  .filter input { min-height: 2.25em; padding: 0.25em 0.5em; border: 1px solid var(--_muted); border-radius: var(--_radius); background: var(--_bg); inline-size: min(16em, 100%); }
  .count { margin: 0; font-size: 0.875em; color: var(--_muted); }
  thead th.sortable { padding: 0; }
  .sort { display: flex; align-items: center; justify-content: center; gap: 0.25em; inline-size: 100%; min-height: 2.5em; padding: 0.3em 0.5em; border: 0; background: none; font-weight: 600; cursor: pointer; }
  .sort:hover { text-decoration: underline; }
  .sort .group { display: block; font-weight: 400; font-size: 0.8125em; color: var(--_muted); }
  .sort .arrow { color: var(--_accent); min-inline-size: 0.75em; }
  .sub { display: block; font-size: 0.8125em; color: var(--_muted); }
  /*
   * The project name stays in view (sticky, opaque) while the amounts scroll under it. Collapsed
   * borders do not travel with a sticky cell, so its edge is drawn by ::after: a border (kept in
   * forced colours) and a faint shadow over the cells sliding beneath.
   */
  thead th:first-child, tbody tr[data-id] > th, tfoot th {
    position: sticky; inset-inline-start: 0; z-index: 1;
    /* The table's start border does not move with the cell; without this, scrolled text peeks through it. */
    box-shadow: calc(-1 * var(--_border-width)) 0 0 var(--_border);
  }
  /* The 筛选后合计 label is long; it wraps rather than widen the name column. */
  tfoot th { min-inline-size: 6em; }
  tbody tr[data-id] > th, tfoot th { background: var(--_bg); }
  thead th:first-child::after, tbody tr[data-id] > th::after, tfoot th::after {
    content: ''; position: absolute; inset-block: 0; inset-inline-end: calc(-1 * var(--_border-width)); inline-size: 0.375em;
    transform: translateX(100%); pointer-events: none;
    border-inline-start: var(--_border-width) solid var(--_border);
    background: linear-gradient(to right, rgb(0 0 0 / 0.12), transparent);
  }
  /*
   * 功能分类 and 预算单位 repeat long texts on every row: they wrap at about 6em (10em in wide
   * containers) so 合计 and the share come into view sooner. A width on a cell is the column's
   * preferred width in auto table layout; spare room still goes to the other columns first.
   * Narrow first: the wider columns and the share bars come with a container query below, so a
   * browser without container queries (Chromium < 105, Safari < 16) gets the layout that fits a phone.
   */
  tbody tr[data-id] > th { min-inline-size: 6em; }
  td.text { inline-size: 6em; min-inline-size: 6em; }
  td.code { inline-size: 6em; }
  td.code .sub { white-space: normal; }
  td.share { white-space: nowrap; }
  /* The percentage alone when narrow: the bar (aria-hidden) would cost the share column a third of a phone's width. */
  .bar { display: none; inline-size: 3em; block-size: 0.625em; margin-inline-end: 0.375em; background: var(--_surface); border: 1px solid var(--_border); vertical-align: middle; }
  .bar > span { display: block; block-size: 100%; background: var(--_accent); }
  tr.detail > td { background: var(--_bg); padding: var(--_space) calc(var(--_space) * 2); }
  /* The details stay within the visible width while the wide table scrolls sideways. */
  .detail-body { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.375em; max-inline-size: min(60em, calc(100vw - 4em)); max-inline-size: min(60em, calc(100cqi - 2.5em)); position: sticky; inset-inline-start: calc(var(--_space) * 2); white-space: normal; }
  .indicators th, .indicators td { padding: 0.2em 0.35em; }
  .detail-body p { margin: 0; }
  .label { font-weight: 600; text-align: start; }
  .facts { display: flex; flex-wrap: wrap; gap: 0.25em 1.5em; margin: 0; font-size: 0.875em; }
  .facts dt { display: inline; color: var(--_muted); }
  .facts dt::after { content: '：'; }
  .facts dd { display: inline; margin: 0; }
  .indicators { font-size: 0.875em; }
  .indicators tbody th { font-weight: 400; }
  tr.filtered > * { font-style: italic; }
  .warn { color: var(--_error); font-weight: 600; }
  .muted { color: var(--_muted); }
  .pager { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  .pager [aria-disabled='true'] { color: var(--_muted); cursor: not-allowed; }
  .pager select { min-height: 2.25em; }
  @container (width > 40em) {
    tbody tr[data-id] > th { min-inline-size: 8em; }
    td.text { inline-size: 10em; }
    td.code { inline-size: 8em; }
    td.share { min-inline-size: 6.5em; }
    .bar { display: inline-block; }
  }
  @media (forced-colors: active) {
    thead th:first-child::after, tbody tr[data-id] > th::after, tfoot th::after { border-color: CanvasText; background: none; }
  }
  @media print {
    thead th:first-child, tbody tr[data-id] > th, tfoot th { position: static; }
    thead th:first-child::after, tbody tr[data-id] > th::after, tfoot th::after { content: none; }
    td.text, td.code { min-inline-size: 0; inline-size: auto; }
    tbody tr[data-id] > th { min-inline-size: 5em; }
  }
`;
