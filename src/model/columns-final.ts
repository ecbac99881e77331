/**
 * The column keys of the 部门决算 (final accounts) kinds: the nine tables of the national template
 * and the two 绩效自评 tables (domain.md §7). Types only, like columns.ts, which merges them into
 * KindColumns; table-kinds-final.ts gives each key its usual heading.
 *
 * Conventions, beyond those of columns.ts:
 *  - In a 决算 the plain keys are the actual figures (决算数); planned figures say so
 *    (`budget.` prefix, `initialBudget`, `fullBudget`), so a reader of the data never mistakes one
 *    for the other.
 *  - `text:line` is the 行次 (line number) column the template prints on every table; on the
 *    two-sided tables each side has its own (`income:text:line`, `expenditure:text:line`).
 *  - Scores (分值, 得分) and rates (执行率) are text columns: they are not money, and an amount
 *    column would be converted by `display-unit`.
 */
import type { SangongKey } from './columns.js';

/** 本年支出: the total with its 基本/项目 split. */
type SpentSplit = 'total' | 'basic' | 'project';

/** The columns of the 绩效自评 tables (one indicator or funding line per row). */
type SelfEvaluationKey =
  | 'text:level1'
  | 'text:level2'
  | 'text:target'
  | 'text:actual'
  | 'text:points'
  | 'text:score'
  | 'text:rate'
  | 'text:deviation'
  | 'initialBudget'
  | 'fullBudget'
  | 'executed';

/** Every 决算 kind's column keys. */
export interface FinalKindColumns {
  'final-summary': 'income:text:line' | 'income:amount' | 'expenditure:text:line' | 'expenditure:amount';
  'final-income': 'text:line' | 'total' | 'appropriation' | 'superior' | 'business' | 'operating' | 'subordinate' | 'other';
  'final-expenditure': 'text:line' | SpentSplit | 'toSuperior' | 'operating' | 'toSubordinate';
  'final-fiscal-summary':
    | 'income:text:line'
    | 'income:amount'
    | 'expenditure:text:line'
    | 'expenditure:total'
    | 'expenditure:gpb'
    | 'expenditure:govFund'
    | 'expenditure:stateCapital';
  'final-gpb-expenditure': 'text:line' | SpentSplit | 'carryoverBegin' | 'income' | 'carryoverEnd';
  /** Printed as two halves side by side (人员经费 | 公用经费); one row per economic code here. */
  'final-gpb-basic-expenditure': 'text:line' | 'amount';
  /** 决算数 plain, 预算数 `budget.`, last year's 决算数 `prior.` (where published). */
  'final-sangong': SangongKey | `budget.${SangongKey}` | `prior.${SangongKey}`;
  'final-gov-fund': 'text:line' | 'carryoverBegin' | 'income' | SpentSplit | 'carryoverEnd';
  'final-state-capital': 'text:line' | SpentSplit;
  'dept-self-evaluation': SelfEvaluationKey;
  /** As the department's, with the project each row belongs to. */
  'project-self-evaluation': SelfEvaluationKey | 'text:project';
}
