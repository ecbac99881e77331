/** The expanded row of <project-table>: the project's goal and its performance indicators, as published. */
import { nothing, type TemplateResult } from 'lit';
import { html } from '../shared/data-text.js';
import type { Project } from '../../model/schema.js';
import type { Locale } from '../shared/locale.js';
import { ui } from './strings.js';

export function renderDetail(project: Project | undefined, locale: Locale): TemplateResult {
  const t = ui(locale);
  if (!project) return html`<p class="muted">${t.noTargets}</p>`;
  const facts = [
    [t.projectCode, project.code],
    [t.implementingUnit, project.implementingUnit],
    [t.attribute, project.attribute],
  ].filter((f): f is [string, string] => Boolean(f[1]));
  const weightSuffix = project.weightUnit === '%' ? '%' : '';
  return html`<div class="detail-body">
    ${facts.length ? html`<dl class="facts">${facts.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>` : nothing}
    <p class="label">${t.goal}</p>
    <p class="goal">${project.goal ?? '—'}</p>
    ${project.indicators.length
      ? html`<table class="indicators">
          <caption class="label">${t.indicators}</caption>
          <thead>
            <tr>${[t.level1, t.level2, t.indicator, t.operator, t.value, t.indicatorUnit, t.weight].map((h) => html`<th scope="col">${h}</th>`)}</tr>
          </thead>
          <tbody>
            ${project.indicators.map(
              (i) => html`<tr>
                <td>${i.level1 ?? '—'}</td><td>${i.level2 ?? '—'}</td><th scope="row">${i.name}</th><td>${i.operator}</td>
                <td>${i.value}</td><td>${i.unit || '—'}</td><td class="num">${i.weight === undefined ? '—' : `${i.weight}${weightSuffix}`}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : nothing}
  </div>`;
}
