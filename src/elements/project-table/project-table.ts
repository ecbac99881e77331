// First, before lit: a page policy refusing lit's Trusted Types policy is then named (shared/trusted-types.ts).
import '../shared/trusted-types.js';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../shared/data-text.js';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Cents } from '../../model/money.js';
import { own } from '../../model/own.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { tableStyles } from '../shared/table-styles.js';
import { BudgetElement } from '../shared/budget-element.js';
import { formatCell, formatCents, formatChange, formatPercent, unitLabel } from '../shared/format.js';
import { renderDetail } from './detail.js';
import { dispatchProjectSelect } from './events.js';
import {
  filterRows,
  nextSort,
  pageOf,
  projectTableBuilder,
  projectTableModel,
  share,
  shareBase,
  sortRows,
  sumOrNull,
  totalMismatches,
  type ProjectRow,
  type ProjectTableModel,
  type Sort,
  type SortKey,
} from './model.js';
import { ui } from './strings.js';
import { sharedWords } from '../shared/strings.js';
import { iso } from '../shared/text-safety.js';
import { projectStyles } from './styles.js';
import { LazyView } from '../shared/lazy-view.js';
import { hasSelfEvaluation } from '../../model/has-self-evaluation.js';
import { defineElement } from '../shared/define.js';
import { styleProps } from '../shared/style-props.js';
import { renderTurn } from '../shared/render-turns.js';

export { ProjectSelectEvent } from './events.js';

const PAGE_SIZES = [10, 25, 50, 100] as const;
/** A list of up to this many rows is read in the update that shows it; a longer one before, in slices of half as many (buildModel). */
const LONG_LIST = 1000;

/**
 * The project expenditure list (项目支出明细表) joined with each project's performance targets:
 * sortable columns, a text filter, the funding columns the data has, each project's share of
 * the total, a totals row equal to the published 合计 (flagged when the projects do not add up
 * to it), an expandable row with the goal and indicators, CSV download and paging.
 *
 * @summary 项目支出明细表：排序、筛选、占比、合计核对、绩效目标展开、CSV 下载、分页。
 *
 * Sorting: the buttons in the column headings (click, Enter or Space); the heading carries
 * aria-sort. Filtering matches every space-separated word in the name, function code, 科目名称,
 * 预算单位 or project code; the number of matches is announced. When filtered, a 筛选后合计 row
 * gives the exact sum of the matching projects next to the published 合计. Rows are paged
 * (50 by default) so 10,000 projects stay smooth. The CSV holds every matching row in the
 * order shown, with the published 合计 (or the 筛选后合计 when filtered).
 *
 * @attr src - URL of the budget JSON file.
 * @attr lang - "en" for English interface text (data text stays as published); Chinese otherwise.
 * @attr theme - A preset: "dark", "gov-red", "high-contrast" (长者版), "auto" (dark when the system is),
 *   "default"; absent: the page's --budget-* tokens or the default look. See shared/theme.ts.
 *
 * @fires budget-project-select - {ProjectSelectEvent} The user opened a project's row; `detail` is
 *   `{ code, name, index }` (code = 项目编码 when the data has it; index = the project's position in
 *   the data's `projects`). Not fired on programmatic changes.
 * @fires project-select - Deprecated name of budget-project-select, fired after it for one release.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart caption - The table caption (title, department, year, unit).
 * @csspart table - The <table>.
 * @csspart header - The <thead>.
 * @csspart row - Each project row and each totals row.
 * @csspart button - Every button (sort, project, download, pager).
 * @csspart footer - The notes under the table (filter and total checks, 备注).
 *
 * @cssprop --budget-color-accent - The share bars, toggle icons and button hover.
 * @cssprop --budget-color-surface - Background of headings, totals and buttons.
 * @cssprop --budget-color-border - Cell borders.
 * @cssprop --budget-color-error - The note when the projects do not add up to the published total.
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
 * @tagname project-table
 */
export class ProjectTable extends BudgetElement {
  static override styles = [...BudgetElement.styles, tableStyles, projectStyles];

