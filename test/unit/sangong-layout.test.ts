import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { sangongModel } from '../../src/elements/sangong-chart/model.js';
import { layoutSangong, spread, textWidth, ZERO_MARK, ZERO_TICK, type LayoutInput } from '../../src/elements/sangong-chart/layout.js';
import { TONGNAN_PATH } from '../fixtures/charts/paths.js';
// The English words are a lazily loaded module in the browser; here they are loaded up front.
import '../../src/elements/i18n/en.js';

const tongnan = JSON.parse(readFileSync(TONGNAN_PATH, 'utf8')) as BudgetDisclosure;
const model = sangongModel(tongnan)!;
const ALL = { abroad: true, vehiclePurchase: true, vehicleOps: true, reception: true };
const input = (over: Partial<LayoutInput> = {}): LayoutInput => ({
  model, mode: 'grouped', width: 1280, years: { prior: true, current: true }, items: ALL, locale: 'zh', ...over,
});
const r1 = (n: number) => Math.round(n * 10) / 10;

test('textWidth: CJK 1em, others 0.6em', () => {
  assert.equal(textWidth('公务接待'), 48);
  assert.equal(textWidth('7.90'), 29);
});

test('grouped at 1280 px: vertical bars with exact positions and labels', () => {
  const l = layoutSangong(input());
  assert.equal(l.orientation, 'vertical');
  assert.deepEqual([l.width, l.height], [1280, 300]);
  // Three expenses and the total; the vehicle bar of each year is 购置 + 运行维护.
  assert.deepEqual(l.marks.map((m) => m.id), [
    'abroad:prior', 'abroad:current', 'vehiclePurchase:prior', 'vehicleOps:prior',
    'vehiclePurchase:current', 'vehicleOps:current', 'reception:prior', 'reception:current', 'total:prior', 'total:current',
  ]);
  // The vehicle segments carry no value label of their own: the bar is labelled with the 小计.
  assert.deepEqual(l.marks.map((m) => m.label.text), ['0.00', '0.00', '', '', '', '', '3.90', '3.50', '7.90', '7.00']);
  assert.deepEqual(l.texts.filter((t) => t.kind === 'subtotal').map((t) => t.text), ['4.00', '3.50']);
  // y: domain [0, 7.9] niced to [0, 8] over [256, 20]: 1 万元 = 29.5 px.
  const total = l.marks.find((m) => m.id === 'total:prior')!;
  assert.deepEqual([r1(total.y), r1(total.height)], [22.9, 233.1]);
  const ops = l.marks.find((m) => m.id === 'vehicleOps:current')!;
  assert.deepEqual([r1(ops.y), r1(ops.height), ops.series], [152.8, 103.3, 0]);
  assert.equal(l.marks.find((m) => m.id === 'vehicleOps:prior')!.series, 1);
  assert.deepEqual(l.ticks.map((t) => [t.text, t.pos]), [['0', 256], ['2', 197], ['4', 138], ['6', 79], ['8', 20]]);
  assert.deepEqual(l.baseline, { x1: 44, y1: 256, x2: 1272, y2: 256 });
});

test('a zero is a ZERO_MARK-high mark on the baseline, labelled 0.00 and still named', () => {
  const l = layoutSangong(input());
  const abroad = l.marks.find((m) => m.id === 'abroad:current')!;
  assert.deepEqual([abroad.zero, abroad.height, abroad.y + abroad.height, abroad.label.text], [true, ZERO_MARK, 256, '0.00']);
  assert.equal(abroad.aria, '因公出国(境)，2023年：0.00万元，比2022年持平');
});

test('grouped change labels under each item, 无变化 for 0 → 0', () => {
  const l = layoutSangong(input());
  assert.deepEqual(
    l.texts.filter((t) => t.kind === 'change').map((t) => t.text),
    ['无变化', '-0.50（-12.50%）', '-0.40（-10.26%）', '-0.90（-11.39%）'],
  );
  assert.deepEqual(l.texts.filter((t) => t.kind === 'category').map((t) => t.text), ['因公出国(境)', '公务用车购置及运行', '公务接待', '总计']);
});

