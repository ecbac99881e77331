/**
 * Rule 30: a 决算 against the 预算 file of the same department and year (domain.md §7, "budget
 * against actual"). The two files share function codes, so they join by code; where both state the
 * same figure and the two differ, the finding says so (an error: one of the two files misprints the
 * year's budget). What is compared:
 *  - the department and year: a 决算 joined with another department's or year's budget is said once
 *    (a warning) and nothing else is compared;
 *  - every 项 of 一般公共预算财政拨款支出决算表 whose 年初预算 the 决算 text states
 *    (`gpb.item.<code>.budget`) = the 总计 of that code in the budget's 一般公共预算财政拨款支出预算表;
 *    a 项 of the 决算 the budget does not have, and the reverse, are info findings (追加 or 取消 during
 *    the year are normal, but the reader should know the join is incomplete);
 *  - 三公: each 预算数 of 决算 table 7 (and `sangong.<item>.budget` stated) = the budget's 三公 table;
 *  - 机关运行经费 (`operating.budget`) = the budget text's `operating.total`.
 * Both files passed the format check; amounts compare exactly through compare() (units may differ).
 */
import type { BudgetDisclosure, Figure, Row } from '../schema.js';
import { toCents } from '../money.js';
import { codeLevel } from '../kind-flags.js';
import { collect, compare, Context, finding, type Amt, type TableView } from './context.js';
import { finalLabel } from './final-figures.js';
import type { Finding } from './types.js';

const SANGONG = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'reception'] as const;

function stated(data: BudgetDisclosure, key: string): { figure: Figure; amount: Amt } | undefined {
  const figure = data.narrative?.figures.find((f) => f.key === key);
  if (!figure || (figure.unit && !['元', '万元', '亿元'].includes(figure.unit))) return undefined;
  const cents = toCents(figure.value);
  return cents === null ? undefined : { figure, amount: { cents, unit: (figure.unit as Amt['unit'] | undefined) ?? data.department.unit } };
}

/** Runs rule 30 on a 决算 (`final`) and its year's budget file (`budget`). */
export function runCrossChecks(final: BudgetDisclosure, budget: BudgetDisclosure): Finding[] {
  const f = final.department;
  const b = budget.department;
  if (f.kind !== 'final' || b.kind !== 'budget') {
    return [finding('R30', 'error', {}, {
      zh: `跨文件检查需要一个决算文件和一个预算文件，收到的是${f.kind === 'final' ? '决算' : '预算'}文件和${b.kind === 'final' ? '决算' : '预算'}文件（department.kind）。`,
      en: `The cross-file check needs a final-accounts file and a budget file; got a ${f.kind} file and a ${b.kind} file (department.kind).`,
    })];
  }
  if (f.name !== b.name || f.fiscalYear !== b.fiscalYear) {
    return [finding('R30', 'warning', {}, {
      zh: `决算文件是 ${f.name} ${f.fiscalYear} 年的，预算文件是 ${b.name} ${b.fiscalYear} 年的：不是同一部门同一年度，未做跨文件核对。`,
      en: `The final accounts are ${f.name}'s for ${f.fiscalYear}, the budget ${b.name}'s for ${b.fiscalYear}: not the same department and year, so they were not compared.`,
    })];
  }
  const out: Finding[] = [];
  const fc = new Context(final);
  const bc = new Context(budget);
  checkItems(out, final, fc.table('final-gpb-expenditure'), bc.table('gpb-expenditure'));
  checkSangong(out, final, fc.table('final-sangong'), bc.table('sangong'));
  const operating = stated(final, 'operating.budget');
  const planned = stated(budget, 'operating.total');
  if (operating && planned) {
    collect(out, compare({
      rule: 'R30',
      place: { figure: 'operating.budget' },
      where: { zh: '决算文字说明中的“机关运行经费预算数”', en: 'The final accounts’ stated budget for administrative running costs' },
      relation: { zh: '应等于预算文件文字说明中的机关运行经费', en: 'should equal the budget file’s stated 机关运行经费' },
      actual: operating.amount,
      terms: [planned.amount],
    }));
  }
  return out;
}

