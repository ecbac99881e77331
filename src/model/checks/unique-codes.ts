/**
 * Rule 20: codes that name one thing are unique. A classification code names one row of a
 * table classified by it (one 项 2013701 per side), a unit code one row of the 三公 table, a
 * 项目编码 one project. A repeated code makes every lookup by code ambiguous: which 2013701 is
 * the child of 20137, which project a linked <kpi-card> shows. The widgets never take one for
 * the other (they work by position), but the file says two different things under one name, so
 * each repetition is an error with the places of both.
 *
 * Not covered: the rows of 项目支出明细表, whose `code` is the function code the project is paid
 * under and is shared by many projects.
 *
 * Severity: `error`, with the places of both rows or projects.
 * Source: ours (a code is an identifier in the published tables; data/README.md).
 */
import { own } from '../own.js';
import { TABLE_KINDS } from '../table-kinds.js';
import { finding, type Context } from './context.js';
import type { Finding } from './types.js';

/** Kinds whose row code is not an identifier of the row. */
const SHARED_CODES = new Set(['project-expenditure']);

/** The positions (0-based) of each value seen more than once, in first-seen order. */
function repeated<T>(items: readonly T[], keyOf: (item: T) => string | undefined): [string, number[]][] {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = keyOf(item);
    if (k === undefined || k === '') return;
    const at = seen.get(k);
    if (at) at.push(i);
    else seen.set(k, [i]);
  });
  return [...seen].filter(([, at]) => at.length > 1);
}

export function checkUniqueCodes(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const kind of Object.keys(ctx.data.tables)) {
    const scheme = own(TABLE_KINDS as Record<string, { codes?: string }>, kind)?.codes;
    if (!scheme || SHARED_CODES.has(kind)) continue;
    const t = ctx.table(kind)!;
    const rows = t.rows();
    // Per side: a two-sided table may print one code on each side.
    for (const [code, at] of repeated(rows, (r) => (r.code === undefined ? undefined : `${r.side ?? ''}\u0000${r.code}`))) {
      const shown = code.slice(code.indexOf('\u0000') + 1);
      const list = { zh: at.map((i) => `第 ${i + 1} 行“${rows[i]!.name}”`).join('、'), en: at.map((i) => `row ${i + 1} “${rows[i]!.name}”`).join(', ') };
      const what = scheme === 'unit' ? { zh: '单位编码', en: 'unit code' } : { zh: '科目编码', en: 'classification code' };
      out.push(
        finding('R20', 'error', t.place(rows[at[1]!]), {
          zh: `${t.label.zh}中${what.zh} ${shown} 出现了 ${at.length} 次：${list.zh}。同一编码只能对应一行，请核对后改正重复的编码。`,
          en: `${t.label.en}: the ${what.en} ${shown} appears ${at.length} times: ${list.en}. A code names one row; correct the repeated code.`,
        }, { actual: shown }),
      );
    }
  }
  const projects = ctx.data.projects ?? [];
  for (const [code, at] of repeated(projects, (p) => p.code)) {
    const list = { zh: at.map((i) => `第 ${i + 1} 个项目“${projects[i]!.name}”`).join('、'), en: at.map((i) => `project ${i + 1} “${projects[i]!.name}”`).join(', ') };
    out.push(
      finding('R20', 'error', { project: code }, {
        zh: `项目编码 ${code} 出现了 ${at.length} 次：${list.zh}。每个项目的编码应唯一，请核对后改正。`,
        en: `The project code ${code} appears ${at.length} times: ${list.en}. Each project has its own code; correct the repeated one.`,
      }, { actual: code }),
    );
  }
  return out;
}
