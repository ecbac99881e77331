/**
 * Rules 5 and 6: the item tables add up.
 *  - "三公"经费 (4), each row and year: 总计 = 因公出国 + 公务用车购置及运行费 + 公务接待费;
 *    公务用车 小计 = 购置 + 运行维护; a 总计 of 0 means every item is 0; the 合计 row = Σ units.
 *  - 政府采购 (9), every amount column: 合计 = 货物 + 工程 + 服务.
 *
 * Tolerance: amounts go through compare() (context.ts): exact in integer hundredths, a difference of
 *   at most 0.01 of the unit per rounded term is a `rounding` note, a larger one the severity below.
 * Severity: `error` (and an `error` when a 总计 of 0 has a non-zero item).
 * Source: the cross-checks (勾稽关系) reviewers apply to the tables that 财预〔2016〕143号 and the
 *   provinces' templates prescribe (the table numbers above are Chongqing's twelve attachments,
 *   data/README.md lists the kinds); the open-source GovBudgetChecker applies the same relations
 *   with the same 0.01 万元 tolerance.
 */
import type { SangongKey } from '../columns.js';
import { collect, compare, finding, TableView, type Context } from './context.js';
import type { Finding, RuleId } from './types.js';

const YEARS = ['', 'prior.'] as const;

/**
 * One row and year of a 三公 table. `p` is the prefix of the year's keys ('' this year, 'prior.'
 * last year; a 决算's table 7 adds 'budget.' for its 预算数), `rule` the rule reporting it.
 */
export function checkSangongRow(out: Finding[], t: TableView, row: TableView['table']['rows'][number], p: string, rule: RuleId = 'R05'): void {
  const k = (key: SangongKey): string => `${p}${key}`;
  const has = (key: SangongKey) => t.hasAt(k(key));
  const vehicleParts = (['vehiclePurchase', 'vehicleOps'] as const).filter(has);
  if (has('vehicle') && vehicleParts.length) {
    collect(
      out,
      compare({
        rule,
        place: t.place(row, k('vehicle')),
        where: t.where(row, k('vehicle')),
        relation: { zh: '应等于公务用车购置 + 运行维护费', en: 'should equal vehicle purchase + operation' },
        actual: t.valueAt(row, k('vehicle')),
        terms: vehicleParts.map((v) => t.valueAt(row, k(v))),
      }),
    );
  }
  if (!has('total')) return;
  const items = (['abroad', ...(has('vehicle') ? (['vehicle'] as const) : vehicleParts), 'reception'] as const).filter(has);
  if (!items.length) return;
  const total = t.valueAt(row, k('total'));
  if (total?.cents === 0) {
    // A zero total is a statement: nothing of the three was budgeted, so no item may show money.
    const nonZero = items.filter((i) => (t.valueAt(row, k(i))?.cents ?? 0) !== 0);
    if (nonZero.length) {
      const names = nonZero.map((i) => t.columnLabel(k(i))).join('、');
      out.push(
        finding(rule, 'error', t.place(row, k('total')), {
          zh: `${t.where(row, k('total')).zh}为 0，但 ${names} 不为 0。`,
          en: `${t.where(row, k('total')).en} is 0 but ${names} is not.`,
        }),
      );
    }
    return;
  }
  collect(
    out,
    compare({
      rule,
      place: t.place(row, k('total')),
      where: t.where(row, k('total')),
      relation: { zh: `应等于 ${items.map((i) => t.columnLabel(k(i))).join(' + ')}`, en: `should equal ${items.map((i) => t.columnLabel(k(i))).join(' + ')}` },
      actual: total,
      terms: items.map((i) => t.valueAt(row, k(i))),
    }),
  );
}

export function checkSangong(ctx: Context): Finding[] {
  const t = ctx.table('sangong');
  if (!t) return [];
  const out: Finding[] = [];
  for (const row of t.rows()) for (const p of YEARS) checkSangongRow(out, t, row, p);
  // With several units, the 合计 row adds them up.
  const total = t.total();
  const units = t.rows().filter((r) => !r.role);
  if (total && units.length) {
    for (const c of t.table.columns.filter((c) => (c.type ?? 'amount') === 'amount')) {
      collect(
        out,
        compare({
          rule: 'R05',
          place: t.place(total, c.key),
          where: t.where(total, c.key),
          relation: { zh: `应等于 ${units.length} 个单位之和`, en: `should equal the sum of its ${units.length} unit(s)` },
          actual: t.valueAt(total, c.key),
          terms: units.map((u) => t.valueAt(u, c.key)),
        }),
      );
    }
  }
  return out;
}

export function checkProcurement(ctx: Context): Finding[] {
  const t = ctx.table('procurement');
  if (!t) return [];
  const total = t.total();
  const categories = ['货物', '工程', '服务']
    .map((word) => t.rows().find((r) => !r.role && r.name.includes(word)))
    .filter((r) => r !== undefined);
  if (!total || !categories.length) return [];
  const out: Finding[] = [];
  const names = categories.map((r) => r.name).join(' + ');
  for (const c of t.table.columns.filter((c) => (c.type ?? 'amount') === 'amount')) {
    collect(
      out,
      compare({
        rule: 'R06',
        place: t.place(total, c.key),
        where: t.where(total, c.key),
        relation: { zh: `应等于 ${names}`, en: `should equal ${names}` },
        actual: t.valueAt(total, c.key),
        terms: categories.map((r) => t.valueAt(r, c.key)),
      }),
    );
  }
  return out;
}
