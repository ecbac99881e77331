// First, before lit: a page policy refusing lit's Trusted Types policy is then named (shared/trusted-types.ts).
import '../shared/trusted-types.js';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../shared/data-text.js';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { own } from '../../model/own.js';
import type { BudgetDisclosure, Column, Table } from '../../model/schema.js';
import { BudgetElement } from '../shared/budget-element.js';
import { formatCell } from '../shared/format.js';
import { iso } from '../shared/text-safety.js';
import { expandableCodes, isLarge, isVisible, renderedRows, tableParts, type BodyRow, type TablePart } from './model.js';
import { captionMeta, ui } from './strings.js';
import { tableStyles } from '../shared/table-styles.js';
import { defineElement } from '../shared/define.js';

/**
 * Any table of the disclosure, chosen by kind, as a real accessible `<table>`: the published
 * columns under their multi-level headings, the rows in published order with every figure as
 * printed ("—" for an empty cell, marks such as "." kept), 类 → 款 → 项 codes as a collapsible
 * tree, subtotals and totals as published (never re-summed), the notes, and a CSV download.
 *
 * @summary 任一公开表格（按 kind）：多级表头、可折叠的类款项、合计、注释、CSV 下载。
 *
 * Two-sided tables (收支总表) are shown as two tables, 收入 then 支出. An empty table shows its
 * published note (emptyNote). When the data has no table of the kind, a sentence names the kind
 * and lists the tables the data has. Tree rows carry a disclosure button (aria-expanded,
 * aria-controls); Enter/Space toggle, ArrowRight expands and ArrowLeft collapses.
 *
 * @attr src - URL of the budget JSON file.
 * @attr kind - The table kind, e.g. "gpb-expenditure" (附件2), "dept-summary" (附件6).
 * @attr collapsed - Start with the tree collapsed to the 类 rows. A table of more than 500 rows always
 *   starts collapsed and writes only the rows shown to the page (expand all still shows every row).
 * @attr lang - "en" for English interface text (data text stays as published); Chinese otherwise.
 * @attr theme - A preset: "dark", "gov-red", "high-contrast" (长者版), "auto" (dark when the system is),
 *   "default"; absent: the page's --budget-* tokens or the default look. See shared/theme.ts.
 *
 * @csspart base - The wrapper of the whole widget (also of the empty and loading states).
 * @csspart caption - Each table caption (title, department, year, unit).
 * @csspart table - Each <table>.
 * @csspart header - Each <thead>.
 * @csspart row - Each body row.
 * @csspart button - Every button (download, expand/collapse all, tree toggles).
 * @csspart footer - The notes under the table (备注, the note of an empty table).
 *
 * @cssprop --budget-color-surface - Background of headings, totals and buttons.
 * @cssprop --budget-color-border - Cell borders.
 * @cssprop --budget-color-accent - Tree toggle icons and button hover.
 * @cssprop --budget-focus-ring - The focus outline.
 * @cssprop --budget-font-scale - Multiplies the font size (large-text modes; high-contrast sets 1.25).
 * @cssprop --budget-color-text - Text.
 * @cssprop --budget-color-muted - Secondary text, empty cells and button borders.
 * @cssprop --budget-color-background - Background.
 * @cssprop --budget-color-focus - The focus ring.
 * @cssprop --budget-focus-width - Thickness of the focus ring.
 * @cssprop --budget-font-family - All text.
 * @cssprop --budget-space - The spacing unit.
 * @cssprop --budget-radius - Corner radius.
 * @cssprop --budget-border-width - Cell borders (high-contrast: 2px).
 * @tagname budget-table
 */
export class BudgetTable extends BudgetElement {
  static override styles = [...BudgetElement.styles, tableStyles];

  /** The codes whose children are shown. */
  @state() private expanded: ReadonlySet<string> = new Set();
  private parts: TablePart[] = [];
  /** More than LARGE_TABLE_ROWS rows: collapsed at first, collapsed rows not rendered. */
  private large = false;
  /** What `parts` and `expanded` were derived from, so they reset only when it changes. */
  private derivedFrom?: { data: BudgetDisclosure; kind?: string; collapsed: boolean };

  /** The table kind to show, e.g. "gpb-expenditure". */
  @property({ reflect: true }) kind?: string;

