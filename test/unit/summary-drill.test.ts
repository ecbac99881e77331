import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { allBars, drillLevel, drillSource } from '../../src/elements/budget-summary/drill.js';
import { fitText, layoutBars, textWidth, ticksFit } from '../../src/elements/budget-summary/layout.js';
import { barLabel } from '../../src/elements/budget-summary/strings.js';
import { TONGNAN_PATH } from '../fixtures/charts/paths.js';
// The English words are a lazily loaded module in the browser; here they are loaded up front.
import '../../src/elements/i18n/en.js';

const tongnan = JSON.parse(readFileSync(TONGNAN_PATH, 'utf8')) as BudgetDisclosure;
const source = drillSource(tongnan)!;
const years = { fiscal: 2023, comparison: 2022 };

test('source: gpb-expenditure with its prior-year column', () => {
  assert.equal(source.kind, 'gpb-expenditure');
  assert.equal(source.hasPrior, true);
});

test('类 level: the four classes with published figures', () => {
  const l = drillLevel(source, []);
  assert.deepEqual(l.path, []);
  assert.equal(l.level, 0);
  assert.deepEqual(l.bars.map((b) => [b.code, b.name, b.prior, b.current, b.change, b.hasChildren]), [
    ['201', '一般公共服务支出', 27534, 25824, -1710, true],
    ['208', '社会保障和就业支出', 1786, 1517, -269, true],
    ['210', '卫生健康支出', 1037, 888, -149, true],
    ['221', '住房保障支出', 893, 872, -21, true],
  ]);
});

test('drill 201 → 20137 → its 项, and back by path', () => {
  const k = drillLevel(source, ['201']);
  assert.deepEqual(k.path, [{ code: '201', name: '一般公共服务支出' }]);
  assert.deepEqual(k.bars.map((b) => b.code), ['20137']);
  const x = drillLevel(source, ['201', '20137']);
  assert.equal(x.level, 2);
  assert.deepEqual(x.bars.map((b) => [b.code, b.prior, b.current, b.hasChildren]), [
    ['2013701', 10225, 8707, false],
    ['2013750', 6959, 6918, false],
    ['2013799', 10350, 10200, false],
  ]);
  assert.equal(x.bars[0]!.percent!.toFixed(2), '-14.85');
});

test('stale or leaf paths fall back to the deepest valid level', () => {
  assert.deepEqual(drillLevel(source, ['999']).path, []);
  assert.deepEqual(drillLevel(source, ['201', '20805']).path.map((c) => c.code), ['201']);
  assert.deepEqual(drillLevel(source, ['201', '20137', '2013701']).path.map((c) => c.code), ['201', '20137']);
});

test('a 项 whose 款 row is missing shows under its 类; an empty prior is 新增', () => {
  const data = structuredClone(tongnan);
  const t = data.tables['gpb-expenditure']!;
  t.rows = t.rows.filter((r) => r.code !== '22102');
  t.rows.push({ code: '2210203', name: '购房补贴', values: { total: '1.00' } });
  const l = drillLevel(drillSource(data)!, ['221']);
  assert.deepEqual(l.bars.map((b) => b.code), ['2210201', '2210203']);
  const added = l.bars[1]!;
  assert.deepEqual([added.isNew, added.change, added.percent], [true, 100, null]);
});

test('dept-expenditure when gpb-expenditure is absent: no prior year', () => {
  const data = structuredClone(tongnan);
  data.tables['dept-expenditure'] = { ...data.tables['gpb-expenditure']!, columns: data.tables['gpb-expenditure']!.columns.filter((c) => c.key !== 'prior.total') };
  delete data.tables['gpb-expenditure'];
  const s = drillSource(data)!;
  assert.deepEqual([s.kind, s.hasPrior], ['dept-expenditure', false]);
  assert.deepEqual(drillLevel(s, []).bars.map((b) => [b.change, b.isNew]), [[null, false], [null, false], [null, false], [null, false]]);
});

test('allBars lists every coded row in published order', () => {
  assert.equal(allBars(source).length, 18);
  assert.equal(allBars(source)[8]!.name, '机关事业单位职业年金缴费支出');
});

test('bar labels', () => {
  const b = drillLevel(source, [])!.bars[0]!;
  assert.equal(barLabel(b, years, '万元', true, 'zh'), '201 一般公共服务支出，2023年 258.24万元，2022年 275.34万元，增减 -17.10（-6.21%）（按回车键查看下级科目）');
  assert.equal(barLabel(b, years, '万元', true, 'en'), '201 一般公共服务支出, 2023 258.24 10k yuan, 2022 275.34 10k yuan, Change -17.10 (-6.21%) (press Enter to show the next level)');
});

