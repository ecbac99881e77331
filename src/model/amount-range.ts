/**
 * The words for a file whose amounts leave the exact range (amount-limit.ts): where, and what to
 * check. Loaded with the plain-words validator (validate.ts), never by a page showing a good file.
 */
import { amountRangeFaults } from './amount-limit.js';
import { own } from './own.js';
import type { BudgetDisclosure } from './schema.js';
import type { Problem } from './validate-core.js';

function tooLarge(path: string, what: { zh: string; en: string }): Problem {
  return {
    path,
    message: {
      zh: `${what.zh}折合为元后超出了本工具能精确计算的范围（约 90 万亿元），金额会失真，因此不予显示。请检查金额是否多写了位数，或单位（department.unit、表格的 unit）是否写错。`,
      en: `${what.en} exceeds, in 元, the range this kit computes exactly (about 90 trillion 元), so figures would be wrong and are not shown. Check for extra digits, or a wrong unit (department.unit, the table's unit).`,
    },
  };
}

/** One problem per table, for the project list and per stated figure that leaves the range. */
export function amountRangeProblems(data: BudgetDisclosure): Problem[] {
  return amountRangeFaults(data).map((f) => {
    if ('table' in f) {
      const title = own(data.tables, f.table)!.title;
      return tooLarge(`tables[${JSON.stringify(f.table)}]`, { zh: `表格“${title}”的金额合计`, en: `The sum of the amounts of the table “${title}”` });
    }
    if ('projects' in f) return tooLarge('projects', { zh: '项目金额的合计', en: 'The sum of the project amounts' });
    const key = data.narrative!.figures[f.figure]!.key;
    return tooLarge(`narrative.figures[${f.figure}].value`, { zh: `文字说明中的金额“${key}”`, en: `The stated figure “${key}”` });
  });
}
