/**
 * Rules 15–18: the performance target tables (项目绩效目标表, 预算整体绩效目标表).
 * 15. A project's weights sum to 90 (the other 10 points are 预算执行率, scored later) or 100:
 *     info; anything else is a warning. The overall table's weights sum to 100 (%): else a warning.
 * 16. Every project indicator has 一级, 二级 and 三级 (a missing level is an error); 一级 and 二级
 *     come from the national lists (unknown values are warnings: local tables add variants).
 *     The overall table of Chongqing has no levels; its indicators are checked only if some have them.
 * 17. ≥ ≤ = > < need a numeric value (else error) and a unit (else warning); 定性 takes free text.
 * 18. Implausible targets: a 满意度 percentage below 60 (90 is usual) or any percentage above 100.
 * Weights are plain numbers, not money; they are summed in thousandths to stay exact.
 *
 * Tolerance: none (weights are exact numbers in thousandths).
 * Severity: as given per rule above (`info` 90/100, `warning` other totals, unknown levels and
 *   implausible values, `error` a missing level or a quantitative target without a number).
 * Source: the national performance-target templates (项目支出绩效目标表: 一级/二级/三级指标, value,
 *   unit, weight; 90 points plus 10 for 预算执行率 at evaluation time).
 */
import type { Indicator } from '../schema.js';
import { own } from '../own.js';
import { finding } from './context.js';
import type { Finding, Place } from './types.js';

/** 一级指标 → its 二级指标, as the national lists give them (local tables add variants: warnings, rule 16). */
export const INDICATOR_LEVELS: Record<string, readonly string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

interface Owner {
  /** How messages name the owner: 项目“…” / project “…”, or the overall table. */
  name: { zh: string; en: string };
  place: Place;
  indicators: readonly Indicator[];
  weightUnit?: 'point' | '%';
  overall: boolean;
}

const thousandths = (w: number) => Math.round(w * 1000);
const fmt = (t: number) => String(t / 1000);

function checkWeights(out: Finding[], o: Owner): void {
  const weighted = o.indicators.filter((i) => i.weight !== undefined);
  if (!weighted.length) return;
  const sum = weighted.reduce((s, i) => s + thousandths(i.weight!), 0);
  const pct = o.weightUnit === '%' ? '%' : '';
  const ok = o.overall ? [100_000] : [90_000, 100_000];
  const place = o.place;
  if (!ok.includes(sum)) {
    out.push(
      finding('R15', 'warning', place, {
        zh: `${o.name.zh}的指标权重合计为 ${fmt(sum)}${pct}，应为 ${o.overall ? '100%' : '90 或 100'}。`,
        en: `The indicator weights of ${o.name.en} add up to ${fmt(sum)}${pct}; ${o.overall ? '100%' : '90 or 100'} is expected.`,
      }, { expected: o.overall ? '100' : '90', actual: fmt(sum) }),
    );
  } else if (!o.overall) {
    out.push(
      finding('R15', 'info', place, {
        zh: `${o.name.zh}的指标权重合计为 ${fmt(sum)}${sum === 90_000 ? '（其余 10 分为预算执行率）' : ''}。`,
        en: `The indicator weights of ${o.name.en} add up to ${fmt(sum)}${sum === 90_000 ? ' (the other 10 points are budget execution)' : ''}.`,
      }, { actual: fmt(sum) }),
    );
  }
}

