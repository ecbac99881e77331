/**
 * Rules 13 and 14 on a 决算: where the figures its text states are read in the 决算 tables, and
 * how the messages name them. The text of a 决算 states actual figures (本年收入合计, 支出决算,
 * “三公”经费决算数 …) with the year's budget beside them; the plain keys of FIGURE_KEYS are the
 * actual figures there, and a message calls them so: “本年支出决算数”, not “支出预算总数”.
 *
 * Planned figures (年初预算数: `gpb.item.<code>.budget`, `expenditure.budget`) are in no 决算
 * table; they are checked against the year's budget file (cross-file.ts), here they are said to
 * be unverified like any figure without a table. Stated rates are rule 28 (execution-rates.ts).
 */
import type { Row } from '../schema.js';
import type { SangongKey } from '../columns.js';
import { own } from '../own.js';
import { FINAL_FIGURE_KEYS, FINAL_FIGURE_WORDS } from '../table-kinds-final.js';
import type { Context, TableView } from './context.js';
import { cell, first, totalRow, type Resolver, type RowPick, type Side } from './figure-targets.js';

const SANGONG: readonly SangongKey[] = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'reception'];
const isSangong = (k: string): k is SangongKey => (SANGONG as readonly string[]).includes(k);

/** A published sum row (本年收入合计, 年末结转和结余 …) of a side, by the words of its name. */
export const sumNamed = (word: string, side?: Side): RowPick =>
  Object.assign((t: TableView) => t.rows(side).find((r) => r.name.replace(/\s+/g, '').includes(word)), { side });

/** The 三公 row of table 7: its 合计 row, else its only row. */
const sangongRow: RowPick = (t: TableView) => t.total() ?? t.rows()[0];

/** Stated figure key of a 决算 → the 决算 table cells it should equal. */
export function finalResolver(key: string): Resolver | undefined {
  const item = /^gpb\.item\.(\d{3,7})\.final$/.exec(key);
  if (item) return (ctx) => cell(ctx, 'final-gpb-expenditure', (t) => t.byCode(item[1]!) ?? { name: item[1]!, values: {} }, 'total');
  const klass = /^expenditure\.class\.(\d{3})$/.exec(key);
  if (klass) return (ctx) => cell(ctx, 'final-expenditure', (t) => t.byCode(klass[1]!) ?? { name: klass[1]!, values: {} }, 'total');
  const sangong = /^sangong\.(?:(\w+)\.)?(budget)$|^sangong\.(\w+)$/.exec(key);
  if (sangong) {
    const planned = sangong[2] === 'budget';
    const name = planned ? (sangong[1] ?? 'total') : sangong[3]!;
    if (!isSangong(name)) return undefined;
    return (ctx) => cell(ctx, 'final-sangong', sangongRow, planned ? `budget.${name}` : name);
  }
  switch (key) {
    case 'income.total':
      return first((ctx) => cell(ctx, 'final-summary', sumNamed('本年收入合计', 'income'), 'amount'), (ctx) => cell(ctx, 'final-income', totalRow(), 'total'));
    case 'expenditure.total':
      return first((ctx) => cell(ctx, 'final-summary', sumNamed('本年支出合计', 'expenditure'), 'amount'), (ctx) => cell(ctx, 'final-expenditure', totalRow(), 'total'));
    case 'income.carryoverBegin':
      return (ctx) => cell(ctx, 'final-summary', sumNamed('年初结转和结余', 'income'), 'amount');
    case 'expenditure.carryoverEnd':
      return (ctx) => cell(ctx, 'final-summary', sumNamed('年末结转和结余', 'expenditure'), 'amount');
    case 'gpb.income':
      return (ctx) => cell(ctx, 'final-fiscal-summary', sumNamed('一般公共预算财政拨款', 'income'), 'amount');
    case 'gpb.expenditure':
      return first((ctx) => cell(ctx, 'final-gpb-expenditure', totalRow(), 'total'), (ctx) => cell(ctx, 'final-fiscal-summary', sumNamed('本年支出合计', 'expenditure'), 'gpb'));
    case 'basic.total':
    case 'project.total': {
      const col = key === 'basic.total' ? 'basic' : 'project';
      return first((ctx) => cell(ctx, 'final-gpb-expenditure', totalRow(), col), (ctx) => cell(ctx, 'final-expenditure', totalRow(), col));
    }
    case 'operating.total':
      // 机关运行经费 ≈ 公用经费 of table 6 (a warning only: narrative.ts words it so).
      return (ctx) => cell(ctx, 'final-gpb-basic-expenditure', sumNamed('公用经费合计'), 'amount');
  }
  return undefined;
}

