/**
 * The chart of <budget-execution>: a diverging bar per 项 of its difference 决算 − 年初预算, from a
 * zero line, over to the right, under to the left. Pure: rows and width in, marks, ticks and
 * labels out (positions only; every figure written is formatted from exact Money elsewhere).
 *
 * Why a diverging bar of the difference, not a bar (预算) with a dot (决算) per 项: the question is
 * "more or less than planned, and by how much", and for dozens of 项 whose sizes differ a
 * hundredfold (a 20-million 小学教育 beside a 0.3-million 党建 item) the gap between a bar's end and
 * its dot is a pixel or two on a shared axis — every row would look "on plan". The difference on
 * its own axis makes direction and size the first thing seen; the 执行率 stays in each row's label,
 * and the exact 年初预算 and 决算 are in the equivalent table below the chart.
 */
import { scaleLinear } from '../shared/linear-scale.js';
import { fitTicks, textWidth, type AxisTick } from '../shared/axis.js';
import type { ExecutionRow } from './model.js';

export interface ExecutionMark {
  /** The 项's code: keys the mark and the roving focus. */
  readonly id: string;
  readonly row: ExecutionRow;
  /** Top of the row band and its height. */
  readonly y: number;
  readonly height: number;
  /** The bar (absent when the row has no difference: one file only, or no budget). */
  readonly bar?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly over: boolean; readonly even: boolean };
  /** Where the 项's code and name are written (start-anchored). */
  readonly name: { readonly x: number; readonly y: number; readonly text: string };
  /** Where its difference and 执行率 are written (end-anchored, in the value column). */
  readonly value: { readonly x: number; readonly y: number };
  /** A mark beside the name when the row carries a note (one file only, figures differing). */
  readonly flagged: boolean;
}

export interface ExecutionLayout {
  readonly width: number;
  readonly height: number;
  /** Narrow: the name on a line of its own above the bar. */
  readonly stacked: boolean;
  readonly zero: number;
  readonly plot: { readonly x0: number; readonly x1: number; readonly top: number; readonly bottom: number };
  readonly marks: readonly ExecutionMark[];
  readonly ticks: readonly AxisTick[];
}

const ROW = 26;
const BAR = 14;
const AXIS = 22;
/** Below this width the name goes above the bar. */
export const STACK_BELOW = 560;

/**
 * @param rows in the order shown.
 * @param width the drawing width in CSS px (already divided by the text scale).
 * @param valueText the label written in the value column of a row (difference and rate), measured here.
 * @param tick formats an axis value (in the rows' unit) as the element writes it.
 */
export function layoutExecution(rows: readonly ExecutionRow[], width: number, valueText: (r: ExecutionRow) => string, tick: (v: number) => string): ExecutionLayout {
  const stacked = width < STACK_BELOW;
  const valueWidth = Math.min(Math.max(...rows.map((r) => textWidth(valueText(r))), 40) + 8, Math.floor(width * 0.45));
  const nameWidth = stacked ? 0 : Math.min(Math.max(...rows.map((r) => textWidth(`${r.code} ${r.name}`)), 60) + 12, Math.floor(width * 0.34));
  // Narrow: the name and the value share the line above the bar, which takes the whole width.
  const x0 = stacked ? 4 : nameWidth;
  const x1 = stacked ? width - 8 : Math.max(x0 + 40, width - valueWidth - 8);
  const rowHeight = stacked ? ROW + 16 : ROW;
  const diffs = rows.filter((r) => r.diff).map((r) => r.diff!.cents / 100);
  const x = scaleLinear()
    .domain([Math.min(0, ...diffs), Math.max(0, ...diffs)])
    .range([x0, x1])
    .nice(6);
  const zero = x(0);
  const top = 4;
  const marks = rows.map((row, i): ExecutionMark => {
    const y = top + i * rowHeight;
    const barY = y + rowHeight - ROW + (ROW - BAR) / 2;
    const mid = barY + BAR / 2;
    const d = row.diff ? row.diff.cents / 100 : null;
    const end = d === null ? zero : x(d);
    // A difference of 0 (or of a cent) still gets a visible sliver, so "exactly on budget" is seen, not absent.
    const bar = d === null ? undefined : { x: Math.min(zero, end) - (Math.abs(end - zero) < 2 ? 1 : 0), y: barY, width: Math.max(Math.abs(end - zero), 2), height: BAR, over: d > 0, even: d === 0 };
    const label = `${row.code} ${row.name}`;
    const maxChars = stacked ? width - valueWidth - 12 : nameWidth - 12;
    return {
      id: row.code,
      row,
      y,
      height: rowHeight,
      ...(bar ? { bar } : {}),
      name: { x: 4, y: stacked ? y + 12 : mid, text: fit(label, maxChars) },
      value: { x: width - 4, y: stacked ? y + 12 : mid },
      flagged: row.only !== undefined || row.mismatch !== undefined,
    };
  });
  const bottom = top + rows.length * rowHeight;
  const ticks = fitTicks(x, width, 6, tick);
  return { width, height: bottom + AXIS, stacked, zero, plot: { x0, x1, top, bottom }, marks, ticks };
}

/** `s` cut to `width` px with an ellipsis (the full name is in the mark's label and the table). */
function fit(s: string, width: number): string {
  if (textWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…`;
}