function checkIndicator(out: Finding[], o: Owner, i: Indicator, levelsExpected: boolean): void {
  const place: Place = { ...o.place, indicator: i.name };
  const who = { zh: `${o.name.zh}的指标“${i.name}”`, en: `Indicator “${i.name}” of ${o.name.en}` };
  if (levelsExpected) {
    const missing = [!i.level1 && '一级指标', !i.level2 && '二级指标', !i.name.trim() && '三级指标'].filter(Boolean) as string[];
    if (missing.length) {
      out.push(finding('R16', 'error', place, { zh: `${who.zh}缺少${missing.join('、')}。`, en: `${who.en} lacks ${missing.join(', ')}.` }));
    }
    const allowed = i.level1 ? own(INDICATOR_LEVELS, i.level1) : undefined;
    if (i.level1 && !allowed) {
      out.push(finding('R16', 'warning', place, { zh: `${who.zh}的一级指标“${i.level1}”不在国家指标体系中（产出/效益/满意度指标）。`, en: `${who.en} has an unknown level-1 “${i.level1}” (expected 产出指标, 效益指标 or 满意度指标).` }));
    } else if (allowed && i.level2 && !allowed.includes(i.level2)) {
      out.push(finding('R16', 'warning', place, { zh: `${who.zh}的二级指标“${i.level2}”不属于“${i.level1}”（应为 ${allowed.join('、')}）。`, en: `${who.en} has level-2 “${i.level2}”, not one of ${allowed.join(', ')} under ${i.level1}.` }));
    }
  }
  const value = i.value.trim();
  const numeric = /^-?\d+(\.\d+)?$/.test(value);
  if (i.operator !== '定性') {
    if (!numeric) {
      out.push(finding('R17', 'error', place, { zh: `${who.zh}是定量指标（${i.operator}），指标值应为数字，实为“${i.value}”。`, en: `${who.en} is quantitative (${i.operator}) but its value “${i.value}” is not a number.` }, { actual: i.value }));
    }
    if (!i.unit?.trim()) {
      out.push(finding('R17', 'warning', place, { zh: `${who.zh}是定量指标，缺少计量单位。`, en: `${who.en} is quantitative but has no unit.` }));
    }
  } else if (i.unit?.trim() && numeric) {
    out.push(finding('R17', 'info', place, { zh: `${who.zh}标为定性，但指标值为数字并有单位，可能应为定量指标。`, en: `${who.en} is marked qualitative but has a number and a unit; it may be quantitative.` }));
  }
  if (numeric && i.unit?.trim() === '%') {
    const v = Number(value);
    const satisfaction = (i.level1 ?? '').includes('满意度') || (i.level2 ?? '').includes('满意度') || i.name.includes('满意度');
    if (satisfaction && v < 60 && i.operator !== '≤' && i.operator !== '<') {
      out.push(finding('R18', 'warning', place, { zh: `${who.zh}的目标值为 ${value}%，满意度目标通常为 90% 左右，请核对。`, en: `${who.en} targets ${value}%; satisfaction targets are usually about 90%. Please check.` }, { actual: `${value}%` }));
    } else if (v > 100 && (i.operator === '≥' || i.operator === '=' || i.operator === '>')) {
      out.push(finding('R18', 'warning', place, { zh: `${who.zh}的目标值 ${value}% 超过 100%，请核对。`, en: `${who.en} targets ${value}%, above 100%. Please check.` }, { actual: `${value}%` }));
    }
  }
}

export function checkPerformance(data: { projects?: readonly { code?: string; name: string; sequence?: string; indicators: readonly Indicator[]; weightUnit?: 'point' | '%' }[]; overallPerformance?: { indicators: readonly Indicator[]; weightUnit?: 'point' | '%' } }): Finding[] {
  const out: Finding[] = [];
  const owners: Owner[] = (data.projects ?? []).map((p) => ({
    name: { zh: `项目“${p.name}”`, en: `project “${p.name}”` },
    place: { project: p.code ?? p.name },
    indicators: p.indicators,
    ...(p.weightUnit ? { weightUnit: p.weightUnit } : {}),
    overall: false,
  }));
  if (data.overallPerformance) {
    owners.push({ name: { zh: '整体绩效目标表', en: 'the overall target table' }, place: { table: 'overall-performance' }, indicators: data.overallPerformance.indicators, ...(data.overallPerformance.weightUnit ? { weightUnit: data.overallPerformance.weightUnit } : {}), overall: true });
  }
  for (const o of owners) {
    checkWeights(out, o);
    const levelsExpected = !o.overall || o.indicators.some((i) => i.level1 || i.level2);
    for (const i of o.indicators) checkIndicator(out, o, i, levelsExpected);
  }
  return out;
}
