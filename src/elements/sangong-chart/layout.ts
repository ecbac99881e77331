/**
 * Data + size in, marks out: the geometry of <sangong-chart>. Pure (d3's scale maths,
 * no DOM), so every position and label is unit-tested; the element only draws the result.
 *
 * - grouped: the three expenses (因公出国（境）, 公务用车购置及运行, 公务接待) and the total, one
 *   bar per visible year, the change under the name; the vehicle bar is 购置 and 运行维护 stacked,
 *   labelled with the published 小计 (readers of 三公 expect three expenses, issue 11);
 * - stacked: one bar per visible year, one segment per visible item, labels beside the bar
 *   spread apart so they never overlap, the published 总计 on top and the vehicle 小计 beside
 *   its two segments;
 * - the left margin fits the widest tick label (amounts in 元 of 亿元 data, issue 11);
 * - orientation: vertical bars when every label fits its band, else horizontal rows (narrow
 *   containers), so labels never collide.
 * A zero is a mark of ZERO_MARK px on the baseline, still focusable and labelled "0.00".
 */
import { bandScale } from '../shared/band-scale.js';
import { scaleLinear } from '../shared/linear-scale.js';
import { FONT, fitTicks, textWidth } from '../shared/axis.js';

export { FONT, textWidth } from '../shared/axis.js';
import { formatCents, formatTick } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import type { SangongItem, SangongKey, SangongModel, SangongValue } from './model.js';
import { changeLabel, itemName, markLabel, ui, yearLabel } from './strings.js';

export type Mode = 'grouped' | 'stacked';
export type Year = 'prior' | 'current';
export type Orientation = 'vertical' | 'horizontal';

export const ZERO_MARK = 2;
/** Length of the tick that stands for a zero segment outside a stacked bar. */
export const ZERO_TICK = 6;
/** Label font size in px the estimates assume (0.75rem at the default scale). */
const LINE = 16;

export interface LayoutInput {
  model: SangongModel;
  mode: Mode;
  width: number;
  years: Record<Year, boolean>;
  items: Record<SangongItem, boolean>;
  locale: Locale;
}

