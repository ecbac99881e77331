/**
 * Rules 13 and 14: what the narrative states (narrative.figures, keys from FIGURE_KEYS) agrees
 * with the tables.
 * 13. A stated change (`*.change`) = this year − last year of the matching table cells. Stated
 *     percentages are never trusted: the format keeps none, widgets recompute them.
 * 14. A stated total = the matching table value. 机关运行经费 is compared with 基本支出预算表
 *     日常公用经费 as a warning only: the two coincide for administrative units, not for all.
 *
 * A figure whose table is not published, or whose last-year value no table carries, gets an
 * `info` finding saying it could not be verified, so a reader knows what the report vouches for.
 * A key the format does not know gets a warning naming the closest known key (a typo).
 * The overall target table's 部门支出预算数 is checked here too, as another stated total.
 *
 * Tolerance: amounts go through compare() (context.ts): exact in integer hundredths, a difference of
 *   at most 0.01 of the unit per rounded term is a `rounding` note, a larger one the severity below.
 * Severity: `error`; `warning` where the relation is usual, not required (机关运行经费, a last year
 *   assumed from the appropriation table); `info` when a figure cannot be verified.
 * Source: the disclosure rules ask the narrative to state these totals and their changes; reviewers
 *   check them against the tables. Percentages are recomputed by the widgets, never trusted.
 */
import type { Figure, KnownTableKind, Row } from '../schema.js';
import type { SangongKey, ValueKey } from '../columns.js';
import { FIGURE_KEYS } from '../table-kinds.js';
import { toCents } from '../money.js';
import { own } from '../own.js';
import { nearest } from '../nearest.js';
import { collect, compare, finding, type Amt, type Context, type TableView } from './context.js';
import { cell, first, named, totalRow, type Resolver, type Side } from './figure-targets.js';
import { finalChangeTargets, finalLabel, finalResolver, FINAL_FIGURE_LABELS_EN } from './final-figures.js';
import type { Finding, Place } from './types.js';

const INCOME_SOURCES: Record<string, [ValueKey<'dept-income'>, string]> = {
  gpb: ['gpb', '一般公共预算'],
  govFund: ['govFund', '政府性基金'],
  stateCapital: ['stateCapital', '国有资本经营'],
  business: ['business', '事业收入'],
  operating: ['operating', '经营收入'],
  other: ['other', '其他收入'],
};

const SANGONG_KEYS: readonly SangongKey[] = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'reception'];
const isSangongKey = (k: string): k is SangongKey => (SANGONG_KEYS as readonly string[]).includes(k);
const PROCUREMENT_ROWS: Record<string, string> = { goods: '货物', works: '工程', services: '服务' };

/** Stated figure key → the table cells it should equal. */
function resolver(key: string): Resolver | undefined {
  const m = /^expenditure\.class\.(\d{3})$/.exec(key);
  if (m) return (ctx) => cell(ctx, 'dept-expenditure', (t) => t.byCode(m[1]!) ?? { name: m[1]!, values: {} }, 'total');
  const income = /^income\.(\w+)$/.exec(key);
  const source = income ? own(INCOME_SOURCES, income[1]!) : undefined;
  if (source) {
    const [col, word] = source;
    return first((ctx) => cell(ctx, 'dept-income', totalRow(), col), (ctx) => cell(ctx, 'dept-summary', named(word, 'income'), 'amount'));
  }
  const sangong = /^sangong\.(\w+)$/.exec(key);
  const item = sangong?.[1];
  if (item !== undefined && isSangongKey(item)) return (ctx) => cell(ctx, 'sangong', (t) => t.total() ?? t.rows()[0], item);
  const proc = /^procurement\.(?:(gpb)\.)?(total|goods|works|services)$/.exec(key);
  if (proc) {
    const col = proc[1] ? 'gpb' : 'total';
    return (ctx) => cell(ctx, 'procurement', proc[2] === 'total' ? totalRow() : named(PROCUREMENT_ROWS[proc[2]!]!), col);
  }
  switch (key) {
    case 'income.total':
      return first((ctx) => cell(ctx, 'dept-summary', totalRow('income'), 'amount'), (ctx) => cell(ctx, 'dept-income', totalRow(), 'total'));
    case 'expenditure.total':
      return first((ctx) => cell(ctx, 'dept-summary', totalRow('expenditure'), 'amount'), (ctx) => cell(ctx, 'dept-expenditure', totalRow(), 'total'));
    case 'gpb.income':
      return first((ctx) => cell(ctx, 'dept-income', totalRow(), 'gpb'), (ctx) => cell(ctx, 'fiscal-summary', named('一般公共预算', 'income'), 'amount'));
    case 'gpb.expenditure':
      return (ctx) => cell(ctx, 'gpb-expenditure', totalRow(), 'total');
    case 'basic.total':
      return first((ctx) => cell(ctx, 'gpb-expenditure', totalRow(), 'basic'), (ctx) => cell(ctx, 'dept-expenditure', totalRow(), 'basic'));
    case 'project.total':
      return first((ctx) => cell(ctx, 'gpb-expenditure', totalRow(), 'project'), (ctx) => cell(ctx, 'dept-expenditure', totalRow(), 'project'));
    case 'operating.total':
      return (ctx) => cell(ctx, 'gpb-basic-expenditure', totalRow(), 'public');
    case 'performance.gpb':
      // Either the appropriation-funded project expenditure or the project list's total.
      return (ctx) => [...cell(ctx, 'gpb-expenditure', totalRow(), 'project'), ...cell(ctx, 'project-expenditure', totalRow(), 'total')];
    case 'performance.govFund':
      return (ctx) => cell(ctx, 'gov-fund-expenditure', totalRow(), 'project');
  }
  return undefined;
}

