/**
 * The Chinese words of <sangong-chart> and the sentences built from the figures (mark labels,
 * change labels, the generated description). Pure, so the layout tests and the element say
 * exactly the same thing. The English words are in ../i18n/en.ts (loaded only for English).
 */
import type { Cents } from '../../model/money.js';
import { formatCents, formatChange, formatPercent, unitLabel } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import { sharedWords } from '../shared/strings.js';
import { iso } from '../shared/text-safety.js';
import { wordsOf, type Words } from '../i18n/words.js';
import type { SangongKey, SangongModel, SangongUnit, SangongValue } from './model.js';

/** The figures of the generated description, formatted (amounts with their unit). */
export interface SangongFacts {
  /** The unit row's name, when it is not the department total. */
  who?: string;
  fiscalYear: number;
  comparisonYear: number;
  total: string;
  /** How the total changed (a change phrase), when there is a prior year. */
  change?: string;
  reason?: string;
  /** The total's change as the text states it (no prior-year column), marked so. */
  stated?: string;
  /** The three expenses; the vehicle one with its 购置 and 运行维护 (`parts`). */
  items: { name: string; amount: string; change?: string; parts?: string }[];
}

export const SANGONG_ZH = {
  items: {
    abroad: '因公出国(境)',
    vehiclePurchase: '公务用车购置',
    vehicleOps: '公务用车运行维护',
    vehicle: '公务用车购置及运行',
    reception: '公务接待',
    total: '总计',
  } as Record<SangongKey, string>,
  /** The vehicle 小计's label beside its two segments (stacked mode). */
  vehicleSubtotal: '公务用车小计',
  title: '“三公”经费预算',
  grouped: '分组',
  stacked: '堆叠',
  view: '图表样式',
  legend: '图例',
  unit: '单位',
  unitPicker: '预算单位',
  showTable: '查看数据表',
  item: '项目',
  change: '增减',
  percent: '增减率',
  isNew: '新增',
  unchanged: '无变化',
  emptyNote: '表中空白的单元格表示未安排该项经费，按 0 显示。',
  empty: '数据中没有“三公”经费预算表。',
  noRows: '“三公”经费预算表没有数据行。',
  chart: '“三公”经费预算图',
  hiddenTotal: '部分项目已隐藏',
  /** aria-roledescription of a bar and of the chart. */
  bar: '柱',
  barChart: '柱状图',
  /** The word in the names of downloaded pictures. */
  file: '三公经费',
  /** Change phrases; `amount` carries its unit. */
  added: (amount: string) => `新增${amount}`,
  same: '持平',
  less: (amount: string, percent: string) => `减少${amount}（${percent}）`,
  more: (amount: string, percent: string) => `增加${amount}（${percent}）`,
  /** Joins a mark's value and its change on the comparison year. */
  vs: (year: number) => `，比${year}年`,
  /** "2023年“三公”经费预算7.00万元，比2022年减少0.90万元（-11.39%）。其中：因公出国(境)0.00万元；…" */
  describe: (f: SangongFacts): string => {
    const items = f.items.map((i) => `${i.name}${i.amount}${i.parts ? `（${i.parts}）` : ''}${i.change ? `，${i.change}` : ''}`);
    const change = f.change ? `，比${f.comparisonYear}年${f.change}` : f.stated ? `，${f.stated}` : '';
    return `${f.who ?? ''}${f.fiscalYear}年“三公”经费预算${f.total}${change}${f.reason ? `，${f.reason}` : ''}。其中：${items.join('；')}。`;
  },
} as const;

export type SangongWords = Words<typeof SANGONG_ZH>;

/** The words of <sangong-chart> in `locale` (Chinese until the English words are loaded). */
export function ui(locale: Locale): SangongWords {
  return wordsOf(locale, 'sangong', SANGONG_ZH);
}

