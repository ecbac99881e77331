/**
 * <budget-summary> without script: the key figures (with the change from last year and where each
 * comes from) and expenditure by 类, from the same model and words as the element.
 */
import { drillLevel, drillSource, type DrillSource } from './drill.js';
import { summaryModel, type KeyFigure, type SummaryModel } from './model.js';
import { describeSummary, figureChangeText, sourceLabel, splitShare, ui, yearLabel } from './strings.js';
import { formatCents, formatChange, formatMoney, formatPercent, shownUnit, withAmountUnit } from '../shared/format.js';
import type { Money } from '../../model/money.js';
import type { Locale } from '../shared/locale.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { html, type SafeHtml } from '../../static/escape.js';
import { caption, paren, num } from '../../static/shared.js';

const WORDS = {
  zh: { figures: '主要数据', item: '项目', amount: '金额', vsPrior: (y: number) => `比${y}年`, byClass: '按功能分类的支出（类级科目）' },
  en: { figures: 'Key figures', item: 'Item', amount: 'Amount', vsPrior: (y: number) => `vs ${y}`, byClass: 'Expenditure by function (classes)' },
};

export function renderBudgetSummary(data: BudgetDisclosure, locale: Locale, displayUnit?: string): SafeHtml {
  const model = summaryModel(data);
  // As the element: every amount converted from the department's unit (BudgetElement.amountUnit).
  return withAmountUnit(data.department.unit, displayUnit, () => render(data, model, locale));
}

function render(data: BudgetDisclosure, model: SummaryModel, locale: Locale): SafeHtml {
  const t = ui(locale);
  const w = WORDS[locale];
  const fig = (f: KeyFigure) =>
    html`<tr><th scope="row">${t.figures[f.key]}</th>${num(formatMoney(f.value, locale))}${num(f.change ? figureChangeText(f.change, locale) : '—')}<td>${sourceLabel(f.source, locale)}</td></tr>`;
  const s = model.split;
  const part = (label: string, m: Money) =>
    html`<tr><th scope="row">${label}</th>${num(`${formatMoney(m, locale)}${paren(splitShare(s!, m, locale), locale)}`)}${num('—')}<td>${sourceLabel(s!.source, locale)}</td></tr>`;
  const figures = html`<table>
${caption(`${t.title} · ${w.figures}`, data, model.unit, locale)}
<thead><tr><th scope="col">${w.item}</th><th scope="col">${yearLabel(model.fiscalYear, locale)}</th><th scope="col">${w.vsPrior(model.comparisonYear)}</th><th scope="col">${t.source}</th></tr></thead>
<tbody>
${model.figures.filter((f) => f.key === 'income' || f.key === 'expenditure').map((f) => [fig(f), '\n'])}${s ? [part(t.basic, s.basic), '\n', part(t.project, s.project), '\n'] : ''}${model.figures.filter((f) => f.key !== 'income' && f.key !== 'expenditure').map((f) => [fig(f), '\n'])}</tbody>
</table>`;

  const source = drillSource(data);
  if (!source) return html`<p>${describeSummary(model, locale)}</p>\n${figures}\n<p>${t.noTree}</p>`;
  // The drill-down's table has a unit of its own: shown in the summary's unit, as the element does.
  return html`<p>${describeSummary(model, locale)}</p>\n${figures}\n${withAmountUnit(source.unit, shownUnit(), () => classTable(data, model, source, locale))}`;
}

function classTable(data: BudgetDisclosure, model: SummaryModel, source: DrillSource, locale: Locale): SafeHtml {
  const t = ui(locale);
  const w = WORDS[locale];
  const bars = drillLevel(source, []).bars;
  const fmt = (c: number | null) => (c === null ? '—' : formatCents(c, locale));
  const prior = source.hasPrior;
  const classes = html`<table>
${caption(`${w.byClass}${paren(source.table.title, locale)}`, data, source.unit, locale)}
<thead><tr><th scope="col">${t.code}</th><th scope="col">${t.name}</th>${prior ? html`<th scope="col">${yearLabel(model.comparisonYear, locale)}</th>` : ''}<th scope="col">${yearLabel(model.fiscalYear, locale)}</th>${prior ? html`<th scope="col">${t.change}</th><th scope="col">${t.percent}</th>` : ''}</tr></thead>
<tbody>
${bars.map(
  (b) => html`<tr><td>${b.code}</td><th scope="row">${b.name}</th>${prior ? html`${num(fmt(b.prior))}` : ''}${num(fmt(b.current))}${
    prior ? html`${num(b.change === null ? '—' : formatChange(b.change, locale))}${num(b.isNew ? t.isNew : formatPercent(b.percent, locale))}` : ''
  }</tr>\n`,
)}</tbody>
</table>`;
  return classes;
}
