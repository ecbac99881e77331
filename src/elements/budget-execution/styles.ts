/** Styles of <budget-execution> beyond the shared chart styles (private tokens only, sizes in rem/em). */
import { css } from 'lit';

export const executionStyles = css`
  :host {
    --_height: var(--budget-execution-height, 30rem);
  }
  .skeleton { min-height: var(--_height); }
  .subtitle { margin: 0; }
  .notice { margin: 0; font-size: 0.875em; color: var(--_muted); }
  .notice.problem { color: var(--_text); border-inline-start: 0.25rem solid var(--_error); padding: 0.25em 0.5em; }
  svg .row { cursor: pointer; outline: none; }
  svg .band { fill: transparent; stroke: none; }
  svg .row:hover .band { fill: var(--_surface); }
  /* the focus ring of a row: its band outlined, 3:1 against the background in every preset */
  svg .row:focus-visible .band, svg .row:focus .band { stroke: var(--_focus-color); stroke-width: 2; }
  svg .value { font-variant-numeric: tabular-nums; }
  .legend-line { display: flex; flex-wrap: wrap; gap: 0.25em 1.25em; font-size: 0.8125em; color: var(--_muted); }
  .legend-line span { display: inline-flex; align-items: center; gap: 0.375em; }
  .detail { margin: 0; min-height: 1.6em; font-size: 0.875em; line-height: 1.6; }
  td.code, thead th { white-space: nowrap; }
  tbody th { min-width: 6em; }
  td.reason { min-width: 12em; }
  td.notes { min-width: 10em; }
  .note-text { display: block; font-size: 0.9em; }
  tr.flagged td.notes { font-weight: 600; }
  tfoot th, tfoot td { font-weight: 600; background: var(--_surface); }
  @media (forced-colors: active) {
    svg .row:focus .band { stroke: Highlight; }
  }
`;
