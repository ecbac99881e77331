/**
 * <budget-execution> without script: the 决算 joined with that year's 预算 file when one is given
 * (`budget-kit render --budget FILE`), else the 决算 file alone with 年初预算 as its text states
 * them. The same rows, words, notices and description as the element.
 */
import type { BudgetDisclosure } from '../../model/schema.js';
import { withAmountUnit } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import { html, type SafeHtml } from '../../static/escape.js';
import { caption, StaticError } from '../../static/shared.js';
import { executionModel } from './model.js';
import { amount, describe, rate, rowNotes, words } from './strings.js';

export function renderBudgetExecution(data: BudgetDisclosure, locale: Locale, displayUnit?: string, budget?: BudgetDisclosure): SafeHtml {
  if (data.department.kind !== 'final') throw new StaticError({ zh: words('zh').notFinal, en: words('en').notFinal });
  // As the element: a budget file of another department or year, or a 决算 given as the budget, is not joined, and the notice says why.
  const t0 = words(locale);
  const notice = !budget
    ? undefined
    : budget.department.kind === 'final'
      ? t0.budgetIsFinal
      : budget.department.name !== data.department.name || budget.department.fiscalYear !== data.department.fiscalYear
        ? t0.otherYear(budget.department.name, budget.department.fiscalYear)
        : undefined;
  const model = executionModel(data, budget && !notice ? budget : undefined);
  if (!model) throw new StaticError({ zh: words('zh').noItems, en: words('en').noItems });
  return withAmountUnit(model.unit, displayUnit, () => {
    const t = words(locale);
    const money = (m: Parameters<typeof amount>[0], signed = false) => amount(m, locale, signed).replace(/ \S+$/, '');
    return html`<p>${notice ?? (model.joined ? t.sourceFile : t.sourceText)}</p>
<p>${describe(model, locale)}</p>
<table>
${caption(t.tableCaption, data, model.unit, locale)}
<thead><tr><th scope="col">${t.code}</th><th scope="col">${t.name}</th><th scope="col">${t.budget}</th><th scope="col">${t.final}</th><th scope="col">${t.diff}</th><th scope="col">${t.rate}</th><th scope="col">${t.reason}</th><th scope="col">${t.note}</th></tr></thead>
<tbody>
${model.rows.map(
  (r) => html`<tr><td>${r.code}</td><th scope="row">${r.name}</th><td class="num">${money(r.budget)}</td><td class="num">${money(r.final)}</td><td class="num">${money(r.diff, true)}</td><td class="num">${rate(r.rateTenths)}</td><td>${r.reason ?? ''}</td><td>${rowNotes(r, model.joined, locale).join(' ')}</td></tr>\n`,
)}</tbody>
<tfoot><tr><td></td><th scope="row">${t.total}</th><td class="num">${money(model.totals.budget)}</td><td class="num">${money(model.totals.final)}</td><td class="num">${money(model.totals.diff, true)}</td><td class="num">${rate(model.totals.rateTenths)}</td><td></td><td></td></tr></tfoot>
</table>`;
  });
}
