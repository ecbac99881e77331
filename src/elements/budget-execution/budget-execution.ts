// First, before lit: a page policy refusing lit's Trusted Types policy is then named (shared/trusted-types.ts).
import '../shared/trusted-types.js';
import { nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../shared/data-text.js';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { absoluteUrl, checkDisclosure, DEFAULT_TIMEOUT, isAbort, loadDisclosure, LoadError } from '../../model/load.js';
import { BudgetElement } from '../shared/budget-element.js';
import { BudgetErrorEvent } from '../shared/events.js';
import { chartStyles } from '../shared/chart-styles.js';
import { ContainerWidthController } from '../shared/container-width.js';
import { defineElement } from '../shared/define.js';
import { formatTick, unitLabel } from '../shared/format.js';
import { knownChoice } from '../shared/choices.js';
import { fill, patternDefs } from '../shared/patterns.js';
import { describeFailure, loadFailureWords, sharedWords } from '../shared/strings.js';
import { iso } from '../shared/text-safety.js';
import { layoutExecution, type ExecutionLayout, type ExecutionMark } from './layout.js';
import { executionModel, sortRows, type ExecutionModel, type ExecutionRow, type SortOrder } from './model.js';
import { amount, describe, rate, rowLabel, rowNotes, words } from './strings.js';
import { executionStyles } from './styles.js';

const ORDERS: SortOrder[] = ['code', 'difference'];

/** The state of the budget file (budget-src / budget). */
type BudgetState =
  | { status: 'none' }
  | { status: 'loading'; key: string }
  | { status: 'ready'; key: string; data: BudgetDisclosure }
  | { status: 'error'; key: string; failure: LoadError; where: string };

/**
 * Budget against actual (预算执行): a 决算 file (`src`) joined with that year's 预算 file
 * (`budget-src`) by function code. For every 项 of the 一般公共预算财政拨款支出: 年初预算, 决算, the
 * difference, the 执行率 (exact, one decimal) and the reason the 决算 text gives; a 项 in one file
 * only, and a 年初预算 the two files state differently, are said beside the row and in the
 * description. A diverging bar chart of the differences (rows focusable with a roving tabindex:
 * Tab enters, ↑/↓/Home/End move), sortable by code or difference, with the equivalent table
 * always shown and a CSV download.
 *
 * Without `budget-src` (or when it cannot be used, which is said) the 年初预算 is what the 决算 text
 * states. Loaded on demand: the kit's bundle defines this element only when a page has the tag
 * (src/elements/shared/lazy-define.ts).
 *
 * @summary 预算执行情况: 年初预算 against 决算 per 项, across the 预算 and 决算 files.
 *
 * @fires budget-error - BudgetErrorEvent: the data cannot be used. `detail: { kind, message, url?, status?, problems?, file? }`; also when the budget file (budget-src / budget) cannot be used, then with `file: "budget"` while the 决算 is still shown.
 *
 * @attr src - URL of the 决算 (final accounts) JSON file.
 * @attr budget-src - URL of the same department's 预算 (budget) file of that year, joined by function code.
 * @attr sort - "code" (default: published order) or "difference" (largest overspend first); another value is "code" (reported once in the console).
 * @attr lang - "en" for English; Chinese otherwise (inherited from ancestors).
 * @attr theme - A preset: "dark", "gov-red", "high-contrast" (长者版), "auto", "default".
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart header - The title and unit line.
 * @csspart button - Every button (sort order, CSV download).
 * @csspart notice - The sentence saying the budget file could not be used, or which file the 年初预算 come from.
 * @csspart chart - The box holding the SVG.
 * @csspart detail - The line under the chart describing the focused or clicked 项.
 * @csspart table - The equivalent data table.
 *
 * @cssprop --budget-color-text - Text, axes and bar outlines.
 * @cssprop --budget-color-muted - Tick labels and secondary text.
 * @cssprop --budget-color-background - Background.
 * @cssprop --budget-color-surface - Table headings and the loading skeleton.
 * @cssprop --budget-color-border - Table borders.
 * @cssprop --budget-color-accent - Pressed buttons.
 * @cssprop --budget-color-focus - The focus ring of the focused row.
 * @cssprop --budget-series-1 - Bars of 项 over budget.
 * @cssprop --budget-series-2 - Bars of 项 under budget.
 * @cssprop --budget-execution-height - Minimum height of the loading skeleton.
 * @tagname budget-execution
 */
export class BudgetExecution extends BudgetElement {
  static override styles = [...BudgetElement.styles, chartStyles, executionStyles];

  private readonly size = new ContainerWidthController(this);

  @state() private budgetState: BudgetState = { status: 'none' };
  /** The row that holds tabindex=0 (roving focus) and whose detail is shown. */
  @state() private activeId?: string;
  @state() private detailShown = false;
  private model: ExecutionModel | null = null;
  private modelKey?: { data: BudgetDisclosure; budget?: BudgetDisclosure };
  private budgetRequest?: AbortController;

  /** URL of that year's 预算 file, joined with the 决算 by function code. */
  @property({ attribute: 'budget-src' }) budgetSrc?: string;

  /** That year's 预算 file as an object, for frameworks; takes precedence over `budget-src`. Validated too. */
  @property({ attribute: false }) budget?: BudgetDisclosure;

  /** "code" (published order) or "difference" (largest overspend first). */
  @property({ reflect: true }) sort: SortOrder = 'code';

  private get shownSort(): SortOrder {
    return knownChoice(this, 'sort', this.sort, ORDERS) ? this.sort : 'code';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.budgetRequest?.abort();
    this.budgetRequest = undefined;
    if (this.budgetState.status === 'loading') this.budgetState = { status: 'none' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate('budgetSrc');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('budgetSrc') || changed.has('budget')) this.syncBudget();
    const data = this.disclosure;
    const budget = this.budgetState.status === 'ready' ? this.budgetState.data : undefined;
    const joinable = budget && data && this.sameYear(data, budget) && budget.department.kind !== 'final' ? budget : undefined;
    if (data && (this.modelKey?.data !== data || this.modelKey.budget !== joinable)) {
      this.model = data.department.kind === 'final' ? executionModel(data, joinable) : null;
      this.modelKey = { data, budget: joinable };
    }
  }

  private sameYear(data: BudgetDisclosure, budget: BudgetDisclosure): boolean {
    return data.department.name === budget.department.name && data.department.fiscalYear === budget.department.fiscalYear;
  }

  /** Starts loading the budget file named now, unless it is the one already loaded or loading. */
  private syncBudget(): void {
    const src = this.budgetSrc?.trim();
    const key = this.budget ? 'property' : src ? `url\n${src}` : 'none';
    if (this.budgetState.status !== 'none' && this.budgetState.key === key && this.budgetState.status !== 'loading') return;
    this.budgetRequest?.abort();
    this.budgetRequest = undefined;
    if (key === 'none') {
      this.budgetState = { status: 'none' };
      return;
    }
    const settle = (p: Promise<BudgetDisclosure>, where: string) => {
      this.budgetState = { status: 'loading', key };
      p.then(
        (data) => {
          if (this.budgetState.status === 'loading' && this.budgetState.key === key) this.budgetState = { status: 'ready', key, data };
        },
        (e: unknown) => {
          if (isAbort(e) || this.budgetState.status !== 'loading' || this.budgetState.key !== key) return;
          const failure = e instanceof LoadError ? e : new LoadError('internal', { cause: e });
          console.error(`[budget-widgets] <budget-execution> could not use its budget file (budget-src):`, failure);
          this.budgetState = { status: 'error', key, failure, where };
          void this.announceBudgetFailure(key, failure, where);
        },
      );
    };
    if (this.budget) {
      const checked = checkDisclosure(this.budget);
      settle(checked instanceof Promise ? checked : Promise.resolve(checked), 'property');
      return;
    }
    let href: string;
    try {
      href = absoluteUrl(src!);
    } catch (e) {
      settle(Promise.reject(e), src!);
      return;
    }
    const request = (this.budgetRequest = new AbortController());
    settle(loadDisclosure(href, { signal: request.signal, timeout: Number.isFinite(this.timeout) ? this.timeout : DEFAULT_TIMEOUT }), href);
  }

  /**
   * Fires `budget-error` (detail.file "budget") after the render that says the budget file failed,
   * so a page that logs the widgets' failures hears of this one too: the widget shows the 决算 alone.
   */
  private async announceBudgetFailure(key: string, failure: LoadError, where: string): Promise<void> {
    if (!describeFailure(failure, where, this.locale).summary) await loadFailureWords();
    await this.updateComplete;
    const state = this.budgetState;
    if (state.status !== 'error' || state.key !== key) return;
    const message = words(this.locale).budgetFailed(describeFailure(failure, where, this.locale).summary);
    this.dispatchEvent(
      new BudgetErrorEvent({
        kind: failure.kind,
        message,
        file: 'budget',
        ...(failure.url !== undefined ? { url: failure.url } : {}),
        ...(failure.status !== undefined ? { status: failure.status } : {}),
        ...(failure.problems ? { problems: failure.problems } : {}),
      }),
    );
  }

  // --- handlers -----------------------------------------------------------

  private setSort(order: SortOrder): void {
    this.sort = order;
  }

  private focusRow(id: string): void {
    this.activeId = id;
    this.detailShown = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`g.row[data-id="${CSS.escape(id)}"]`)?.focus());
  }

  private onRowKey(e: KeyboardEvent, layout: ExecutionLayout, index: number): void {
    const n = layout.marks.length;
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = Math.min(index + 1, n - 1);
    else if (e.key === 'ArrowUp') next = Math.max(index - 1, 0);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Escape' && this.detailShown) {
      this.detailShown = false;
      e.stopPropagation();
      return;
    }
    if (next === null) return;
    e.preventDefault();
    this.focusRow(layout.marks[next]!.id);
  }

  private async onCsv(rows: readonly ExecutionRow[]): Promise<void> {
    const { downloadExecution } = await import('./csv.js');
    downloadExecution(this.disclosure!, this.model!, rows, this.displayUnit, this.locale);
  }

  // --- render helpers -----------------------------------------------------

  /** The sentence above the chart: where the 年初预算 come from, or why the budget file is not used. */
  private renderNotice(data: BudgetDisclosure, model: ExecutionModel): TemplateResult {
    const t = words(this.locale);
    const b = this.budgetState;
    if (b.status === 'error') {
      const w = describeFailure(b.failure, b.where, this.locale);
      // A rarer failure is worded by a module loaded on demand.
      if (!w.summary) void loadFailureWords().then(() => this.requestUpdate());
      return html`<p class="notice problem" part="notice" role="alert">${t.budgetFailed(w.summary)}</p>`;
    }
    if (b.status === 'ready' && b.data.department.kind === 'final') return html`<p class="notice problem" part="notice" role="alert">${t.budgetIsFinal}</p>`;
    if (b.status === 'ready' && !this.sameYear(data, b.data)) {
      return html`<p class="notice problem" part="notice" role="alert">${t.otherYear(b.data.department.name, b.data.department.fiscalYear)}</p>`;
    }
    return html`<p class="notice" part="notice">${model.joined ? t.sourceFile : t.sourceText}</p>`;
  }

  private valueText(r: ExecutionRow): string {
    return r.diff ? `${amount(r.diff, this.locale, true).replace(/ \S+$/, '')} · ${rate(r.rateTenths)}` : '—';
  }

  private renderRow(m: ExecutionMark, i: number, layout: ExecutionLayout) {
    const active = (this.activeId && layout.marks.some((k) => k.id === this.activeId) ? this.activeId : layout.marks[0]?.id) === m.id;
    const notes = rowNotes(m.row, this.model!.joined, this.locale);
    return svg`<g class="row ${m.bar?.over ? 'over' : m.bar ? 'under' : 'none'}" data-id=${m.id}
      role="graphics-symbol" aria-roledescription=${words(this.locale).bar}
      aria-label=${[rowLabel(m.row, this.locale), m.row.reason ?? '', ...notes].filter(Boolean).join(' ')}
      tabindex=${active ? 0 : -1}
      @focus=${() => { this.activeId = m.id; this.detailShown = true; }}
      @click=${() => this.focusRow(m.id)}
      @keydown=${(e: KeyboardEvent) => this.onRowKey(e, layout, i)}>
      <rect class="band" x="0" y=${m.y} width=${layout.width} height=${m.height}></rect>
      ${m.bar ? svg`<rect class="mark ${m.bar.even ? 'zero' : ''}" x=${m.bar.x} y=${m.bar.y} width=${m.bar.width} height=${m.bar.height} fill=${m.bar.even ? 'none' : fill('e', m.bar.over ? 0 : 1)}></rect>` : nothing}
      <text class="name" x=${m.name.x} y=${m.name.y} dy="0.32em">${m.name.text}${m.flagged ? ' ※' : ''}</text>
      <text class="value" x=${m.value.x} y=${m.value.y} dy="0.32em" text-anchor="end">${this.valueText(m.row)}</text>
    </g>`;
  }

  private renderChart(model: ExecutionModel, rows: readonly ExecutionRow[], k: number): TemplateResult {
    const t = words(this.locale);
    const layout = layoutExecution(rows, Math.floor(this.size.width / k), (r) => this.valueText(r), (v) => formatTick(v, this.locale));
    const active = layout.marks.find((m) => m.id === this.activeId);
    const p = layout.plot;
    return html`<div class="chart" part="chart">
        <svg class="plot" width=${layout.width * k} height=${layout.height * k} viewBox="0 0 ${layout.width} ${layout.height}"
          role="graphics-document" aria-roledescription=${t.chartRole} aria-label=${t.chart} aria-describedby="description">
          ${patternDefs('e', 2)}
          <g aria-hidden="true">
            ${layout.ticks.map((tk) => svg`<g class="tick"><line class="grid" x1=${tk.pos} x2=${tk.pos} y1=${p.top} y2=${p.bottom}></line>
              <text x=${tk.pos} y=${p.bottom + 14} text-anchor="middle">${tk.text}</text></g>`)}
          </g>
          <line class="axis" x1=${layout.zero} x2=${layout.zero} y1=${p.top} y2=${p.bottom} aria-hidden="true"></line>
          <g class="rows">${repeat(layout.marks, (m) => m.id, (m, i) => this.renderRow(m, i, layout))}</g>
        </svg>
      </div>
      <div class="legend-line" aria-hidden="true">
        <span><svg class="swatch" viewBox="0 0 16 16"><rect width="16" height="16" fill=${fill('e', 0)}></rect></svg>${t.over} (+)</span>
        <span><svg class="swatch" viewBox="0 0 16 16"><rect width="16" height="16" fill=${fill('e', 1)}></rect></svg>${t.under} (−)</span>
        <span>※ ${t.note}</span>
      </div>
      <p class="detail" part="detail">${active && this.detailShown ? this.detailText(active.row) : nothing}</p>`;
  }

  private detailText(r: ExecutionRow): string {
    const notes = rowNotes(r, this.model!.joined, this.locale);
    return [rowLabel(r, this.locale), r.reason ? `${words(this.locale).reason}${sharedWords(this.locale).colon}${iso(r.reason)}` : '', ...notes].filter(Boolean).join(this.locale === 'zh' ? '。' : '. ');
  }

  private renderTable(model: ExecutionModel, rows: readonly ExecutionRow[]): TemplateResult {
    const t = words(this.locale);
    const w = sharedWords(this.locale);
    const u = unitLabel(model.unit, this.locale);
    const money = (r: ExecutionRow['budget'], signed = false) => amount(r, this.locale, signed).replace(/ \S+$/, '');
    // Scrolls sideways on a narrow screen: focusable, so keyboard readers can scroll it (WCAG 2.1.1).
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${t.tableCaption}>
      <table>
        <caption>${t.tableCaption}${w.paren(`${t.unit}${w.colon}${u}`)}</caption>
        <thead><tr>
          <th scope="col">${t.code}</th><th scope="col">${t.name}</th>
          <th scope="col" class="num">${t.budget}</th><th scope="col" class="num">${t.final}</th>
          <th scope="col" class="num">${t.diff}</th><th scope="col" class="num">${t.rate}</th>
          <th scope="col">${t.reason}</th><th scope="col">${t.note}</th>
        </tr></thead>
        <tbody>
          ${repeat(rows, (r) => r.code, (r) => {
            const notes = rowNotes(r, model.joined, this.locale);
            return html`<tr data-code=${r.code} class=${notes.length ? 'flagged' : ''}>
              <td class="code">${r.code}</td><th scope="row">${r.name}</th>
              <td class="num">${money(r.budget)}</td><td class="num">${money(r.final)}</td>
              <td class="num">${money(r.diff, true)}</td><td class="num">${rate(r.rateTenths)}</td>
              <td class="reason">${r.reason ?? ''}</td>
              <td class="notes">${notes.map((n) => html`<span class="note-text">${n}</span>`)}</td>
            </tr>`;
          })}
        </tbody>
        <tfoot><tr>
          <td></td><th scope="row">${t.total}</th>
          <td class="num">${money(model.totals.budget)}</td><td class="num">${money(model.totals.final)}</td>
          <td class="num">${money(model.totals.diff, true)}</td><td class="num">${rate(model.totals.rateTenths)}</td>
          <td></td><td></td>
        </tr></tfoot>
      </table>
    </div>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div part="base" class="base" aria-busy="true">
      <div role="status" class="visually-hidden">${sharedWords(this.locale).loading}</div>
      <div class="skeleton skeleton-block"></div>
    </div>`;
  }

  protected override amountUnit(data: BudgetDisclosure): string {
    return this.model?.unit ?? data.department.unit;
  }

  protected renderData(data: BudgetDisclosure): TemplateResult {
    const t = words(this.locale);
    const header = html`<header part="header"><h2 id="title">${t.title}</h2>
      <span class="unit">${t.unit}${sharedWords(this.locale).colon}${unitLabel(this.model?.unit ?? data.department.unit, this.locale)}</span></header>`;
    if (data.department.kind !== 'final') return html`<section part="base" class="base" aria-labelledby="title">${header}${this.renderEmpty(t.notFinal)}</section>`;
    // The budget file decides the 年初预算 shown: figures are not drawn twice (text first, then the file's).
    if (this.budgetState.status === 'loading') {
      return html`<div part="base" class="base" aria-busy="true">${header}
        <div role="status">${t.budgetLoading}</div><div class="skeleton skeleton-block"></div></div>`;
    }
    const model = this.model;
    if (!model) return html`<section part="base" class="base" aria-labelledby="title">${header}${this.renderEmpty(t.noItems)}</section>`;
    const rows = sortRows(model.rows, this.shownSort);
    const k = this.size.textScale();
    return html`<section part="base" class="base" aria-labelledby="title">
      ${header}
      <p class="subtitle muted">${t.subtitle}</p>
      ${this.renderNotice(data, model)}
      <p class="description" id="description">${describe(model, this.locale)}</p>
      <div class="controls">
        <div class="group" role="group" aria-label=${t.sort}>
          ${ORDERS.map((o) => html`<button part="button" type="button" aria-pressed=${String(this.shownSort === o)} @click=${() => this.setSort(o)}>${o === 'code' ? t.byCode : t.byDiff}</button>`)}
        </div>
        <button part="button" type="button" class="csv" @click=${() => this.onCsv(rows)}>${t.csv}</button>
      </div>
      ${this.renderChart(model, rows, k)}
      ${this.renderTable(model, rows)}
    </section>`;
  }
}

defineElement('budget-execution', BudgetExecution);

declare global {
  interface HTMLElementTagNameMap {
    'budget-execution': BudgetExecution;
  }
}