/** Stated change key → [table kind, row, column this year, column last year]. */
function changeTargets(ctx: Context, base: string): Array<{ t: TableView; row: Row | undefined; now: string; prior: string; assumed?: boolean }> {
  /** This year's and last year's cell of a kind whose keys `col` and `prior.col` both are. */
  const pair = <K extends KnownTableKind>(kind: K, row: (t: TableView) => Row | undefined, col: ValueKey<K> & string, prior: ValueKey<K> & `prior.${string}`) => {
    const t = ctx.table(kind);
    return t && t.has(col) && t.has(prior) ? [{ t: t as TableView, row: row(t), now: col as string, prior: prior as string }] : [];
  };
  const sangongItem = base === 'sangong' ? 'total' : base.slice(8);
  if ((base === 'sangong' || base.startsWith('sangong.')) && isSangongKey(sangongItem)) return pair('sangong', (t) => t.total() ?? t.rows()[0], sangongItem, `prior.${sangongItem}`);
  if (base === 'gpb') return pair('gpb-expenditure', totalRow(), 'total', 'prior.total');
  if (base === 'basic' || base === 'project') return pair('gpb-expenditure', totalRow(), base, `prior.${base}`);
  if (base === 'income' || base === 'expenditure') {
    const own = base === 'income' ? pair('dept-income', totalRow(), 'total', 'prior.total') : pair('dept-expenditure', totalRow(), 'total', 'prior.total');
    if (own.length) return own;
    // No department-wide prior year is published. When this year's budget is appropriation
    // only (部门收支总表 total = 一般公共预算支出表 total), the appropriation table's prior
    // year is the best base we have; a mismatch is then only a warning.
    const six = ctx.table('dept-summary');
    const two = pair('gpb-expenditure', totalRow(), 'total', 'prior.total');
    const sixTotal = six?.value(six.total(base), 'amount');
    const twoTotal = two[0]?.t.value(two[0].row, 'total');
    if (two.length && sixTotal && twoTotal && sixTotal.cents === twoTotal.cents && sixTotal.unit === twoTotal.unit) return two.map((x) => ({ ...x, assumed: true }));
  }
  return [];
}

function figureAmount(ctx: Context, f: Figure): Amt | null {
  if (f.unit && !['元', '万元', '亿元'].includes(f.unit)) return null;
  return { cents: toCents(f.value)!, unit: (f.unit as Amt['unit'] | undefined) ?? ctx.unit };
}

/**
 * English names of the stated figures, for English messages (FIGURE_KEYS holds the Chinese ones).
 * Typed on FIGURE_KEYS so a new key fails the type check until it has an English name too.
 */
