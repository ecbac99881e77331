/**
 * Rules 3 and 4: the two-sided summary tables balance.
 *  - 部门收支总表 (6): 本年收入合计 = Σ income sources, 收入总计 = 本年收入合计 + 上年结转,
 *    likewise for expenditure, and 收入总计 = 支出总计.
 *  - 财政拨款收支总表 (1): 收入合计 = 支出合计, each expenditure row's 合计 = 一般公共预算 +
 *    政府性基金 + 国有资本经营, and the section sums as for table 6.
 *
 * Section sums follow the printed layout. A `subtotal` row either closes the rows above it
 * (本年收入合计, trailing style of table 6) or heads the "(一) (二) …" rows under it
 * (一、本年收入, heading style of table 1). The `total` row sums the subtotals plus any
 * top-level rows no subtotal took (上年结转, 结转下年).
 *
 * Tolerance: amounts go through compare() (context.ts): exact in integer hundredths, a difference of
 *   at most 0.01 of the unit per rounded term is a `rounding` note, a larger one the severity below.
 * Severity: `error`.
 * Source: the cross-checks (勾稽关系) reviewers apply to the tables that 财预〔2016〕143号 and the
 *   provinces' templates prescribe (the table numbers above are Chongqing's twelve attachments,
 *   data/README.md lists the kinds); the open-source GovBudgetChecker applies the same relations
 *   with the same 0.01 万元 tolerance.
 */
import type { Row } from '../schema.js';
import type { ValueKey } from '../columns.js';
import { collect, compare, type Context, type TableView } from './context.js';
import type { Finding, RuleId } from './types.js';

const BRACKET_ORDINAL = /^\s*[(（]\s*[一二三四五六七八九十百零〇\d]+\s*[)）]/;

/** Each subtotal and the total of a side with the rows they should sum. */
export function sideSums(rows: readonly Row[]): Array<{ row: Row; terms: Row[] }> {
  const out: Array<{ row: Row; terms: Row[] }> = [];
  const taken = new Set<Row>();
  let sinceRole: Row[] = [];
  rows.forEach((row, i) => {
    if (row.role === 'subtotal') {
      let terms = sinceRole;
      if (terms.length === 0) {
        terms = [];
        for (let j = i + 1; j < rows.length && !rows[j]!.role && BRACKET_ORDINAL.test(rows[j]!.name); j++) terms.push(rows[j]!);
      }
      terms.forEach((t) => taken.add(t));
      if (terms.length) out.push({ row, terms });
      sinceRole = [];
    } else if (row.role === 'total') {
      const terms = rows.slice(0, i).filter((r) => r.role === 'subtotal' || (!r.role && !taken.has(r)));
      if (terms.length) out.push({ row, terms });
      sinceRole = [];
    } else if (!taken.has(row)) {
      // Rows a heading already took belong to it, not to the next trailing subtotal.
      sinceRole.push(row);
    }
  });
  return out;
}

/** Every subtotal and total of both sides = the rows it sums (see sideSums), on every amount column. */
export function checkSides(out: Finding[], t: TableView, rule: RuleId): void {
  for (const side of ['income', 'expenditure'] as const) {
    const keys = t.table.columns.filter((c) => c.side === side && (c.type ?? 'amount') === 'amount').map((c) => c.key);
    for (const { row, terms } of sideSums(t.rows(side))) {
      for (const key of keys) {
        collect(
          out,
          compare({
            rule,
            place: t.place(row, key),
            where: t.where(row, key),
            relation: { zh: `应等于其所含 ${terms.length} 行之和`, en: `should equal the sum of its ${terms.length} rows` },
            actual: t.valueAt(row, key),
            terms: terms.map((r) => t.valueAt(r, key)),
          }),
        );
      }
    }
  }
}

/** Income total = expenditure total, on the given columns. */
function checkBalance<K extends 'dept-summary' | 'fiscal-summary'>(out: Finding[], t: TableView<K>, rule: RuleId, incomeKey: ValueKey<K>, expenditureKey: ValueKey<K>): void {
  const income = t.total('income');
  const expenditure = t.total('expenditure');
  if (!income || !expenditure || !t.has(incomeKey, 'income') || !t.has(expenditureKey, 'expenditure')) return;
  collect(
    out,
    compare({
      rule,
      place: t.place(income, incomeKey),
      where: t.where(income, incomeKey),
      relation: { zh: `应等于${expenditure.name}`, en: `should equal ${expenditure.name}` },
      actual: t.value(income, incomeKey),
      terms: [t.value(expenditure, expenditureKey)],
    }),
  );
}

export function checkDeptSummary(ctx: Context): Finding[] {
  const t = ctx.table('dept-summary');
  if (!t) return [];
  const out: Finding[] = [];
  checkBalance(out, t, 'R03', 'amount', 'amount');
  checkSides(out, t, 'R03');
  return out;
}

export function checkFiscalSummary(ctx: Context): Finding[] {
  const t = ctx.table('fiscal-summary');
  if (!t) return [];
  const out: Finding[] = [];
  checkBalance(out, t, 'R04', 'amount', 'total');
  const funds = (['gpb', 'govFund', 'stateCapital'] as const).filter((k) => t.has(k, 'expenditure'));
  if (t.has('total', 'expenditure') && funds.length) {
    const labels = funds.map((k) => t.columnLabel(k, 'expenditure')).join(' + ');
    for (const row of t.rows('expenditure')) {
      collect(
        out,
        compare({
          rule: 'R04',
          place: t.place(row, 'total'),
          where: t.where(row, 'total'),
          relation: { zh: `应等于 ${labels}`, en: `should equal ${labels}` },
          actual: t.value(row, 'total'),
          terms: funds.map((k) => t.value(row, k)),
        }),
      );
    }
  }
  checkSides(out, t, 'R04');
  return out;
}
