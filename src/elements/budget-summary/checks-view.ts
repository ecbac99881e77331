/**
 * The findings list of <budget-summary show-checks>. Checks are an editor's preview feature, so
 * this view is imported together with them (budget-summary.ts loadFindings) and readers of a
 * portal page download neither.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from '../shared/data-text.js';
import { SEVERITIES } from '../../model/checks/severity.js';
import type { Finding } from '../../model/checks/types.js';
import { showInvisible } from '../../model/invisible.js';
import type { Locale } from '../shared/locale.js';
import { sharedWords } from '../shared/strings.js';
import { ui } from './strings.js';

/** Where a finding is, in words: "gpb-expenditure · 2013701 · total". */
const place = (f: Finding) => [f.place.table, f.place.row, f.place.column, f.place.project, f.place.indicator, f.place.figure].filter(Boolean).join(' · ');

/*
 * Findings quote the data (row and project names): an editor previewing a file should see a
 * U+202E or a zero-width space in a name, not have it reverse or hide the rest of the list, so
 * every invisible character is written out (`<U+202E>`), as the CLI prints it.
 */

/** The findings grouped by severity, most serious first, under the 一致性检查 heading. */
export function renderChecks(findings: readonly Finding[], locale: Locale): TemplateResult {
  const t = ui(locale);
  return html`<section class="checks" aria-labelledby="checks-title">
    <h3 id="checks-title">${t.checks}</h3>
    ${findings.length === 0 ? html`<p>${t.noFindings}</p>` : nothing}
    ${SEVERITIES.map((sev) => {
      const list = findings.filter((f) => f.severity === sev);
      return list.length
        ? html`<h4 class="sev-${sev}">${t.severity[sev]}${sharedWords(locale).paren(String(list.length))}</h4>
            <ul>${list.map(
              (f) => html`<li><span class="rule">${f.rule}</span> ${showInvisible(f.message[locale])}
                <span class="muted">${showInvisible(place(f))}${f.expected !== undefined ? ` · ${t.expected} ${f.expected}` : ''}${f.actual !== undefined ? ` · ${t.actual} ${f.actual}` : ''}</span></li>`,
            )}</ul>`
        : nothing;
    })}
  </section>`;
}
