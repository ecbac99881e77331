// First, before lit: a page policy refusing lit's Trusted Types policy is then named (shared/trusted-types.ts).
import '../shared/trusted-types.js';
import { svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../shared/data-text.js';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { BudgetElement } from '../shared/budget-element.js';
import { amountConversion, formatCents, formatChange, formatPercent, unitLabel } from '../shared/format.js';
import { chartStyles } from '../shared/chart-styles.js';
import { layoutSangong, textWidth, type Mark, type Mode, type SangongLayout, type Year } from './layout.js';
import { SANGONG_ITEMS, sangongModel, tableRows, type SangongItem, type SangongModel, type SangongUnit } from './model.js';
import { fill, patternDefs } from '../shared/patterns.js';
import { describe, itemName, ui, withUnitName, yearLabel } from './strings.js';
import { sharedWords } from '../shared/strings.js';
import { iso } from '../shared/text-safety.js';
import { sangongStyles } from './styles.js';
import { ContainerWidthController } from '../shared/container-width.js';
import { defineElement } from '../shared/define.js';
import { styleProps } from '../shared/style-props.js';
import { ImageExportController, type ExportMeta } from '../shared/export-controller.js';
import { knownChoice } from '../shared/choices.js';

/** The values of `mode`, the first the default. */
const MODES: Mode[] = ['grouped', 'stacked'];

/** A unit as the picker names it. */
/** A unit as the picker lists it; an option cannot hold markup, so a long name is cut (the table's caption and the description name it whole). */
const unitText = (u: SangongUnit) => (u.code ? `${u.code} ${u.name}` : u.name).slice(0, 80);

/**
 * The “三公” expenses (因公出国(境), 公务用车购置, 公务用车运行维护, 公务接待 and the total) of the
 * prior and current year, as grouped or stacked bars with the change labelled.
 *
 * @summary “三公”经费预算图: grouped/stacked bars, change labels, legend toggles, data table.
 *
 * Blank item cells of the published table mean nothing was budgeted: they are drawn as a thin
 * mark on the baseline and labelled 0.00 (the table notes it). An item whose prior year is 0
 * is marked 新增 instead of an infinite percentage. Marks are focusable with a roving tabindex:
 * Tab enters the chart, arrow keys / Home / End move, Escape closes the tooltip.
 *
 * @attr src - URL of the budget JSON file.
 * @attr unit - The unit row to show: its code (e.g. "307") or name. Default: the 合计 row.
 * @attr mode - "grouped" (default) or "stacked"; any other value is "grouped" (and reported once in the console).
 * @attr lang - "en" for English; Chinese otherwise (inherited from ancestors).
 * @attr theme - A preset: "dark", "gov-red", "high-contrast" (长者版), "auto" (dark when the system is),
 *   "default"; absent: the page's --budget-* tokens or the default look. See shared/theme.ts.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart header - The title and unit line.
 * @csspart button - Every button (mode switch, legend items, image download).
 * @csspart export-button - The SVG and PNG buttons of the “下载图片” group.
 * @csspart legend - The legend group.
 * @csspart chart - The box holding the SVG and the tooltip.
 * @csspart tooltip - The tooltip shown for the hovered, focused or tapped mark.
 * @csspart table - The <details> with the equivalent data table.
 *
 * @cssprop --budget-color-text - Text, axes and bar outlines.
 * @cssprop --budget-color-muted - Tick labels, secondary text and control borders.
 * @cssprop --budget-color-background - Background (also of the exported image).
 * @cssprop --budget-color-surface - Table headings and the loading skeleton.
 * @cssprop --budget-color-border - Table borders.
 * @cssprop --budget-color-grid - Chart grid lines (default: the border colour).
 * @cssprop --budget-color-accent - Pressed buttons and the table disclosure.
 * @cssprop --budget-color-on-accent - Text on pressed buttons.
 * @cssprop --budget-color-focus - The focus ring and the outline of the focused bar.
 * @cssprop --budget-font-family - All text.
 * @cssprop --budget-font-scale - Multiplies the font size (large-text modes; high-contrast sets 1.25).
 * @cssprop --budget-space - The spacing unit.
 * @cssprop --budget-radius - Corner radius of buttons and boxes.
 * @cssprop --budget-focus-width - Thickness of the focus ring.
 * @cssprop --budget-focus-ring - The whole focus outline (shorthand; overrides width and colour).
 * @cssprop --budget-mark-outline-width - Outline of the bars (SVG units, default 0.5).
 * @cssprop --budget-series-1 - Colour of the current year (grouped) / first item (stacked).
 * @cssprop --budget-series-2 - Colour of the prior year (grouped) / second item (stacked).
 * @cssprop --budget-series-3 - Colour of the third item (stacked).
 * @cssprop --budget-series-4 - Colour of the fourth item (stacked).
 * @cssprop --budget-sangong-chart-height - Minimum height of the loading skeleton.
 * @tagname sangong-chart
 */
export class SangongChart extends BudgetElement {
  static override styles = [...BudgetElement.styles, chartStyles, sangongStyles];

  private readonly size = new ContainerWidthController(this);
  private readonly exporter = new ImageExportController(this, () => this.renderRoot.querySelector('svg.plot'), () => this.exportMeta());

  @state() private years: Record<Year, boolean> = { prior: true, current: true };
  @state() private items: Record<SangongItem, boolean> = { abroad: true, vehiclePurchase: true, vehicleOps: true, reception: true };
  /** The mark that holds tabindex=0 (roving focus). */
  @state() private activeId?: string;
  /** The mark whose tooltip is shown. */
  @state() private tipId?: string;
  private model: SangongModel | null = null;
  /** What `model` was built from, so it is rebuilt only when the data or the unit change. */
  private modelKey?: { data: BudgetDisclosure; unit?: string };
  /** The units whose options the picker holds (see updated()). */
  private picker?: SangongUnit[];

  /** The unit row to show: its code or name; the 合计 row when unset or not found. */
  @property({ reflect: true }) unit?: string;

  /** "grouped": bars per item side by side by year; "stacked": one bar per year stacked by item; another value: "grouped" (reported once in the console). */
  @property({ reflect: true }) mode: Mode = 'grouped';

  /** `mode`, or the default "grouped" for a value that is neither mode (reported once). */
  private get shownMode(): Mode {
    return knownChoice(this, 'mode', this.mode, MODES) ? this.mode : 'grouped';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.disclosure;
    if (data && (this.modelKey?.data !== data || this.modelKey.unit !== this.unit)) {
      const model = (this.model = sangongModel(data, this.unit));
      this.modelKey = { data, unit: this.unit };
      // A table without last year's column: the changes the text states load on demand (rare).
      if (model?.series && !model.series.hasPrior && data.narrative?.figures?.some((f) => /^sangong\..*change$/.test(f.key)))
        void import('./stated.js').then((m) => {
          m.addStated(model, data);
          this.requestUpdate();
        });
    }
  }

  /**
   * The unit picker's options are written here, not by the template: a table of 100 units made
   * 100 Lit template instances, about a tenth of the cold first chart (issue 6). Written again
   * when the model's units are new (other data or unit) or the <select> is; the selection follows
   * the unit shown. The <select> is sized `field-sizing: content` (styles.ts), at least as wide
   * as its longest name (estimated as the chart's labels are, plus room for the arrow): so the
   * browser lays out the chosen option only, not every option on every render, and the chosen one
   * always fits.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const select = this.renderRoot.querySelector('select');
    const units = this.model?.units;
    if (!select || !units) return;
    if (this.picker !== units || select.length !== units.length) {
      this.picker = units;
      select.replaceChildren(...units.map((u) => new Option(unitText(u), u.id)));
    }
    select.value = this.model!.series!.unit.id;
  }

  // --- handlers -----------------------------------------------------------

  private setMode(mode: Mode): void {
    this.mode = mode;
    this.tipId = undefined;
  }

  private toggleYear(y: Year): void {
    const next = { ...this.years, [y]: !this.years[y] };
    if (!next.prior && !next.current) return; // can't hide every series
    this.years = next;
    this.tipId = undefined;
  }

  private toggleItem(k: SangongItem): void {
    const next = { ...this.items, [k]: !this.items[k] };
    if (!SANGONG_ITEMS.some((i) => next[i])) return;
    this.items = next;
    this.tipId = undefined;
  }

  private onUnitChange(e: Event): void {
    this.unit = (e.target as HTMLSelectElement).value;
    this.tipId = undefined;
  }

  private focusMark(id: string): void {
    this.activeId = id;
    this.tipId = id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`[data-id="${CSS.escape(id)}"]`)?.focus());
  }

  private onMarkKey(e: KeyboardEvent, layout: SangongLayout, index: number): void {
    const n = layout.marks.length;
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (index + 1) % n;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (index - 1 + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Escape') {
      if (this.tipId) {
        this.tipId = undefined;
        e.stopPropagation();
      }
      return;
    } else if (e.key === 'Enter' || e.key === ' ') {
      this.tipId = this.tipId ? undefined : layout.marks[index]!.id;
      e.preventDefault();
      return;
    }
    if (next === null) return;
    e.preventDefault();
    this.focusMark(layout.marks[next]!.id);
  }

  // --- render helpers -----------------------------------------------------

  private exportMeta(): ExportMeta {
    const t = ui(this.locale);
    const d = this.disclosure!.department;
    const unit = this.model?.series?.unit;
    const amount = unitLabel(this.model?.amountUnit ?? d.unit, this.locale);
    const colon = sharedWords(this.locale).colon;
    return {
      title: t.title,
      lines: [`${iso(d.name)} · ${yearLabel(d.fiscalYear, this.locale)}${unit && !unit.isTotal ? ` · ${iso(unit.name)}` : ''} · ${t.unit}${colon}${amount}`],
      footer: d.source?.title,
      filename: [d.shortName ?? d.name, d.fiscalYear, t.file, unit && !unit.isTotal ? unit.code ?? unit.name : undefined],
    };
  }

  private renderControls(model: SangongModel): TemplateResult {
    const t = ui(this.locale);
    const units = model.units;
    const several = units.filter((u) => !u.isTotal).length > 1;
    const legend =
      this.shownMode === 'grouped'
        ? (['prior', 'current'] as Year[])
            .filter((y) => y === 'current' || model.series?.hasPrior)
            .map((y) => ({
              id: y,
              series: y === 'current' ? 0 : 1,
              label: yearLabel(y === 'prior' ? model.comparisonYear : model.fiscalYear, this.locale),
              on: this.years[y],
              last: this.years[y] && !this.years[y === 'prior' ? 'current' : 'prior'],
              toggle: () => this.toggleYear(y),
            }))
        : SANGONG_ITEMS.map((k, i) => ({
            id: k,
            series: i,
            label: itemName(k, this.locale),
            on: this.items[k],
            last: this.items[k] && SANGONG_ITEMS.filter((j) => this.items[j]).length === 1,
            toggle: () => this.toggleItem(k),
          }));
    return html`<div class="controls">
      ${several
        ? html`<label>${t.unitPicker}
            <select @change=${this.onUnitChange} ${styleProps({ 'min-width': `${Math.max(...units.map((u) => textWidth(unitText(u), 1))) + 2.5}em` })}></select></label>`
        : nothing}
      <div class="group" role="group" aria-label=${t.view}>
        ${MODES.map(
          (m) => html`<button part="button" type="button" aria-pressed=${String(this.shownMode === m)} @click=${() => this.setMode(m)}>${t[m]}</button>`,
        )}
      </div>
      <div class="group legend" part="legend" role="group" aria-label=${t.legend}>
        ${legend.map(
          (l) => html`<button part="button" type="button" data-series=${l.id} aria-pressed=${String(l.on)} aria-disabled=${l.last ? 'true' : nothing} @click=${l.toggle}>
            <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><rect width="16" height="16" fill=${fill('p', l.series)}></rect></svg>${l.label}
          </button>`,
        )}
      </div>
    </div>`;
  }

  private renderMark(m: Mark, i: number, layout: SangongLayout) {
    const active = (this.activeId && layout.marks.some((k) => k.id === this.activeId) ? this.activeId : layout.marks[0]?.id) === m.id;
    return svg`<rect class="mark ${m.zero ? 'zero' : ''} ${this.tipId === m.id ? 'active' : ''}" data-id=${m.id}
      x=${m.x} y=${m.y} width=${m.width} height=${m.height} fill=${fill('p', m.series)}
      role="graphics-symbol" aria-roledescription=${ui(this.locale).bar} aria-label=${m.aria}
      tabindex=${active ? 0 : -1}
      @focus=${() => { this.activeId = m.id; this.tipId = m.id; }}
      @blur=${() => { if (this.tipId === m.id) this.tipId = undefined; }}
      @pointerenter=${() => { this.tipId = m.id; }}
      @pointerleave=${() => { if (this.tipId === m.id && this.renderRoot.querySelector(':focus') === null) this.tipId = undefined; }}
      @click=${() => this.focusMark(m.id)}
      @keydown=${(e: KeyboardEvent) => this.onMarkKey(e, layout, i)}></rect>`;
  }

  private renderChart(model: SangongModel, layout: SangongLayout, k: number, suffix: string): TemplateResult {
    const t = ui(this.locale);
    const tip = layout.marks.find((m) => m.id === this.tipId);
    const vertical = layout.orientation === 'vertical';
    return html`<div class="chart" part="chart">
      <svg class="plot" width=${layout.width * k} height=${layout.height * k} viewBox="0 0 ${layout.width} ${layout.height}"
        role="graphics-document" aria-roledescription=${t.barChart}
        aria-label=${withUnitName(t.chart, model.series?.unit, suffix)} aria-describedby="description">
        ${patternDefs('p', 4)}
        <g aria-hidden="true">
          ${layout.ticks.map((k) =>
            vertical
              ? svg`<g class="tick"><line class="grid" x1=${layout.baseline.x1} x2=${layout.baseline.x2} y1=${k.pos} y2=${k.pos}></line>
                  <text x=${layout.baseline.x1 - 6} y=${k.pos} dy="0.32em" text-anchor="end">${k.text}</text></g>`
              : svg`<g class="tick"><line class="grid" x1=${k.pos} x2=${k.pos} y1=${0} y2=${layout.baseline.y2}></line>
                  <text x=${k.pos} y=${layout.height - 2} text-anchor="middle">${k.text}</text></g>`,
          )}
        </g>
        <!-- keyed by orientation too: a switch to horizontal makes new marks instead of animating across -->
        <g class="marks">${repeat(layout.marks, (m) => `${layout.orientation}:${m.id}`, (m, i) => this.renderMark(m, i, layout))}</g>
        <line class="axis" x1=${layout.baseline.x1} y1=${layout.baseline.y1} x2=${layout.baseline.x2} y2=${layout.baseline.y2} aria-hidden="true"></line>
        <g aria-hidden="true">
          ${layout.marks.map(
            (m) => svg`${m.swatch ? svg`<rect x=${m.swatch.x} y=${m.swatch.y} width=${m.swatch.size} height=${m.swatch.size} fill=${fill('p', m.series)} class="axis"></rect>` : nothing}
              <text class="value" x=${m.label.x} y=${m.label.y} text-anchor=${m.label.anchor}>${m.label.text}</text>`,
          )}
          ${layout.texts.map((x) => svg`<text class=${x.kind} x=${x.x} y=${x.y} text-anchor=${x.anchor}>${x.text}</text>`)}
        </g>
      </svg>
      <div class="tooltip" part="tooltip" role="tooltip" ?hidden=${!tip}
        ${styleProps(tip ? { left: `${k * Math.min(Math.max(tip.x + tip.width / 2, 80), layout.width - 80)}px`, top: `${k * tip.y}px` } : {})}>${tip?.aria ?? ''}</div>
    </div>`;
  }

  private renderTable(model: SangongModel): TemplateResult {
    const t = ui(this.locale);
    const w = sharedWords(this.locale);
    const s = model.series!;
    const u = unitLabel(model.amountUnit, this.locale);
    const rows = tableRows(s);
    const anyEmpty = s.items.some((v) => v.empty.current || (s.hasPrior && v.empty.prior));
    const fmt = (c: number) => formatCents(c, this.locale);
    const stated = model.stated?.text;
    return html`<details part="table">
      <summary>${t.showTable}</summary>
      <div class="table-wrap">
        <table>
          <caption>${t.title}${w.paren(`${t.unit}${w.colon}${u}`)}${s.unit.isTotal ? '' : ` — ${s.unit.name}`}</caption>
          <thead><tr>
            <th scope="col">${t.item}</th>
            ${s.hasPrior ? html`<th scope="col" class="num">${yearLabel(model.comparisonYear, this.locale)}</th>` : nothing}
            <th scope="col" class="num">${yearLabel(model.fiscalYear, this.locale)}</th>
            ${s.hasPrior ? html`<th scope="col" class="num">${t.change}</th><th scope="col" class="num">${t.percent}</th>` : nothing}
            ${stated ? html`<th scope="col" class="num">${t.change}</th>` : nothing}
          </tr></thead>
          <tbody>
            ${rows.map(
              ({ v, part }) => html`<tr>
                <th scope="row" class=${part ? 'part' : ''}>${itemName(v.key, this.locale)}</th>
                ${s.hasPrior ? html`<td class="num">${fmt(v.prior)}</td>` : nothing}
                <td class="num">${fmt(v.current)}</td>
                ${s.hasPrior
                  ? html`<td class="num">${formatChange(v.change, this.locale)}</td>
                      <td class="num">${v.isNew ? t.isNew : formatPercent(v.percent, this.locale)}</td>`
                  : nothing}
                ${stated ? html`<td class="num">${stated(v.key, this.locale) ?? '—'}</td>` : nothing}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${anyEmpty ? html`<p class="note">${t.emptyNote}</p>` : nothing}
    </details>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div part="base" class="base" aria-busy="true">
      <div role="status" class="visually-hidden">${sharedWords(this.locale).loading}</div>
      <div class="skeleton skeleton-block"></div>
    </div>`;
  }

  /** The 三公 table may state its own unit. */
  protected override amountUnit(data: BudgetDisclosure): string {
    return this.model?.amountUnit ?? data.department.unit;
  }

  protected renderData(data: BudgetDisclosure): TemplateResult {
    const t = ui(this.locale);
    const model = this.model; // built in willUpdate()
    const header = html`<header part="header"><h2 id="title">${t.title}</h2>
      <span class="unit">${t.unit}${sharedWords(this.locale).colon}${unitLabel(model?.amountUnit ?? data.department.unit, this.locale)}</span></header>`;
    if (!model || !model.series) {
      return html`<section part="base" class="base" aria-labelledby="title">${header}<p>${model ? t.noRows : t.empty}</p></section>`;
    }
    // laid out at the default text size, drawn scaled up by the text scale (large-text modes)
    const k = this.size.textScale();
    const layout = layoutSangong({ model, mode: this.shownMode, width: Math.floor(this.size.width / k), years: this.years, items: this.items, locale: this.locale });
    // Converted amounts: the unit shown is in the names, so two charts in different units differ.
    const suffix = amountConversion(model.amountUnit, this.displayUnit) ? sharedWords(this.locale).paren(unitLabel(model.amountUnit, this.locale)) : '';
    return html`<section part="base" class="base" aria-label=${withUnitName(t.title, model.series.unit, suffix)}>
      ${header}
      ${this.renderControls(model)}
      <p class="description" id="description">${describe(model, this.locale)}</p>
      ${this.renderChart(model, layout, k, suffix)}
      <div class="controls">${this.exporter.render(this.locale)}</div>
      ${this.renderTable(model)}
    </section>`;
  }
}

defineElement('sangong-chart', SangongChart);

declare global {
  interface HTMLElementTagNameMap {
    'sangong-chart': SangongChart;
  }
}