/**
 * A name for the chart or its section, with the unit row when one is chosen and `suffix` (the
 * unit shown, when `display-unit` converts): two charts of different units, or showing different
 * amount units, on a page must not share a landmark name.
 */
export function withUnitName(name: string, unit: SangongUnit | undefined, suffix = ''): string {
  return `${unit && !unit.isTotal ? `${name} — ${iso(unit.name)}` : name}${suffix}`;
}

export function itemName(key: SangongKey, locale: Locale): string {
  return ui(locale).items[key];
}

export function yearLabel(year: number, locale: Locale): string {
  return sharedWords(locale).year(year);
}

/** "-0.40（-10.26%）", "新增", "无变化" — the change label drawn under an item. */
export function changeLabel(v: SangongValue, locale: Locale): string {
  if (v.isNew) return ui(locale).isNew;
  if (v.change === 0) return ui(locale).unchanged;
  return `${formatChange(v.change, locale)}${sharedWords(locale).paren(formatPercent(v.percent, locale))}`;
}

/** "减少0.90万元（-11.39%）" / "down 0.90 10k yuan (-11.39%)". */
function changeSentence(change: Cents, percent: number | null, isNew: boolean, unit: string, locale: Locale): string {
  const t = ui(locale);
  const amount = sharedWords(locale).amount(formatCents(Math.abs(change), locale), unitLabel(unit, locale));
  if (isNew) return t.added(amount);
  if (change === 0) return t.same;
  return (change < 0 ? t.less : t.more)(amount, formatPercent(percent, locale));
}

/** The accessible name of one bar or segment. */
export function markLabel(
  v: SangongValue,
  year: 'prior' | 'current',
  model: Pick<SangongModel, 'fiscalYear' | 'comparisonYear' | 'amountUnit'>,
  locale: Locale,
): string {
  const w = sharedWords(locale);
  const y = year === 'prior' ? model.comparisonYear : model.fiscalYear;
  const cents = year === 'prior' ? v.prior : v.current;
  const base = `${itemName(v.key, locale)}${w.comma}${w.year(y)}${w.colon}${w.amount(formatCents(cents, locale), unitLabel(model.amountUnit, locale))}`;
  if (year === 'prior') return base;
  return base + ui(locale).vs(model.comparisonYear) + changeSentence(v.change, v.percent, v.isNew, model.amountUnit, locale);
}

/**
 * The generated description: the total, its change (amount and %), each item, and the reason
 * the narrative gives when the selected row is the department total.
 */
export function describe(model: SangongModel, locale: Locale): string {
  const s = model.series;
  if (!s) return ui(locale).noRows;
  const w = sharedWords(locale);
  const u = unitLabel(model.amountUnit, locale);
  const amount = (c: Cents) => w.amount(formatCents(c, locale), u);
  const t = s.total;
  const change = (v: SangongValue) =>
    s.hasPrior ? changeSentence(v.change, v.percent, v.isNew, model.amountUnit, locale) : model.stated?.text?.(v.key, locale, model.amountUnit);
  const [abroad, purchase, ops, reception] = s.items as [SangongValue, SangongValue, SangongValue, SangongValue];
  const item = (v: SangongValue, parts?: string) => ({ name: itemName(v.key, locale), amount: amount(v.current), change: change(v), parts });
  return ui(locale).describe({
    who: s.unit.isTotal ? undefined : iso(s.unit.name),
    fiscalYear: model.fiscalYear,
    comparisonYear: model.comparisonYear,
    total: amount(t.current),
    change: s.hasPrior ? change(t) : undefined,
    stated: s.hasPrior ? undefined : change(t),
    reason: s.unit.isTotal || model.units.length <= 2 ? iso(model.stated?.change?.reason) : undefined,
    items: [item(abroad), item(s.vehicle, [purchase, ops].map((v) => `${itemName(v.key, locale)}${amount(v.current)}`).join(w.comma)), item(reception)],
  });
}
