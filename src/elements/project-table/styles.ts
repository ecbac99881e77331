/** Styles of <project-table> beyond the shared table styles of budget-table/styles.ts. */
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
  td.share { min-inline-size: 7em; white-space: nowrap; }
  .bar { display: inline-block; inline-size: 4em; block-size: 0.625em; margin-inline-end: 0.375em; background: var(--_surface); border: 1px solid var(--_border); vertical-align: middle; }
  .bar > span { display: block; block-size: 100%; background: var(--_accent); }
  tr.detail > td { background: var(--_bg); padding: var(--_space) calc(var(--_space) * 2); }
  /* The details stay within the visible width while the wide table scrolls sideways. */
  .detail-body { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.375em; max-inline-size: min(60em, calc(100cqi - 2.5em)); position: sticky; inset-inline-start: calc(var(--_space) * 2); white-space: normal; }
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
`;
