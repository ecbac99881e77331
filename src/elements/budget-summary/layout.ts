/**
 * Data + width in, marks out: the horizontal bars of one drill level of <budget-summary>.
 * Per row: the code and name, the change on the right (or on its own line when both do not
 * fit), this year's bar, last year's bar, each with its value. Pure; positions unit-tested.
 */
import { scaleLinear } from '../shared/linear-scale.js';
import { FONT, fitTicks, textWidth } from '../shared/axis.js';

export { textWidth, ticksFit } from '../shared/axis.js';
import { formatCents, formatTick } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import type { DrillBar } from './drill.js';
import { changeText, yearLabel } from './strings.js';

const LINE = 16;
const BAR = 16;
/** A zero or empty amount is still a visible mark. */
export const ZERO_MARK = 2;

export interface BarMark {
  year: 'current' | 'prior';
  x: number;
  y: number;
  width: number;
  height: number;
  label: { text: string; x: number; y: number };
}

export interface BarRow {
  code: string;
  /** The row's box: the hit/focus target. */
  y: number;
  height: number;
  name: { text: string; x: number; y: number };
  change?: { text: string; x: number; y: number; anchor: 'start' | 'end' };
  bars: BarMark[];
}

export interface BarsLayout {
  width: number;
  height: number;
  rows: BarRow[];
  ticks: { text: string; pos: number }[];
  baseline: number;
}

/**
 * The text cut to `max` px with an ellipsis when it is wider (SVG text never wraps, and a
 * published name may be 100,000 characters). Linear in the length; code points are never split.
 * The full text stays in the row's accessible name and tooltip.
 */
export function fitText(s: string, max: number, font = FONT): string {
  const room = max - textWidth('…', font);
  let w = 0;
  let cut = -1;
  let i = 0;
  for (const ch of s) {
    w += /[\u2e80-\uffef]/.test(ch) ? font : font * 0.6;
    if (cut < 0 && w > room) cut = i;
    if (w > max) return `${s.slice(0, cut)}…`;
    i += ch.length;
  }
  return s;
}

export interface BarsInput {
  bars: DrillBar[];
  width: number;
  hasPrior: boolean;
  years: { fiscal: number; comparison: number };
  locale: Locale;
}

export function layoutBars(input: BarsInput): BarsLayout {
  const { bars, hasPrior, locale } = input;
  const width = Math.max(280, Math.round(input.width));
  const left = 8;
  const max = Math.max(0, ...bars.flatMap((b) => [b.current ?? 0, hasPrior ? (b.prior ?? 0) : 0]));
  const value = (c: number | null, year: number) => `${yearLabel(year, locale)} ${c === null ? '—' : formatCents(c, locale)}`;
  const labelRoom = textWidth(value(max, input.years.fiscal)) + 8;
  const x = scaleLinear().domain([0, max / 100]).range([left, width - 8 - labelRoom]).nice();
  const rows: BarRow[] = [];
  let top = 4;
  for (const b of bars) {
    const y0 = top;
    // Room for the name: the row less its margins and the " ›" of a drillable row.
    const name = { text: fitText(`${b.code} ${b.name}`, width - 16 - (b.hasChildren ? textWidth(' ›') : 0)), x: left, y: top + LINE - 3 };
    let change: BarRow['change'];
    const ct = hasPrior ? changeText(b.change, b.percent, b.isNew, locale) : '';
    if (ct) {
      if (textWidth(name.text) + textWidth(ct) + 16 > width - 16) {
        top += LINE;
        change = { text: ct, x: left, y: top + LINE - 3, anchor: 'start' };
      } else change = { text: ct, x: width - 8, y: top + LINE - 3, anchor: 'end' };
    }
    top += LINE + 2;
    const marks: BarMark[] = [];
    const years = hasPrior ? (['current', 'prior'] as const) : (['current'] as const);
    for (const yr of years) {
      const c = yr === 'current' ? b.current : b.prior;
      const w = Math.max(x((c ?? 0) / 100) - left, ZERO_MARK);
      marks.push({
        year: yr,
        x: left,
        y: top,
        width: w,
        height: BAR,
        label: { text: value(c, yr === 'current' ? input.years.fiscal : input.years.comparison), x: left + w + 4, y: top + BAR / 2 + FONT / 2 - 2 },
      });
      top += BAR + 2;
    }
    top += 8;
    rows.push({ code: b.code, y: y0, height: top - y0 - 4, name, change, bars: marks });
  }
  // t is in the data's unit; formatTick shows it in the display unit, exactly.
  const ticks = fitTicks(x, width, Math.min(6, Math.floor(width / 100)), (t) => formatTick(t, locale)).map(({ text, pos }) => ({ text, pos }));
  return { width, height: top + LINE, rows, ticks, baseline: top - 4 };
}
