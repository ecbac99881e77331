/**
 * The model of <kpi-card>, pure (no DOM): which targets to show (the department's overall
 * targets or one project found by code or name), the indicators grouped 一级 → 二级 in published
 * order, the weight total and how it is spread. The element only renders what this returns.
 *
 * Weights are plain numbers (5, 10, 7.5), not money; they are summed in thousandths so 0.1 + 0.2
 * style float drift can never turn a published 90 into 89.99999.
 */
import type { BudgetDisclosure, Indicator, Project } from '../../model/schema.js';

export type WeightUnit = 'point' | '%';

/** What the card shows: one owner of performance targets. */
export interface KpiTargets {
  kind: 'overall' | 'project';
  /** The project name, or the department name for the overall targets (may be absent). */
  name?: string;
  code?: string;
  /** Amount as published (万元 unless the file says otherwise). */
  amount?: string;
  goal?: string;
  weightUnit: WeightUnit;
  indicators: readonly Indicator[];
}

/** An indicator with its published position (0-based), kept through grouping. */
export interface PlacedIndicator {
  index: number;
  indicator: Indicator;
}

export interface Level2Group {
  /** 二级指标, or null for indicators published without one. */
  level2: string | null;
  /** Sum of the weights, in the owner's unit; null when no indicator of the group has one. */
  weight: number | null;
  indicators: PlacedIndicator[];
}

export interface Level1Group {
  /** 一级指标, or null for indicators published without one (the overall table). */
  level1: string | null;
  weight: number | null;
  groups: Level2Group[];
}

/** One segment of the weight bar. */
export interface SpreadSegment {
  /** 一级 name; the indicator name for indicators without 一级; null for the 预算执行率 remainder. */
  label: string | null;
  kind: 'group' | 'indicator' | 'execution';
  weight: number;
  /** Share of the bar, 0–1. */
  share: number;
}

/**
 * What the weight total means. `execution`: 90 points, the other 10 are 预算执行率 scored at
 * evaluation; `complete`: 100 points or 100%; `unusual`: any other total (rule 15, src/model/checks/performance.ts);
 * `none`: no indicator carries a weight.
 */
export type WeightStatus = 'execution' | 'complete' | 'unusual' | 'none';

/** The 10 points of 预算执行率 that a project table of 90 points leaves out. */
export const EXECUTION_RATE_POINTS = 10;

const thousandths = (w: number) => Math.round(w * 1000);

/** Sum of the weights that are published; null when none is. */
export function weightSum(indicators: readonly Indicator[]): number | null {
  const weighted = indicators.filter((i) => i.weight !== undefined);
  if (!weighted.length) return null;
  return weighted.reduce((s, i) => s + thousandths(i.weight!), 0) / 1000;
}

export function weightStatus(total: number | null, unit: WeightUnit): WeightStatus {
  if (total === null) return 'none';
  if (total === 100) return 'complete';
  if (total === 90 && unit === 'point') return 'execution';
  return 'unusual';
}

/** Whitespace- and case-insensitive form of a name or code ("2023 网络宣传专项" = "2023网络宣传专项"). */
function normal(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}

/**
 * The project a `project` attribute names: by code, by name, or by the published "code-name"
 * form of 项目绩效目标表 ("50015223T000003492534-2023 网络宣传专项"). Exact matches win over
 * whitespace- and case-insensitive ones, so a name that only differs by a space still resolves.
 */
export function findProject(projects: readonly Project[] | undefined, query: string): Project | undefined {
  const list = projects ?? [];
  const q = query.trim();
  if (!q) return undefined;
  const exact = list.find((p) => p.code === q) ?? list.find((p) => p.name === q);
  if (exact) return exact;
  const n = normal(q);
  return list.find((p) => (p.code !== undefined && normal(p.code) === n) || normal(p.name) === n || (p.code !== undefined && normal(`${p.code}-${p.name}`) === n));
}

/**
 * The targets the card shows: the named project, the overall targets when `project` is unset, or
 * null. `index`, the project's position in the data (from a linked table), wins over the first
 * match of `project` when that project answers to it too: two projects sharing a code or a name
 * are never taken for one another.
 */