const FIGURE_LABELS_EN: { readonly [K in keyof typeof FIGURE_KEYS]: string } = {
  'income.total': 'total income',
  'income.gpb': 'general public budget appropriation',
  'income.govFund': 'government fund budget appropriation',
  'income.stateCapital': 'state capital operating budget income',
  'income.business': 'business income (事业收入)',
  'income.operating': 'operating income of public institutions',
  'income.other': 'other income',
  'income.change': 'change in income',
  'expenditure.total': 'total expenditure',
  'expenditure.change': 'change in expenditure',
  'expenditure.class.<code>': 'expenditure of a function class',
  'gpb.income': 'general public budget appropriation income',
  'gpb.expenditure': 'general public budget appropriation expenditure',
  'gpb.change': 'change in general public budget appropriation expenditure',
  'basic.total': 'basic expenditure',
  'basic.change': 'change in basic expenditure',
  'project.total': 'project expenditure',
  'project.change': 'change in project expenditure',
  'sangong.total': '三公 expenses',
  'sangong.change': 'change in 三公 expenses',
  'sangong.abroad': 'official travel abroad',
  'sangong.abroad.change': 'change in official travel abroad',
  'sangong.vehicle': 'official vehicles (purchase and operation)',
  'sangong.vehicle.change': 'change in official vehicles (purchase and operation)',
  'sangong.vehiclePurchase': 'official vehicle purchase',
  'sangong.vehiclePurchase.change': 'change in official vehicle purchase',
  'sangong.vehicleOps': 'official vehicle operation',
  'sangong.vehicleOps.change': 'change in official vehicle operation',
  'sangong.reception': 'official reception',
  'sangong.reception.change': 'change in official reception',
  'operating.total': 'administrative running costs (机关运行经费)',
  'operating.change': 'change in administrative running costs (机关运行经费)',
  'procurement.total': 'total government procurement',
  'procurement.goods': 'procurement of goods',
  'procurement.works': 'procurement of works',
  'procurement.services': 'procurement of services',
  'procurement.gpb.total': 'government procurement from the general public budget',
  'procurement.gpb.goods': 'procurement of goods from the general public budget',
  'procurement.gpb.works': 'procurement of works from the general public budget',
  'procurement.gpb.services': 'procurement of services from the general public budget',
  'performance.gpb': 'general public budget appropriation under performance targets',
  'performance.govFund': 'government fund appropriation under performance targets',
  'assets.vehicles': 'vehicles',
  'assets.officialVehicles': 'official vehicles',
  ...FINAL_FIGURE_LABELS_EN,
};

/** A figure key in words: the Chinese name (as the narrative says it; a 决算's text names actual figures) or the English one. */
const label = (key: string, final = false): string =>
  (final ? finalLabel(key) : undefined) ?? own(FIGURE_KEYS as Record<string, string>, key) ?? (key.startsWith('expenditure.class.') ? `${key.slice(18)} 类支出` : key);
const labelEn = (key: string): string =>
  own(FIGURE_LABELS_EN as Record<string, string>, key) ?? (key.startsWith('expenditure.class.') ? `expenditure of class (类) ${key.slice(18)}` : key);

function unverified(key: string, place: Place, final: boolean): Finding {
  // A 决算 states the year's budget beside the actual: no 决算 table holds it, the budget file does.
  if (final && /\.budget$/.test(key)) {
    return finding('R14', 'info', place, {
      zh: `文字说明中的“${label(key, final)}”是预算数，决算表中没有；指定同年预算文件（budget-kit validate --budget）可与之核对。`,
      en: `The stated figure “${labelEn(key)}” is a budget figure, which no final-accounts table holds; give the year's budget file (budget-kit validate --budget) to check it.`,
    });
  }
  return finding(key.endsWith('.change') ? 'R13' : 'R14', 'info', place, {
    zh: `文字说明中的“${label(key, final)}”无对应的表格数据，未核对。`,
    en: `The stated figure “${labelEn(key)}” has no matching table value, so it was not checked.`,
  });
}

/** Figure keys the format knows (FIGURE_KEYS; 'expenditure.class.<code>' stands for a pattern). */
const KNOWN_KEYS = Object.keys(FIGURE_KEYS).filter((k) => !k.includes('<'));
/** The patterns: `<code>` a 3-digit 类 to a 7-digit 项 (`gpb.item.<code>.budget`), `<item>` a 三公 item. */
const PLACEHOLDERS: Record<string, string> = { code: '\\d{3,7}', item: '(?:abroad|vehicle|vehiclePurchase|vehicleOps|reception)' };
const KEY_PATTERNS = Object.keys(FIGURE_KEYS)
  .filter((k) => k.includes('<'))
  .map((k) => new RegExp(`^${k.replace(/\./g, '\\.').replace(/<(\w+)>/g, (_, name: string) => PLACEHOLDERS[name] ?? '[\\w.]+')}$`));
const isKnownKey = (key: string) => KNOWN_KEYS.includes(key) || KEY_PATTERNS.some((p) => p.test(key));

/**
 * A key the format does not know (a typo such as `sangong.vehicel`) would otherwise be skipped
 * silently by the widgets and reported only as "not checked": a warning naming the closest key.
 */