test('hiding a year drops its marks; with both hidden the current year stays', () => {
  assert.deepEqual(layoutSangong(input({ years: { prior: false, current: true } })).marks.map((m) => m.year).filter((y) => y === 'prior'), []);
  assert.equal(layoutSangong(input({ years: { prior: false, current: false } })).marks.length, 5);
});

test('at 375 px grouped turns horizontal, bars start at the left and labels follow the bar end', () => {
  const l = layoutSangong(input({ width: 343 }));
  assert.equal(l.orientation, 'horizontal');
  const total = l.marks.find((m) => m.id === 'total:prior')!;
  assert.equal(total.x, 8);
  assert.equal(r1(total.width), 239);
  assert.deepEqual([r1(total.label.x), total.label.text], [251, '2022年 7.90']);
  // Every label stays inside the width.
  for (const m of l.marks) assert.ok(m.label.x + textWidth(m.label.text) <= 343, m.id);
  // Rows never overlap: each row starts below the previous one (the vehicle's two segments share a row).
  const rows = [...new Set(l.marks.map((m) => m.y))];
  assert.equal(rows.length, 8);
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i]! >= rows[i - 1]! + 18);
  // The vehicle row: 运行维护 starts where 购置 ends, the 小计 label after the bar.
  const [purchase, ops] = l.marks.filter((m) => m.year === 'prior' && m.key.startsWith('vehicle'));
  assert.deepEqual([purchase!.x, ops!.x, r1(ops!.width)], [8, 8, 121]); // 购置 is 0: a ZERO_MARK at the start
  const sub = l.texts.find((t) => t.kind === 'subtotal')!;
  assert.deepEqual([sub.text, r1(sub.x)], ['2022年 4.00', r1(ops!.x + ops!.width + 4)]);
});

test('stacked at 1280 px: one bar per year, items bottom-up, published total on top', () => {
  const l = layoutSangong(input({ mode: 'stacked' }));
  assert.equal(l.orientation, 'vertical');
  const prior = l.marks.filter((m) => m.year === 'prior');
  assert.deepEqual(prior.map((m) => m.id), ['abroad:prior', 'vehiclePurchase:prior', 'vehicleOps:prior', 'reception:prior']);
  const [, , ops, rec] = prior;
  assert.equal(r1(ops!.y + ops!.height), 272); // on the baseline
  assert.equal(r1(rec!.y + rec!.height), r1(ops!.y)); // stacked on ops
  assert.deepEqual(l.texts.filter((t) => t.kind === 'total').map((t) => t.text), ['总计 7.90', '总计 7.00']);
  // Zero items: a tick outside the bar, labels spread at least one line apart.
  const zero = prior[0]!;
  assert.deepEqual([zero.width, zero.height, zero.x], [ZERO_TICK, ZERO_MARK, ops!.x + ops!.width]);
  const ys = prior.map((m) => m.label.y);
  for (let i = 1; i < ys.length; i++) assert.ok(ys[i - 1]! - ys[i]! >= 16, `label ${i}`);
});

test('stacked with an item hidden: no total label (never a re-summed figure)', () => {
  const l = layoutSangong(input({ mode: 'stacked', items: { ...ALL, reception: false } }));
  assert.equal(l.texts.filter((t) => t.kind === 'total').length, 0);
  assert.equal(l.marks.filter((m) => m.key === 'reception').length, 0);
});

