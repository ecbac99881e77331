/**
 * The 绩效自评 (self-evaluation) views of a 决算, loaded on demand: <kpi-card> shows the
 * department's or one project's evaluation (total score, funding line, every indicator's target
 * against what was achieved, 分值, 得分, the deviation reasons); <project-table> lists the projects
 * with their funding and scores and opens one project's indicators. A budget page never downloads
 * this module: an element imports it once its data holds a self-evaluation table
 * (BudgetElement.viewFor), and adds its styles to its own shadow root.
 *
 * Every figure and text is shown as published. Only two things are derived, and they say so: the
 * points an indicator lost (分值 − 得分, exact in hundredths) and how many indicators lost any.
 */
import { adoptStyles, css, nothing, supportsAdoptingStyleSheets, type LitElement, type TemplateResult } from 'lit';
import { html } from './data-text.js';
import { formatCell, unitLabel } from './format.js';
import type { Locale } from './locale.js';
import { iso } from './text-safety.js';
import { evaluationWords, fromHundredths } from './evaluation-words.js';
import {
  departmentEvaluation,
  findEvaluation,
  groupEvaluationIndicators,
  hundredths,
  lostIndicators,
  projectEvaluations,
  type EvaluationIndicator,
  type SelfEvaluation,
} from '../../model/self-evaluation.js';
import type { BudgetDisclosure } from '../../model/schema.js';

export { departmentEvaluation, findEvaluation, projectEvaluations, hundredths, type SelfEvaluation };



const styles = css`
  .score { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25em 0.5em; margin: 0; }
  .score .value { font-size: var(--_kpi-big, 3rem); font-weight: 700; line-height: 1.1; color: var(--_accent); font-variant-numeric: tabular-nums; }
  .score .of { color: var(--_muted); }
  .summary { margin: 0; font-size: 0.9375em; }
  .eval-scroll { overflow-x: auto; max-width: 100%; }
  .eval-scroll:focus-visible { outline: var(--_focus-width, 3px) solid var(--_focus-color); outline-offset: 2px; }
  .eval th, .eval td { border-bottom: 1px solid var(--_border); padding: 0.375em 0.5em; text-align: start; vertical-align: top; }
  .eval thead th { background: var(--_surface); font-weight: 600; border-bottom: 2px solid var(--_text); }
  .eval { border-collapse: collapse; width: 100%; font-size: 0.875em; }
  .eval caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  .eval tr.l1 th { background: var(--_surface); font-weight: 600; border-top: 2px solid var(--_border); }
  .eval tr.l2 th { font-weight: 600; color: var(--_muted); padding-inline-start: 0.75em; }
  .eval th.name { font-weight: normal; padding-inline-start: 1.5em; }
  .eval .num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  /* Lost points are said in words ("扣 1 分"), the border only draws the eye: never colour alone. */
  .lost { display: inline-block; margin-inline-start: 0.5em; padding: 0 0.375em; border: 1px solid var(--_error); border-radius: var(--_radius, 4px); color: var(--_error); font-size: 0.875em; }
  /* Narrow cards: the text columns keep a readable width (the region scrolls past it), the lost points go under the score. */
  .eval th.name { min-inline-size: 6em; }
  .eval td.text { min-inline-size: 4.5em; }
  @container (max-width: 30rem) {
    .eval th, .eval td { padding: 0.375em 0.25em; }
    .eval th.name { padding-inline-start: 0.75em; min-inline-size: 4.5em; }
    .eval td.text { min-inline-size: 3.5em; }
    .lost { display: block; margin: 0.25em 0 0 auto; width: max-content; }
  }
  .eval tr.why td { border-top: 0; padding-inline-start: 1.5em; color: var(--_muted); font-size: 0.9375em; }
  .eval tr.has-why > * { border-bottom: 0; }
  .funds { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0; font-size: 0.875em; }
  .funds div { display: flex; gap: 0.5em; }
  .funds dt { color: var(--_muted); }
  .funds dd { margin: 0; font-variant-numeric: tabular-nums; }
  @media print { .eval tr { break-inside: avoid; } .eval-scroll { overflow: visible; } }
`;

const adopted = new WeakSet<Node>();

/** Adds the views' styles to an element's shadow root, once, beside what it has (its own, a theme's). */
export function adoptEvaluationStyles(host: LitElement): void {
  const root = host.renderRoot as ShadowRoot;
  if (adopted.has(root)) return;
  adopted.add(root);
  adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, styles.styleSheet!] : [styles]);
}

/** The funding line as a description list: 年初预算数, 全年预算数, 全年执行数 (with the unit), 执行率. */
export function renderFunds(e: SelfEvaluation, locale: Locale): TemplateResult | typeof nothing {
  const f = e.funds;
  if (!f) return nothing;
  const w = evaluationWords(locale);
  const unit = unitLabel(e.unit, locale);
  const items: [string, string][] = [];
  for (const k of ['initialBudget', 'fullBudget', 'executed'] as const) if (f[k] !== undefined) items.push([w[k], `${formatCell(f[k], locale)} ${unit}`]);
  if (f.rate) items.push([w.rate, f.rate]);
  return items.length ? html`<dl class="funds">${items.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>` : nothing;
}

