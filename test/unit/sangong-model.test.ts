import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { sangongModel, selectRow, tableRows } from '../../src/elements/sangong-chart/model.js';
import { addStated, statedChanges } from '../../src/elements/sangong-chart/stated.js';
import { changeLabel, describe, markLabel } from '../../src/elements/sangong-chart/strings.js';
import { TONGNAN_PATH } from '../fixtures/charts/paths.js';
// The English words are a lazily loaded module in the browser; here they are loaded up front.
import '../../src/elements/i18n/en.js';

const load = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as BudgetDisclosure;
const tongnan = load(TONGNAN_PATH);
const multi = load('test/fixtures/charts/multi-unit.json');

test('Tongnan: the 合计 row by default, published figures in cents, blanks as 0', () => {
  const m = sangongModel(tongnan)!;
  const s = m.series!;
  assert.equal(s.unit.isTotal, true);
  assert.equal(s.hasPrior, true);
  assert.deepEqual(
    s.items.map((v) => [v.key, v.prior, v.current, v.empty.prior, v.empty.current]),
    [
      ['abroad', 0, 0, true, true],
      ['vehiclePurchase', 0, 0, true, true],
      ['vehicleOps', 400, 350, false, false],
      ['reception', 390, 350, false, false],
    ],
  );
  assert.deepEqual([s.total.prior, s.total.current, s.total.change], [790, 700, -90]);
  assert.equal(s.total.percent!.toFixed(2), '-11.39');
  assert.equal(m.fiscalYear, 2023);
  assert.equal(m.comparisonYear, 2022);
  assert.equal(m.amountUnit, '万元');
});

test('the total is the published 总计, not a sum of the items', () => {
  const data = structuredClone(tongnan);
  const row = data.tables['sangong']!.rows[0]!;
  row.values['total'] = '7.01'; // a published total 0.01 off the items must be shown as published
  assert.equal(sangongModel(data)!.series!.total.current, 701);
});

test('unit selection by code or name; unknown falls back to 合计', () => {
  const table = multi.tables['sangong']!;
  assert.equal(selectRow(table, '101002')!.name, '区大数据中心');
  assert.equal(selectRow(table, ' 区数据局机关 ')!.code, '101001');
  assert.equal(selectRow(table, 'nope')!.name, '合计');
  assert.equal(selectRow(table)!.name, '合计');
  const m = sangongModel(multi, '101002')!;
  assert.deepEqual(m.units.map((u) => u.id), ['合计', '101001', '101002']);
  assert.equal(m.series!.unit.name, '区大数据中心');
});

test('prior 0 or blank and current > 0 is 新增 with no percentage; 0 → 0 is unchanged', () => {
  const s = sangongModel(multi, '101002')!.series!;
  const purchase = s.items.find((v) => v.key === 'vehiclePurchase')!;
  assert.deepEqual([purchase.isNew, purchase.percent, purchase.change], [true, null, 2500]);
  assert.equal(changeLabel(purchase, 'zh'), '新增');
  assert.equal(changeLabel(purchase, 'en'), 'New');
  const abroad = s.items.find((v) => v.key === 'abroad')!;
  assert.deepEqual([abroad.isNew, abroad.percent, abroad.change], [false, null, 0]);
  assert.equal(changeLabel(abroad, 'zh'), '无变化');
  // An explicit published 0.00 is not blank.
  const own = sangongModel(multi, '101001')!.series!.items[0]!;
  assert.deepEqual([own.current, own.empty.current, own.change], [0, false, -500]);
  assert.equal(changeLabel(own, 'zh'), '-5.00（-100.00%）');
});

test('no sangong table → null model', () => {
  assert.equal(sangongModel(load('test/fixtures/charts/no-sangong.json')), null);
});

test('description states total, change and each item (zh, en)', () => {
  const m = sangongModel(tongnan)!;
  assert.equal(
    describe(m, 'zh'),
    '2023年“三公”经费预算7.00万元，比2022年减少0.90万元（-11.39%）。其中：因公出国(境)0.00万元，持平；公务用车购置及运行3.50万元（公务用车购置0.00万元，公务用车运行维护3.50万元），减少0.50万元（-12.50%）；公务接待3.50万元，减少0.40万元（-10.26%）。',
  );
  assert.match(describe(m, 'en'), /^The 2023 budget for the “three public expenses” is 7\.00 10k yuan, down 0\.90 10k yuan \(-11\.39%\) on 2022\./);
});