test('stacked at 343 px: horizontal bars with a label line and swatch per item', () => {
  const l = layoutSangong(input({ mode: 'stacked', width: 343 }));
  assert.equal(l.orientation, 'horizontal');
  assert.deepEqual(l.texts.map((t) => t.text), ['2022年 总计 7.90', '公务用车小计 4.00', '2023年 总计 7.00', '公务用车小计 3.50']);
  const cur = l.marks.filter((m) => m.year === 'current');
  assert.deepEqual(cur.map((m) => m.label.text), ['因公出国(境) 0.00', '公务用车购置 0.00', '公务用车运行维护 3.50', '公务接待 3.50']);
  assert.ok(cur.every((m) => m.swatch));
  assert.equal(r1(cur[3]!.x), r1(cur[2]!.x + cur[2]!.width));
});

test('spread keeps order, gap and bounds', () => {
  assert.deepEqual(spread([10, 12, 50], 16, 0, 100), [10, 26, 50]);
  assert.deepEqual(spread([90, 95, 99], 16, 0, 100), [68, 84, 100]);
  assert.deepEqual(spread([], 16, 0, 100), []);
});

test('English labels', () => {
  const l = layoutSangong(input({ locale: 'en' }));
  assert.equal(l.texts[0]!.text, 'Overseas trips');
  assert.equal(l.texts.find((t) => t.kind === 'change' && t.text.startsWith('-0.90'))!.text, '-0.90 (-11.39%)');
});

test('horizontal axis labels never overlap, even with amounts in 元', async () => {
  const { ticksFit } = await import('../../src/elements/shared/axis.js');
  const example = JSON.parse(readFileSync('data/example-district-2024.json', 'utf8')) as BudgetDisclosure;
  const big = sangongModel(example)!;
  for (const mode of ['grouped', 'stacked'] as const) {
    for (let width = 280; width <= 1400; width += 20) {
      const l = layoutSangong(input({ model: big, mode, width }));
      if (l.orientation !== 'horizontal') continue;
      assert.ok(l.ticks.length >= 1, `${mode} ${width}px has ticks`);
      assert.ok(ticksFit(l.ticks, l.width), `${mode} ${width}px: ${l.ticks.map((t) => `${t.text}@${Math.round(t.pos)}`).join(' ')}`);
    }
  }
});

// ——— issue 10: an axis for amounts that are all zero, or a cent ———

test('all-zero 三公 table: the value axis runs 0 to 1 (not 0, 0, 0, 0.01…), in both modes and orientations', () => {
  const zero = structuredClone(tongnan);
  for (const r of zero.tables['sangong']!.rows) for (const k of Object.keys(r.values)) if (r.values[k] !== null) r.values[k] = '0.00';
  const m = sangongModel(zero)!;
  for (const mode of ['grouped', 'stacked'] as const) {
    assert.deepEqual(layoutSangong(input({ model: m, mode })).ticks.map((t) => t.text), ['0', '0.2', '0.4', '0.6', '0.8', '1'], mode);
    assert.deepEqual(layoutSangong(input({ model: m, mode, width: 320 })).ticks.map((t) => t.text), ['0', '0.5', '1'], `${mode} narrow`);
  }
  // Still a zero mark on the baseline for every value.
  assert.ok(layoutSangong(input({ model: m })).marks.every((k) => k.zero && k.height === ZERO_MARK));
});

test('a 三公 table whose largest amount is one cent: ticks only at whole cents', () => {
  const tiny = structuredClone(tongnan);
  for (const r of tiny.tables['sangong']!.rows) for (const k of Object.keys(r.values)) if (r.values[k] !== null) r.values[k] = '0.00';
  tiny.tables['sangong']!.rows[0]!.values['reception'] = '0.01';
  tiny.tables['sangong']!.rows[0]!.values['total'] = '0.01';
  const texts = layoutSangong(input({ model: sangongModel(tiny)! })).ticks.map((t) => t.text);
  assert.deepEqual(texts, ['0', '0.01']);
});

// ——— issue 11: three expenses, the vehicle bar split, the subtotal labelled; the left margin ———

const yiyuan = JSON.parse(readFileSync('test/fixtures/charts/yiyuan-stated.json', 'utf8')) as BudgetDisclosure;

