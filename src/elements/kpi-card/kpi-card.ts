// First, before lit: a page policy refusing lit's Trusted Types policy is then named (shared/trusted-types.ts).
import '../shared/trusted-types.js';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../shared/data-text.js';
import { property, state } from 'lit/decorators.js';
import type { BudgetDisclosure, Indicator } from '../../model/schema.js';
import { BudgetElement } from '../shared/budget-element.js';
import { formatCell, unitLabel } from '../shared/format.js';
import { ProjectSelectEvent, type ProjectSelectDetail } from '../project-table/events.js';
import { ContainerWidthController } from '../shared/container-width.js';
import {
  availableProjects,
  groupIndicators,
  pickIndicator,
  selectTargets,
  weightSpread,
  weightStatus,
  weightSum,
  type KpiTargets,
  type Level1Group,
  type SpreadSegment,
} from './model.js';
import { formatShare, formatTarget, formatWeight, ui as words, weightNote } from './strings.js';
import { sharedWords } from '../shared/strings.js';
import { iso } from '../shared/text-safety.js';
import { kpiStyles } from './styles.js';
import { LazyView } from '../shared/lazy-view.js';
import { withDisclosureKind } from '../i18n/words.js';
import { hasSelfEvaluation } from '../../model/has-self-evaluation.js';
import { defineElement } from '../shared/define.js';
import { knownChoice } from '../shared/choices.js';
import { styleProps } from '../shared/style-props.js';

/**
 * Performance targets (绩效目标) of one project, or of the whole department by default: the
 * goal, the indicators grouped 一级 → 二级 with operator, value, unit and weight, the weight total
 * and a stacked bar of how the weight is spread. A big-number mode shows a single indicator.
 *
 * Project tables normally total 90 points: the other 10 are 预算执行率, scored at evaluation, so
 * the card says so and the bar shows them as a hatched last segment. Indicator names, levels,
 * values and units are shown as published in every language; only the card's labels change.
 *
 * Linking without script: `<project-table id="p">` and `<kpi-card for="p">` on the same page is
 * enough — the card listens on the document for `budget-project-select` events coming from the element
 * with that id and shows the selected project (announced politely to screen readers). The card
 * fires no events of its own.
 *
 * @summary 绩效目标卡: a project's or the department's performance targets, or one indicator large.
 *
 * @attr src - URL of the budget JSON file.
 * @attr project - The project to show: its 项目编码 or its name (spaces and case do not matter).
 *   Unset: the department's overall targets (预算整体绩效目标表).
 * @attr indicator - Big-number mode: the indicator to show, by its 三级 name or its 1-based position.
 * @attr mode - "full" (default) or "single" (big-number mode; the first indicator unless `indicator` says); any other value is "full" (and reported once in the console).
 * @attr for - The id of a <project-table> whose `budget-project-select` events the card follows.
 * @attr lang - "en" for English labels; Chinese otherwise (inherited from ancestors).
 * @attr theme - A preset: "dark", "gov-red", "high-contrast" (长者版), "auto" (dark when the system is),
 *   "default"; absent: the page's --budget-* tokens or the default look. See shared/theme.ts.
 *
 * @csspart base - The wrapper of the whole card.
 * @csspart header - The title, the amount and the project code.
 * @csspart chart - The weight spread: stacked bar and its legend.
 * @csspart table - The indicator table.
 * @csspart footer - The weight total and its note.
 *
 * @cssprop --budget-color-text - Text and the outline of the weight bar.
 * @cssprop --budget-color-muted - Labels, notes and the 预算执行率 hatching.
 * @cssprop --budget-color-background - Background.
 * @cssprop --budget-color-surface - Table headings and 一级 rows.
 * @cssprop --budget-color-border - Table rules.
 * @cssprop --budget-color-on-series - The numbers written on the weight segments.
 * @cssprop --budget-font-family - All text.
 * @cssprop --budget-font-scale - Multiplies the font size (large-text modes; high-contrast sets 1.25).
 * @cssprop --budget-space - The spacing unit.
 * @cssprop --budget-radius - Corner radius.
 * @cssprop --budget-border-width - The weight bar's outline (default 1px).
 * @cssprop --budget-series-1 - Colour of the first weight segment (then --budget-series-2 … -6, in turn).
 * @cssprop --budget-color-accent - Colour of the big number.
 * @cssprop --budget-kpi-card-big-size - Font size of the big number (default 3rem).
 * @cssprop --budget-kpi-card-execution-color - Hatching of the 预算执行率 segment (default: the muted colour).
 * @cssprop --budget-kpi-card-height - Minimum height of the loading skeleton (default 24rem).
 * @tagname kpi-card
 */
