/**
 * <sangong-chart> without script: the 三公 items and total, last year, this year and the change,
 * exactly as the element's data table shows them (a blank published cell is 0, with the note).
 */
import { sangongModel, tableRows, type SangongModel } from './model.js';
import { addStated } from './stated.js';
import { describe, itemName, ui, yearLabel } from './strings.js';
import { formatCents, formatChange, formatPercent, withAmountUnit } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { html, type SafeHtml } from '../../static/escape.js';
import { caption, StaticError, num } from '../../static/shared.js';

/** The units the `unit` option accepts: each row's code (else its name) with its name. */
export function sangongUnitChoices(data: BudgetDisclosure): { id: string; name: string; isTotal: boolean }[] {
  return sangongModel(data)?.units.map((u) => ({ id: u.id, name: u.name, isTotal: u.isTotal })) ?? [];
}

export function renderSangongChart(data: BudgetDisclosure, locale: Locale, unit?: string, displayUnit?: string): SafeHtml {
  const units = sangongUnitChoices(data);
  const wanted = unit?.trim();
  if (wanted && !units.some((u) => u.id === wanted || u.name.trim() === wanted)) {
    const list = units.map((u) => (u.id === u.name ? u.name : `${u.id}（${u.name}）`));
    throw new StaticError(
      { zh: `“三公”经费预算表中没有单位“${wanted}”。可用：${list.join('、')}。`, en: `The 三公 table has no unit “${wanted}”. Units: ${list.join(', ')}.` },
      units.map((u) => u.id),
    );
  }
  const model = sangongModel(data, wanted);
  if (!model) throw new StaticError({ zh: ui('zh').empty, en: ui('en').empty });
  addStated(model, data);
  // As the element: amounts converted from the 三公 table's unit.
  return withAmountUnit(model.amountUnit, displayUnit, () => render(data, model, locale));
}

function render(data: BudgetDisclosure, model: SangongModel, locale: Locale): SafeHtml {
  const t = ui(locale);
  const s = model.series;
  if (!s) return html`<p>${t.noRows}</p>`;
  const rows = tableRows(s);
  const anyEmpty = s.items.some((v) => v.empty.current || (s.hasPrior && v.empty.prior));
  const fmt = (c: number) => formatCents(c, locale);
  const stated = model.stated?.text;
  return html`<p>${describe(model, locale)}</p>
<table>
${caption(`${t.title}${s.unit.isTotal ? '' : ` — ${s.unit.name}`}`, data, model.amountUnit, locale)}
<thead><tr><th scope="col">${t.item}</th>${s.hasPrior ? html`<th scope="col">${yearLabel(model.comparisonYear, locale)}</th>` : ''}<th scope="col">${yearLabel(model.fiscalYear, locale)}</th>${
    s.hasPrior ? html`<th scope="col">${t.change}</th><th scope="col">${t.percent}</th>` : ''
  }${stated ? html`<th scope="col">${t.change}</th>` : ''}</tr></thead>
<tbody>
${rows.map(
  ({ v, part }) => html`<tr><th scope="row"${part ? html` class="part"` : ''}>${itemName(v.key, locale)}</th>${s.hasPrior ? html`${num(fmt(v.prior))}` : ''}${num(fmt(v.current))}${
    s.hasPrior ? html`${num(formatChange(v.change, locale))}${num(v.isNew ? t.isNew : formatPercent(v.percent, locale))}` : ''
  }${stated ? html`${num(stated(v.key, locale) ?? '—')}` : ''}</tr>\n`,
)}</tbody>
</table>${anyEmpty ? html`\n<p>${t.emptyNote}</p>` : ''}`;
}
