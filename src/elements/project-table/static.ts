/**
 * <project-table> without script: every project of 项目支出明细表 with its amounts and the
 * published 合计 (or, where none is printed, the exact sum), from the element's model.
 */
import { projectTableModel, sumOrNull, type ProjectTableModel } from './model.js';
import { evaluationTableModel } from './evaluation-model.js';
import { ui } from './strings.js';
import { formatCell, formatCents, withAmountUnit } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { html, type SafeHtml } from '../../static/escape.js';
import { caption, StaticError, num } from '../../static/shared.js';
import { own } from '../../model/own.js';

export function renderProjectTable(data: BudgetDisclosure, locale: Locale, displayUnit?: string): SafeHtml {
  // A 决算 has no 项目支出明细表: its projects are those of the 项目支出绩效自评表, as in the element.
  const model = projectTableModel(data) ?? evaluationTableModel(data);
  if (!model) throw new StaticError({ zh: ui('zh').missing, en: ui('en').missing });
  // As the element: amounts converted from the project table's unit.
  return withAmountUnit(model.unit, displayUnit, () => render(data, model, locale));
}

function render(data: BudgetDisclosure, model: ProjectTableModel, locale: Locale): SafeHtml {
  const t = ui(locale);
  const lead = 1 + (model.hasFunction ? 1 : 0) + (model.hasUnit ? 1 : 0);
  const title = `${model.attachment ? `${t.attachment(model.attachment)} ` : ''}${model.title}`;
  const total = (key: string) => {
    if (model.published) return formatCell(model.published[key], locale);
    const sum = sumOrNull(model.rows, key);
    return sum === null ? '—' : formatCents(sum, locale);
  };
  return html`<table>
${caption(title, data, model.unit, locale)}
<thead><tr><th scope="col">${t.name}</th>${model.hasFunction ? html`<th scope="col">${t.function}</th>` : ''}${model.hasUnit ? html`<th scope="col">${t.unit}</th>` : ''}${model.columns.map(
    (c) => html`<th scope="col">${[...c.groups, c.label].join(' ')}</th>`,
  )}${(model.measures ?? []).map((c) => html`<th scope="col">${[...c.groups, c.label].join(' ')}</th>`)}</tr></thead>
<tbody>
${model.rows.map(
  (r) => html`<tr><th scope="row">${r.name}</th>${
    model.hasFunction ? html`<td>${[r.functionCode, r.functionName].filter(Boolean).join(' ') || '—'}</td>` : ''
  }${model.hasUnit ? html`<td>${r.unit ?? '—'}</td>` : ''}${model.columns.map((c) => html`${num(formatCell(own(r.values, c.key), locale))}`)}${(model.measures ?? []).map((c) => num(own(r.texts, c.key) ?? '—'))}</tr>\n`,
)}</tbody>
<tfoot><tr><th scope="row"${lead > 1 ? html` colspan="${lead}"` : ''}>${t.total}</th>${model.columns.map((c) => html`${num(total(c.key))}`)}${model.measures?.length ? html`<td colspan="${model.measures.length}"></td>` : ''}</tr></tfoot>
</table>${model.notes.length ? html`\n<p>${t.notes}${locale === 'zh' ? '：' : ':'}</p><ul>${model.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}`;
}
