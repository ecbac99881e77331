/**
 * The consistency checks (勾稽关系) of domain.md §5, rules 1–18, rule 19 (malformed
 * classification codes, which would otherwise drop out of rule 2 unseen), and two rules on text:
 * 20 (invisible bidi and zero-width characters) and 21 (the source address). Pure functions of a validated
 * disclosure: no I/O, no Node or DOM imports, so the CLI and the browser share them. Checks
 * report, they never change the data; a table or column that is not published skips its rules.
 */
import type { BudgetDisclosure } from '../schema.js';
import { checkAcrossTables } from './across-tables.js';
import { checkCodes } from './codes.js';
import { Context } from './context.js';
import { checkHierarchy } from './hierarchy.js';
import { checkProcurement, checkSangong } from './item-tables.js';
import { checkNarrative } from './narrative.js';
import { checkPerformance } from './performance.js';
import { checkRowSums } from './row-sums.js';
import { checkInvisibleText, checkSourceUrl } from './text.js';
import { checkDeptSummary, checkFiscalSummary } from './summary-tables.js';
import { RULES, SEVERITIES, type Finding, type RuleId, type Severity } from './types.js';

export { RULES, SEVERITIES, type Finding, type Place, type RuleId, type Severity } from './types.js';

/** Runs every rule and returns the findings ordered by rule, then in table order. */
export function runChecks(data: BudgetDisclosure): Finding[] {
  const ctx = new Context(data);
  const findings = [
    ...checkRowSums(ctx),
    ...checkHierarchy(ctx),
    ...checkDeptSummary(ctx),
    ...checkFiscalSummary(ctx),
    ...checkSangong(ctx),
    ...checkProcurement(ctx),
    ...checkAcrossTables(ctx),
    ...checkNarrative(ctx),
    ...checkPerformance(data),
    ...checkCodes(ctx),
    ...checkInvisibleText(data),
    ...checkSourceUrl(data),
  ];
  // Stable sort: rule order first, the order each rule found them second.
  return findings.sort((a, b) => a.rule.localeCompare(b.rule));
}

export interface Summary {
  /** Findings per severity (every severity present, 0 when none). */
  counts: Record<Severity, number>;
  /** Findings per rule, only rules that found something, in rule order. */
  byRule: Partial<Record<RuleId, number>>;
  /** True when there is at least one error. */
  hasErrors: boolean;
}

export function summarise(findings: readonly Finding[]): Summary {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byRule: Partial<Record<RuleId, number>> = {};
  for (const f of findings) {
    counts[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  const ordered = Object.fromEntries((Object.keys(RULES) as RuleId[]).filter((r) => byRule[r]).map((r) => [r, byRule[r]]));
  return { counts, byRule: ordered, hasErrors: counts.error > 0 };
}
