/**
 * The 绩效自评 tables of a 决算 (部门整体支出绩效自评表, 项目支出绩效自评表; domain.md §7) read as
 * evaluations: whose they are (the department's, or one project's), the funding line (年初预算数,
 * 全年预算数, 全年执行数, 执行率, and its 分值/得分), the indicators (一级/二级/三级, 年度指标值 against
 * 实际完成值, 分值, 得分, 偏差原因) and the published 总分. Pure, no DOM: <kpi-card>,
 * <project-table> and the static fallback render what this returns.
 *
 * Everything shown stays the published text. Scores are parsed only to compare them (to sort by
 * 执行率, to say how many points an indicator lost), in integer hundredths so that 10 − 9.58 is
 * 0.42 and never 0.41999999999999993. Rule 29 (checks/self-evaluation.ts) says whether they add up.
 */
import { own } from './own.js';
import type { BudgetDisclosure, Cell, Row, Table } from './schema.js';

/** The funding line of an evaluation (资金 / 年度资金总额). */
export interface EvaluationFunds {
  /** Its row heading as published ("年度资金总额"). */
  readonly name: string;
  readonly initialBudget?: Cell;
  readonly fullBudget?: Cell;
  readonly executed?: Cell;
  readonly points?: string;
  readonly rate?: string;
  readonly score?: string;
}

/** One performance indicator with its target and what was achieved. */
export interface EvaluationIndicator {
  /** Position among the indicators (0-based), in published order. */
  readonly index: number;
  readonly level1?: string;
  readonly level2?: string;
  /** 三级指标. */
  readonly name: string;
  readonly target?: string;
  readonly actual?: string;
  readonly points?: string;
  readonly score?: string;
  readonly deviation?: string;
  /** Points lost (分值 − 得分) in hundredths when both are plain numbers, else null. */
  readonly lost: number | null;
}

/** The evaluation of the department or of one project. */
export interface SelfEvaluation {
  readonly owner: 'department' | 'project';
  /** The project's name, or the department's. */
  readonly name: string;
  /** The table's title and unit (for the caption and the amounts). */
  readonly title: string;
  readonly unit: string;
  readonly funds: EvaluationFunds | null;
  readonly indicators: readonly EvaluationIndicator[];
  /** The published 总分 row; null when the table prints none. */
  readonly total: { readonly points?: string; readonly score?: string } | null;
}

const FUND_KEYS = ['initialBudget', 'fullBudget', 'executed'] as const;

/**
 * A score, points or rate as integer hundredths ("9.5" → 950, "95.78%" → 9578, "100" → 10000);
 * null for anything else (empty, "—", "9.583", "良好"): such a cell is shown, never compared.
 */
export function hundredths(text: string | undefined): number | null {
  const m = text === undefined ? null : /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}

const textOf = (r: Row, key: string): string | undefined => {
  const v = own(r.text, key)?.trim();
  return v ? v : undefined;
};

/** The funding line: a row carrying money (or a 执行率), as the template's 年度资金总额 does. */
const isFunds = (r: Row) => FUND_KEYS.some((k) => own(r.values, k) != null) || textOf(r, 'rate') !== undefined;

function evaluationOf(table: Table, rows: readonly Row[], owner: SelfEvaluation['owner'], name: string, unit: string): SelfEvaluation {
  let funds: EvaluationFunds | null = null;
  let total: SelfEvaluation['total'] = null;
  const indicators: EvaluationIndicator[] = [];
  for (const r of rows) {
    if (r.role === 'total') {
      total ??= { points: textOf(r, 'points'), score: textOf(r, 'score') };
    } else if (r.role === 'subtotal') {
      // A published sum inside the table: rule 29 checks it; the views show indicators and 总分.
    } else if (!funds && isFunds(r)) {
      funds = {
        name: r.name,
        ...Object.fromEntries(FUND_KEYS.map((k) => [k, own(r.values, k)]).filter(([, v]) => v !== undefined)),
        points: textOf(r, 'points'),
        rate: textOf(r, 'rate'),
        score: textOf(r, 'score'),
      };
    } else {
      const points = textOf(r, 'points');
      const score = textOf(r, 'score');
      const p = hundredths(points);
      const s = hundredths(score);
      indicators.push({
        index: indicators.length,
        level1: textOf(r, 'level1'),
        level2: textOf(r, 'level2'),
        name: r.name,
        target: textOf(r, 'target'),
        actual: textOf(r, 'actual'),
        points,
        score,
        deviation: textOf(r, 'deviation'),
        lost: p !== null && s !== null ? p - s : null,
      });
    }
  }
  return { owner, name, title: table.title, unit, funds, indicators, total };
}

export { hasSelfEvaluation } from './has-self-evaluation.js';

/** The department's 部门整体支出绩效自评表, or null. */
export function departmentEvaluation(data: BudgetDisclosure): SelfEvaluation | null {
  const table = own(data.tables, 'dept-self-evaluation');
  return table ? evaluationOf(table, table.rows, 'department', data.department.name, table.unit ?? data.department.unit) : null;
}

/**
 * One evaluation per project of the 项目支出绩效自评表, in the order the projects first appear;
 * rows are gathered by their 项目名称 (`text.project`), so a project printed in two runs is one.
 * Rows without a project name belong to a project named "".
 */
export function projectEvaluations(data: BudgetDisclosure): SelfEvaluation[] {
  const table = own(data.tables, 'project-self-evaluation');
  if (!table) return [];
  const groups = new Map<string, Row[]>();
  for (const r of table.rows) {
    const name = textOf(r, 'project') ?? '';
    const list = groups.get(name);
    if (list) list.push(r);
    else groups.set(name, [r]);
  }
  const unit = table.unit ?? data.department.unit;
  return [...groups].map(([name, rows]) => evaluationOf(table, rows, 'project', name, unit));
}

const normal = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The project evaluation a name asks for: the exact name, else ignoring spaces, width and case. */
export function findEvaluation(list: readonly SelfEvaluation[], query: string): SelfEvaluation | undefined {
  const q = query.trim();
  if (!q) return undefined;
  return list.find((e) => e.name === q) ?? list.find((e) => normal(e.name) === normal(q));
}

/** Indicators grouped 一级 → 二级 in the order each group first appears (a table listing 产出 in two runs shows one 产出指标). */
export interface EvaluationGroup {
  readonly level1: string | null;
  readonly groups: readonly { readonly level2: string | null; readonly indicators: readonly EvaluationIndicator[] }[];
}

export function groupEvaluationIndicators(indicators: readonly EvaluationIndicator[]): EvaluationGroup[] {
  const out: { level1: string | null; groups: { level2: string | null; indicators: EvaluationIndicator[] }[] }[] = [];
  for (const i of indicators) {
    const l1 = i.level1 ?? null;
    const l2 = i.level2 ?? null;
    let g1 = out.find((g) => g.level1 === l1);
    if (!g1) out.push((g1 = { level1: l1, groups: [] }));
    let g2 = g1.groups.find((g) => g.level2 === l2);
    if (!g2) g1.groups.push((g2 = { level2: l2, indicators: [] }));
    g2.indicators.push(i);
  }
  return out;
}

/** The indicators that lost points, in published order. */
export function lostIndicators(e: SelfEvaluation): EvaluationIndicator[] {
  return e.indicators.filter((i) => i.lost !== null && i.lost > 0);
}