test('layout at 1280 px: two bars per row, exact widths, change on the name line', () => {
  const l = layoutBars({ bars: drillLevel(source, []).bars, width: 1280, hasPrior: true, years, locale: 'zh' });
  const first = l.rows[0]!;
  assert.deepEqual(first.name, { text: '201 一般公共服务支出', x: 8, y: 17 });
  assert.deepEqual(first.change, { text: '-17.10（-6.21%）', x: 1272, y: 17, anchor: 'end' });
  // domain [0, 275.34] niced to [0, 280] over [8, 1272 - 8 - labelRoom].
  const end = 1280 - 8 - (textWidth('2023年 275.34') + 8);
  assert.equal(first.bars[0]!.width, ((end - 8) * 258.24) / 280);
  assert.deepEqual(first.bars.map((b) => b.label.text), ['2023年 258.24', '2022年 275.34']);
  assert.deepEqual(l.ticks.map((t) => t.text), ['0', '50', '100', '150', '200', '250']);
  for (let i = 1; i < l.rows.length; i++) assert.ok(l.rows[i]!.y >= l.rows[i - 1]!.y + l.rows[i - 1]!.height);
});

test('axis ticks in 元: as many as fit the width, labels never run into each other', () => {
  const district = JSON.parse(readFileSync('data/example-district-2024.json', 'utf8')) as BudgetDisclosure;
  const bars = drillLevel(drillSource(district)!, []).bars;
  const at = (width: number) => layoutBars({ bars, width, hasPrior: true, years: { fiscal: 2024, comparison: 2023 }, locale: 'zh' }).ticks;
  // Six ticks by width alone printed "20,000,00040,000,60,000,80,000,000" at 375 px.
  assert.deepEqual(at(375).map((t) => t.text), ['0', '50,000,000']);
  assert.deepEqual(at(1280).map((t) => t.text), ['0', '10,000,000', '20,000,000', '30,000,000', '40,000,000', '50,000,000', '60,000,000', '70,000,000', '80,000,000']);
  for (let width = 280; width <= 1400; width += 7) {
    const ticks = at(width);
    assert.ok(ticks.length >= 2, `${width} px: ${ticks.length} ticks`);
    assert.ok(ticksFit(ticks, width), `${width} px: ${ticks.map((t) => `${t.text}@${t.pos}`).join(' ')}`);
  }
  // The check itself: two 10-character labels 50 px apart overlap.
  assert.equal(ticksFit([{ text: '20,000,000', pos: 100 }, { text: '40,000,000', pos: 150 }], 375), false);
});

test('layout at 343 px: a long name puts the change on its own line, labels stay inside', () => {
  const bars = drillLevel(source, ['208', '20805']).bars;
  const l = layoutBars({ bars, width: 343, hasPrior: true, years, locale: 'zh' });
  const r = l.rows[0]!;
  assert.equal(r.name.text, '2080505 机关事业单位基本养老保险缴费支出');
  assert.deepEqual([r.change!.anchor, r.change!.x, r.change!.y], ['start', 8, r.name.y + 16]);
  for (const row of l.rows) for (const b of row.bars) assert.ok(b.label.x + textWidth(b.label.text) <= 343);
});

test('layout: a name wider than the row is cut with an ellipsis; the accessible label keeps it whole', () => {
  const long = `${'网'.repeat(50_000)}${'W'.repeat(50_000)}`;
  const bar = { ...drillLevel(source, []).bars[0]!, name: long };
  const l = layoutBars({ bars: [bar], width: 400, hasPrior: true, years, locale: 'zh' });
  const name = l.rows[0]!.name.text;
  assert.ok(name.startsWith('201 网网'));
  assert.ok(name.endsWith('…'));
  // Within the row, less the margins and the " ›" of a drillable row.
  assert.ok(textWidth(name) <= 400 - 16 - textWidth(' ›'), `${textWidth(name)} px`);
  assert.ok(barLabel(bar, years, '万元', true, 'zh').includes(long));
  assert.equal(fitText('201 一般公共服务支出', 400), '201 一般公共服务支出');
  assert.equal(fitText('😀'.repeat(40), 100), `${'😀'.repeat(7)}…`, 'code points are never split');
});

test('issue 10: bars that are all zero get an axis from 0 to 1, not 0, 0, 0.01', () => {
  const bars = drillLevel(source, []).bars.map((b) => ({ ...b, current: 0, prior: 0 }));
  assert.deepEqual(layoutBars({ bars, width: 1280, hasPrior: true, years, locale: 'zh' }).ticks.map((t) => t.text), ['0', '0.2', '0.4', '0.6', '0.8', '1']);
});
