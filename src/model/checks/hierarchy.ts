/**
 * Rule 2: in tables classified by code, 类 = Σ its 款, 款 = Σ its 项 (function codes) or
 * 类 = Σ its 款 (economic codes), for every amount column and year; the 合计 row = Σ 类 rows.
 * A parent row without published children is a leaf as far as the table goes: not checked.
 *
 * Tolerance: amounts go through compare() (context.ts): exact in integer hundredths, a difference of
 *   at most 0.01 of the unit per rounded term is a `rounding` note, a larger one the severity below.
 * Severity: `error`.
 * Source: the cross-checks (勾稽关系) reviewers apply to the tables that 财预〔2016〕143号 and the
 *   provinces' templates prescribe (the table numbers above are Chongqing's twelve attachments,
 *   data/README.md lists the kinds); the open-source GovBudgetChecker applies the same relations
 *   with the same 0.01 万元 tolerance.
 *   The 类/款/项 levels are those of the national 支出功能分类 and 部门预算支出经济分类 codes.
 */
import type { Row } from '../schema.js';
import { codeLevel, parentCode } from '../table-kinds.js';
import { collect, compare, TableView, type Context } from './context.js';
import type { Finding } from './types.js';

const CODED_KINDS = [
  'gpb-expenditure',
  'gpb-basic-expenditure',
  'dept-income',
  'dept-expenditure',
  'gov-fund-expenditure',
  'state-capital-expenditure',
  'final-income',
  'final-gpb-basic-expenditure',
  'final-expenditure',
  'final-gpb-expenditure',
  'final-gov-fund',
  'final-state-capital',
];

export function checkTableHierarchy(out: Finding[], t: TableView): void {
  const amountKeys = t.table.columns.filter((c) => (c.type ?? 'amount') === 'amount').map((c) => c.key);
  const rows = t.rows();
  const classes = rows.filter((r) => codeLevel(r.code) === 0);
  // Children grouped by parent code once, in row order: a per-parent scan of every row was
  // quadratic (10,000 rows: ~0.7 s); this keeps the rule linear in the table's size.
  const childrenOf = new Map<string, Row[]>();
  for (const r of rows) {
    const p = r.code ? parentCode(r.code) : null;
    if (p === null) continue;
    const list = childrenOf.get(p);
    if (list) list.push(r);
    else childrenOf.set(p, [r]);
  }
  for (const key of amountKeys) {
    for (const parent of rows) {
      const level = codeLevel(parent.code);
      if (level === null || level === 2) continue;
      const children = childrenOf.get(parent.code!) ?? [];
      if (children.length === 0) continue;
      const childWord = level === 0 ? { zh: '款', en: 'items (款)' } : { zh: '项', en: 'items (项)' };
      collect(
        out,
        compare({
          rule: 'R02',
          place: t.place(parent, key),
          where: t.where(parent, key),
          relation: {
            zh: `应等于其下 ${children.length} 个${childWord.zh}之和`,
            en: `should equal the sum of its ${children.length} ${childWord.en}`,
          },
          actual: t.valueAt(parent, key),
          terms: children.map((c) => t.valueAt(c, key)),
        }),
      );
    }
    const total = t.total();
    if (total && classes.length) {
      collect(
        out,
        compare({
          rule: 'R02',
          place: t.place(total, key),
          where: t.where(total, key),
          relation: { zh: `应等于 ${classes.length} 个类之和`, en: `should equal the sum of its ${classes.length} classes (类)` },
          actual: t.valueAt(total, key),
          terms: classes.map((c) => t.valueAt(c, key)),
        }),
      );
    }
  }
}

export function checkHierarchy(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const kind of CODED_KINDS) {
    const t = ctx.table(kind);
    if (t) checkTableHierarchy(out, t);
  }
  return out;
}