test('grouped vehicle bar: 购置 below 运行维护 in one bar, the published 小计 on top', () => {
  const m = sangongModel(yiyuan)!;
  const l = layoutSangong(input({ model: m, years: { prior: false, current: true } }));
  const [purchase, ops] = l.marks.filter((k) => k.key === 'vehiclePurchase' || k.key === 'vehicleOps');
  assert.deepEqual([purchase!.x, purchase!.width], [ops!.x, ops!.width]);
  assert.equal(r1(purchase!.y), r1(ops!.y + ops!.height)); // 运行维护 sits on 购置
  assert.equal(r1(purchase!.y + purchase!.height), r1(l.baseline.y1));
  // 0.40 + 0.46 亿元: heights in proportion, the 小计 label 4 px above the stack.
  assert.equal(r1(purchase!.height / ops!.height), r1(40 / 46));
  const sub = l.texts.find((t) => t.kind === 'subtotal')!;
  assert.deepEqual([sub.text, r1(sub.y)], ['0.86', r1(ops!.y - 4)]);
});

test('the 小计 shown is the published one, never re-summed; a table without a 小计 column sums its parts exactly', () => {
  const off = structuredClone(tongnan);
  off.tables['sangong']!.rows[0]!.values['vehicle'] = '3.51';
  assert.deepEqual(layoutSangong(input({ model: sangongModel(off)! })).texts.filter((t) => t.kind === 'subtotal').map((t) => t.text), ['4.00', '3.51']);
  const none = structuredClone(yiyuan);
  const t = none.tables['sangong']!;
  t.columns = t.columns.filter((c) => c.key !== 'vehicle');
  for (const r of t.rows) delete r.values['vehicle'];
  const v = sangongModel(none)!.series!.vehicle;
  assert.deepEqual([v.current, v.empty.current], [86, true]);
});

test('stacked: the vehicle 小计 beside its two segments, left of the bar, and gone when one is hidden', () => {
  const l = layoutSangong(input({ mode: 'stacked' }));
  const subs = l.texts.filter((t) => t.kind === 'subtotal');
  assert.deepEqual(subs.map((t) => t.text), ['公务用车小计 4.00', '公务用车小计 3.50']);
  const ops = l.marks.find((k) => k.id === 'vehicleOps:prior')!;
  assert.equal(subs[0]!.anchor, 'end');
  assert.ok(subs[0]!.x < ops.x && subs[0]!.x - textWidth(subs[0]!.text) >= l.baseline.x1, 'left of the bar, right of the axis');
  assert.ok(subs[0]!.y > ops.y && subs[0]!.y < ops.y + ops.height + FONT_SLACK);
  assert.equal(layoutSangong(input({ mode: 'stacked', items: { ...ALL, vehiclePurchase: false } })).texts.filter((t) => t.kind === 'subtotal').length, 0);
});
const FONT_SLACK = 12;

test('元 shown for 亿元 data: the left margin holds the widest tick label, at every width with vertical bars', async () => {
  const { withAmountUnit } = await import('../../src/elements/shared/format.js');
  const m = sangongModel(yiyuan)!;
  for (const mode of ['grouped', 'stacked'] as const) {
    for (let width = 600; width <= 1400; width += 40) {
      const l = withAmountUnit('亿元', '元', () => layoutSangong(input({ model: m, mode, width })));
      if (l.orientation !== 'vertical') continue;
      assert.equal(l.ticks.at(-1)!.text, '120,000,000');
      // Tick labels end 6 px left of the axis (sangong-chart.ts) and must start inside the chart.
      for (const t of l.ticks) assert.ok(l.baseline.x1 - 6 - textWidth(t.text) >= 0, `${mode} ${width}px: ${t.text} cut off`);
    }
  }
  // Tongnan in 万元 keeps its 44 px margin.
  assert.equal(layoutSangong(input()).baseline.x1, 44);
});
