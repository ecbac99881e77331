/** Styles of <sangong-chart> beyond the shared chart styles. */
import { css } from 'lit';

export const sangongStyles = css`
  :host {
    --_height: var(--budget-sangong-chart-height, 26rem);
  }
  .skeleton { min-height: var(--_height); }
  svg .value { font-variant-numeric: tabular-nums; }
  svg .total, svg .subtotal { font-weight: 600; }
  th.part { padding-inline-start: 1.5em; font-weight: normal; }
  /* at least as wide as its longest unit name (min-width set in sangong-chart.ts); see updated() there */
  select { field-sizing: content; }
`;
