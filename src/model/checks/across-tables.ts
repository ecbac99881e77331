/**
 * Rules 7–12: tables agree with each other.
 *  7. 部门收支总表 totals = 部门收入总表 合计 and 部门支出总表 合计.
 *  8. 财政拨款收支总表 一般公共预算 column = 一般公共预算支出表 合计, per 类 too (表 1 class rows
 *     carry no code, so they are matched by name with the "(八)" ordinal stripped);
 *     its 政府性基金 column = 政府性基金预算支出表 合计.
 *  9. 一般公共预算支出表 基本支出 = 基本支出预算表 合计.
 * 10. 项目支出明细表 合计 = Σ its projects = 项目支出 of 部门支出总表 or of 一般公共预算支出表;
 *     and per 项: Σ the projects of a function code (a project row's `code`) = that 项's 项目支出
 *     where the two tables cover the same money. 部门支出总表 holds project money from every
 *     funding source, as the 项目支出明细表 does: always compared. 一般公共预算支出表 holds the
 *     appropriation only: compared (when there is no 部门支出总表) only if the project list's total
 *     equals its 项目支出 合计 exactly — then no project money comes from another source, and a 项
 *     that differs (44.00 against 45.00) is an error, not a funding difference.
 * 11. every project with targets is in 项目支出明细表 with the same amount; its 成本指标 add up to it.
 * 12. "三公" items = the economic rows 30212, 30231, 30217 of 基本支出预算表 (a warning: 三公 may
 *     also be paid from project funds, which table 3 does not hold).
 *
 * Tolerance: amounts go through compare() (context.ts): exact in integer hundredths, a difference of
 *   at most 0.01 of the unit per rounded term is a `rounding` note, a larger one the severity below.
 * Severity: `error` for 7–10 and the amount of 11; `warning` for the cost indicators of 11 and for
 *   12; `info` when 11 cannot compare (cost indicators not stated as money).
 * Source: the cross-checks (勾稽关系) reviewers apply to the tables that 财预〔2016〕143号 and the
 *   provinces' templates prescribe (the table numbers above are Chongqing's twelve attachments,
 *   data/README.md lists the kinds); the open-source GovBudgetChecker applies the same relations
 *   with the same 0.01 万元 tolerance.
 */
import { isAmount, toCents } from '../money.js';
import type { Row, KnownTableKind } from '../schema.js';
import type { ValueKey } from '../columns.js';
import { codeLevel } from '../table-kinds.js';
import { collect, compare, finding, nameKey, stripOrdinal, TableView, type Amt, type Context } from './context.js';
import type { Finding } from './types.js';

/** The table-1 row that holds this year's appropriation expenditure: 本年支出, else 支出合计. */
function fiscalExpenditureRow(t: TableView): Row | undefined {
  return t.rows('expenditure').find((r) => r.role === 'subtotal' && r.name.includes('本年支出')) ?? t.total('expenditure');
}

function equal<A extends KnownTableKind, B extends KnownTableKind>(
  out: Finding[],
  rule: 'R07' | 'R08' | 'R09' | 'R10',
  a: TableView<A>,
  aRow: Row | undefined,
  aKey: ValueKey<A>,
  b: TableView<B>,
  bRow: Row | undefined,
  bKey: ValueKey<B>,
): void {
  if (!aRow || !bRow || !a.has(aKey, aRow.side) || !b.has(bKey, bRow.side)) return;
  const bWhere = b.where(bRow, bKey);
  collect(
    out,
    compare({
      rule,
      place: a.place(aRow, aKey),
      where: a.where(aRow, aKey),
      relation: { zh: `应等于${bWhere.zh}`, en: `should equal ${bWhere.en}` },
      actual: a.value(aRow, aKey),
      terms: [b.value(bRow, bKey)],
    }),
  );
}

function checkDeptTotals(ctx: Context, out: Finding[]): void {
  const six = ctx.table('dept-summary');
  if (!six) return;
  const seven = ctx.table('dept-income');
  const eight = ctx.table('dept-expenditure');
  if (seven) equal(out, 'R07', six, six.total('income'), 'amount', seven, seven.total(), 'total');
  if (eight) equal(out, 'R07', six, six.total('expenditure'), 'amount', eight, eight.total(), 'total');
}

