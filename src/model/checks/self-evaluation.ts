/**
 * Rule 29: the 绩效自评 tables (部门整体支出绩效自评表, 项目支出绩效自评表) add up. Per table (the
 * department's) or per project (rows of one `project`):
 *  - the 总分 row's 分值 = Σ the 分值 of the other rows, and its 得分 = Σ their 得分;
 *  - no 得分 is above its 分值 (an error), and 总分 分值 is 100 (else a warning: the template
 *    gives 资金执行 10 + 指标 90);
 *  - the funding row's 执行率 = 全年执行数 ÷ 全年预算数, to the precision printed (one in the
 *    last place is a rounding note).
 * Scores are text columns ("9.5"); a cell that is not a number is left out and said once.
 */
import { toCents } from '../money.js';
import type { Row } from '../schema.js';
import { own } from '../own.js';
import { finding, type Context, type TableView } from './context.js';
import type { Finding } from './types.js';

/** A score or rate as hundredths ("9.5" → 950, "98.50%" → 9850), or null. */
function hundredths(text: string | undefined): number | null {
  if (text === undefined) return null;
  return toCents(text.trim().replace(/%$/, ''));
}

const fmt = (h: number) => (h / 100).toFixed(2).replace(/\.?0+$/, '');

function checkGroup(out: Finding[], t: TableView, rows: Row[], who: { zh: string; en: string }, project?: string): void {
  const place = (row?: Row, column?: string) => ({ ...t.place(row, column), ...(project ? { project } : {}) });
  const total = rows.find((r) => r.role === 'total');
  const items = rows.filter((r) => !r.role);
  let points = 0;
  let score = 0;
  for (const r of items) {
    const p = hundredths(own(r.text, 'points'));
    const s = hundredths(own(r.text, 'score'));
    points += p ?? 0;
    score += s ?? 0;
    if (p !== null && s !== null && s > p) {
      out.push(finding('R29', 'error', place(r, 'score'), {
        zh: `${who.zh}“${r.name}”的得分 ${fmt(s)} 高于其分值 ${fmt(p)}。`,
        en: `${who.en} “${r.name}” scores ${fmt(s)}, above its points ${fmt(p)}.`,
      }));
    }
    checkRate(out, t, r, who, place(r, 'rate'));
  }
  if (!total) return;
  const totalPoints = hundredths(own(total.text, 'points'));
  const totalScore = hundredths(own(total.text, 'score'));
  if (totalPoints !== null && totalPoints !== points) {
    out.push(finding('R29', 'error', place(total, 'points'), {
      zh: `${who.zh}总分的分值为 ${fmt(totalPoints)}，各行分值之和为 ${fmt(points)}。`,
      en: `${who.en}: the total's points are ${fmt(totalPoints)}, the rows' add up to ${fmt(points)}.`,
    }, { expected: fmt(points), actual: fmt(totalPoints) }));
  } else if (totalPoints !== null && totalPoints !== 10_000) {
    out.push(finding('R29', 'warning', place(total, 'points'), {
      zh: `${who.zh}总分的分值为 ${fmt(totalPoints)}，通常为 100（资金执行 10 分 + 指标 90 分）。`,
      en: `${who.en}: total points ${fmt(totalPoints)}; usually 100 (funding 10 + indicators 90).`,
    }));
  }
  if (totalScore !== null && totalScore !== score) {
    out.push(finding('R29', 'error', place(total, 'score'), {
      zh: `${who.zh}总得分为 ${fmt(totalScore)}，各行得分之和为 ${fmt(score)}。`,
      en: `${who.en}: the total score is ${fmt(totalScore)}, the rows' add up to ${fmt(score)}.`,
    }, { expected: fmt(score), actual: fmt(totalScore) }));
  }
}

/** 执行率 = 全年执行数 ÷ 全年预算数 × 100, half up to the printed decimals. */
function checkRate(out: Finding[], t: TableView, r: Row, who: { zh: string; en: string }, place: ReturnType<TableView['place']>): void {
  const rate = own(r.text, 'rate')?.trim().replace(/%$/, '');
  const full = t.valueAt(r, 'fullBudget');
  const done = t.valueAt(r, 'executed');
  const m = rate === undefined ? null : /^(\d+)(?:\.(\d+))?$/.exec(rate);
  if (!m || !full || !done || full.cents === 0) return;
  const decimals = m[2]?.length ?? 0;
  const scale = 10n ** BigInt(decimals);
  const n = BigInt(done.cents) * 100n * scale;
  const d = BigInt(full.cents);
  const expected = (2n * n + d) / (2n * d);
  const stated = BigInt(m[1]! + (m[2] ?? ''));
  if (stated === expected) return;
  const text = (v: bigint) => `${v / scale}${decimals ? `.${String(v % scale).padStart(decimals, '0')}` : ''}`;
  const off = stated - expected;
  const rounding = off === 1n || off === -1n;
  out.push(finding('R29', rounding ? 'rounding' : 'error', place, {
    zh: `${who.zh}“${r.name}”的执行率应为 ${text(expected)}%（全年执行数 ÷ 全年预算数），实为 ${rate}%${rounding ? '，末位相差 1，属尾差' : ''}。`,
    en: `${who.en} “${r.name}”: execution rate should be ${text(expected)}% (executed ÷ full-year budget), found ${rate}%${rounding ? ' (rounding)' : ''}.`,
  }, { expected: text(expected), actual: rate! }));
}

export function checkSelfEvaluation(ctx: Context): Finding[] {
  const out: Finding[] = [];
  const dept = ctx.table('dept-self-evaluation');
  if (dept) checkGroup(out, dept, dept.rows(), { zh: dept.label.zh, en: dept.label.en });
  const projects = ctx.table('project-self-evaluation');
  if (projects) {
    const groups = new Map<string, Row[]>();
    for (const r of projects.rows()) {
      const name = own(r.text, 'project') ?? '';
      const list = groups.get(name);
      if (list) list.push(r);
      else groups.set(name, [r]);
    }
    for (const [name, rows] of groups) {
      checkGroup(out, projects, rows, { zh: `${projects.label.zh}“${name}”`, en: `${projects.label.en} “${name}”` }, name || undefined);
    }
  }
  return out;
}