test('description carries the narrative reason for the department total only', () => {
  const total = sangongModel(multi)!;
  assert.equal(
    describe(total, 'zh').split('。')[0],
    '2024年“三公”经费预算46.00万元，比2023年增加23.00万元（+100.00%），主要是信息中心新购置公务用车1辆',
  );
  assert.doesNotMatch(describe(sangongModel(multi, '101001')!, 'zh'), /主要是/);
  assert.match(describe(sangongModel(multi, '101002')!, 'zh'), /公务用车购置及运行26.00万元（公务用车购置25.00万元，公务用车运行维护1.00万元），增加25.00万元（\+2,500.00%）/);
});

test('mark labels name item, year, value and change', () => {
  const m = sangongModel(tongnan)!;
  const reception = m.series!.items[3]!;
  assert.equal(markLabel(reception, 'prior', m, 'zh'), '公务接待，2022年：3.90万元');
  assert.equal(markLabel(reception, 'current', m, 'zh'), '公务接待，2023年：3.50万元，比2022年减少0.40万元（-10.26%）');
  assert.equal(markLabel(reception, 'current', m, 'en'), 'Official reception, 2023: 3.50 10k yuan, vs 2022: down 0.40 10k yuan (-10.26%)');
});

// ——— issue 11: the vehicle subtotal, the table's rows, changes stated in the text ———

const yiyuan = load('test/fixtures/charts/yiyuan-stated.json');

test('the vehicle 小计 is the published one; the table lists three expenses, the vehicle parts under it, then the total', () => {
  const s = sangongModel(tongnan)!.series!;
  assert.deepEqual([s.vehicle.key, s.vehicle.prior, s.vehicle.current, s.vehicle.change], ['vehicle', 400, 350, -50]);
  assert.deepEqual(
    tableRows(s).map((r) => `${r.v.key}${r.part ? ' (part)' : ''}`),
    ['abroad', 'vehicle', 'vehiclePurchase (part)', 'vehicleOps (part)', 'reception', 'total'],
  );
});

test('stated changes: read from sangong.*.change, only for a table without a prior-year column', () => {
  assert.deepEqual(statedChanges(yiyuan), { total: 4, abroad: -2, vehicle: 7, vehiclePurchase: 10, vehicleOps: -3, reception: -1 });
  // A figure stated in another unit than the table's is left out, never shown in the wrong unit.
  const other = structuredClone(yiyuan);
  other.narrative!.figures!.find((f) => f.key === 'sangong.abroad.change')!.unit = '万元';
  assert.equal(statedChanges(other, '亿元').abroad, undefined);
  const m = sangongModel(yiyuan)!;
  assert.equal(m.series!.hasPrior, false);
  assert.equal(m.stated?.text, undefined); // loaded on demand
  addStated(m, yiyuan);
  assert.equal(m.stated!.text!('vehicle', 'zh'), '较上年+0.07（据文字说明）');
  assert.equal(m.stated!.text!('reception', 'en', '亿元'), '-0.01 100m yuan on last year (as stated in the text)');
  // Tongnan has last year's column: its changes are computed, the text's are never shown instead.
  const t = sangongModel(tongnan)!;
  addStated(t, tongnan);
  assert.equal(t.stated!.text, undefined);
});

test('description of a this-year-only table: the stated changes, marked, with the reason', () => {
  const m = sangongModel(yiyuan)!;
  assert.equal(
    describe(m, 'zh'),
    '2025年“三公”经费预算1.28亿元，主要是更新执法执勤用车。其中：因公出国(境)0.12亿元；公务用车购置及运行0.86亿元（公务用车购置0.40亿元，公务用车运行维护0.46亿元）；公务接待0.30亿元。',
  );
  addStated(m, yiyuan);
  assert.equal(
    describe(m, 'zh'),
    '2025年“三公”经费预算1.28亿元，较上年+0.04亿元（据文字说明），主要是更新执法执勤用车。其中：因公出国(境)0.12亿元，较上年-0.02亿元（据文字说明）；公务用车购置及运行0.86亿元（公务用车购置0.40亿元，公务用车运行维护0.46亿元），较上年+0.07亿元（据文字说明）；公务接待0.30亿元，较上年-0.01亿元（据文字说明）。',
  );
});
