/**
 * Rule 19: classification codes are well-formed. In a table classified by function codes
 * (类 201, 款 20137, 项 2013701) or department economic codes (类 301, 款 30101), a row code
 * that is not 3/5/7 (function) or 3/5 (economic) plain digits falls out of the 类/款/项 tree,
 * so rule 2 cannot see it. Such a row is named in a warning rather than skipped silently:
 * a letter typed for a digit ("20A3701"), a digit too many ("20137500") or a stray space
 * (" 2013799") is a copy slip the publisher should fix. Unit codes (三公 table) are free-form.
 *
 * Severity: `warning` (the row is shown as published; only the tree cannot place it).
 * Source: ours (the format of the national 支出功能分类 and 部门预算支出经济分类 codes).
 */
import { TABLE_KINDS } from '../table-kinds.js';
import { own } from '../own.js';
import { finding, type Context } from './context.js';
import type { Finding } from './types.js';

const FORMS = {
  function: { pattern: /^\d{3}(\d{2}){0,2}$/, zh: '功能分类科目编码应为 3、5 或 7 位数字（类 201、款 20137、项 2013701）', en: 'a function code has 3, 5 or 7 digits (类 201, 款 20137, 项 2013701)' },
  economic: { pattern: /^\d{3}(\d{2})?$/, zh: '经济分类科目编码应为 3 或 5 位数字（类 301、款 30101）', en: 'an economic code has 3 or 5 digits (类 301, 款 30101)' },
} as const;

/** What is wrong with a code, in a few words. */
function fault(code: string): { zh: string; en: string } {
  if (code.trim() !== code) return { zh: '首尾有空格', en: 'it has spaces around it' };
  if (!/^\d+$/.test(code)) return { zh: '含有非数字字符', en: 'it holds characters other than digits' };
  return { zh: `有 ${code.length} 位`, en: `it has ${code.length} digits` };
}

export function checkCodes(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const kind of Object.keys(ctx.data.tables)) {
    const scheme = own(TABLE_KINDS as Record<string, { codes?: string }>, kind)?.codes;
    if (scheme !== 'function' && scheme !== 'economic') continue;
    const form = FORMS[scheme];
    const t = ctx.table(kind)!;
    for (const row of t.rows()) {
      if (row.code === undefined || form.pattern.test(row.code)) continue;
      const code = JSON.stringify(row.code);
      const why = fault(row.code);
      out.push(
        finding('R19', 'warning', t.place(row), {
          zh: `${t.label.zh}中“${row.name}”的编码 ${code} 格式不正确：${why.zh}；${form.zh}。该行未纳入类/款/项核对。`,
          en: `${t.label.en}: the row “${row.name}” has the code ${code}, which is malformed: ${why.en}; ${form.en}. The row was left out of the class/item checks.`,
        }, { actual: row.code }),
      );
    }
  }
  return out;
}