/** 得分 with the lost points beside it, in words. */
function scoreCell(i: EvaluationIndicator, locale: Locale): TemplateResult {
  const lost = i.lost !== null && i.lost > 0 ? html`<span class="lost">${evaluationWords(locale).lost(fromHundredths(i.lost))}</span>` : nothing;
  return html`${i.score ?? '—'}${lost}`;
}

/**
 * The indicators grouped 一级 → 二级, each with 年度指标值, 实际完成值, 分值, 得分 and, on a row of
 * its own under it, the published deviation reason. `ids` prefixes the header ids, unique in the
 * shadow root (a project table may have several open).
 */
export function renderIndicators(e: SelfEvaluation, locale: Locale, ids = 'e'): TemplateResult {
  const w = evaluationWords(locale);
  if (!e.indicators.length) return html`<p class="notice">${w.noIndicators}</p>`;
  const cols = [
    ['target', w.target, 'text'],
    ['actual', w.actual, 'text'],
    ['points', w.points, 'num'],
    ['score', w.scored, 'num'],
  ] as const;
  const col = (k: string) => `${ids}-c-${k}`;
  return html`<div class="eval-scroll" tabindex="0" role="region" aria-label=${w.scroll}>
    <table part="table" class="eval">
      <caption>${w.indicators}</caption>
      <thead><tr>
        <th scope="col" id=${col('name')}>${w.indicator}</th>
        ${cols.map(([k, label, cls]) => html`<th scope="col" id=${col(k)} class=${cls}>${label}</th>`)}
      </tr></thead>
      ${groupEvaluationIndicators(e.indicators).map((g1, a) => {
        const id1 = `${ids}-g${a}`;
        return html`<tbody>
          ${g1.level1 !== null ? html`<tr class="l1"><th id=${id1} colspan="5">${g1.level1}</th></tr>` : nothing}
          ${g1.groups.map((g2, b) => {
            const id2 = `${id1}-${b}`;
            const up = [g1.level1 !== null ? id1 : '', g2.level2 !== null ? id2 : ''].filter(Boolean).join(' ');
            return html`${g2.level2 !== null ? html`<tr class="l2"><th id=${id2} colspan="5" headers=${g1.level1 !== null ? id1 : nothing}>${g2.level2}</th></tr>` : nothing}
              ${g2.indicators.map((i) => {
                const idi = `${ids}-i${i.index}`;
                const cells = { target: i.target ?? '—', actual: i.actual ?? '—', points: i.points ?? '—', score: scoreCell(i, locale) };
                return html`<tr class=${i.deviation ? 'has-why' : ''}>
                    <th class="name" id=${idi} headers=${[up, col('name')].filter(Boolean).join(' ')}>${i.name}</th>
                    ${cols.map(([k, , cls]) => html`<td class=${cls} headers="${up} ${idi} ${col(k)}">${cells[k]}</td>`)}
                  </tr>
                  ${i.deviation ? html`<tr class="why"><td colspan="5" headers="${up} ${idi}">${w.deviation}${locale === 'en' ? ': ' : '：'}${i.deviation}</td></tr>` : nothing}`;
              })}`;
          })}
        </tbody>`;
      })}
    </table>
  </div>`;
}

/** "9 项指标中 1 项扣分：高中阶段毛入学率（扣 1 分）。" or "9 项指标全部得满分。"; nothing when no indicator has a comparable score. */
export function renderSummary(e: SelfEvaluation, locale: Locale): TemplateResult | typeof nothing {
  const w = evaluationWords(locale);
  const scored = e.indicators.filter((i) => i.lost !== null);
  if (!scored.length) return nothing;
  const lost = lostIndicators(e);
  if (!lost.length) return html`<p class="summary">${w.full(scored.length)}</p>`;
  const [open, close] = locale === 'en' ? [' (', ')'] : ['（', '）'];
  const items = lost.map((i) => `${iso(i.name)}${open}${w.lost(fromHundredths(i.lost!))}${close}`).join(w.sep);
  return html`<p class="summary">${w.partly(scored.length, lost.length)}${items}${locale === 'en' ? '.' : '。'}</p>`;
}

/** The published 总分: "98.98 / 100 分", large. */
function renderScore(e: SelfEvaluation, locale: Locale): TemplateResult | typeof nothing {
  const w = evaluationWords(locale);
  if (!e.total?.score) return nothing;
  return html`<p class="score"><span class="label">${w.score}</span><strong class="value">${e.total.score}</strong>${e.total.points ? html`<span class="of">${w.outOf(e.total.points)}</span>` : nothing}</p>`;
}

/** The evaluation <kpi-card> shows for `project` (a name; unset: the department's), or null. */
export function selectEvaluation(data: BudgetDisclosure, project: string | undefined): SelfEvaluation | null {
  return project?.trim() ? (findEvaluation(projectEvaluations(data), project) ?? null) : departmentEvaluation(data);
}

