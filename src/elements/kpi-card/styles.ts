/**
 * Styles of <kpi-card>. Private tokens only (`--_*` from theme.ts plus the card's own, read once
 * on :host); sizes in rem/em so site large-text modes scale them; layout by container width
 * (the host is the query container), never by the window.
 */
import { css } from 'lit';

export const kpiStyles = css`
  :host {
    --_kpi-big: var(--budget-kpi-card-big-size, 3rem);
    --_kpi-height: var(--budget-kpi-card-height, 24rem);
    --_kpi-execution: var(--budget-kpi-card-execution-color, var(--_muted));
    container-type: inline-size;
  }
  .base { display: grid; gap: calc(var(--_space) * 1.5); line-height: 1.5; }
  /* Grid items may shrink below a long unbroken name; the text wraps (overflow-wrap on :host). */
  .base > * { min-width: 0; }
  header { display: grid; gap: 0.25rem; }
  .eyebrow { margin: 0; font-size: 0.875em; color: var(--_muted); }
  h2 { font-size: 1.25em; margin: 0; line-height: 1.35; }
  h3 { font-size: 1em; margin: 0 0 0.25rem; }
  .meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0; font-size: 0.875em; }
  .meta div { display: flex; gap: 0.5em; }
  .meta dt { color: var(--_muted); }
  .meta dd { margin: 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
  .overview { display: grid; gap: calc(var(--_space) * 1.5); }
  .goal p { margin: 0; font-size: 0.9375em; }
  .hint, .note { margin: 0; font-size: 0.875em; color: var(--_muted); }

  /* the weight spread: a stacked bar with numbered segments and a text legend */
  .spread { display: grid; gap: 0.5rem; min-width: 0; }
  .bar { display: flex; height: 1.75rem; border: var(--_border-width) solid var(--_text); border-radius: var(--_radius); overflow: hidden; }
  .seg {
    display: flex; align-items: center; justify-content: center; min-width: 0; overflow: hidden;
    color: var(--_on-series); font-size: 0.75em; font-weight: 600; font-variant-numeric: tabular-nums;
  }
  .seg + .seg { border-inline-start: 2px solid var(--_bg); }
  .s0 { background: var(--_series-1); }
  .s1 { background: var(--_series-2); }
  .s2 { background: var(--_series-3); }
  .s3 { background: var(--_series-4); }
  .s4 { background: var(--_series-5); }
  .s5 { background: var(--_series-6); }
  /* 预算执行率 is not an indicator of the table: hatched, so it reads as "the rest" without colour */
  .seg.execution, .swatch.execution {
    color: var(--_text);
    background: repeating-linear-gradient(45deg, var(--_bg) 0 4px, var(--_kpi-execution) 4px 6px);
  }
  /* its number sits on a solid chip with its own outline: no hatch line runs through or against a digit */
  .seg.execution span {
    background: var(--_bg); color: var(--_text); line-height: 1.25; padding: 0.125em 0.5em;
    border: 1px solid var(--_kpi-execution); border-radius: 999px;
  }
  .legend {
    list-style: none; margin: 0; padding: 0; display: grid; gap: 0.25rem 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr)); font-size: 0.875em;
  }
  .legend li { display: flex; gap: 0.5em; align-items: baseline; min-width: 0; }
  .legend .label { flex: 1; min-width: 0; }
  .legend .num { white-space: nowrap; font-variant-numeric: tabular-nums; }
  .legend .n { font-variant-numeric: tabular-nums; min-width: 1.5em; color: var(--_muted); }
  /* beside the first line of a label that wraps, not centred on the whole row */
  .legend .swatch { align-self: flex-start; margin-block-start: 0.3em; }
  .swatch { flex: none; width: 0.875em; height: 0.875em; border: 1px solid var(--_text); align-self: center; }

  /* the indicator table: 一级 and 二级 as row-group headings, weights right-aligned */
  table { border-collapse: collapse; width: 100%; font-size: 0.875em; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  th, td { border-bottom: 1px solid var(--_border); padding: 0.375em 0.5em; text-align: start; vertical-align: top; }
  thead th { background: var(--_surface); font-weight: 600; border-bottom: 2px solid var(--_text); }
  th.name { font-weight: normal; padding-inline-start: 1.5em; }
  tr.l1 th, tr.l1 td { background: var(--_surface); font-weight: 600; border-top: 2px solid var(--_border); }
  tr.l2 th, tr.l2 td { font-weight: 600; color: var(--_muted); padding-inline-start: 0.75em; font-size: 0.9375em; }
  .flat th.name { padding-inline-start: 0.5em; }
  /* A target is short ("≥ 350 天") but its unit is data: it may wrap rather than widen the card. */
  td.target { min-inline-size: 5em; }
  .num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  footer { display: grid; gap: 0.25rem; }
  .total { margin: 0; font-weight: 600; }

  /* the big-number mode */
  .single { text-align: start; }
  .big { margin: 0; display: grid; gap: 0.25rem; }
  .big-label { margin: 0; font-size: 1.125em; font-weight: 600; }
  .big-value { margin: 0; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25em; color: var(--_accent); line-height: 1.1; }
  .big-value .op, .big-value .unit { font-size: calc(var(--_kpi-big) * 0.45); }
  .big-value .num { font-size: var(--_kpi-big); font-weight: 700; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
  .levels { margin: 0; font-size: 0.875em; color: var(--_muted); }

  .notice { margin: 0; }
  .options { margin: 0.25rem 0 0; padding-inline-start: 1.5em; font-size: 0.875em; }
  .options code { font-family: inherit; color: var(--_muted); }
  .skeleton { min-height: var(--_kpi-height); }

  @container (min-width: 48rem) {
    .overview { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: calc(var(--_space) * 3); align-items: start; }
    .legend { grid-template-columns: 1fr; }
  }
  @container (max-width: 24rem) {
    th, td { padding: 0.375em 0.25em; }
    th.name { padding-inline-start: 0.75em; }
  }
  @media (forced-colors: active) {
    /* theme.ts maps every series to CanvasText and on-series to Canvas; segments keep borders */
    .seg, .swatch, .bar { forced-color-adjust: none; border: 1px solid CanvasText; }
    .seg.execution span { background: Canvas; color: CanvasText; }
  }
  @media print {
    .overview, .spread, tr { break-inside: avoid; }
    thead { display: table-header-group; }
  }
`;