export interface Mark {
  /** `${key}:${year}`, stable across modes and sizes (keyed repeat, roving focus). */
  id: string;
  key: SangongKey;
  year: Year;
  /** Series index for colour/pattern: years in grouped mode, items in stacked mode. */
  series: number;
  x: number;
  y: number;
  width: number;
  height: number;
  zero: boolean;
  value: string;
  /** Where the value label goes; anchor is the SVG text-anchor. */
  label: { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  /** A key swatch drawn before the label when the label is away from its mark (stacked rows). */
  swatch?: { x: number; y: number; size: number };
  aria: string;
}

export interface Text {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  kind: 'category' | 'change' | 'total' | 'subtotal' | 'year';
}

export interface Tick {
  value: number;
  text: string;
  /** Position along the value axis (y in vertical, x in horizontal). */
  pos: number;
}

export interface SangongLayout {
  width: number;
  height: number;
  orientation: Orientation;
  /** The value-axis baseline: a horizontal line at y (vertical) or a vertical line at x. */
  baseline: { x1: number; y1: number; x2: number; y2: number };
  marks: Mark[];
  texts: Text[];
  ticks: Tick[];
}

const YEARS: Year[] = ['prior', 'current'];

function visibleYears(input: LayoutInput): Year[] {
  const ys = YEARS.filter((y) => input.years[y] && (y === 'current' || input.model.series?.hasPrior));
  return ys.length ? ys : ['current'];
}

function cents(v: SangongValue, y: Year): number {
  return y === 'prior' ? v.prior : v.current;
}

/** Lays out the chart; an empty layout when the model has no series. */
export function layoutSangong(input: LayoutInput): SangongLayout {
  const s = input.model.series;
  const width = Math.max(280, Math.round(input.width));
  if (!s) return { width, height: 0, orientation: 'vertical', baseline: { x1: 0, y1: 0, x2: 0, y2: 0 }, marks: [], texts: [], ticks: [] };
  return input.mode === 'grouped' ? grouped(input, width) : stacked(input, width);
}

/** The change drawn under a category: computed from the prior year, else as the text states it (marked), else none. */
function changeText(model: SangongModel, v: SangongValue, locale: Locale): string {
  return model.series!.hasPrior ? changeLabel(v, locale) : model.stated?.text?.(v.key, locale) ?? '';
}

/**
 * The left margin of a vertical chart: room for the widest tick label (amounts in 元 of a 亿元
 * table run to ten digits and more), measured as the labels are drawn, plus the tick gap.
 */
function leftMargin(ticks: number[], locale: Locale): number {
  return Math.max(44, ...ticks.map((t) => textWidth(formatTick(t, locale)) + 10));
}

/**
 * Grouped: the three expenses and the total, one bar per visible year. The vehicle bar is two
 * segments, 购置 below 运行维护, with the published 小计 on top (never re-summed when published).
 */
function grouped(input: LayoutInput, width: number): SangongLayout {
  const { model, locale } = input;
  const s = model.series!;
  const years = visibleYears(input);
  const [abroad, purchase, ops, reception] = s.items as [SangongValue, SangongValue, SangongValue, SangongValue];
  const values = [abroad, s.vehicle, reception, s.total];
  const parts = (v: SangongValue) => (v === s.vehicle ? [purchase, ops] : [v]);
  const max = Math.max(0, ...[...values, purchase, ops].flatMap((v) => years.map((y) => cents(v, y))));
  const cats = values.map((v) => ({ v, name: itemName(v.key, locale), change: changeText(model, v, locale) }));
  const height = 300;
  const margin = { top: LINE + 4, right: 8, bottom: LINE * 2 + 12, left: 44 };
  const y = scaleLinear().domain([0, max / 100]).range([height - margin.bottom, margin.top]).nice();
  const tickValues = y.ticks(5);
  margin.left = leftMargin(tickValues, locale);
  const band = bandScale(values.map((v) => v.key), [margin.left, width - margin.right], 0.2, 0.1);
  const need = Math.max(...cats.map((c) => Math.max(textWidth(c.name), textWidth(c.change))));
  const valueNeed = textWidth(formatCents(max, locale)) * years.length + 4;
  const marks: Mark[] = [];
  const texts: Text[] = [];
  /** The bar of `v` for one year: one mark, or the vehicle's two segments and its 小计 label at `label`. */
  const bar = (v: SangongValue, yr: Year, at: (from: number, to: number) => Mark['label'] & { box: { x: number; y: number; width: number; height: number } }, prefix = '') => {
    const series = yr === 'current' ? 0 : 1;
    let acc = 0;
    for (const p of parts(v)) {
      const value = cents(p, yr);
      const g = at(acc, (acc += value));
      marks.push(mark(input, p, yr, series, g.box, value, g, v === s.vehicle ? '' : prefix, v === s.vehicle));
    }
    if (v === s.vehicle) {
      const g = at(0, acc);
      const text = formatCents(cents(v, yr), locale);
      texts.push({ text: prefix ? `${prefix} ${text}` : text, x: g.x, y: g.y, anchor: g.anchor, kind: 'subtotal' });
    }
  };
  if (band.bandwidth() >= need + 8 && band.bandwidth() >= valueNeed) {
    const inner = bandScale(years, [0, band.bandwidth()], 0.08);
    const base = y(0);
    for (const c of cats) {
      const x0 = band(c.v.key)!;
      for (const yr of years) {
        const x = x0 + inner(yr)!;
        bar(c.v, yr, (from, to) => {
          // A zero segment is a ZERO_MARK-high mark at its place in the stack (on the baseline for a bar).
          const y0 = y(from / 100);
          const h = Math.max(y0 - y(to / 100), ZERO_MARK);
          const top = from === to && from ? y0 - h / 2 : y0 - h;
          return { box: { x, y: top, width: inner.bandwidth(), height: h }, text: '', x: x + inner.bandwidth() / 2, y: top - 4, anchor: 'middle' };
        });
      }
      const mid = x0 + band.bandwidth() / 2;
      texts.push({ text: c.name, x: mid, y: base + LINE + 2, anchor: 'middle', kind: 'category' });
      if (c.change) texts.push({ text: c.change, x: mid, y: base + LINE * 2 + 4, anchor: 'middle', kind: 'change' });
    }
    const ticks = tickValues.map((t) => ({ value: t, text: formatTick(t, locale), pos: y(t) }));
    return { width, height, orientation: 'vertical', baseline: { x1: margin.left, y1: base, x2: width - margin.right, y2: base }, marks, texts, ticks };
  }
  // Horizontal rows: name and change on one line, then one bar per year with its value.
  const left = 8;
  const labelRoom = textWidth(`${yearLabel(model.fiscalYear, locale)} ${formatCents(max, locale)}`) + 8;
  const x = scaleLinear().domain([0, max / 100]).range([left, width - 8 - labelRoom]).nice();
  const barH = 18;
  let top = 4;
  for (const c of cats) {
    texts.push({ text: c.name, x: left, y: top + LINE - 3, anchor: 'start', kind: 'category' });
    if (c.change) {
      // The change goes right-aligned on the name line, or on its own line when both do not fit.
      if (textWidth(c.name) + textWidth(c.change) + 16 > width - 16) {
        top += LINE;
        texts.push({ text: c.change, x: left, y: top + LINE - 3, anchor: 'start', kind: 'change' });
      } else texts.push({ text: c.change, x: width - 8, y: top + LINE - 3, anchor: 'end', kind: 'change' });
    }
    top += LINE + 2;
    for (const yr of years) {
      const rowTop = top;
      bar(
        c.v,
        yr,
        (from, to) => {
          const x0 = x(from / 100);
          const w = Math.max(x(to / 100) - x0, ZERO_MARK);
          const bx = from === to && from ? x0 - w / 2 : x0;
          return { box: { x: bx, y: rowTop, width: w, height: barH }, text: '', x: Math.max(bx + w, x0) + 4, y: rowTop + barH / 2 + FONT / 2 - 2, anchor: 'start' };
        },
        years.length > 1 ? yearLabel(yr === 'prior' ? model.comparisonYear : model.fiscalYear, locale) : '',
      );
      top += barH + 3;
    }
    top += 10;
  }
  const ticks = fitTicks(x, width, Math.min(5, Math.floor(width / 90)), (t) => formatTick(t, locale));
  return { width, height: top + LINE, orientation: 'horizontal', baseline: { x1: left, y1: 0, x2: left, y2: top - 10 }, marks, texts, ticks };
}

function mark(
  input: LayoutInput,
  v: SangongValue,
  year: Year,
  series: number,
  box: { x: number; y: number; width: number; height: number },
  value: number,
  at: { x: number; y: number; anchor: Mark['label']['anchor'] },
  prefix = '',
  /** A segment of the grouped vehicle bar: its value is in its name and the table, the bar carries the 小计. */
  unlabelled = false,
): Mark {
  const text = formatCents(value, input.locale);
  return {
    id: `${v.key}:${year}`,
    key: v.key,
    year,
    series,
    ...box,
    zero: value === 0,
    value: text,
    label: { text: unlabelled ? '' : prefix ? `${prefix} ${text}` : text, x: at.x, y: at.y, anchor: at.anchor },
    aria: markLabel(v, year, input.model, input.locale),
  };
}

/**
 * Moves label centres (sorted ascending) apart so neighbours are at least `gap` apart, keeping
 * them within [min, max] when there is room. Greedy both ways; pure and tested.
 */
export function spread(positions: number[], gap: number, min: number, max: number): number[] {
  const out = [...positions];
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + gap);
  if (out.length && out[out.length - 1]! > max) {
    out[out.length - 1] = max;
    for (let i = out.length - 2; i >= 0; i--) out[i] = Math.min(out[i]!, out[i + 1]! - gap);
  }
  if (out.length && out[0]! < min) {
    out[0] = min;
    for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + gap);
  }
  return out;
}