export function selectTargets(data: BudgetDisclosure, project?: string | null, index?: number): KpiTargets | null {
  if (project && project.trim()) {
    const at = index === undefined ? undefined : data.projects?.[index];
    const p = at && findProject([at], project) ? at : findProject(data.projects, project);
    if (!p) return null;
    return { kind: 'project', name: p.name, code: p.code, amount: p.amount, goal: p.goal, weightUnit: p.weightUnit ?? 'point', indicators: p.indicators };
  }
  const o = data.overallPerformance;
  if (!o) return null;
  return { kind: 'overall', name: o.department, amount: o.amount, goal: o.goal, weightUnit: o.weightUnit ?? '%', indicators: o.indicators };
}

/** The projects a reader can ask for (for the "not found" sentence), in published order. */
export function availableProjects(data: BudgetDisclosure): { code?: string; name: string }[] {
  return (data.projects ?? []).map((p) => ({ code: p.code, name: p.name }));
}

/**
 * Indicators grouped 一级 → 二级. Groups appear in the order their first indicator is
 * published and gather every later indicator with the same levels, so a table that lists 产出
 * indicators in two runs still shows one 产出指标 group. Indicators keep their order inside.
 */
export function groupIndicators(indicators: readonly Indicator[]): Level1Group[] {
  const groups: Level1Group[] = [];
  indicators.forEach((indicator, index) => {
    const l1 = indicator.level1?.trim() || null;
    const l2 = indicator.level2?.trim() || null;
    let g1 = groups.find((g) => g.level1 === l1);
    if (!g1) groups.push((g1 = { level1: l1, weight: null, groups: [] }));
    let g2 = g1.groups.find((g) => g.level2 === l2);
    if (!g2) g1.groups.push((g2 = { level2: l2, weight: null, indicators: [] }));
    g2.indicators.push({ index, indicator });
  });
  for (const g1 of groups) {
    for (const g2 of g1.groups) g2.weight = weightSum(g2.indicators.map((p) => p.indicator));
    g1.weight = weightSum(g1.groups.flatMap((g) => g.indicators.map((p) => p.indicator)));
  }
  return groups;
}

/**
 * How the weight is spread, for the stacked bar: one segment per 一级 group, and one per
 * indicator for indicators published without 一级 (the overall table has no levels). A project
 * table of 90 points gets a last segment for the 10 points of 预算执行率, so the bar shows the
 * whole 100 the project is scored on. Segments without weight are left out.
 */
export function weightSpread(groups: readonly Level1Group[], unit: WeightUnit): SpreadSegment[] {
  const parts: Omit<SpreadSegment, 'share'>[] = [];
  for (const g of groups) {
    if (g.level1 !== null) {
      if (g.weight) parts.push({ label: g.level1, kind: 'group', weight: g.weight });
      continue;
    }
    for (const p of g.groups.flatMap((x) => x.indicators)) {
      if (p.indicator.weight) parts.push({ label: p.indicator.name, kind: 'indicator', weight: p.indicator.weight });
    }
  }
  const total = parts.reduce((s, p) => s + thousandths(p.weight), 0) / 1000;
  if (weightStatus(total || null, unit) === 'execution') {
    parts.push({ label: null, kind: 'execution', weight: EXECUTION_RATE_POINTS });
  }
  const whole = parts.reduce((s, p) => s + thousandths(p.weight), 0);
  return parts.map((p) => ({ ...p, share: whole ? thousandths(p.weight) / whole : 0 }));
}

/**
 * The indicator an `indicator` attribute names: its exact 三级 name first, then a whitespace-
 * insensitive name, then a 1-based position in the published order ("1" = the first row, as
 * an editor counts). Returns the 0-based index or -1.
 */
export function pickIndicator(indicators: readonly Indicator[], key: string): number {
  const q = key.trim();
  if (!q) return -1;
  let i = indicators.findIndex((x) => x.name === q);
  if (i < 0) i = indicators.findIndex((x) => normal(x.name) === normal(q));
  if (i < 0 && /^\d+$/.test(q)) {
    const n = Number(q);
    if (n >= 1 && n <= indicators.length) i = n - 1;
  }
  return i;
}

/** True when the operator compares a number (≥ ≤ = > <), false for 定性. */
export function isQuantitative(i: Indicator): boolean {
  return i.operator !== '定性';
}
