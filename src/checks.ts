/**
 * `budget-widgets/checks`: the consistency checks (勾稽关系) of a disclosure, for tools and editors'
 * pages, apart from the widgets so pages that only show data never download them. Pure functions of
 * a file that passed the format check (`budget-kit validate`, or `detail.data` of a widget's
 * `budget-load` event): no DOM, no Node, the same code `budget-kit validate` runs after the format.
 *
 *     import { runChecks, summarise } from 'budget-widgets/checks';
 *     document.addEventListener('budget-load', (e) => console.log(summarise(runChecks(e.detail.data)).counts));
 *
 * Built as dist/checks.js, one self-contained module that runs in browsers and in Node.
 */
export { runCrossChecks } from './model/checks/cross-file.js';
export { runChecks, summarise, RULES, SEVERITIES, type Finding, type Place, type RuleId, type Severity, type Summary } from './model/checks/index.js';
export type { BudgetDisclosure } from './model/schema.js';