function stacked(input: LayoutInput, width: number): SangongLayout {
  const { model, locale } = input;
  const s = model.series!;
  const years = visibleYears(input);
  const items = s.items.filter((v) => input.items[v.key as SangongItem]);
  const allItems = items.length === s.items.length;
  const sums = years.map((y) => items.reduce((a, v) => a + cents(v, y), 0));
  const max = Math.max(0, ...sums, ...(allItems ? years.map((y) => cents(s.total, y)) : []));
  const segLabel = (v: SangongValue, y: Year) => `${itemName(v.key, locale)} ${formatCents(cents(v, y), locale)}`;
  const labelW = Math.max(...items.map((v) => Math.max(...years.map((y) => textWidth(segLabel(v, y)))))) + 12;
  const margin = { top: LINE * 2 + 4, right: 8, bottom: LINE + 12, left: 44 };
  const height = Math.max(300, items.length * LINE + margin.top + margin.bottom + 40);
  const yS = scaleLinear().domain([0, max / 100]).range([height - margin.bottom, margin.top]).nice();
  margin.left = leftMargin(yS.ticks(5), locale);
  const band = bandScale(years, [margin.left, width - margin.right], 0.15, 0.05);
  const barW = Math.min(72, Math.max(28, band.bandwidth() - labelW));
  const marks: Mark[] = [];
  const texts: Text[] = [];
  const totalText = (y: Year) => (allItems ? `${itemName('total', locale)} ${formatCents(cents(s.total, y), locale)}` : '');
  // The 公务用车 小计, labelled beside its two segments when both are shown.
  const vehicle = input.items.vehiclePurchase && input.items.vehicleOps;
  const subText = (y: Year) => `${ui(locale).vehicleSubtotal} ${formatCents(cents(s.vehicle, y), locale)}`;
  const subW = vehicle ? Math.max(...years.map((y) => textWidth(subText(y)))) + 8 : 0;
  if (band.bandwidth() >= subW + barW + labelW) {
    const base = yS(0);
    years.forEach((yr) => {
      const x = band(yr)! + subW + (band.bandwidth() - subW - barW - labelW) / 2;
      let acc = 0;
      const segs: { v: SangongValue; y: number; h: number; value: number }[] = [];
      for (const v of items) {
        const value = cents(v, yr);
        const y1 = yS(acc / 100);
        acc += value;
        const y0 = yS(acc / 100);
        const h = Math.max(y1 - y0, ZERO_MARK);
        segs.push({ v, y: value === 0 ? y1 - ZERO_MARK / 2 : y0, h, value });
      }
      // Labels beside the bar, bottom item lowest, pushed apart upwards.
      const centres = segs.map((g) => g.y + g.h / 2).reverse();
      const placed = spread(centres, LINE, margin.top, base - FONT / 2).reverse();
      segs.forEach((g, i) => {
        // A zero segment has no height inside the stack: it is a tick sticking out on the label side.
        const box = g.value === 0 ? { x: x + barW, y: g.y, width: ZERO_TICK, height: ZERO_MARK } : { x, y: g.y, width: barW, height: g.h };
        marks.push(
          mark(input, g.v, yr, s.items.indexOf(g.v), box, g.value, { x: x + barW + ZERO_TICK + 4, y: placed[i]! + FONT / 2 - 2, anchor: 'start' }, itemName(g.v.key, locale)),
        );
      });
      const vs = segs.filter((g) => g.v.key.startsWith('vehicle'));
      if (vehicle) texts.push({ text: subText(yr), x: x - 6, y: (Math.min(...vs.map((g) => g.y)) + Math.max(...vs.map((g) => g.y + g.h))) / 2 + FONT / 2 - 2, anchor: 'end', kind: 'subtotal' });
      const topY = Math.min(...segs.map((g) => g.y), base);
      const t = totalText(yr);
      if (t) texts.push({ text: t, x: x + barW / 2, y: topY - 6, anchor: 'middle', kind: 'total' });
      texts.push({ text: yearLabel(yr === 'prior' ? model.comparisonYear : model.fiscalYear, locale), x: x + barW / 2, y: base + LINE + 2, anchor: 'middle', kind: 'year' });
    });
    const ticks = yS.ticks(5).map((t) => ({ value: t, text: formatTick(t, locale), pos: yS(t) }));
    return { width, height, orientation: 'vertical', baseline: { x1: margin.left, y1: base, x2: width - margin.right, y2: base }, marks, texts, ticks };
  }
  // Horizontal: per year a title line, the stacked bar, then one label line per segment.
  const left = 8;
  const xS = scaleLinear().domain([0, max / 100]).range([left, width - 8]).nice();
  const barH = 22;
  let top = 4;
  for (const yr of years) {
    const yl = yearLabel(yr === 'prior' ? model.comparisonYear : model.fiscalYear, locale);
    const t = totalText(yr);
    texts.push({ text: t ? `${yl} ${t}` : yl, x: left, y: top + LINE - 3, anchor: 'start', kind: 'year' });
    top += LINE + 2;
    let acc = 0;
    const barTop = top;
    const labelsTop = barTop + barH + ZERO_TICK + 2;
    items.forEach((v, i) => {
      const value = cents(v, yr);
      const x0 = xS(acc / 100);
      acc += value;
      const w = Math.max(xS(acc / 100) - x0, ZERO_MARK);
      const ly = labelsTop + i * LINE + LINE - 4;
      const box = value === 0 ? { x: x0, y: barTop + barH, width: ZERO_MARK, height: ZERO_TICK } : { x: x0, y: barTop, width: w, height: barH };
      const m = mark(input, v, yr, s.items.indexOf(v), box, value, { x: left + 16, y: ly, anchor: 'start' }, itemName(v.key, locale));
      marks.push({ ...m, swatch: { x: left, y: ly - 10, size: 11 } });
    });
    // The 小计 line after the item lines, in the key's text column.
    if (vehicle) texts.push({ text: subText(yr), x: left + 16, y: labelsTop + items.length * LINE + LINE - 4, anchor: 'start', kind: 'subtotal' });
    top = labelsTop + (items.length + (vehicle ? 1 : 0)) * LINE + 12;
  }
  const ticks = fitTicks(xS, width, Math.min(5, Math.floor(width / 90)), (t) => formatTick(t, locale));
  return { width, height: top + LINE, orientation: 'horizontal', baseline: { x1: left, y1: 0, x2: left, y2: top - 8 }, marks, texts, ticks };
}
