/**
 * The sentence <budget-summary> shows when a tile is missing: which figures the file lacks and
 * which table (or stated figure) would give them, so a data author with only table 2 learns why
 * the summary shows fewer tiles (issue 11) instead of guessing. Loaded on demand: a complete
 * file never needs it. Both languages are here; the table titles come from the format
 * (TABLE_KINDS), the figure keys from data/README.md.
 */
import { TABLE_KINDS } from '../../model/table-kinds.js';
import type { Locale } from '../shared/locale.js';
import { TILE_SOURCES, type TileKey } from './tiles.js';
import type { SummaryModel } from './model.js';

/** The tiles the model lacks (no table or stated figure of the file gives them), in the order they are shown. */
export function missingOf(model: Pick<SummaryModel, 'figures' | 'split'>): TileKey[] {
  const shown = new Set<string>(model.figures.map((f) => f.key));
  if (model.split) shown.add('split');
  return (Object.keys(TILE_SOURCES) as TileKey[]).filter((k) => !shown.has(k));
}

const NAMES: Record<Locale, Record<TileKey, string>> = {
  zh: { income: '收入总数', expenditure: '支出总数', split: '基本支出和项目支出', sangong: '“三公”经费', operating: '机关运行经费', procurement: '政府采购' },
  en: { income: 'total income', expenditure: 'total expenditure', split: 'basic and project expenditure', sangong: 'the “three public expenses”', operating: 'administrative running costs', procurement: 'government procurement' },
};

/** One sentence per missing tile: "未显示“三公”经费：它取自“三公”经费预算表（sangong），或文字说明中的数字 “sangong.total”，本数据都没有。" */
export function missingTiles(model: Pick<SummaryModel, 'figures' | 'split'>, locale: Locale): string[] {
  return missingOf(model).map((k) => {
    const { tables, figure } = TILE_SOURCES[k];
    const list = tables.map((t) => (locale === 'en' ? `${TABLE_KINDS[t].title} (${t})` : `${TABLE_KINDS[t].title}（${t}）`));
    const name = NAMES[locale][k];
    if (locale === 'en') {
      return `Not shown: ${name}. ${list.length ? `It comes from ${list.join(' or ')}, or from ` : 'It comes from '}the stated figure “${figure}” of the narrative; this file has none of these.`;
    }
    return `未显示${name}：${list.length ? `它取自${list.join('或')}，或` : '它取自'}文字说明中的数字 “${figure}”，本数据都没有。`;
  });
}
