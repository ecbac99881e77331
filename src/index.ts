/**
 * budget-widgets: every element and the data model, in one module. Importing it defines
 * <budget-summary>, <sangong-chart>, <project-table>, <kpi-card> and <budget-table> (once, however
 * often the kit is loaded), and <budget-execution> on demand (when the page has the tag).
 */
// Before lit: a page policy that refuses lit's Trusted Types policy is then named, not blank.
import './elements/shared/trusted-types.js';
// Stylesheets first, in one run: the CSS then sits together in the bundle, within gzip's window
// of itself, instead of in islands between the elements' code (measured: 0.8 KB gzip less; the
// order matters, theme.ts first saved only 0.47 KB). Side-effect-free modules of css`` values.
import './elements/shared/chart-styles.js';
import './elements/sangong-chart/styles.js';
import './elements/budget-summary/styles.js';
import './elements/kpi-card/styles.js';
import './elements/shared/table-styles.js';
import './elements/project-table/styles.js';
import './elements/shared/theme.js';
import './elements/shared/states.js';

// The format's types and fixed values. The zod schemas themselves stay out of the bundle (pages
// check files against the generated shape; zod explains a rejected file, loaded only then).
export type * from './model/schema.js';
export * from './model/constants.js';
export * from './model/money.js';
// For the embed page (and any page that wants it): data only from the origins it allows, redirects included.
export { restrictOrigins } from './model/load.js';
// Asynchronous here: a valid file resolves at once; the wording of problems loads on demand.
export { acceptDisclosure, validateDisclosure, type Problem, type ValidationResult } from './model/validate-core.js';
// The checks (runChecks, summarise) are imported from 'budget-widgets/checks' so pages that only show
// widgets never download them.
export type { Finding } from './model/checks/types.js';
export { buildCodeTree } from './model/code-tree.js';
// Every event class (each also in GlobalEventHandlersEventMap, so addEventListener infers it): the
// classes are in the bundle anyway, as the elements construct them; exporting them costs a name each.
export { BudgetLoadEvent, BudgetErrorEvent, BudgetDrillEvent, type BudgetLoadDetail, type BudgetErrorDetail, type BudgetDrillDetail, type DataSource } from './elements/shared/events.js';
export type { LoadErrorKind } from './model/load-errors.js';
export { BudgetSummary } from './elements/budget-summary/budget-summary.js';
export { SangongChart } from './elements/sangong-chart/sangong-chart.js';
export { ProjectTable } from './elements/project-table/project-table.js';
export { ProjectSelectEvent, type ProjectSelectDetail } from './elements/project-table/events.js';
export { KpiCard } from './elements/kpi-card/kpi-card.js';
export { BudgetTable } from './elements/budget-table/budget-table.js';
// <budget-execution> (a 决算 against its year's budget) is not in this bundle: its module (and its
// chunk of shared code) is imported only when a page has the tag, at once or when one is inserted
// later (shared/lazy-define.ts). Its class is a type here; pages that need it at once import
// 'budget-widgets/elements/budget-execution.js'.
import { defineLazily } from './elements/shared/lazy-define.js';
defineLazily('budget-execution', () => import('./elements/budget-execution/budget-execution.js'));
export type { BudgetExecution } from './elements/budget-execution/budget-execution.js';