function unknownKey(key: string, place: Place): Finding {
  const guess = nearest(key, KNOWN_KEYS);
  return finding('R14', 'warning', place, {
    zh: `文字说明中的数字键“${key}”不是已知的键${guess ? `，是否应为“${guess}”（${label(guess)}）？` : '。'}未知的键既不核对，也不被组件使用；已知的键见 data/README.md。`,
    en: `The stated figure key “${key}” is not a known key${guess ? `; did you mean “${guess}” (${labelEn(guess)})?` : '.'} An unknown key is neither checked nor used by the widgets; data/README.md lists the known keys.`,
  });
}

export function checkNarrative(ctx: Context): Finding[] {
  const out: Finding[] = [];
  const final = ctx.data.department.kind === 'final';
  for (const f of ctx.data.narrative?.figures ?? []) {
    const place: Place = { figure: f.key };
    if (!isKnownKey(f.key)) {
      out.push(unknownKey(f.key, place));
      continue;
    }
    const stated = figureAmount(ctx, f);
    if (!stated) continue; // counts (辆) are not amounts
    const where = { zh: `文字说明中的“${label(f.key, final)}”`, en: `The stated figure “${labelEn(f.key)}”` };
    if (f.key.endsWith('.change')) {
      const base = f.key.slice(0, -'.change'.length);
      const budgetTargets = changeTargets(ctx, base);
      const targets = budgetTargets.length ? budgetTargets : finalChangeTargets(ctx, base);
      if (!targets.length) {
        out.push(unverified(f.key, place, final));
        continue;
      }
      const { t, row, now, prior, assumed } = targets[0]!;
      const p = t.valueAt(row, prior);
      collect(
        out,
        compare({
          rule: 'R13',
          place,
          where,
          relation: { zh: `应等于${t.where(row, now).zh}减去「${t.columnLabel(prior)}」`, en: `should equal ${t.where(row, now).en} minus “${t.columnLabel(prior)}”` },
          actual: stated,
          terms: [t.valueAt(row, now), p ? { ...p, cents: -p.cents } : null],
          emptyNotChecked: true,
          ...(assumed
            ? {
                severity: 'warning' as const,
                note: { zh: '（上年数取自一般公共预算支出表，假定上年也全部为财政拨款。）', en: '(Last year taken from the appropriation table, assuming last year was appropriation only.)' },
              }
            : {}),
        }),
      );
      continue;
    }
    const targets = first(resolver(f.key) ?? (() => []), finalResolver(f.key) ?? (() => []))(ctx);
    if (!targets.length) {
      out.push(unverified(f.key, place, final));
      continue;
    }
    const results = targets.map(({ t, row, key, side }) =>
      compare({
        rule: 'R14',
        place,
        where,
        relation: { zh: `应等于${t.where(row, key, side).zh}`, en: `should equal ${t.where(row, key, side).en}` },
        actual: stated,
        terms: [t.valueAt(row, key)],
        emptyNotChecked: true,
        ...(f.key === 'operating.total'
          ? { severity: 'warning' as const, note: { zh: final ? '（机关运行经费通常等于公用经费，适用于行政单位。）' : '（机关运行经费通常等于日常公用经费，适用于行政单位。）', en: '(机关运行经费 usually equals 日常公用经费 for administrative units.)' } }
          : {}),
      }),
    );
    // Any agreeing target settles it; an unverifiable one (empty cell) outranks a disagreeing one,
    // since the figure may be exactly the value that was not published.
    if (!results.includes(null)) collect(out, results.find((r) => r!.severity === 'rounding') ?? results.find((r) => r!.severity === 'info') ?? results[0]);
  }
  checkOverallAmount(ctx, out);
  return out;
}

function checkOverallAmount(ctx: Context, out: Finding[]): void {
  const o = ctx.data.overallPerformance;
  if (!o?.amount) return;
  const targets = first((c) => cell(c, 'dept-summary', totalRow('expenditure'), 'amount'), (c) => cell(c, 'dept-expenditure', totalRow(), 'total'))(ctx);
  const target = targets[0];
  if (!target) return;
  collect(
    out,
    compare({
      rule: 'R14',
      place: { table: 'overall-performance', column: 'amount' },
      where: { zh: '预算整体绩效目标表的部门支出预算数', en: 'The amount of the overall target table' },
      relation: { zh: `应等于${target.t.where(target.row, target.key, target.side).zh}`, en: `should equal ${target.t.where(target.row, target.key, target.side).en}` },
      actual: { cents: toCents(o.amount)!, unit: ctx.unit },
      terms: [target.t.valueAt(target.row, target.key)],
      emptyNotChecked: true,
    }),
  );
}
