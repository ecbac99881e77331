/**
 * Rule 27: 一般公共预算财政拨款“三公”经费支出决算表 (决算 table 7) adds up, for its 决算数, its
 * 预算数 and last year's 决算数 where printed: 合计 = 因公出国（境）费 + 公务用车购置及运行费 +
 * 公务接待费; 公务用车 小计 = 购置费 + 运行费; a 合计 of 0 means every item is 0. (The stated
 * 完成预算 % of each item is rule 28.)
 */
import type { Context } from './context.js';
import { checkSangongRow } from './item-tables.js';
import type { Finding } from './types.js';

export function checkFinalSangong(ctx: Context): Finding[] {
  const t = ctx.table('final-sangong');
  if (!t) return [];
  const out: Finding[] = [];
  for (const row of t.rows()) for (const p of ['', 'budget.', 'prior.']) checkSangongRow(out, t, row, p, 'R27');
  return out;
}