export class KpiCard extends BudgetElement {
  static override styles = [...BudgetElement.styles, kpiStyles];

  private readonly size = new ContainerWidthController(this, 480);
  /** A 决算's self-evaluation view (../shared/evaluation-view.ts), loaded when the data has one and no targets. */
  private readonly evaluation = new LazyView(() => import('../shared/evaluation-view.js').then((m) => (m.adoptEvaluationStyles(this), m)));

  /** What a linked selection showed, for the polite live region; empty until one happens. */
  @state() private announcement = '';
  private targets: KpiTargets | null = null;
  private groups: Level1Group[] = [];
  /** What `targets` was derived from, so it is rebuilt only when the data or the project change. */
  private targetsKey?: { data: BudgetDisclosure; project?: string; index?: number };
  /** The project last opened in the linked table, by its position in the data (see ProjectSelectDetail.index). */
  private followed?: { key: string; index?: number };

  /** The project to show, by code or name; unset for the department's overall targets. */
  @property({ reflect: true }) project?: string;

  /** Big-number mode: the indicator to show, by name or 1-based position. */
  @property({ reflect: true }) indicator?: string;

  /** "full" (every indicator) or "single" (one indicator, large); another value: "full" (reported once in the console). */
  @property({ reflect: true }) mode: 'full' | 'single' = 'full';

  /** The id of the <project-table> whose selections the card follows. */
  @property({ reflect: true }) for?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(ProjectSelectEvent.eventName, this.onProjectSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(ProjectSelectEvent.eventName, this.onProjectSelect);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.disclosure;
    // The position counts only while `project` is still the one the table selected.
    const index = this.followed && this.followed.key === this.project ? this.followed.index : undefined;
    if (data && (this.targetsKey?.data !== data || this.targetsKey.project !== this.project || this.targetsKey.index !== index)) {
      this.targets = selectTargets(data, this.project, index);
      this.groups = this.targets ? groupIndicators(this.targets.indicators) : [];
      this.targetsKey = { data, project: this.project, index };
    }
  }

  /** A 决算 states no targets: its 绩效自评 tables are what the card shows. */
  protected override viewFor(data: BudgetDisclosure): Promise<unknown> | undefined {
    return evaluates(data) ? this.evaluation.wait() : undefined;
  }

  // --- handlers -----------------------------------------------------------