export interface CardOptions {
  readonly locale: Locale;
  /** The project asked for (to say it was not found). */
  readonly project?: string;
  /** One indicator, by name or 1-based position: the big-number view. */
  readonly indicator?: string;
  readonly single: boolean;
  /** The card follows a <project-table> (`for`): until a project is opened it invites a choice. */
  readonly follows?: boolean;
  /** The polite live region of the card, kept in every state. */
  readonly live: TemplateResult;
}

/** Not found: which evaluation was asked for, and the ones there are. */
function renderMissing(data: BudgetDisclosure, o: CardOptions): TemplateResult {
  const w = evaluationWords(o.locale);
  const names = projectEvaluations(data).map((e) => e.name).filter(Boolean);
  return html`<section part="base" class="base" aria-labelledby="title">
    <header part="header"><h2 id="title">${o.project?.trim() ? w.project : w.department}</h2></header>
    <p class="notice">${o.project?.trim() ? w.notFound(iso(o.project.trim())) : w.none}</p>
    ${names.length ? html`<p class="notice">${w.available}</p><ul class="options">${names.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
    ${o.live}
  </section>`;
}

/** One indicator, large: its name, the target against what was achieved, its score and the reason. */
function renderSingle(e: SelfEvaluation, o: CardOptions): TemplateResult {
  const w = evaluationWords(o.locale);
  const q = o.indicator?.trim() ?? '';
  let i = q ? e.indicators.find((x) => x.name === q) : e.indicators[0];
  if (!i && /^\d+$/.test(q)) i = e.indicators[Number(q) - 1];
  const context = e.owner === 'project' ? e.name : w.department;
  if (!i) {
    return html`<section part="base" class="base single" aria-labelledby="title">
      <header part="header"><h2 id="title">${context}</h2></header>
      ${q ? html`<p class="notice">${w.indicatorNotFound(iso(q))}</p><ol class="options">${e.indicators.map((x) => html`<li>${x.name}</li>`)}</ol>` : html`<p class="notice">${w.noIndicators}</p>`}
      ${o.live}
    </section>`;
  }
  const levels = [i.level1, i.level2].filter(Boolean).join(' · ');
  return html`<section part="base" class="base single" aria-labelledby="title">
    <header part="header"><p class="eyebrow">${context}</p></header>
    <figure class="big">
      <figcaption class="big-label" id="title">${i.name}</figcaption>
      <p class="big-value"><span class="num">${i.actual ?? '—'}</span></p>
      <p class="levels">${[i.target ? w.targetWas(iso(i.target)) : '', levels ? iso(levels) : ''].filter(Boolean).join(' · ')}</p>
      ${i.score !== undefined || i.points !== undefined ? html`<p class="levels">${w.scored} ${scoreCell(i, o.locale)} ${i.points ? w.outOf(i.points) : ''}</p>` : nothing}
      ${i.deviation ? html`<p class="levels">${w.deviation}${o.locale === 'en' ? ': ' : '：'}${i.deviation}</p>` : nothing}
    </figure>
    ${o.live}
  </section>`;
}

/** The whole <kpi-card> on a self-evaluation: header, score, funding, summary, indicators. */
export function renderEvaluationCard(data: BudgetDisclosure, o: CardOptions): TemplateResult {
  const w0 = evaluationWords(o.locale);
  if (o.follows && !o.project?.trim() && projectEvaluations(data).length) {
    return html`<section part="base" class="base" aria-labelledby="title">
      <header part="header"><h2 id="title">${w0.project}</h2></header><p class="hint">${w0.linkedHint}</p>${o.live}
    </section>`;
  }
  const e = selectEvaluation(data, o.project);
  if (!e) return renderMissing(data, o);
  if (o.single || o.indicator) return renderSingle(e, o);
  const w = evaluationWords(o.locale);
  const f = e.funds;
  const fundScore = f?.score && f.points ? html`<p class="hint">${w.fundScore(f.score, f.points)}</p>` : nothing;
  return html`<section part="base" class="base" aria-labelledby="title">
    <header part="header">
      <p class="eyebrow">${e.owner === 'project' ? w.project : w.department}</p>
      <h2 id="title">${e.name || '—'}</h2>
      ${renderFunds(e, o.locale)}
    </header>
    <div class="overview">
      <div>${renderScore(e, o.locale)}${fundScore}</div>
      ${renderSummary(e, o.locale)}
    </div>
    ${renderIndicators(e, o.locale)}
    ${o.live}
  </section>`;
}

/** A project's expanded row in <project-table>: its funding and its indicators. */
export function renderEvaluationDetail(e: SelfEvaluation, locale: Locale, ids: string): TemplateResult {
  return html`<div class="detail-body">${renderFunds(e, locale)}${renderSummary(e, locale)}${renderIndicators(e, locale, ids)}</div>`;
}