function checkItems(out: Finding[], final: BudgetDisclosure, five: TableView | undefined, two: TableView | undefined): void {
  if (!two) return;
  const items = (t: TableView) => t.rows().filter((r) => codeLevel(r.code) === 2);
  const finalItems = five ? items(five) : [];
  const budgetCodes = new Set(items(two).map((r) => r.code!));
  for (const row of finalItems) {
    const code = row.code!;
    const planned = two.byCode(code);
    if (!planned) {
      out.push(finding('R30', 'info', five!.place(row), {
        zh: `${five!.where(row).zh}在预算文件中没有对应的项（年中追加或调整的项目），无年初预算可比。`,
        en: `${five!.where(row).en} is not in the budget file (added during the year): no initial budget to compare.`,
      }));
      continue;
    }
    const s = stated(final, `gpb.item.${code}.budget`);
    if (!s) continue;
    collect(out, compare({
      rule: 'R30',
      place: { figure: `gpb.item.${code}.budget`, row: code },
      where: { zh: `决算文字说明中的“${finalLabel(`gpb.item.${code}.budget`)}”`, en: `The final accounts’ stated initial budget of ${code}` },
      relation: { zh: `应等于预算文件${two.where(planned, 'total').zh}`, en: `should equal the budget file’s ${two.where(planned, 'total').en}` },
      actual: s.amount,
      terms: [two.valueAt(planned, 'total')],
    }));
  }
  const finalCodes = new Set(finalItems.map((r) => r.code!));
  if (!five) return;
  for (const code of budgetCodes) {
    if (finalCodes.has(code)) continue;
    const row = two.byCode(code) as Row;
    out.push(finding('R30', 'info', two.place(row), {
      zh: `预算文件${two.where(row).zh}在决算的一般公共预算财政拨款支出决算表中没有对应的项（未支出或已调出）。`,
      en: `The budget file’s ${two.where(row).en} has no row in the final accounts’ appropriation expenditure table (not spent, or moved).`,
    }));
  }
}

function checkSangong(out: Finding[], final: BudgetDisclosure, seven: TableView | undefined, four: TableView | undefined): void {
  if (!four) return;
  const planned = four.total() ?? four.rows()[0];
  const row = seven ? (seven.total() ?? seven.rows()[0]) : undefined;
  for (const item of SANGONG) {
    if (!four.hasAt(item)) continue;
    const budgetCell = four.valueAt(planned, item);
    const where = (zh: string, en: string) => ({ zh, en });
    if (seven && seven.hasAt(`budget.${item}`)) {
      collect(out, compare({
        rule: 'R30',
        place: seven.place(row, `budget.${item}`),
        where: where(seven.where(row, `budget.${item}`).zh, seven.where(row, `budget.${item}`).en),
        relation: { zh: `应等于预算文件${four.where(planned, item).zh}`, en: `should equal the budget file’s ${four.where(planned, item).en}` },
        actual: seven.valueAt(row, `budget.${item}`),
        terms: [budgetCell],
        emptyNotChecked: true,
      }));
    }
    const key = item === 'total' ? 'sangong.budget' : `sangong.${item}.budget`;
    const s = stated(final, key);
    if (s) {
      collect(out, compare({
        rule: 'R30',
        place: { figure: key },
        where: { zh: `决算文字说明中的“${finalLabel(key)}”`, en: `The final accounts’ stated ${key}` },
        relation: { zh: `应等于预算文件${four.where(planned, item).zh}`, en: `should equal the budget file’s ${four.where(planned, item).en}` },
        actual: s.amount,
        terms: [budgetCell],
        emptyNotChecked: true,
      }));
    }
  }
}