function checkFiscalVsGpb(ctx: Context, out: Finding[]): void {
  const one = ctx.table('fiscal-summary');
  if (!one) return;
  const row = fiscalExpenditureRow(one);
  const two = ctx.table('gpb-expenditure');
  if (two && one.has('gpb', 'expenditure') && two.has('total')) {
    equal(out, 'R08', one, row, 'gpb', two, two.total(), 'total');
    const classesOne = one.rows('expenditure').filter((r) => !r.role && /^\s*[(（]/.test(r.name));
    const classesTwo = two.rows().filter((r) => codeLevel(r.code) === 0);
    // Matched by name through indexes (first row of a name wins, as a scan would find it):
    // a hostile file may repeat 类 rows by the thousand.
    const twoByName = new Map<string, Row>();
    for (const r of classesTwo) if (!twoByName.has(nameKey(r.name))) twoByName.set(nameKey(r.name), r);
    const oneNames = new Set(classesOne.map((r1) => nameKey(stripOrdinal(r1.name))));
    for (const r1 of classesOne) {
      const r2 = twoByName.get(nameKey(stripOrdinal(r1.name)));
      const v1 = one.value(r1, 'gpb');
      const v2 = r2 ? two.value(r2, 'total') : null;
      if (!r2 && v1 === null) continue;
      collect(
        out,
        compare({
          rule: 'R08',
          place: one.place(r1, 'gpb'),
          where: one.where(r1, 'gpb'),
          relation: r2
            ? { zh: `应等于${two.where(r2, 'total').zh}`, en: `should equal ${two.where(r2, 'total').en}` }
            : { zh: `在${two.label.zh}中没有同名的类`, en: `has no class of the same name in ${two.label.en}` },
          actual: v1,
          terms: [v2],
        }),
      );
    }
    for (const r2 of classesTwo) {
      if (oneNames.has(nameKey(r2.name))) continue;
      collect(
        out,
        compare({
          rule: 'R08',
          place: { table: 'fiscal-summary', row: r2.name, column: 'expenditure:gpb' },
          where: { zh: `${one.label.zh}中的“${r2.name}”`, en: `“${r2.name}” in ${one.label.en}` },
          relation: { zh: `（缺少此行）应等于${two.where(r2, 'total').zh}`, en: `(row missing) should equal ${two.where(r2, 'total').en}` },
          actual: null,
          terms: [two.value(r2, 'total')],
        }),
      );
    }
  }
  const five = ctx.table('gov-fund-expenditure');
  if (five && one.has('govFund', 'expenditure') && row) {
    const fiveTotal = five.total();
    collect(
      out,
      compare({
        rule: 'R08',
        place: one.place(row, 'govFund'),
        where: one.where(row, 'govFund'),
        relation: { zh: `应等于${five.label.zh}合计`, en: `should equal the total of ${five.label.en}` },
        actual: one.value(row, 'govFund'),
        terms: [fiveTotal ? five.value(fiveTotal, 'total') : null],
      }),
    );
  }
}

function checkBasic(ctx: Context, out: Finding[]): void {
  const two = ctx.table('gpb-expenditure');
  const three = ctx.table('gpb-basic-expenditure');
  if (two && three) equal(out, 'R09', two, two.total(), 'basic', three, three.total(), 'total');
}

function checkProjectsTotal(ctx: Context, out: Finding[]): void {
  const ten = ctx.table('project-expenditure');
  if (!ten || !ten.has('total')) return;
  const total = ten.total();
  const projects = ten.rows().filter((r) => !r.role);
  if (total && projects.length) {
    collect(
      out,
      compare({
        rule: 'R10',
        place: ten.place(total, 'total'),
        where: ten.where(total, 'total'),
        relation: { zh: `应等于 ${projects.length} 个项目之和`, en: `should equal the sum of its ${projects.length} projects` },
        actual: ten.value(total, 'total'),
        terms: projects.map((r) => ten.value(r, 'total')),
      }),
    );
  }
  // Table 10 lists every project; the department table (8) is the first match, the
  // appropriation table (2) the second, since a department funded only by appropriation has both.
  const candidates = (['dept-expenditure', 'gpb-expenditure'] as const)
    .map((k) => ctx.table(k))
    .filter((t): t is TableView => !!t && t.has('project') && !!t.total());
  if (!candidates.length) return;
  const actual: Amt | null = total ? ten.value(total, 'total') : projects.length ? { cents: projects.reduce((s, r) => s + (ten.value(r, 'total')?.cents ?? 0), 0), unit: ten.unit } : null;
  const results = candidates.map((t) =>
    compare({
      rule: 'R10',
      place: ten.place(total, 'total'),
      where: total ? ten.where(total, 'total') : { zh: `${ten.label.zh}项目合计`, en: `The projects of ${ten.label.en}` },
      relation: { zh: `应等于${t.where(t.total(), 'project').zh}`, en: `should equal ${t.where(t.total(), 'project').en}` },
      actual,
      terms: [t.value(t.total(), 'project')],
    }),
  );
  if (results.includes(null)) return;
  collect(out, results.find((f) => f!.severity === 'rounding') ?? results[0]);
}

/** Rule 10 per 项 (see the header for when the tables cover the same money). */
function checkProjectsPerItem(ctx: Context, out: Finding[]): void {
  const ten = ctx.table('project-expenditure');
  if (!ten || !ten.has('total')) return;
  const projects = ten.rows().filter((r) => !r.role);
  const byCode = new Map<string, Row[]>();
  for (const r of projects) if (codeLevel(r.code) === 2) byCode.set(r.code!, [...(byCode.get(r.code!) ?? []), r]);
  if (!byCode.size) return;
  const dept = ctx.table('dept-expenditure');
  const gpb = ctx.table('gpb-expenditure');
  const listed = ten.total() ? ten.value(ten.total(), 'total') : null;
  const gpbProject = gpb?.has('project') ? gpb.value(gpb.total(), 'project') : null;
  const sameMoney = !!listed && !!gpbProject && listed.cents === gpbProject.cents && listed.unit === gpbProject.unit;
  const t = dept?.has('project') ? dept : sameMoney ? gpb! : undefined;
  // A table that publishes no 项 rows (totals only) has nothing to compare per 项.
  if (!t || !t.rows().some((r) => codeLevel(r.code) === 2)) return;
  // Every 项 either table names: one listed only in the other table is as wrong as a different amount.
  const codes = [...byCode.keys(), ...t.rows().filter((r) => codeLevel(r.code) === 2 && (t.value(r, 'project')?.cents ?? 0) !== 0 && !byCode.has(r.code!)).map((r) => r.code!)];
  for (const code of codes) {
    const rows = byCode.get(code) ?? [];
    const row = t.byCode(code);
    collect(
      out,
      compare({
        rule: 'R10',
        place: t.place(row ?? { code, name: code, values: {} }, 'project'),
        where: row ? t.where(row, 'project') : { zh: `${t.label.zh} ${code}「项目支出」（该表无此科目）`, en: `${t.label.en} ${code} “project” (no such row)` },
        relation: { zh: `应等于${ten.label.zh}中功能分类科目为 ${code} 的 ${rows.length} 个项目之和`, en: `should equal the ${rows.length} project(s) of function code ${code} in ${ten.label.en}` },
        actual: row ? t.value(row, 'project') : null,
        terms: rows.length ? rows.map((r) => ten.value(r, 'total')) : [{ cents: 0, unit: ten.unit }],
      }),
    );
  }
}

const MONEY_UNITS = ['元', '万元', '亿元'] as const;

/**
 * Finds a target table's row in table 10: the first project row (in table order) whose name is
 * the same or whose code is the project's code. Indexed once by name and by code, so matching
 * n projects costs O(n) rather than a scan of every row per project (10,000 projects: ~17 s).
 */
function projectRowFinder(ten: TableView): (p: { name: string; code?: string }) => Row | undefined {
  const byName = new Map<string, number>();
  const byCode = new Map<string, number>();
  const rows = ten.rows();
  rows.forEach((r, i) => {
    if (r.role) return;
    const k = nameKey(r.name);
    if (!byName.has(k)) byName.set(k, i);
    if (r.code !== undefined && !byCode.has(r.code)) byCode.set(r.code, i);
  });
  return (p) => {
    const a = byName.get(nameKey(p.name));
    const b = p.code !== undefined ? byCode.get(p.code) : undefined;
    const i = a === undefined ? b : b === undefined ? a : Math.min(a, b);
    return i === undefined ? undefined : rows[i];
  };
}

function checkProjectTargets(ctx: Context, out: Finding[]): void {
  const ten = ctx.table('project-expenditure');
  const findRow = ten ? projectRowFinder(ten) : undefined;
  for (const p of ctx.data.projects ?? []) {
    const place = { project: p.code ?? p.name };
    const amount: Amt | null = p.amount ? { cents: toCents(p.amount)!, unit: ctx.unit } : null;
    if (ten && findRow) {
      const row = findRow(p);
      if (!row) {
        out.push(
          finding('R11', 'error', place, {
            zh: `绩效目标表中的项目“${p.name}”不在${ten.label.zh}中。`,
            en: `Project “${p.name}” has a target table but is not in ${ten.label.en}.`,
          }),
        );
      } else if (amount && ten.has('total')) {
        collect(
          out,
          compare({
            rule: 'R11',
            place: { ...place, table: ten.kind, row: row.code ?? row.name, column: 'total' },
            where: { zh: `项目“${p.name}”的资金总额`, en: `The amount of project “${p.name}”` },
            relation: { zh: `应等于${ten.where(row, 'total').zh}`, en: `should equal ${ten.where(row, 'total').en}` },
            actual: amount,
            terms: [ten.value(row, 'total')],
            emptyNotChecked: true,
          }),
        );
      }
    }
    const costs = p.indicators.filter((i) => i.level2 === '成本指标');
    if (!amount || !costs.length) continue;
    const money = costs.filter((i) => isAmount(i.value.trim()) && (MONEY_UNITS as readonly string[]).includes(i.unit ?? ''));
    if (money.length < costs.length) {
      out.push(
        finding('R11', 'info', place, {
          zh: `项目“${p.name}”有 ${costs.length - money.length} 个成本指标不是金额（单位不是元/万元/亿元），未核对成本指标合计。`,
          en: `Project “${p.name}” has ${costs.length - money.length} cost indicator(s) not stated as money, so their total was not checked.`,
        }),
      );
      continue;
    }
    collect(
      out,
      compare({
        rule: 'R11',
        place,
        where: { zh: `项目“${p.name}”的资金总额`, en: `The amount of project “${p.name}”` },
        relation: { zh: `通常等于 ${money.length} 个成本指标之和`, en: `usually equals the sum of its ${money.length} cost indicators` },
        actual: amount,
        terms: money.map((i) => ({ cents: toCents(i.value.trim())!, unit: i.unit as Amt['unit'] })),
        severity: 'warning',
      }),
    );
  }
}

/** 三公 item key → the department economic code that carries it. */
const SANGONG_ECONOMIC = { abroad: '30212', vehicleOps: '30231', reception: '30217' } as const;

function checkSangongEconomic(ctx: Context, out: Finding[]): void {
  const four = ctx.table('sangong');
  const three = ctx.table('gpb-basic-expenditure');
  const total4 = four?.total() ?? four?.rows()[0];
  if (!four || !three || !total4 || !three.has('total')) return;
  for (const key of Object.keys(SANGONG_ECONOMIC) as (keyof typeof SANGONG_ECONOMIC)[]) {
    const code = SANGONG_ECONOMIC[key];
    const row3 = three.byCode(code);
    if (!row3 || !four.has(key)) continue;
    collect(
      out,
      compare({
        rule: 'R12',
        place: four.place(total4, key),
        where: four.where(total4, key),
        relation: { zh: `应等于${three.where(row3, 'total').zh}`, en: `should equal ${three.where(row3, 'total').en}` },
        actual: four.value(total4, key),
        terms: [three.value(row3, 'total')],
        severity: 'warning',
        emptyNotChecked: true,
        note: { zh: '（“三公”经费也可能由项目支出安排，故为提示。）', en: '(三公 may also be paid from project funds, hence a warning.)' },
      }),
    );
  }
}

export function checkAcrossTables(ctx: Context): Finding[] {
  const out: Finding[] = [];
  checkDeptTotals(ctx, out);
  checkFiscalVsGpb(ctx, out);
  checkBasic(ctx, out);
  checkProjectsTotal(ctx, out);
  checkProjectsPerItem(ctx, out);
  checkProjectTargets(ctx, out);
  checkSangongEconomic(ctx, out);
  return out;
}