  @state() private query = '';
  @state() private sort: Sort | null = null;
  @state() private page = 1;
  @state() private pageSize: number = 50;
  /** While the page prints: every row of the view, not one page of it (the pager does not print). */
  @state() private printing = false;
  /** Ids of the rows whose details are open. */
  @state() private open: ReadonlySet<string> = new Set();
  private model: ProjectTableModel | null = null;
  /** A long list's model built in slices (buildModel), for the update that shows its data. */
  private built?: { data: BudgetDisclosure; model?: ProjectTableModel; done?: Promise<unknown> };
  /** A 决算's project list: its 项目支出绩效自评表 (./evaluation.ts), loaded when the data has one and no 项目支出明细表. */
  private readonly evaluation = new LazyView(() => import('./evaluation.js').then((m) => (m.adoptEvaluationStyles(this), m)));
  private modelFrom?: BudgetDisclosure;
  /** The filtered, sorted rows (all pages). */
  private view: readonly ProjectRow[] = [];
  private viewFrom?: { model: ProjectTableModel; query: string; sort: Sort | null };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.disclosure;
    if (data && (this.modelFrom !== data || (!this.model && evaluates(data) && this.evaluation.get()))) {
      const built = this.built?.data === data ? this.built.model : undefined;
      this.built = undefined;
      this.model = built ?? projectTableModel(data) ?? ((evaluates(data) && this.evaluation.get()?.evaluationTableModel(data)) || null);
      this.modelFrom = data;
      this.open = new Set();
      this.page = 1;
    }
    const from = this.viewFrom;
    if (this.model && (from?.model !== this.model || from.query !== this.query || from.sort !== this.sort)) {
      this.view = sortRows(filterRows(this.model.rows, this.query), this.sort);
      this.viewFrom = { model: this.model, query: this.query, sort: this.sort };
    }
  }

  protected override viewFor(data: BudgetDisclosure): Promise<unknown> | undefined {
    return evaluates(data) ? this.evaluation.wait() : this.buildModel(data);
  }

  /**
   * A list of more than LONG_LIST rows (issue 15: 10,000 projects) has its model built before the
   * update that shows it, a slice of rows per render turn (shared/render-turns.ts), so the page
   * paints and answers between slices: the promise of that, undefined when there is nothing to wait for.
   */
  private buildModel(data: BudgetDisclosure): Promise<unknown> | undefined {
    if (this.modelFrom === data || !(Number(data.tables['project-expenditure']?.rows.length) > LONG_LIST)) return undefined;
    if (this.built?.data === data) return this.built.done;
    const built: NonNullable<typeof this.built> = (this.built = { data });
    return (built.done = (async () => {
      // The first call starts the task's clock (or waits for a turn), so the set-up counts too.
      await renderTurn();
      const step = projectTableBuilder(data)!;
      while (!(built.model = step(LONG_LIST / 2))) await renderTurn();
      built.done = undefined;
    })());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  // --- handlers -----------------------------------------------------------

  /** Lit renders in the microtask after this listener, so the rows are in place before the page is laid out for print. */
  private onPrint = (e: Event): void => {
    this.printing = e.type === 'beforeprint';
  };

  private toggle(row: ProjectRow): void {
    const next = new Set(this.open);
    if (next.delete(row.id)) {
      this.open = next;
      return;
    }
    next.add(row.id);
    this.open = next;
    const index = row.project ? this.disclosure?.projects?.indexOf(row.project) : undefined;
    dispatchProjectSelect(this, { code: row.project?.code, name: row.name, ...(index !== undefined && index >= 0 ? { index } : {}) });
  }

  private setSort(key: SortKey): void {
    this.sort = nextSort(this.sort, key);
    this.page = 1;
  }

  private onFilterInput(e: InputEvent): void {
    this.query = (e.target as HTMLInputElement).value;
    this.page = 1;
  }

  private goTo(page: number, pageCount: number): void {
    if (page >= 1 && page <= pageCount) this.page = page;
  }

  /** Saves the rows in view as they are at the click (amounts as shown, display-unit included); csv.ts is imported on the first download. */
  private async download(data: BudgetDisclosure, model: ProjectTableModel): Promise<void> {
    const args = [data, model, this.view, this.query.trim() !== '', ui(this.locale), this.displayUnit, this.locale] as const;
    (await import('./csv.js')).downloadProjects(...args);
  }

  // --- render helpers -----------------------------------------------------

  private amount(cents: Cents | null): string {
    return cents === null ? '—' : formatCents(cents, this.locale);
  }

  private renderHead(model: ProjectTableModel): TemplateResult {
    const t = ui(this.locale);
    const sortable = (key: SortKey, label: TemplateResult | string, group?: string) => {
      const sorted = this.sort?.key === key ? this.sort.direction : undefined;
      return html`<th scope="col" class="sortable" aria-sort=${sorted ?? nothing}>
        <button type="button" part="button" class="sort" @click=${() => this.setSort(key)}>
          <span>${group ? html`<span class="group">${group}</span> ` : nothing}${label}</span>
          <span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
        </button>
      </th>`;
    };
    return html`<thead part="header"><tr>
      ${sortable('name', t.name)}
      ${model.hasFunction ? sortable('code', t.function) : nothing}
      ${model.hasUnit ? sortable('unit', t.unit) : nothing}
      ${[...model.columns, ...(model.measures ?? [])].map((c) => sortable(c.key, c.label, c.groups.join(' ') || undefined))}
      ${model.shares === false ? nothing : html`<th scope="col">${t.share}</th>`}
    </tr></thead>`;
  }

  private renderRow(model: ProjectTableModel, r: ProjectRow, base: Cents, width: number): TemplateResult {
    const open = this.open.has(r.id);
    const pct = share(r.cents[model.totalKey] ?? null, base);
    const detailId = `detail-${r.id}`;
    return html`<tr part="row" data-id=${r.id}>
        <th scope="row">
          <button type="button" part="button" class="toggle" aria-expanded=${String(open)} aria-controls=${open ? detailId : nothing} @click=${() => this.toggle(r)}>
            <span class="icon" aria-hidden="true">▸</span>${r.name}
          </button>
        </th>
        ${model.hasFunction ? html`<td class="code">${r.functionCode ?? '—'}${r.functionName ? html` <span class="sub">${r.functionName}</span>` : nothing}</td>` : nothing}
        ${model.hasUnit ? html`<td class="text">${r.unit ?? '—'}</td>` : nothing}
        ${model.columns.map((c) => html`<td class="num ${own(r.values, c.key) == null ? 'empty' : ''}">${formatCell(own(r.values, c.key), this.locale)}</td>`)}
        ${model.measures?.map((c) => html`<td class="num">${own(r.texts, c.key) ?? '—'}</td>`)}
        ${model.shares === false
          ? nothing
          : html`<td class="share num">
              <span class="bar" aria-hidden="true"><span ${styleProps({ 'inline-size': `${Math.min(100, Math.max(0, pct ?? 0))}%` })}></span></span>${formatPercent(pct, this.locale, false)}
            </td>`}
      </tr>
      ${open
        ? html`<tr class="detail" id=${detailId}><td colspan=${width}>${r.evaluation ? this.evaluation.get()!.renderEvaluationDetail(r.evaluation, this.locale, r.id) : renderDetail(r.project, this.locale)}</td></tr>`
        : nothing}`;
  }

  private renderFoot(model: ProjectTableModel, filtered: boolean, base: Cents, lead: number): TemplateResult {
    const t = ui(this.locale);
    const published = model.published;
    const filteredSum = sumOrNull(this.view, model.totalKey);
    // Not one heading spanning the text columns: a sticky cell that wide would hide the amounts scrolling under it.
    const filler = lead > 1 ? html`<td class="filler" colspan=${lead - 1}></td>` : nothing;
    // Scores and rates are not summed: their cells in the totals rows stay empty.
    const rest = model.measures?.length ? html`<td colspan=${model.measures.length}></td>` : nothing;
    return html`<tfoot>
      <tr part="row" class="total">
        <th scope="row">${t.total}</th>${filler}
        ${model.columns.map((c) =>
          published
            ? html`<td class="num">${formatCell(own(published, c.key), this.locale)}</td>`
            : html`<td class="num">${this.amount(sumOrNull(model.rows, c.key))}</td>`,
        )}
        ${rest}${model.shares === false ? nothing : html`<td class="share num">${formatPercent(base ? 100 : null, this.locale, false)}</td>`}
      </tr>
      ${filtered
        ? html`<tr part="row" class="filtered">
            <th scope="row">${t.filteredTotal(this.view.length)}</th>${filler}
            ${model.columns.map((c) => html`<td class="num">${this.amount(sumOrNull(this.view, c.key))}</td>`)}
            ${rest}${model.shares === false ? nothing : html`<td class="share num">${formatPercent(share(filteredSum, base), this.locale, false)}</td>`}
          </tr>`
        : nothing}
    </tfoot>`;
  }

  private renderNotes(model: ProjectTableModel, filtered: boolean): TemplateResult | typeof nothing {
    const t = ui(this.locale);
    const unit = unitLabel(model.unit, this.locale);
    const lines: TemplateResult[] = [];
    const totalCol = model.columns.find((c) => c.key === model.totalKey);
    if (filtered && model.published && totalCol) {
      const sum = this.amount(sumOrNull(this.view, model.totalKey));
      lines.push(html`<p>${t.filteredNote(`${sum} ${unit}`, `${formatCell(model.published[model.totalKey], this.locale)} ${unit}`)}</p>`);
    }
    for (const m of totalMismatches(model)) {
      const col = model.columns.find((c) => c.key === m.key)!;
      const label = iso([...col.groups, col.label].join(' '));
      lines.push(html`<p class="warn">${t.mismatchNote(label, `${formatCents(m.sum, this.locale)} ${unit}`, `${this.amount(m.published)} ${unit}`, formatChange(m.sum - (m.published ?? 0), this.locale))}</p>`);
    }
    if (model.notes.length) lines.push(html`<p>${t.notes}：</p><ul>${model.notes.map((n) => html`<li>${n}</li>`)}</ul>`);
    return lines.length ? html`<div part="footer" class="notes">${lines}</div>` : nothing;
  }

  private renderPager(count: number): TemplateResult | typeof nothing {
    if (count <= PAGE_SIZES[0]) return nothing;
    const t = ui(this.locale);
    const p = pageOf(this.view, this.page, this.pageSize);
    const button = (label: string, target: number) => {
      const off = target < 1 || target > p.pageCount || target === p.page;
      return html`<button type="button" part="button" class="btn" aria-disabled=${off ? 'true' : 'false'} @click=${() => this.goTo(target, p.pageCount)}>${label}</button>`;
    };
    return html`<nav class="pager" aria-label=${t.pager}>
      ${button(t.first, 1)}${button(t.prev, p.page - 1)}
      <span class="page-status">${t.pageOf(p.page, p.pageCount, p.from, p.to)}</span>
      ${button(t.next, p.page + 1)}${button(t.last, p.pageCount)}
      <label>${t.pageSize}
        <select @change=${(e: Event) => { this.pageSize = Number((e.target as HTMLSelectElement).value); this.page = 1; }}>
          ${PAGE_SIZES.map((s) => html`<option value=${s} ?selected=${s === this.pageSize}>${s}</option>`)}
        </select>
      </label>
    </nav>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="base" part="base">
      <div class="skeleton" aria-hidden="true">${[0, 1, 2, 3, 4, 5].map((i) => html`<div class="bar ${i ? '' : 'head'}"></div>`)}</div>
      <p class="visually-hidden" role="status">${ui(this.locale).loading}</p>
    </div>`;
  }

  /** The project table may state its own unit. */
  protected override amountUnit(data: BudgetDisclosure): string {
    return this.model?.unit ?? data.department.unit;
  }

  protected override renderData(data: BudgetDisclosure): TemplateResult {
    const t = ui(this.locale);
    const model = this.model;
    // A 决算's list waits for its view (inline data, one update): still loading, not missing.
    if (!model && evaluates(data) && !this.evaluation.get()) return this.renderSkeleton();
    if (!model) return html`<div class="base state" part="base" role="note"><p>${t.missing}</p></div>`;
    const filtered = this.query.trim() !== '';
    const base = shareBase(model);
    const lead = 1 + (model.hasFunction ? 1 : 0) + (model.hasUnit ? 1 : 0);
    const width = lead + model.columns.length + (model.measures?.length ?? 0) + (model.shares === false ? 0 : 1);
    const page = pageOf(this.view, this.page, this.pageSize);
    const title = `${model.attachment ? `${t.attachment(iso(model.attachment))} ` : ''}${iso(model.title)}`;
    const w = sharedWords(this.locale);
    const meta = [iso(data.department.name), w.year(data.department.fiscalYear), w.unit(unitLabel(model.unit, this.locale))].join(' · ');
    return html`<div class="base" part="base">
      <div class="toolbar">
        <label class="filter">${t.filter}
          <input type="search" placeholder=${t.filterHint} .value=${this.query} @input=${this.onFilterInput} />
        </label>
        <p class="count" role="status">${t.count(this.view.length, model.rows.length, filtered)}</p>
        <span class="spacer"></span>
        <button type="button" part="button" class="btn download" @click=${() => this.download(data, model)}>${t.download}</button>
      </div>
      <div class="scroll" tabindex="0" role="region" aria-label=${t.scroll(title)}>
        <table part="table">
          <caption part="caption"><span class="title">${title}</span><span class="meta">${meta}</span></caption>
          ${this.renderHead(model)}
          <tbody>
            ${page.rows.length
              ? repeat(this.printing ? this.view : page.rows, (r) => r.id, (r) => this.renderRow(model, r, base, width))
              : html`<tr part="row"><td colspan=${width} class="muted">${t.noMatch}</td></tr>`}
          </tbody>
          ${this.renderFoot(model, filtered, base, lead)}
        </table>
      </div>
      ${this.renderPager(this.view.length)}
      ${this.renderNotes(model, filtered)}
    </div>`;
  }
}

/** The data has a self-evaluation and no 项目支出明细表: a 决算. */
const evaluates = (data: BudgetDisclosure) => !own(data.tables, 'project-expenditure') && hasSelfEvaluation(data);

defineElement('project-table', ProjectTable);

declare global {
  interface HTMLElementTagNameMap {
    'project-table': ProjectTable;
  }
}
