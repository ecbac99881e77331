// First, before lit: a page policy refusing lit's Trusted Types policy is then named (shared/trusted-types.ts).
import '../shared/trusted-types.js';
import { svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../shared/data-text.js';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Finding } from '../../model/checks/types.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { BudgetElement } from '../shared/budget-element.js';
import { displayedUnit, formatCents, formatChange, formatMoney, formatPercent, shownUnit, unitLabel, withAmountUnit } from '../shared/format.js';
import { sharedWords } from '../shared/strings.js';
import { iso } from '../shared/text-safety.js';
import { chartStyles } from '../shared/chart-styles.js';
import { fill, patternDefs } from '../shared/patterns.js';
import { ContainerWidthController } from '../shared/container-width.js';
import { allBars, drillLevel, drillSource, type DrillLevel, type DrillSource } from './drill.js';
import { layoutBars, type BarsLayout } from './layout.js';
import { summaryModel, type KeyFigure, type SummaryModel } from './model.js';
import { barLabel, describeSummary, figureChangeText, sourceLabel, splitShare, ui, yearLabel } from './strings.js';
import { summaryStyles } from './styles.js';
import { defineElement } from '../shared/define.js';
import { styleProps } from '../shared/style-props.js';
import { ImageExportController, type ExportMeta } from '../shared/export-controller.js';
import { BudgetDrillEvent } from '../shared/events.js';

export { BudgetDrillEvent } from '../shared/events.js';

/** Above this many rows, the equivalent table is written when the reader first opens it. */
const EAGER_TABLE_ROWS = 500;

/** Fired when the reader drills down or up; `path` is the codes drilled through (empty = 类). */

/**
 * The department's budget at a glance: income and expenditure with the change from last year,
 * 基本 vs 项目支出, 三公, 机关运行经费, 政府采购, and a chart of expenditure by function code that
 * drills down 类 → 款 → 项 and back. See model.ts for which table each figure comes from.
 *
 * @summary 部门预算概览: key figures and a drill-down chart of expenditure by function.
 *
 * Keyboard: Tab enters the chart (one bar row at a time, roving tabindex), ↑/↓/Home/End move,
 * Enter/Space drills into a row that has lower levels, Escape/Backspace goes up a level.
 *
 * @attr src - URL of the budget JSON file.
 * @attr show-checks - Shows the consistency findings (勾稽关系) grouped by severity, for editors.
 * @attr lang - "en" for English; Chinese otherwise (inherited from ancestors).
 * @attr theme - A preset: "dark", "gov-red", "high-contrast" (长者版), "auto" (dark when the system is),
 *   "default"; absent: the page's --budget-* tokens or the default look. See shared/theme.ts.
 *
 * @fires budget-drill - {BudgetDrillEvent} The reader drilled down or up; `detail.path` = the codes drilled through.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart header - The title and unit line.
 * @csspart button - Breadcrumb buttons and the image download buttons.
 * @csspart export-button - The SVG and PNG buttons of the “下载图片” group.
 * @csspart legend - The key of the chart (this year / last year).
 * @csspart chart - The box holding the SVG and the tooltip.
 * @csspart tooltip - The tooltip of the hovered, focused or tapped row.
 * @csspart table - The <details> with the equivalent data table.
 *
 * @cssprop --budget-color-text - Text, axes and bar outlines.
 * @cssprop --budget-color-muted - Labels, sources and secondary text.
 * @cssprop --budget-color-background - Background (also of the exported image).
 * @cssprop --budget-color-surface - The figure tiles and table headings.
 * @cssprop --budget-color-border - Tile and table borders.
 * @cssprop --budget-color-grid - Chart grid lines (default: the border colour).
 * @cssprop --budget-color-accent - The focused row and the table disclosure.
 * @cssprop --budget-color-increase - A rise from last year (red, Chinese convention).
 * @cssprop --budget-color-decrease - A fall from last year.
 * @cssprop --budget-color-focus - The focus ring.
 * @cssprop --budget-font-family - All text.
 * @cssprop --budget-font-scale - Multiplies the font size (large-text modes; high-contrast sets 1.25).
 * @cssprop --budget-space - The spacing unit.
 * @cssprop --budget-radius - Corner radius.
 * @cssprop --budget-focus-width - Thickness of the focus ring.
 * @cssprop --budget-focus-ring - The whole focus outline (shorthand; overrides width and colour).
 * @cssprop --budget-mark-outline-width - Outline of the bars (SVG units, default 0.5).
 * @cssprop --budget-border-width - Tile and table borders (default 1px).
 * @cssprop --budget-series-1 - Colour of this year's bars and of 基本支出.
 * @cssprop --budget-series-2 - Colour of last year's bars and of 项目支出.
 * @tagname budget-summary
 */
export class BudgetSummary extends BudgetElement {
  static override styles = [...BudgetElement.styles, chartStyles, summaryStyles];

  private readonly size = new ContainerWidthController(this);
  private readonly exporter = new ImageExportController(this, () => this.renderRoot.querySelector('svg.plot'), () => this.exportMeta());

  /** Codes drilled through, outermost first. */
  @state() private path: string[] = [];
  @state() private activeCode?: string;
  @state() private tipCode?: string;
  @state() private announcement = '';
  /** The reader has opened the equivalent table once (a large table's rows wait for it). */
  @state() private tableOpened = false;
  private built?: { data: BudgetDisclosure; model: SummaryModel; source: DrillSource | null; findings?: Finding[] };
  /** Says which tiles are missing and what would give them (missing.ts, loaded when a file lacks some). */
  private missingWords?: typeof import('./missing.js').missingTiles;

  /** Shows the consistency findings of the data (for editors previewing their file). */
  @property({ type: Boolean, reflect: true, attribute: 'show-checks' }) showChecks = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.disclosure;
    if (data && this.built?.data !== data) {
      this.built = { data, model: summaryModel(data), source: drillSource(data) };
      this.path = [];
      this.tableOpened = false;
      // A tile the file cannot give is named with the table that would (words loaded on demand).
      if ((this.built.model.figures.length < 5 || !this.built.model.split) && !this.missingWords)
        void import('./missing.js').then((m) => {
          this.missingWords = m.missingTiles;
          this.requestUpdate();
        });
    }
    if (this.built && this.showChecks && !this.built.findings) void this.loadFindings(this.built);
  }

  /**
   * The checks are an editor's preview feature: their code is loaded only when `show-checks` is set,
   * so readers of a portal page never download it.
   */
  private checking?: Promise<void>;

  /** Resolves once the findings asked for by `show-checks` are rendered. */
  get checksComplete(): Promise<boolean> {
    return (this.checking ?? Promise.resolve()).then(() => this.updateComplete);
  }

  /** The findings list, loaded with the checks (./checks-view.ts). */
  private checksView?: typeof import('./checks-view.js').renderChecks;

  private loadFindings(built: NonNullable<BudgetSummary['built']>): Promise<void> {
    this.checking ??= Promise.all([import('../../model/checks/index.js'), import('./checks-view.js')]).then(([{ runChecks }, { renderChecks }]) => {
      this.checking = undefined;
      this.checksView = renderChecks;
      built.findings = runChecks(built.data);
      this.requestUpdate();
    });
    return this.checking;
  }

  // --- drilling -----------------------------------------------------------

  private drill(codes: string[], focus: string | 'first'): void {
    const source = this.built?.source;
    if (!source) return;
    const level = drillLevel(source, codes);
    this.path = level.path.map((c) => c.code);
    this.tipCode = undefined;
    const t = ui(this.locale);
    const where = level.path.length ? `${level.path[level.path.length - 1]!.code} ${iso(level.path[level.path.length - 1]!.name)}` : t.all;
    this.announcement = t.shownLevel(where, level.bars.length, t.levels[level.level]!);
    const target = focus === 'first' ? level.bars[0]?.code : focus;
    this.activeCode = target;
    this.dispatchEvent(new BudgetDrillEvent({ path: this.path }));
    void this.updateComplete.then(() => {
      const el = target ? this.renderRoot.querySelector<SVGElement>(`[data-code="${CSS.escape(target)}"]`) : null;
      (el ?? this.renderRoot.querySelector<HTMLElement>('#chart-title'))?.focus();
    });
  }

  private up(): void {
    if (!this.path.length) return;
    const from = this.path[this.path.length - 1]!;
    this.drill(this.path.slice(0, -1), from);
  }

  private onRowKey(e: KeyboardEvent, level: DrillLevel, index: number): void {
    const bars = level.bars;
    const move = (i: number) => {
      e.preventDefault();
      this.activeCode = bars[i]!.code;
      this.tipCode = bars[i]!.code;
      void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`[data-code="${CSS.escape(bars[i]!.code)}"]`)?.focus());
    };
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') move((index + 1) % bars.length);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') move((index - 1 + bars.length) % bars.length);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(bars.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (bars[index]!.hasChildren) this.drill([...this.path, bars[index]!.code], 'first');
    } else if (e.key === 'Escape' || e.key === 'Backspace') {
      e.preventDefault();
      if (this.path.length) this.up();
      else this.tipCode = undefined;
    }
  }

  // --- render helpers -----------------------------------------------------

  private exportMeta(): ExportMeta {
    const t = ui(this.locale);
    const d = this.disclosure!.department;
    const source = this.built?.source;
    const level = source ? drillLevel(source, this.path) : null;
    const where = level?.path.map((c) => `${c.code} ${iso(c.name)}`).join(' › ');
    return {
      title: `${t.chart}${level ? this.paren(t.levels[level.level]!) : ''}`,
      lines: [
        `${iso(d.name)} · ${yearLabel(d.fiscalYear, this.locale)} · ${t.unit}${this.colon}${unitLabel(displayedUnit(this.built?.model.unit ?? d.unit, this.displayUnit), this.locale)}`,
        ...(where ? [where] : []),
      ],
      footer: d.source?.title,
      filename: [d.shortName ?? d.name, d.fiscalYear, t.file, ...this.path],
    };
  }

  private paren(text: string): string {
    return sharedWords(this.locale).paren(text);
  }

  private get colon(): string {
    return sharedWords(this.locale).colon;
  }

  private renderTile(f: KeyFigure, model: SummaryModel): TemplateResult {
    const t = ui(this.locale);
    const u = unitLabel(model.unit, this.locale);
    const c = f.change;
    return html`<div class="tile" data-key=${f.key}>
      <dt>${t.figures[f.key]}</dt>
      <dd class="value">${formatMoney(f.value, this.locale)}<span class="u">${sharedWords(this.locale).amount('', u) /* the unit, spaced as after a number */}</span></dd>
      ${c
        ? html`<dd class="change ${c.amount.cents < 0 ? 'down' : c.amount.cents > 0 ? 'up' : ''}">
            ${t.vsPrior(model.comparisonYear)} ${figureChangeText(c, this.locale)}</dd>`
        : nothing}
      <dd class="source">${t.source}${this.colon}${sourceLabel(f.source, this.locale)}</dd>
    </div>`;
  }

  private renderSplit(model: SummaryModel): TemplateResult | typeof nothing {
    const s = model.split;
    if (!s) return nothing;
    const t = ui(this.locale);
    return html`<div class="tile wide" data-key="split">
      <dt>${t.split}</dt>
      <dd>
        <div class="split" aria-hidden="true">
          <span class="basic" ${styleProps({ 'flex-grow': s.basic.cents })}></span><span class="project" ${styleProps({ 'flex-grow': s.project.cents })}></span>
        </div>
        <p class="split-text">
          <span><span class="key basic" aria-hidden="true"></span>${t.basic} ${formatMoney(s.basic, this.locale)}${this.paren(splitShare(s, s.basic, this.locale))}</span>
          <span><span class="key project" aria-hidden="true"></span>${t.project} ${formatMoney(s.project, this.locale)}${this.paren(splitShare(s, s.project, this.locale))}</span>
        </p>
      </dd>
      <dd class="source">${t.source}${this.colon}${sourceLabel(s.source, this.locale)}</dd>
    </div>`;
  }

  private renderCrumbs(level: DrillLevel): TemplateResult {
    const t = ui(this.locale);
    const crumbs = [{ code: '', name: t.all }, ...level.path.map((c) => ({ code: c.code, name: `${c.code} ${c.name}` }))];
    return html`<nav aria-label=${t.crumbs}>
      <ol class="crumbs">
        ${crumbs.map((c, i) =>
          i === crumbs.length - 1
            ? html`<li aria-current="location">${c.name}</li>`
            : html`<li><button part="button" type="button" @click=${() => this.drill(this.path.slice(0, i), this.path[i]!)}>${c.name}</button></li>`,
        )}
      </ol>
    </nav>`;
  }

  private renderBars(level: DrillLevel, layout: BarsLayout, source: DrillSource, model: SummaryModel, k: number): TemplateResult {
    const t = ui(this.locale);
    const years = { fiscal: model.fiscalYear, comparison: model.comparisonYear };
    const active = level.bars.some((b) => b.code === this.activeCode) ? this.activeCode : level.bars[0]?.code;
    const tipRow = layout.rows.find((r) => r.code === this.tipCode);
    const tipBar = level.bars.find((b) => b.code === this.tipCode);
    return html`<div class="chart" part="chart">
      <svg class="plot" width=${layout.width * k} height=${layout.height * k} viewBox="0 0 ${layout.width} ${layout.height}"
        role="graphics-document" aria-label=${t.chartLabel} aria-describedby="description">
        ${patternDefs('q', 2)}
        <g aria-hidden="true">${layout.ticks.map((k) => svg`<g class="tick"><line class="grid" x1=${k.pos} x2=${k.pos} y1="0" y2=${layout.baseline}></line><text x=${k.pos} y=${layout.height - 2} text-anchor="middle">${k.text}</text></g>`)}</g>
        ${repeat(
          layout.rows,
          (r) => r.code,
          (r, i) => {
            const b = level.bars[i]!;
            return svg`<g class="row ${b.hasChildren ? 'drillable' : ''}">
              <rect class="hit ${this.tipCode === r.code ? 'active' : ''}" data-code=${r.code} x="1" y=${r.y} width=${layout.width - 2} height=${r.height} rx="3"
                role=${b.hasChildren ? 'button' : 'graphics-symbol'} aria-label=${barLabel(b, years, source.unit, source.hasPrior, this.locale)}
                tabindex=${active === r.code ? 0 : -1}
                @focus=${() => { this.activeCode = r.code; this.tipCode = r.code; }}
                @blur=${() => { if (this.tipCode === r.code) this.tipCode = undefined; }}
                @pointerenter=${() => { this.tipCode = r.code; }}
                @pointerleave=${() => { if (this.tipCode === r.code && !this.renderRoot.querySelector('.hit:focus')) this.tipCode = undefined; }}
                @click=${() => (b.hasChildren ? this.drill([...this.path, r.code], 'first') : (this.activeCode = this.tipCode = r.code))}
                @keydown=${(e: KeyboardEvent) => this.onRowKey(e, level, i)}></rect>
              <g aria-hidden="true">
                ${r.bars.map((m) => svg`<rect class="bar" x=${m.x} y=${m.y} width=${m.width} height=${m.height} fill=${fill('q', m.year === 'current' ? 0 : 1)}></rect>
                  <text x=${m.label.x} y=${m.label.y}>${m.label.text}</text>`)}
                <text class="name" x=${r.name.x} y=${r.name.y}>${iso(r.name.text)}${b.hasChildren ? ' ›' : ''}</text>
                ${r.change ? svg`<text class="change" x=${r.change.x} y=${r.change.y} text-anchor=${r.change.anchor}>${r.change.text}</text>` : nothing}
              </g>
            </g>`;
          },
        )}
        <line class="axis" x1="8" x2="8" y1="0" y2=${layout.baseline} aria-hidden="true"></line>
      </svg>
      <div class="tooltip" part="tooltip" role="tooltip" ?hidden=${!tipRow}
        ${styleProps(tipRow ? { left: `${k * Math.min(Math.max(layout.width / 2, 100), layout.width - 100)}px`, top: `${k * tipRow.y}px` } : {})}>${tipBar ? barLabel(tipBar, years, source.unit, source.hasPrior, this.locale) : ''}</div>
    </div>`;
  }

  private onTableToggle(e: Event): void {
    if ((e.target as HTMLDetailsElement).open) this.tableOpened = true;
  }

  private renderTable(source: DrillSource, model: SummaryModel): unknown {
    // A large tree's table is written when first opened: thousands of rows in a closed
    // <details> were most of the first render's time and DOM. A small one is always there,
    // so find-in-page reaches it while closed.
    const deferred = !this.tableOpened && source.table.rows.length > EAGER_TABLE_ROWS;
    // Drilling and hovering re-render the chart; the table only changes with data, language or display unit.
    // guard() calls back when the template is committed, outside renderDrill's unit: set it again.
    return guard([source, model, this.locale, this.displayUnit, deferred], () => withAmountUnit(source.unit, shownUnit(), () => this.renderTableNow(source, model, deferred)));
  }

  private renderTableNow(source: DrillSource, model: SummaryModel, deferred: boolean): TemplateResult {
    const t = ui(this.locale);
    const fmt = (c: number | null) => (c === null ? '—' : formatCents(c, this.locale));
    return html`<details part="table" @toggle=${this.onTableToggle}>
      <summary>${t.showTable}</summary>
      <div class="table-wrap"><table>
        <caption>${source.table.title}${this.paren(`${t.unit}${this.colon}${unitLabel(source.unit, this.locale)}`)}</caption>
        <thead><tr>
          <th scope="col">${t.code}</th><th scope="col">${t.name}</th>
          ${source.hasPrior ? html`<th scope="col" class="num">${yearLabel(model.comparisonYear, this.locale)}</th>` : nothing}
          <th scope="col" class="num">${yearLabel(model.fiscalYear, this.locale)}</th>
          ${source.hasPrior ? html`<th scope="col" class="num">${t.change}</th><th scope="col" class="num">${t.percent}</th>` : nothing}
        </tr></thead>
        <tbody>${(deferred ? [] : allBars(source)).map(
          (b) => html`<tr>
            <td>${b.code}</td><th scope="row" class="level-${b.level}">${b.name}</th>
            ${source.hasPrior ? html`<td class="num">${fmt(b.prior)}</td>` : nothing}
            <td class="num">${fmt(b.current)}</td>
            ${source.hasPrior
              ? html`<td class="num">${b.change === null ? '—' : formatChange(b.change, this.locale)}</td>
                  <td class="num">${b.isNew ? t.isNew : formatPercent(b.percent, this.locale)}</td>`
              : nothing}
          </tr>`,
        )}</tbody>
      </table></div>
    </details>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div part="base" class="base" aria-busy="true">
      <div role="status" class="visually-hidden">${sharedWords(this.locale).loading}</div>
      <div class="skeleton skeleton-block tiles-skeleton"></div><div class="skeleton skeleton-block"></div>
    </div>`;
  }

  protected renderData(data: BudgetDisclosure): TemplateResult {
    const t = ui(this.locale);
    const built = this.built ?? { data, model: summaryModel(data), source: drillSource(data) };
    const { model, source } = built;
    // The list of missing tiles comes last: its words arrive a moment later (missing.ts) and must
    // not move the chart under the reader's pointer.
    return html`<section part="base" class="base" aria-labelledby="title">
      <header part="header"><h2 id="title">${t.title}</h2><span class="unit">${t.unit}${this.colon}${unitLabel(model.unit, this.locale)}</span></header>
      <p class="description" id="description">${describeSummary(model, this.locale)}</p>
      <dl class="tiles">
        ${model.figures.filter((f) => f.key === 'income' || f.key === 'expenditure').map((f) => this.renderTile(f, model))}
        ${this.renderSplit(model)}
        ${model.figures.filter((f) => f.key !== 'income' && f.key !== 'expenditure').map((f) => this.renderTile(f, model))}
      </dl>
      ${source
        ? // The drill-down's table has a unit of its own: its amounts are shown in the summary's unit too.
          withAmountUnit(source.unit, shownUnit(), () => this.renderDrill(model, source))
        : this.renderDrill(model, null)}
      ${this.missingWords && (model.figures.length < 5 || !model.split) ? html`<ul class="missing">${this.missingWords(model, this.locale).map((m) => html`<li>${m}</li>`)}</ul>` : nothing}
      ${this.showChecks && built.findings && this.checksView ? this.checksView(built.findings, this.locale) : nothing}
    </section>`;
  }

  private renderDrill(model: SummaryModel, source: DrillSource | null): TemplateResult {
    const t = ui(this.locale);
    const level = source ? drillLevel(source, this.path) : null;
    // laid out at the default text size, drawn scaled up by the text scale (large-text modes)
    const k = this.size.textScale();
    const layout =
      source && level
        ? layoutBars({ bars: level.bars, width: Math.floor(this.size.width / k), hasPrior: source.hasPrior, years: { fiscal: model.fiscalYear, comparison: model.comparisonYear }, locale: this.locale })
        : null;
    return html`<section class="drill" aria-labelledby="chart-title">
        <h3 id="chart-title" tabindex="-1">${t.chart}${level ? this.paren(t.levels[level.level]!) : ''}</h3>
        ${source && level && layout
          ? html`${this.renderCrumbs(level)}
              ${source.hasPrior
                ? html`<div class="legend" part="legend">
                    <span><svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><rect width="16" height="16" fill=${fill('q', 0)}></rect></svg>${yearLabel(model.fiscalYear, this.locale)}</span>
                    <span><svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><rect width="16" height="16" fill=${fill('q', 1)}></rect></svg>${yearLabel(model.comparisonYear, this.locale)}</span>
                  </div>`
                : nothing}
              ${this.renderBars(level, layout, source, model, k)}
              <div class="controls">${this.exporter.render(this.locale)}</div>
              ${this.renderTable(source, model)}`
          : html`<p>${t.noTree}</p>`}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>`;
  }
}

defineElement('budget-summary', BudgetSummary);

declare global {
  interface HTMLElementTagNameMap {
    'budget-summary': BudgetSummary;
  }
}
