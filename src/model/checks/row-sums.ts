/**
 * Rule 1: within every row, the total column equals its part columns
 * (合计 = 基本支出 + 项目支出; 总计 = 人员经费 + 日常公用经费; 总计 = the funding-source columns).
 * Table 1 has its own rule (R04); table 4 and 9 theirs (R05, R06). On a 决算: 本年收入合计 = the
 * source columns (收入决算表), 本年支出合计 = its parts (支出决算表), 合计 = 基本 + 项目 (tables 5, 8, 9).
 *
 * Tolerance: amounts go through compare() (context.ts): exact in integer hundredths, a difference of
 *   at most 0.01 of the unit per rounded term is a `rounding` note, a larger one the severity below.
 * Severity: `error`.
 * Source: the cross-checks (勾稽关系) reviewers apply to the tables that 财预〔2016〕143号 and the
 *   provinces' templates prescribe (the table numbers above are Chongqing's twelve attachments,
 *   data/README.md lists the kinds); the open-source GovBudgetChecker applies the same relations
 *   with the same 0.01 万元 tolerance.
 */
import type { KnownTableKind } from '../schema.js';
import type { SourceKey, ValueKey } from '../columns.js';
import { collect, compare, TableView, type Context } from './context.js';
import type { Finding } from './types.js';

interface RowSum<Key extends string = string> {
  total: Key;
  parts: readonly Key[];
  /** true: every part must be published to check; false: sum the published ones (source columns). */
  allParts: boolean;
}

const SOURCE_KEYS = ['carryover', 'gpb', 'govFund', 'stateCapital', 'business', 'specialAccount', 'superior', 'subordinate', 'operating', 'other'] as const satisfies readonly SourceKey[];

const BASIC_PROJECT: RowSum<'total' | 'basic' | 'project' | 'prior.total' | 'prior.basic' | 'prior.project'>[] = [
  { total: 'total', parts: ['basic', 'project'], allParts: true },
  { total: 'prior.total', parts: ['prior.basic', 'prior.project'], allParts: true },
];

/** The relations per table kind, written in each kind's column keys (columns.ts). */
const ROW_SUMS: { readonly [K in KnownTableKind]?: readonly RowSum<ValueKey<K>>[] } = {
  'gpb-expenditure': BASIC_PROJECT,
  'dept-expenditure': BASIC_PROJECT,
  'gov-fund-expenditure': BASIC_PROJECT,
  'state-capital-expenditure': BASIC_PROJECT,
  'gpb-basic-expenditure': [{ total: 'total', parts: ['personnel', 'public'], allParts: true }],
  'dept-income': [{ total: 'total', parts: SOURCE_KEYS, allParts: false }],
  procurement: [{ total: 'total', parts: SOURCE_KEYS, allParts: false }],
  // 决算: the parts a template prints (a district may leave some out: the published ones add up).
  'final-income': [{ total: 'total', parts: ['appropriation', 'superior', 'business', 'operating', 'subordinate', 'other'], allParts: false }],
  'final-expenditure': [{ total: 'total', parts: ['basic', 'project', 'toSuperior', 'operating', 'toSubordinate'], allParts: false }],
  'final-gpb-expenditure': [{ total: 'total', parts: ['basic', 'project'], allParts: true }],
  'final-gov-fund': [{ total: 'total', parts: ['basic', 'project'], allParts: true }],
  'final-state-capital': [{ total: 'total', parts: ['basic', 'project'], allParts: true }],
  'project-expenditure': [
    { total: 'total', parts: ['specific.subtotal', 'special.subtotal'], allParts: false },
    { total: 'specific.subtotal', parts: ['specific.personnel', 'specific.general', 'specific.livelihood'], allParts: false },
    { total: 'special.subtotal', parts: ['special.advance', 'special.carryover', 'special.municipal'], allParts: false },
  ],
};

/** Checks one row-sum relation on every row of a table. */
export function checkRowSum(out: Finding[], t: TableView, sum: RowSum): void {
  if (!t.hasAt(sum.total)) return;
  const parts = sum.parts.filter((p) => t.hasAt(p));
  if (parts.length === 0 || (sum.allParts && parts.length < sum.parts.length)) return;
  const labels = parts.map((p) => t.columnLabel(p)).join(' + ');
  for (const row of t.rows()) {
    collect(
      out,
      compare({
        rule: 'R01',
        place: t.place(row, sum.total),
        where: t.where(row, sum.total),
        relation: { zh: `应等于 ${labels}`, en: `should equal ${labels}` },
        actual: t.valueAt(row, sum.total),
        terms: parts.map((p) => t.valueAt(row, p)),
      }),
    );
  }
}

export function checkRowSums(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const [kind, sums] of Object.entries(ROW_SUMS) as [string, readonly RowSum[]][]) {
    const t = ctx.table(kind);
    if (t) for (const s of sums) checkRowSum(out, t, s);
  }
  return out;
}
