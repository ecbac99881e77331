/**
 * <budget-table kind> without script: the published table as published — its spanning headings,
 * every row (the 类 → 款 → 项 tree fully expanded), two-sided tables as 收入 then 支出, the note of
 * an empty table and the 备注.
 */
import { tableParts, type TablePart } from './model.js';
import { ui } from './strings.js';
import { formatCell, withAmountUnit } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import type { BudgetDisclosure, Column, Row, Table } from '../../model/schema.js';
import { html, type SafeHtml } from '../../static/escape.js';
import { caption, StaticError, num } from '../../static/shared.js';
import { own } from '../../model/own.js';

/** The kinds the `kind` option accepts: the file's tables, in file order, with their titles. */
export function kindChoices(data: BudgetDisclosure): { kind: string; title: string }[] {
  return Object.entries(data.tables).map(([kind, t]) => ({ kind, title: t.title }));
}

function cell(row: Row, c: Column, locale: Locale): SafeHtml {
  const type = c.type ?? 'amount';
  if (type === 'name') return html`<th scope="row">${row.name}</th>`;
  if (type === 'code') return html`<td>${row.code ?? ''}</td>`;
  if (type === 'text') return html`<td>${own(row.text, c.key) || '—'}</td>`;
  return html`${num(formatCell(own(row.values, c.key), locale))}`;
}

function renderPart(part: TablePart, table: Table, data: BudgetDisclosure, locale: Locale): SafeHtml {
  const t = ui(locale);
  const title = `${table.attachment ? `${t.attachment(table.attachment)} ` : ''}${table.title}${part.side ? `（${t.side[part.side]}）` : ''}`;
  const span = (n: number, name: string) => (n > 1 ? html` ${name}="${n}"` : '');
  return html`<table>
${caption(title, data, table.unit ?? data.department.unit, locale)}
<thead>
${part.header.map((line) => html`<tr>${line.map((h) => html`<th scope="${h.scope}"${span(h.colspan, 'colspan')}${span(h.rowspan, 'rowspan')}>${h.text}</th>`)}</tr>\n`)}</thead>
<tbody>
${
  part.rows.length
    ? part.rows.map((r) => html`<tr>${part.columns.map((c) => cell(r.row, c, locale))}</tr>\n`)
    : html`<tr><td${span(part.columns.length, 'colspan')}>${table.emptyNote ?? t.empty}</td></tr>\n`
}</tbody>
</table>`;
}

export function renderBudgetTable(data: BudgetDisclosure, locale: Locale, kind?: string, displayUnit?: string): SafeHtml {
  const table = kind ? own(data.tables, kind) : undefined;
  if (!table) {
    const kinds = kindChoices(data);
    const list = { zh: kinds.map((k) => `${k.kind}（${k.title}）`).join('、'), en: kinds.map((k) => `${k.kind} (${k.title})`).join(', ') };
    const why = kind ? { zh: ui('zh').missing(kind), en: ui('en').missing(kind) } : { zh: ui('zh').noKind, en: ui('en').noKind };
    throw new StaticError(
      kinds.length ? { zh: `${why.zh}${ui('zh').available}${list.zh}。`, en: `${why.en} ${ui('en').available}${list.en}.` } : { zh: `${why.zh}${ui('zh').none}`, en: `${why.en} ${ui('en').none}` },
      kinds.map((k) => k.kind),
    );
  }
  const t = ui(locale);
  const notes = table.notes ?? [];
  const emptyNote = table.emptyNote && table.rows.length ? table.emptyNote : undefined;
  // As the element: amounts converted from the table's own unit, else the department's.
  const parts = withAmountUnit(table.unit ?? data.department.unit, displayUnit, () => tableParts(kind!, table).map((p, i) => [i ? '\n' : '', renderPart(p, table, data, locale)]));
  return html`${parts}${emptyNote ? html`\n<p>${emptyNote}</p>` : ''}${
    notes.length ? html`\n<p>${t.notes}${locale === 'zh' ? '：' : ':'}</p><ul>${notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''
  }`;
}