  /** Start with the 类 → 款 → 项 tree collapsed to the 类 rows (a table of more than 500 rows always does). */
  @property({ type: Boolean, reflect: true }) collapsed = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.disclosure;
    const from = this.derivedFrom;
    if (data && (from?.data !== data || from.kind !== this.kind || from.collapsed !== this.collapsed)) {
      const table = this.kind ? own(data.tables, this.kind) : undefined;
      this.parts = table ? tableParts(this.kind!, table) : [];
      this.large = isLarge(this.parts);
      this.expanded = new Set(this.collapsed || this.large ? [] : expandableCodes(this.parts));
      this.derivedFrom = { data, kind: this.kind, collapsed: this.collapsed };
    }
  }

  // --- handlers -----------------------------------------------------------

  private setExpanded(code: string, open: boolean): void {
    if (this.expanded.has(code) === open) return;
    const next = new Set(this.expanded);
    if (open) next.add(code);
    else next.delete(code);
    this.expanded = next;
  }

  private onToggleKey(e: KeyboardEvent, code: string): void {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      this.setExpanded(code, e.key === 'ArrowRight');
    }
  }

  /** Saves the table as it is at the click (amounts as shown, display-unit included); csv.ts is imported on the first download. */
  private async download(data: BudgetDisclosure, table: Table): Promise<void> {
    const args = [data, table, this.parts, ui(this.locale), this.amountUnit(data), this.displayUnit, this.locale] as const;
    (await import('./csv.js')).downloadTable(...args);
  }

  // --- render helpers -----------------------------------------------------

  private renderCell(r: BodyRow, c: Column, part: TablePart): TemplateResult {
    const type = c.type ?? 'amount';
    const row = r.row;
    if (type === 'name') {
      const level = r.level === null ? '' : `level-${r.level}`;
      if (r.code && r.childIds.length) {
        const open = this.expanded.has(r.code);
        const code = r.code;
        // The children of a collapsed row of a large table are not in the page: nothing to control yet.
        const controls = this.large && !open ? nothing : r.childIds.join(' ');
        return html`<th scope="row" class=${level}><button type="button" part="button" class="toggle" aria-expanded=${String(open)}
          aria-controls=${controls} @click=${() => this.setExpanded(code, !open)} @keydown=${(e: KeyboardEvent) => this.onToggleKey(e, code)}
          ><span class="icon" aria-hidden="true">▸</span>${row.name}</button></th>`;
      }
      return html`<th scope="row" class=${level}>${part.tree && r.level !== null ? html`<span class="leaf-pad"></span>` : nothing}${row.name}</th>`;
    }
    if (type === 'code') return html`<td class="code">${row.code ?? ''}</td>`;
    if (type === 'text') {
      const text = own(row.text, c.key);
      return html`<td class=${text ? 'text' : 'empty'}>${text || '—'}</td>`;
    }
    const cell = own(row.values, c.key);
    return html`<td class="num ${cell == null ? 'empty' : ''}">${formatCell(cell, this.locale)}</td>`;
  }

  private renderPart(part: TablePart, table: Table, data: BudgetDisclosure): TemplateResult {
    const t = ui(this.locale);
    const title = `${table.attachment ? `${t.attachment(iso(table.attachment))} ` : ''}${iso(table.title)}${part.side ? `（${t.side[part.side]}）` : ''}`;
    const unit = table.unit ?? data.department.unit;
    const width = part.columns.length;
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${t.scroll(title)}>
      <table part="table">
        <caption part="caption"><span class="title">${title}</span><span class="meta">${captionMeta(data.department, unit, this.locale)}</span></caption>
        <thead part="header">
          ${part.header.map(
            (line) => html`<tr>${line.map((h) => html`<th scope=${h.scope} colspan=${h.colspan} rowspan=${h.rowspan}>${h.text}</th>`)}</tr>`,
          )}
        </thead>
        <tbody>
          ${part.rows.length
            ? repeat(
                renderedRows(part, this.expanded, this.large),
                (r) => r.id,
                (r) => html`<tr id=${r.id} part="row" class=${r.row.role ?? ''} ?hidden=${!isVisible(r, this.expanded)}>
                  ${part.columns.map((c) => this.renderCell(r, c, part))}
                </tr>`,
              )
            : html`<tr part="row"><td colspan=${width} class="empty-note">${table.emptyNote ?? t.empty}</td></tr>`}
        </tbody>
      </table>
    </div>`;
  }

  private renderMissing(data: BudgetDisclosure): TemplateResult {
    const t = ui(this.locale);
    const kinds = Object.entries(data.tables);
    return html`<div class="base state" part="base" role="note">
      <p>${this.kind ? t.missing(iso(this.kind)) : t.noKind}</p>
      ${kinds.length
        ? html`<p>${t.available}</p><ul>${kinds.map(([k, tb]) => html`<li><code>${k}</code> ${tb.title}</li>`)}</ul>`
        : html`<p>${t.none}</p>`}
    </div>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="base" part="base">
      <div class="skeleton" aria-hidden="true">${[0, 1, 2, 3, 4, 5, 6].map((i) => html`<div class="bar ${i ? '' : 'head'}"></div>`)}</div>
      <p class="visually-hidden" role="status">${ui(this.locale).loading}</p>
    </div>`;
  }

  /** The table shown may state its own unit. */
  protected override amountUnit(data: BudgetDisclosure): string {
    return (this.kind ? own(data.tables, this.kind)?.unit : undefined) ?? data.department.unit;
  }

  protected override renderData(data: BudgetDisclosure): TemplateResult {
    const table = this.kind ? own(data.tables, this.kind) : undefined;
    if (!table) return this.renderMissing(data);
    const t = ui(this.locale);
    const tree = this.parts.some((p) => p.tree);
    const codes = tree ? expandableCodes(this.parts) : [];
    const notes = table.notes ?? [];
    // A published empty table may still print a 合计 row of blanks: its note is shown as well.
    const emptyNote = table.emptyNote && table.rows.length ? table.emptyNote : undefined;
    return html`<div class="base" part="base">
      <div class="toolbar">
        ${tree
          ? html`<button type="button" part="button" class="btn" @click=${() => (this.expanded = new Set(codes))}>${t.expandAll}</button>
              <button type="button" part="button" class="btn" @click=${() => (this.expanded = new Set())}>${t.collapseAll}</button>`
          : nothing}
        <span class="spacer"></span>
        <button type="button" part="button" class="btn download" @click=${() => this.download(data, table)}>${t.download}</button>
      </div>
      ${this.parts.map((p) => this.renderPart(p, table, data))}
      ${emptyNote || notes.length
        ? html`<div part="footer" class="notes">
            ${emptyNote ? html`<p class="empty-note">${emptyNote}</p>` : nothing}
            ${notes.length ? html`<p>${t.notes}：</p><ul>${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
          </div>`
        : nothing}
    </div>`;
  }
}

defineElement('budget-table', BudgetTable);

declare global {
  interface HTMLElementTagNameMap {
    'budget-table': BudgetTable;
  }
}
