/**
 * The consistency rules of a 部门决算 (domain.md §7), beyond those of the budget:
 * 23. 收入支出决算总表 (1): 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余;
 *     支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余; the two 总计 are equal. (The sums follow
 *     the printed rows, as for the budget's summaries: see sideSums.)
 * 24. Table 1 against tables 2 and 3: each income line = the 合计 row of 收入决算表 under that
 *     source (the three 财政拨款 lines together = its 财政拨款收入); each expenditure 类 line = the
 *     类 row of 支出决算表; 本年收入合计 and 本年支出合计 = their 合计 rows.
 * 25. 财政拨款收入支出决算总表 (4): both 总计 equal, the sums of each side, each expenditure row's
 *     合计 = the three funds, and per fund: 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余.
 * 26. 一般公共预算财政拨款支出决算表 (5) = the 一般公共预算 column of table 4, per 类 and in total;
 *     基本支出决算表 (6) 总计 = table 5 基本支出 合计.
 * Rows are found by their published words (本年收入合计, 年初…结转和结余, 一般公共预算…); a row
 * or table not published skips its relation.
 */
import type { Row } from '../schema.js';
import { codeLevel } from '../kind-flags.js';
import { collect, compare, nameKey, stripOrdinal, type Context, type TableView } from './context.js';
import { checkSides } from './summary-tables.js';
import type { Finding, RuleId } from './types.js';

type Side = 'income' | 'expenditure';
const FUNDS = [
  ['gpb', '一般公共预算'],
  ['govFund', '政府性基金'],
  ['stateCapital', '国有资本经营'],
] as const;

/** The first row of a side whose name holds `word` (whitespace ignored), from row `from` on. */
function rowWith(t: TableView, word: string, side?: Side, from = 0): Row | undefined {
  return t.rows(side).slice(from).find((r) => nameKey(r.name).includes(word));
}

/** 收入总计 = 支出总计 on the given columns of a two-sided table. */
function balance(out: Finding[], t: TableView, rule: RuleId, incomeKey: string, expenditureKey: string): void {
  const income = t.total('income');
  const expenditure = t.total('expenditure');
  if (!income || !expenditure || !t.hasAt(incomeKey, 'income') || !t.hasAt(expenditureKey, 'expenditure')) return;
  collect(
    out,
    compare({
      rule,
      place: t.place(income, incomeKey),
      where: t.where(income, incomeKey),
      relation: { zh: `应等于支出方的${expenditure.name}`, en: `should equal the expenditure side's ${expenditure.name}` },
      actual: t.valueAt(income, incomeKey),
      terms: [t.valueAt(expenditure, expenditureKey)],
    }),
  );
}

export function checkFinalSummary(ctx: Context): Finding[] {
  const t = ctx.table('final-summary');
  if (!t) return [];
  const out: Finding[] = [];
  balance(out, t, 'R23', 'amount', 'amount');
  checkSides(out, t, 'R23');
  return out;
}

/** The 收入决算表 column of each income line of table 1 (several lines may share one). */
const INCOME_LINES: ReadonlyArray<[string, 'appropriation' | 'superior' | 'business' | 'operating' | 'subordinate' | 'other']> = [
  ['财政拨款', 'appropriation'],
  ['上级补助收入', 'superior'],
  ['事业收入', 'business'],
  ['经营收入', 'operating'],
  ['附属单位上缴收入', 'subordinate'],
  ['其他收入', 'other'],
];

export function checkFinalSummaryAgainstDetail(ctx: Context): Finding[] {
  const one = ctx.table('final-summary');
  if (!one) return [];
  const out: Finding[] = [];
  const two = ctx.table('final-income');
  const twoTotal = two?.total();
  if (two && twoTotal) {
    // Only the lines above 本年收入合计: 使用非财政拨款结余 and 年初结转和结余 are not income of the year.
    const lines = one.rows('income');
    const end = lines.findIndex((r) => nameKey(r.name).includes('本年收入合计'));
    const ofYear = (end < 0 ? lines : lines.slice(0, end)).filter((r) => !r.role);
    for (const [word, key] of INCOME_LINES) {
      if (!two.has(key)) continue;
      // 事业单位经营收入 holds 经营收入 but 事业收入 must not take it.
      const matching = ofYear.filter((r) => nameKey(r.name).includes(word) && !(key === 'business' && nameKey(r.name).includes('经营')));
      if (!matching.length) continue;
      const names = matching.map((r) => r.name).join('、');
      collect(
        out,
        compare({
          rule: 'R24',
          place: two.place(twoTotal, key),
          where: two.where(twoTotal, key),
          relation: matching.length > 1
            ? { zh: `应等于${one.label.zh} ${names}之和`, en: `should equal the sum of ${one.label.en} ${matching.map((r) => r.name).join(', ')}` }
            : { zh: `应等于${one.label.zh} ${names}`, en: `should equal ${one.label.en} ${names}` },
          actual: two.value(twoTotal, key),
          terms: matching.map((r) => one.valueAt(r, 'amount')),
        }),
      );
    }
    const subtotal = rowWith(one, '本年收入合计', 'income');
    if (subtotal && two.has('total')) collect(out, equal(one, subtotal, 'amount', two, twoTotal, 'total', 'R24'));
  }
  const three = ctx.table('final-expenditure');
  const threeTotal = three?.total();
  if (three && threeTotal && three.has('total')) {
    for (const row of one.rows('expenditure')) {
      if (row.role) continue;
      const name = nameKey(stripOrdinal(row.name));
      const klass = three.rows().find((r) => codeLevel(r.code) === 0 && nameKey(r.name) === name);
      if (klass) collect(out, equal(one, row, 'amount', three, klass, 'total', 'R24'));
    }
    const subtotal = rowWith(one, '本年支出合计', 'expenditure');
    if (subtotal) collect(out, equal(one, subtotal, 'amount', three, threeTotal, 'total', 'R24'));
  }
  return out;
}

