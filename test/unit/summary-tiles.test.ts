import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { summaryModel } from '../../src/elements/budget-summary/model.js';
import { TILE_SOURCES, type TileKey } from '../../src/elements/budget-summary/tiles.js';
import { missingOf, missingTiles } from '../../src/elements/budget-summary/missing.js';

const tongnan = JSON.parse(readFileSync('data/tongnan-cac-2023.json', 'utf8')) as BudgetDisclosure;
/** Tongnan with only these tables and stated figures. */
const only = (tables: string[], figures: string[] = []): BudgetDisclosure => ({
  ...tongnan,
  tables: Object.fromEntries(Object.entries(tongnan.tables).filter(([k]) => tables.includes(k))),
  narrative: { ...tongnan.narrative!, figures: (tongnan.narrative!.figures ?? []).filter((f) => figures.includes(f.key) || (figures.includes('basic.total') && f.key === 'project.total')) },
});

test('TILE_SOURCES says what model.ts reads: each listed table alone, and the stated figure alone, gives its tile', () => {
  const withOperating = structuredClone(tongnan);
  withOperating.narrative!.figures!.push({ key: 'operating.total', value: '20.00', section: 'gpb' });
  for (const [tile, { tables, figure }] of Object.entries(TILE_SOURCES) as [TileKey, (typeof TILE_SOURCES)[TileKey]][]) {
    for (const t of tables) assert.ok(!missingOf(summaryModel(only([t]))).includes(tile), `${tile} from ${t}`);
    const base = tile === 'operating' ? withOperating : tongnan;
    const stated = summaryModel({ ...only([], [figure]), narrative: { ...base.narrative!, figures: base.narrative!.figures!.filter((f) => f.key === figure || (tile === 'split' && f.key === 'project.total')) } });
    assert.ok(!missingOf(stated).includes(tile), `${tile} from the stated ${figure}`);
    // And nothing else gives it.
    assert.ok(missingOf(summaryModel(only([]))).includes(tile), `${tile} missing without its sources`);
  }
});

test('with only table 2 the summary names each missing tile and the table that would give it', () => {
  const m = summaryModel(only(['gpb-expenditure']));
  assert.deepEqual(missingOf(m), ['income', 'sangong', 'operating', 'procurement']);
  assert.deepEqual(missingTiles(m, 'zh'), [
    '未显示收入总数：它取自部门收支总表（dept-summary）或财政拨款收支总表（fiscal-summary），或文字说明中的数字 “income.total”，本数据都没有。',
    '未显示“三公”经费：它取自"三公"经费预算表（sangong），或文字说明中的数字 “sangong.total”，本数据都没有。',
    '未显示机关运行经费：它取自文字说明中的数字 “operating.total”，本数据都没有。',
    '未显示政府采购：它取自政府采购预算明细表（procurement），或文字说明中的数字 “procurement.total”，本数据都没有。',
  ]);
  assert.equal(missingTiles(m, 'en')[0], 'Not shown: total income. It comes from 部门收支总表 (dept-summary) or 财政拨款收支总表 (fiscal-summary), or from the stated figure “income.total” of the narrative; this file has none of these.');
  // Tongnan as published has every tile: nothing to say (and the words are never loaded).
  assert.deepEqual(missingOf(summaryModel(tongnan)), []);
});
