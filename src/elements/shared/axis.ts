/**
 * Text measurement and axis ticks shared by the chart layouts. Layouts are pure (no DOM), so
 * text width is an estimate: CJK and full-width characters 1em, others 0.6em — generous enough
 * for the system fonts we name.
 */
import type { LinearScale } from './linear-scale.js';

/** The chart text size in px at a text scale of 1. */
export const FONT = 12;

/** Rough text width in px: CJK and full-width characters 1em, others 0.6em. */
export function textWidth(s: string, font = FONT): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffef]/.test(ch) ? font : font * 0.6;
  return Math.ceil(w);
}

/** Least room between two centred tick labels, in px. */
const TICK_GAP = 8;

export interface AxisTick {
  /** The tick's value in the data's unit. */
  value: number;
  text: string;
  pos: number;
}

/** True when no centred label runs into the next one or past the chart's edges. */
export function ticksFit(ticks: readonly Pick<AxisTick, 'text' | 'pos'>[], width: number, font = FONT): boolean {
  let end = -Infinity;
  for (const t of ticks) {
    const half = textWidth(t.text, font) / 2;
    if (t.pos - half < Math.max(0, end + TICK_GAP) || t.pos + half > width) return false;
    end = t.pos + half;
  }
  return true;
}

/**
 * The most ticks of a horizontal axis (at most `maxCount`) whose labels fit side by side: amounts
 * in 元 print as "80,000,000", so the count comes from the measured labels, not the width alone.
 * When even the fewest round ticks do not fit, every other label is dropped until they do.
 */
export function fitTicks(x: LinearScale, width: number, maxCount: number, format: (value: number) => string): AxisTick[] {
  const at = (count: number): AxisTick[] => x.ticks(count).map((value) => ({ value, text: format(value), pos: x(value) }));
  let ticks: AxisTick[] = [];
  for (let count = Math.max(2, maxCount); count >= 1; count--) {
    ticks = at(count);
    if (ticksFit(ticks, width)) return ticks;
  }
  while (ticks.length > 1 && !ticksFit(ticks, width)) ticks = ticks.filter((_, i) => i % 2 === 0);
  return ticks;
}