  /**
   * Follows selections of the linked table. The source is recognised by identity (the element
   * with id `for` in the card's own tree must be on the event's composed path), so a table
   * nested in another component, or an inner element with the same id, cannot be mistaken.
   */
  private readonly onProjectSelect = (e: Event): void => {
    if (!this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const source = root.getElementById?.(this.for) ?? document.getElementById(this.for);
    if (!source || !e.composedPath().includes(source)) return;
    // read defensively: any page script may dispatch an event of that name
    const detail = ((e as Event & { detail?: Partial<ProjectSelectDetail> }).detail ?? {}) as Partial<ProjectSelectDetail>;
    const key = detail.code || detail.name;
    if (!key) return;
    this.followed = { key, index: typeof detail.index === 'number' ? detail.index : undefined };
    this.project = key;
    // In the words of the data shown: a 决算's card says 绩效自评.
    this.announcement = withDisclosureKind(this.disclosure?.department.kind, () => words(this.locale).shown(iso(detail.name ?? key)));
  };

  // --- render helpers -----------------------------------------------------

  private renderHeader(t: KpiTargets, unit: string, headingId = 'title'): TemplateResult {
    const ui = words(this.locale);
    const colon = sharedWords(this.locale).colon;
    const title = t.kind === 'project' ? t.name : ui.overallTitle;
    return html`<header part="header">
      <p class="eyebrow">${t.kind === 'project' ? ui.projectTitle : t.name ?? ''}</p>
      <h2 id=${headingId}>${title}</h2>
      <dl class="meta">
        ${t.amount !== undefined
          ? html`<div><dt>${t.kind === 'project' ? ui.amountProject : ui.amountOverall}</dt><dd class="amount">${formatCell(t.amount, this.locale)} ${unitLabel(unit, this.locale)}</dd></div>`
          : nothing}
        ${t.code ? html`<div><dt>${ui.code}</dt><dd class="code">${t.code}</dd></div>` : nothing}
      </dl>
      ${this.for && !this.project ? html`<p class="hint">${ui.linkedHint}</p>` : nothing}
    </header>`;
  }

  private renderSpread(segments: SpreadSegment[], t: KpiTargets): TemplateResult | typeof nothing {
    if (segments.length < 2) return nothing;
    const ui = words(this.locale);
    // the bar is drawn inside the card's padding-free width; a number is printed in a segment only where it fits
    const barWidth = this.size.width;
    let colour = 0;
    const items = segments.map((s, i) => ({ ...s, n: i + 1, colour: s.kind === 'execution' ? -1 : colour++ % 6 }));
    return html`<div part="chart" class="spread">
      <h3 id="spread-title">${ui.spread}</h3>
      <div class="bar" aria-hidden="true">
        ${items.map(
          (s) => html`<div class="seg ${s.colour < 0 ? 'execution' : `s${s.colour}`}" ${styleProps({ flex: `${s.share} 1 0` })}>
            ${s.share * barWidth >= 22 ? html`<span>${s.n}</span>` : nothing}
          </div>`,
        )}
      </div>
      <ol class="legend" aria-labelledby="spread-title">
        ${items.map(
          (s) => html`<li>
            <span class="n" aria-hidden="true">${s.n}</span>
            <span class="swatch ${s.colour < 0 ? 'execution' : `s${s.colour}`}" aria-hidden="true"></span>
            <span class="label">${s.kind === 'execution' ? ui.execution : s.label}</span>
            <span class="num">${formatWeight(s.weight, t.weightUnit, this.locale)}${t.weightUnit === '%' ? nothing : sharedWords(this.locale).paren(formatShare(s.share, this.locale))}</span>
          </li>`,
        )}
      </ol>
    </div>`;
  }

  private renderTable(t: KpiTargets): TemplateResult {
    const ui = words(this.locale);
    const w = (n: number | null | undefined) => (n === null || n === undefined ? '—' : formatWeight(n, t.weightUnit, this.locale));
    const flat = this.groups.every((g) => g.level1 === null && g.groups.every((x) => x.level2 === null));
    return html`<table part="table" class=${flat ? 'flat' : ''}>
      <caption>${ui.indicators}</caption>
      <thead><tr>
        <th id="c-name" scope="col">${ui.indicator}</th>
        <th id="c-target" scope="col">${ui.target}</th>
        <th id="c-weight" scope="col" class="num">${ui.weight}</th>
      </tr></thead>
      ${this.groups.map((g1, a) => {
        const id1 = `g${a}`;
        return html`<tbody>
          ${g1.level1 !== null
            ? html`<tr class="l1"><th id=${id1} colspan="2">${g1.level1}</th><td class="num" headers="${id1} c-weight">${w(g1.weight)}</td></tr>`
            : nothing}
          ${g1.groups.map((g2, b) => {
            const id2 = `${id1}-${b}`;
            const parent = g1.level1 !== null ? id1 : '';
            const up = [parent, g2.level2 !== null ? id2 : ''].filter(Boolean).join(' ');
            return html`${g2.level2 !== null
              ? html`<tr class="l2"><th id=${id2} colspan="2" headers=${parent || nothing}>${g2.level2}</th><td class="num" headers="${up} c-weight">${w(g2.weight)}</td></tr>`
              : nothing}
            ${g2.indicators.map(({ index, indicator }) => {
              const idi = `i${index}`;
              return html`<tr data-index=${index}>
                <th class="name" id=${idi} headers=${up ? `${up} c-name` : 'c-name'}>${indicator.name}</th>
                <td class="target" headers="${up} ${idi} c-target">${formatTarget(indicator, this.locale)}</td>
                <td class="num" headers="${up} ${idi} c-weight">${w(indicator.weight)}</td>
              </tr>`;
            })}`;
          })}
        </tbody>`;
      })}
    </table>`;
  }

  private renderFooter(t: KpiTargets): TemplateResult | typeof nothing {
    const total = weightSum(t.indicators);
    if (total === null) return nothing;
    const ui = words(this.locale);
    const totalText = formatWeight(total, t.weightUnit, this.locale);
    const note = weightNote(weightStatus(total, t.weightUnit), totalText, this.locale);
    return html`<footer part="footer">
      <p class="total">${ui.total}${sharedWords(this.locale).colon}<span class="total-value">${totalText}</span></p>
      ${note ? html`<p class="note">${note}</p>` : nothing}
    </footer>`;
  }

  private renderSingle(t: KpiTargets): TemplateResult {
    const ui = words(this.locale);
    const index = this.indicator ? pickIndicator(t.indicators, this.indicator) : t.indicators.length ? 0 : -1;
    const context = t.kind === 'project' ? t.name : ui.overallTitle;
    const i: Indicator | undefined = t.indicators[index];
    if (!i) {
      return html`<section part="base" class="base single" aria-labelledby="title">
        <header part="header"><h2 id="title">${context}</h2></header>
        ${this.indicator
          ? html`<p class="notice">${ui.indicatorNotFound(iso(this.indicator))}</p>
              <ol class="options">${t.indicators.map((x) => html`<li>${x.name}</li>`)}</ol>`
          : html`<p class="notice">${ui.noIndicators}</p>`}
        ${this.renderLive()}
      </section>`;
    }
    const levels = [i.level1, i.level2].filter(Boolean).map(iso).join(' · ');
    const weight = i.weight !== undefined ? `${ui.weight} ${formatWeight(i.weight, t.weightUnit, this.locale)}` : '';
    return html`<section part="base" class="base single" aria-labelledby="title">
      <header part="header"><p class="eyebrow">${context}</p></header>
      <figure class="big">
        <figcaption class="big-label" id="title">${i.name}</figcaption>
        ${i.operator === '定性'
          ? html`<p class="big-value"><span class="op">${ui.qualitative}</span><span class="num">${i.value}</span></p>`
          : html`<p class="big-value">
              <span class="visually-hidden">${formatTarget(i, this.locale)}</span>
              <span class="op" aria-hidden="true">${i.operator}</span><span class="num" aria-hidden="true">${i.value}</span>${i.unit ? html`<span class="unit" aria-hidden="true">${i.unit}</span>` : nothing}
            </p>`}
        ${levels || weight ? html`<p class="levels">${[levels, weight].filter(Boolean).join(' · ')}</p>` : nothing}
      </figure>
      ${this.renderLive()}
    </section>`;
  }

  private renderNotFound(data: BudgetDisclosure): TemplateResult {
    const ui = words(this.locale);
    const projects = availableProjects(data);
    const asked = this.project?.trim();
    // A card that follows a table starts by inviting a choice: nothing is wrong with the file.
    if (this.for && !asked && projects.length) {
      return html`<section part="base" class="base" aria-labelledby="title">
        <header part="header"><h2 id="title">${ui.projectTitle}</h2></header><p class="hint">${ui.linkedHint}</p>${this.renderLive()}
      </section>`;
    }
    // The code in brackets, as text: a space in the template would be collapsed by the minifier ("名称51012324T…").
    const [open, close] = this.locale === 'zh' ? ['（', '）'] : [' (', ')'];
    return html`<section part="base" class="base" aria-labelledby="title">
      <header part="header"><h2 id="title">${asked ? ui.projectTitle : ui.overallTitle}</h2></header>
      ${asked ? html`<p class="notice">${ui.notFound(iso(asked))}</p>` : html`<p class="notice">${ui.noOverall}</p>`}
      ${projects.length
        ? html`<p class="notice">${ui.available}</p>
            <ul class="options">${projects.map((p) => html`<li>${p.name}${p.code ? html`${open}<code>${p.code}</code>${close}` : nothing}</li>`)}</ul>`
        : asked
          ? html`<p class="notice">${ui.noProjects}</p>`
          : nothing}
      ${this.renderLive()}
    </section>`;
  }

  /** The polite live region: present from the first render so later changes are announced. */
  private renderLive(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div part="base" class="base" aria-busy="true">
      <div role="status" class="visually-hidden">${sharedWords(this.locale).loading}</div>
      <div class="skeleton skeleton-block"></div>
    </div>`;
  }

  protected renderData(data: BudgetDisclosure): TemplateResult {
    // Any other mode is the default, "full" (reported once).
    const single = knownChoice(this, 'mode', this.mode, ['full', 'single']) && this.mode === 'single';
    if (evaluates(data)) {
      // Until the view is here (inline data waits one update for it), the card is still loading.
      const view = this.evaluation.get();
      return view ? view.renderEvaluationCard(data, { locale: this.locale, project: this.project, indicator: this.indicator, single, follows: Boolean(this.for), live: this.renderLive() }) : this.renderSkeleton();
    }
    const t = this.targets ?? selectTargets(data, this.project);
    if (!t) return this.renderNotFound(data);
    if (single || this.indicator) return this.renderSingle(t);
    const ui = words(this.locale);
    const segments = weightSpread(this.groups, t.weightUnit);
    return html`<section part="base" class="base" aria-labelledby="title">
      ${this.renderHeader(t, data.department.unit)}
      <div class="overview">
        ${t.goal ? html`<div class="goal"><h3>${ui.goal}</h3><p>${t.goal}</p></div>` : nothing}
        ${this.renderSpread(segments, t)}
      </div>
      ${t.indicators.length ? this.renderTable(t) : html`<p class="notice">${ui.noIndicators}</p>`}
      ${this.renderFooter(t)}
      ${this.renderLive()}
    </section>`;
  }
}

/** The data has a self-evaluation and no targets: a 决算. */
const evaluates = (data: BudgetDisclosure) => !data.overallPerformance && !data.projects?.length && hasSelfEvaluation(data);

defineElement('kpi-card', KpiCard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}