/** A cell of one table = a cell of another. */
function equal(a: TableView, aRow: Row, aKey: string, b: TableView, bRow: Row, bKey: string, rule: RuleId): Finding | null {
  return compare({
    rule,
    place: a.place(aRow, aKey),
    where: a.where(aRow, aKey),
    relation: { zh: `应等于${b.where(bRow, bKey).zh}`, en: `should equal ${b.where(bRow, bKey).en}` },
    actual: a.valueAt(aRow, aKey),
    terms: [b.valueAt(bRow, bKey)],
  });
}

export function checkFinalFiscalSummary(ctx: Context): Finding[] {
  const t = ctx.table('final-fiscal-summary');
  if (!t) return [];
  const out: Finding[] = [];
  balance(out, t, 'R25', 'amount', 'total');
  checkSides(out, t, 'R25');
  const funds = FUNDS.filter(([k]) => t.has(k, 'expenditure'));
  if (t.has('total', 'expenditure') && funds.length) {
    const labels = funds.map(([k]) => t.columnLabel(k, 'expenditure')).join(' + ');
    for (const row of t.rows('expenditure')) {
      collect(
        out,
        compare({
          rule: 'R25',
          place: t.place(row, 'total'),
          where: t.where(row, 'total'),
          relation: { zh: `应等于 ${labels}`, en: `should equal ${labels}` },
          actual: t.value(row, 'total'),
          terms: funds.map(([k]) => t.value(row, k)),
        }),
      );
    }
  }
  // Per fund: what the year began with and received = what it spent and carried forward.
  const income = t.rows('income');
  const beginAt = income.findIndex((r) => nameKey(r.name).includes('年初') && nameKey(r.name).includes('结转'));
  const spent = rowWith(t, '本年支出合计', 'expenditure');
  const end = t.rows('expenditure').find((r) => nameKey(r.name).includes('年末') && nameKey(r.name).includes('结转'));
  if (!spent || !end) return out;
  for (const [key, word] of FUNDS) {
    if (!t.has(key, 'expenditure')) continue;
    const received = income.slice(0, beginAt < 0 ? income.length : beginAt).find((r) => !r.role && nameKey(r.name).includes(word));
    const begun = beginAt < 0 ? undefined : income.slice(beginAt + 1).find((r) => nameKey(r.name).includes(word));
    if (!received) continue;
    const terms = [t.valueAt(received, 'amount'), begun ? t.valueAt(begun, 'amount') : null];
    const endValue = t.valueAt(end, key);
    const minus = (a: ReturnType<TableView['valueAt']>) => (a ? { ...a, cents: -a.cents } : null);
    collect(
      out,
      compare({
        rule: 'R25',
        place: t.place(spent, key),
        where: t.where(spent, key),
        relation: {
          zh: `应等于${word}财政拨款的年初结转和结余 + 本年收入 − 年末结转和结余`,
          en: `should equal the ${FUND_EN[key]} appropriation's opening balance + income − closing balance`,
        },
        actual: t.valueAt(spent, key),
        terms: [...terms, minus(endValue)],
      }),
    );
  }
  return out;
}

const FUND_EN = { gpb: 'general public budget', govFund: 'government fund', stateCapital: 'state capital' } as const;

export function checkFinalGpb(ctx: Context): Finding[] {
  const five = ctx.table('final-gpb-expenditure');
  if (!five) return [];
  const out: Finding[] = [];
  const fiveTotal = five.total();
  const four = ctx.table('final-fiscal-summary');
  if (four && four.has('gpb', 'expenditure') && five.has('total')) {
    for (const row of four.rows('expenditure')) {
      if (row.role) continue;
      const name = nameKey(stripOrdinal(row.name));
      const klass = five.rows().find((r) => codeLevel(r.code) === 0 && nameKey(r.name) === name);
      if (klass) collect(out, equal(five, klass, 'total', four, row, 'gpb', 'R26'));
    }
    const spent = rowWith(four, '本年支出合计', 'expenditure');
    if (spent && fiveTotal) collect(out, equal(five, fiveTotal, 'total', four, spent, 'gpb', 'R26'));
  }
  const six = ctx.table('final-gpb-basic-expenditure');
  const sixTotal = six?.total();
  if (six && sixTotal && fiveTotal && five.has('basic')) collect(out, equal(six, sixTotal, 'amount', five, fiveTotal, 'basic', 'R26'));
  return out;
}
