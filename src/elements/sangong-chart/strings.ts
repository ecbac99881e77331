/**
 * The words of <sangong-chart> in both languages and the sentences built from the figures
 * (mark labels, change labels, the generated description). Pure, so the layout tests and the
 * element say exactly the same thing.
 */
import type { Cents } from '../../model/money.js';
import { formatCents, formatChange, formatPercent, unitLabel } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import type { SangongKey, SangongModel, SangongUnit, SangongValue } from './model.js';

const ITEM_NAMES: Record<Locale, Record<SangongKey, string>> = {
  zh: {
    abroad: '因公出国(境)',
    vehiclePurchase: '公务用车购置',
    vehicleOps: '公务用车运行维护',
    reception: '公务接待',
    total: '总计',
  },
  en: {
    abroad: 'Overseas trips',
    vehiclePurchase: 'Vehicle purchase',
    vehicleOps: 'Vehicle operation',
    reception: 'Official reception',
    total: 'Total',
  },
};

export const UI = {
  zh: {
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
  },
  en: {
    title: 'Budget for the “three public expenses”',
    grouped: 'Grouped',
    stacked: 'Stacked',
    view: 'Chart style',
    legend: 'Legend',
    unit: 'Unit',
    unitPicker: 'Budget unit',
    showTable: 'Show data table',
    item: 'Item',
    change: 'Change',
    percent: 'Change %',
    isNew: 'New',
    unchanged: 'No change',
    emptyNote: 'A blank cell in the published table means nothing was budgeted; it is shown as 0.',
    empty: 'The data has no table of the “three public expenses”.',
    noRows: 'The table of the “three public expenses” has no rows.',
    chart: 'Chart of the “three public expenses”',
    hiddenTotal: 'Some items hidden',
  },
} as const;

/**
 * A name for the chart or its section, with the unit row when one is chosen: two charts of
 * different units on a page must not share a landmark name.
 */
export function withUnitName(name: string, unit: SangongUnit | undefined): string {
  return unit && !unit.isTotal ? `${name} — ${unit.name}` : name;
}

export function itemName(key: SangongKey, locale: Locale): string {
  return ITEM_NAMES[locale][key];
}

export function yearLabel(year: number, locale: Locale): string {
  return locale === 'zh' ? `${year}年` : String(year);
}

/** "-0.40（-10.26%）", "新增", "无变化" — the change label drawn under an item. */
export function changeLabel(v: SangongValue, locale: Locale): string {
  if (v.isNew) return UI[locale].isNew;
  if (v.change === 0) return UI[locale].unchanged;
  const pct = formatPercent(v.percent, locale);
  return locale === 'zh' ? `${formatChange(v.change, locale)}（${pct}）` : `${formatChange(v.change, locale)} (${pct})`;
}

/** "减少0.90万元（-11.39%）" / "down 0.90 (10k yuan) (-11.39%)". */
function changeSentence(change: Cents, percent: number | null, isNew: boolean, unit: string, locale: Locale): string {
  const amount = formatCents(Math.abs(change), locale);
  const u = unitLabel(unit, locale);
  if (locale === 'zh') {
    if (isNew) return `新增${amount}${u}`;
    if (change === 0) return '持平';
    return `${change < 0 ? '减少' : '增加'}${amount}${u}（${formatPercent(percent, locale)}）`;
  }
  if (isNew) return `new, ${amount} ${u}`;
  if (change === 0) return 'unchanged';
  return `${change < 0 ? 'down' : 'up'} ${amount} ${u} (${formatPercent(percent, locale)})`;
}

/** The accessible name of one bar or segment. */
export function markLabel(
  v: SangongValue,
  year: 'prior' | 'current',
  model: Pick<SangongModel, 'fiscalYear' | 'comparisonYear' | 'amountUnit'>,
  locale: Locale,
): string {
  const y = year === 'prior' ? model.comparisonYear : model.fiscalYear;
  const cents = year === 'prior' ? v.prior : v.current;
  const u = unitLabel(model.amountUnit, locale);
  const base =
    locale === 'zh'
      ? `${itemName(v.key, locale)}，${yearLabel(y, locale)}：${formatCents(cents, locale)}${u}`
      : `${itemName(v.key, locale)}, ${y}: ${formatCents(cents, locale)} ${u}`;
  if (year === 'prior') return base;
  const sep = locale === 'zh' ? `，比${yearLabel(model.comparisonYear, locale)}` : `, vs ${model.comparisonYear}: `;
  return base + sep + changeSentence(v.change, v.percent, v.isNew, model.amountUnit, locale);
}

/**
 * The generated description: the total, its change (amount and %), each item, and the reason
 * the narrative gives when the selected row is the department total.
 * "2023年“三公”经费预算7.00万元，比2022年减少0.90万元（-11.39%）。其中：因公出国(境)0.00万元；…"
 */
export function describe(model: SangongModel, locale: Locale): string {
  const s = model.series;
  if (!s) return UI[locale].noRows;
  const u = unitLabel(model.amountUnit, locale);
  const t = s.total;
  const reason = s.unit.isTotal || model.units.length <= 2 ? model.stated?.change?.reason : undefined;
  const items = s.items.map((v) =>
    locale === 'zh'
      ? `${itemName(v.key, locale)}${formatCents(v.current, locale)}${u}${s.hasPrior ? `，${changeSentence(v.change, v.percent, v.isNew, model.amountUnit, locale)}` : ''}`
      : `${itemName(v.key, locale)} ${formatCents(v.current, locale)} ${u}${s.hasPrior ? ` (${changeSentence(v.change, v.percent, v.isNew, model.amountUnit, locale)})` : ''}`,
  );
  const who = s.unit.isTotal ? '' : locale === 'zh' ? `${s.unit.name}` : `${s.unit.name}: `;
  if (locale === 'zh') {
    const change = s.hasPrior ? `，比${yearLabel(model.comparisonYear, locale)}${changeSentence(t.change, t.percent, t.isNew, model.amountUnit, locale)}` : '';
    return `${who}${yearLabel(model.fiscalYear, locale)}“三公”经费预算${formatCents(t.current, locale)}${u}${change}${reason ? `，${reason}` : ''}。其中：${items.join('；')}。`;
  }
  const change = s.hasPrior ? `, ${changeSentence(t.change, t.percent, t.isNew, model.amountUnit, locale)} on ${model.comparisonYear}` : '';
  return `${who}The ${model.fiscalYear} budget for the “three public expenses” is ${formatCents(t.current, locale)} ${u}${change}${reason ? ` (reason given: ${reason})` : ''}. Items: ${items.join('; ')}.`;
}
