/**
 * The consistency checks (勾稽关系), rules 1–18 (the reviewers' rules for a Chinese budget disclosure), rule 19 (malformed
 * classification codes, which would otherwise drop out of rule 2 unseen), rule 20 (codes that
 * must be unique and are not), and two rules on text: 21 (invisible bidi and zero-width
 * characters) and 22 (the source address); rule 31, stated 三公 figures that agree with each other. Pure functions of a validated
 * disclosure: no I/O, no Node or DOM imports, so the CLI and the browser share them. Checks
 * report, they never change the data; a table or column that is not published skips its rules.
 *
 * Each rule is specified where it is implemented: 1 row-sums.ts, 2 hierarchy.ts, 3–4
 * summary-tables.ts, 5–6 item-tables.ts, 7–12 across-tables.ts, 13–14 narrative.ts, 15–18
 * performance.ts, 19 codes.ts, 20 unique-codes.ts, 21–22 text.ts; the 决算's (domain.md §7): 23–26 final-tables.ts,
 * 27 final-sangong.ts, 28 execution-rates.ts, 29 self-evaluation.ts, and 30, a 决算 against its
 * year's budget file, cross-file.ts (runCrossChecks); 31 stated-sangong.ts; the tolerance and wording of every amount
 * comparison in context.ts (compare).
 */
import type { BudgetDisclosure } from '../schema.js';
import { checkAcrossTables } from './across-tables.js';
import { checkCodes } from './codes.js';
import { Context, finding } from './context.js';
import { checkUniqueCodes } from './unique-codes.js';
import { checkHierarchy } from './hierarchy.js';
import { checkProcurement, checkSangong } from './item-tables.js';
import { checkNarrative } from './narrative.js';
import { checkPerformance } from './performance.js';
import { checkRowSums } from './row-sums.js';
import { checkStatedSangong } from './stated-sangong.js';
import { checkInvisibleText, checkSourceUrl } from './text.js';
import { checkDeptSummary, checkFiscalSummary } from './summary-tables.js';
import { RULES, SEVERITIES, type Finding, type RuleId, type Severity } from './types.js';
import { checkFinalFiscalSummary, checkFinalGpb, checkFinalSummary, checkFinalSummaryAgainstDetail } from './final-tables.js';
import { checkFinalSangong } from './final-sangong.js';
import { checkExecutionRates } from './execution-rates.js';
import { checkSelfEvaluation } from './self-evaluation.js';

export { RULES, SEVERITIES, type Finding, type Place, type RuleId, type Severity } from './types.js';

/** Runs every rule and returns the findings ordered by rule, then in table order. */
export function runChecks(data: BudgetDisclosure): Finding[] {
  const ctx = new Context(data);
  const groups: [string, () => Finding[]][] = [
    ['row sums', () => checkRowSums(ctx)],
    ['hierarchy', () => checkHierarchy(ctx)],
    ['department summary', () => checkDeptSummary(ctx)],
    ['appropriation summary', () => checkFiscalSummary(ctx)],
    ['三公', () => checkSangong(ctx)],
    ['procurement', () => checkProcurement(ctx)],
    ['across tables', () => checkAcrossTables(ctx)],
    ['narrative', () => checkNarrative(ctx)],
    ['stated 三公', () => checkStatedSangong(ctx)],
    ['performance', () => checkPerformance(data)],
    ['codes', () => checkCodes(ctx)],
    ['unique codes', () => checkUniqueCodes(ctx)],
    ['invisible text', () => checkInvisibleText(data)],
    ['source address', () => checkSourceUrl(data)],
    ['决算 summary', () => checkFinalSummary(ctx)],
    ['决算 summary against tables 2 and 3', () => checkFinalSummaryAgainstDetail(ctx)],
    ['决算 appropriation summary', () => checkFinalFiscalSummary(ctx)],
    ['决算 general public budget', () => checkFinalGpb(ctx)],
    ['决算 三公', () => checkFinalSangong(ctx)],
    ['stated rates', () => checkExecutionRates(ctx)],
    ['self-evaluation', () => checkSelfEvaluation(ctx)],
  ];
  // One failing rule must not take the others' findings with it, nor leave a page or the
  // builder showing a stale verdict: its fault becomes a finding of its own.
  const findings = groups.flatMap(([name, run]) => {
    try {
      return run();
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return [finding('X01', 'error', {}, {
        zh: `检查“${name}”时本工具出错（${why}），这一组规则未能完成。这是本工具的缺陷，请连同数据文件报告。`,
        en: `The checks of “${name}” failed (${why}) and did not finish. This is a fault of the kit; please report it with the data file.`,
      })];
    }
  });
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
