/**
 * Whether a disclosure holds a 绩效自评 table: all the elements' first download needs to know of
 * self-evaluation. Apart from self-evaluation.ts so that module (and the views) stay in the
 * chunk loaded on demand: a bundler keeps a module shared by the entry and a chunk in the entry.
 */
import { own } from './own.js';
import type { BudgetDisclosure } from './schema.js';

/** True when the data has a self-evaluation table (a 决算's, usually). */
export function hasSelfEvaluation(data: BudgetDisclosure): boolean {
  return own(data.tables, 'dept-self-evaluation') !== undefined || own(data.tables, 'project-self-evaluation') !== undefined;
}