/** The 决算 table pair for a stated change from last year's 决算: 三公 only (table 7 prints last year where it does). */
export function finalChangeTargets(ctx: Context, base: string): Array<{ t: TableView; row: Row | undefined; now: string; prior: string; assumed?: boolean }> {
  const item = base === 'sangong' ? 'total' : base.slice('sangong.'.length);
  if (!base.startsWith('sangong') || !isSangong(item)) return [];
  const t = ctx.table('final-sangong');
  return t && t.has(item) && t.has(`prior.${item}`) ? [{ t: t as TableView, row: sangongRow(t as TableView), now: item, prior: `prior.${item}` }] : [];
}

const SANGONG_ZH: Record<SangongKey, string> = {
  total: '“三公”经费',
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运行费',
  vehiclePurchase: '公务用车购置费',
  vehicleOps: '公务用车运行费',
  reception: '公务接待费',
};

/** A figure key as a 决算's text says it, or undefined where the budget's words hold. */
export function finalLabel(key: string): string | undefined {
  const item = /^gpb\.item\.(\d+)\.(budget|final|rate)$/.exec(key);
  if (item) return `${item[1]} 项${item[2] === 'budget' ? '年初预算数' : item[2] === 'final' ? '支出决算数' : '完成年初预算的比例'}`;
  const sangong = /^sangong\.(\w+)\.(budget|rate)$/.exec(key);
  if (sangong && isSangong(sangong[1]!)) return `${SANGONG_ZH[sangong[1]]}${sangong[2] === 'budget' ? '预算数' : '完成预算的比例'}`;
  const change = /^sangong\.(\w+)\.change$/.exec(key);
  if (change && isSangong(change[1]!)) return `${SANGONG_ZH[change[1]]}决算较上年决算增减`;
  const plain = /^sangong\.(\w+)$/.exec(key);
  if (plain && isSangong(plain[1]!) && plain[1] !== 'total') return `${SANGONG_ZH[plain[1]]}决算数`;
  return own(FINAL_FIGURE_WORDS, key) ?? own(FINAL_FIGURE_KEYS as Record<string, string>, key)?.replace(/ \(.*$/, '');
}

/** English names of the 决算 figure keys (typed on FINAL_FIGURE_KEYS: a new key needs one). */
export const FINAL_FIGURE_LABELS_EN: { readonly [K in keyof typeof FINAL_FIGURE_KEYS]: string } = {
  'income.carryoverBegin': 'balances brought forward (年初结转和结余)',
  'expenditure.carryoverEnd': 'balances carried forward (年末结转和结余)',
  'expenditure.budget': 'budgeted expenditure at the start of the year',
  'expenditure.rate': 'expenditure as a share of the initial budget',
  'gpb.item.<code>.budget': 'initial budget of an item (项)',
  'gpb.item.<code>.final': 'actual expenditure of an item (项)',
  'gpb.item.<code>.rate': 'execution rate of an item (项)',
  'sangong.budget': 'budgeted 三公 expenses',
  'sangong.rate': '三公 expenses as a share of the budget',
  'sangong.<item>.budget': 'budget of a 三公 item',
  'sangong.<item>.rate': 'a 三公 item as a share of its budget',
  'operating.budget': 'budgeted administrative running costs (机关运行经费)',
  'procurement.sme': 'contracts awarded to small and medium enterprises',
  'procurement.sme.share': 'share of procurement awarded to small and medium enterprises',
  'assets.equipment': 'general equipment of 500,000 yuan or more a unit',
  'assets.specialEquipment': 'special equipment of 1,000,000 yuan or more a unit',
  'assets.land': 'land area',
};
