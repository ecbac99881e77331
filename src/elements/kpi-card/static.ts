/**
 * <kpi-card> without script: the goal and the indicators (一级, 二级, 三级, target, weight) of the
 * department's overall targets or of one project, with the weight total and its note; on a 决算,
 * the 绩效自评 (funding line, 总分, every indicator's target against what was achieved, 分值, 得分
 * and the deviation reason), as the element shows it.
 */
import { availableProjects, selectTargets, weightStatus, weightSum } from './model.js';
import { formatTarget, formatWeight, ui as words, weightNote } from './strings.js';
import { formatCell, unitLabel, withAmountUnit } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import { html, type SafeHtml } from '../../static/escape.js';
import { caption, StaticError, num } from '../../static/shared.js';
import { departmentEvaluation, findEvaluation, hasSelfEvaluation, projectEvaluations } from '../../model/self-evaluation.js';
import { evaluationWords, fromHundredths } from '../shared/evaluation-words.js';

/** A 决算: no targets, a self-evaluation table instead (as the element decides, kpi-card.ts). */
const evaluates = (data: BudgetDisclosure) => !data.overallPerformance && !data.projects?.length && hasSelfEvaluation(data);

const WORDS = { zh: { level1: '一级指标', level2: '二级指标' }, en: { level1: 'Level 1', level2: 'Level 2' } };

/** The projects the `project` option accepts, as "code name" lines. */
export function projectChoices(data: BudgetDisclosure): string[] {
  return availableProjects(data).map((p) => (p.code ? `${p.code} ${p.name}` : p.name));
}

/**
 * The builder's choices for `project`: value (what the attribute takes) and text. A budget's
 * overall targets (value "") and its projects by code; a 决算's 绩效自评, the department's and
 * each project's by name.
 */
export function projectOptions(data: BudgetDisclosure): { value: string; text: string }[] {
  if (evaluates(data)) {
    return [
      ...(departmentEvaluation(data) ? [{ value: '', text: evaluationWords('zh').department }] : []),
      ...projectEvaluations(data).filter((e) => e.name).map((e) => ({ value: e.name, text: e.name })),
    ];
  }
  const codes = data.projects?.map((p) => p.code ?? p.name) ?? [];
  return [...(data.overallPerformance ? [{ value: '', text: words('zh').overallTitle }] : []), ...projectChoices(data).map((text, i) => ({ value: codes[i]!, text }))];
}

/** `follows`: the card has `for` (it follows a <project-table>). */
export function renderKpiCard(data: BudgetDisclosure, locale: Locale, project?: string, displayUnit?: string, follows = false): SafeHtml {
  // As the element: the amount converted from the department's unit (weights are not amounts).
  return withAmountUnit(data.department.unit, displayUnit, () => render(data, locale, project, follows));
}

function render(data: BudgetDisclosure, locale: Locale, project: string | undefined, follows: boolean): SafeHtml {
  if (evaluates(data)) return renderEvaluation(data, locale, project, follows);
  const ui = words(locale);
  const t = selectTargets(data, project);
  // A card that follows the table and has no overall targets to show first invites a choice, as the element does.
  if (!t && follows && !project?.trim() && availableProjects(data).length) return html`<p>${ui.linkedHint}</p>`;
  if (!t) {
    const list = projectChoices(data);
    const asked = project?.trim();
    const zh = asked ? words('zh').notFound(asked) : words('zh').noOverall;
    const en = asked ? words('en').notFound(asked) : words('en').noOverall;
    throw new StaticError(
      list.length ? { zh: `${zh}${words('zh').available}${list.join('；')}。`, en: `${en} ${words('en').available} ${list.join('; ')}.` } : { zh: `${zh}${words('zh').noProjects}`, en: `${en} ${words('en').noProjects}` },
      availableProjects(data).map((p) => p.code ?? p.name),
    );
  }
  const colon = locale === 'zh' ? '：' : ': ';
  const w = (n: number | undefined | null) => (n === undefined || n === null ? '—' : formatWeight(n, t.weightUnit, locale));
  const levels = t.indicators.some((i) => i.level1 || i.level2);
  const title = t.kind === 'project' ? `${ui.projectTitle} — ${t.name}` : ui.overallTitle;
  const total = weightSum(t.indicators);
  const totalText = total === null ? '' : formatWeight(total, t.weightUnit, locale);
  const note = total === null ? '' : weightNote(weightStatus(total, t.weightUnit), totalText, locale);
  const facts = [
    t.amount !== undefined ? `${t.kind === 'project' ? ui.amountProject : ui.amountOverall}${colon}${formatCell(t.amount, locale)} ${unitLabel(data.department.unit, locale)}` : '',
    t.code ? `${ui.code}${colon}${t.code}` : '',
  ].filter(Boolean);
  return html`${facts.length ? html`<p>${facts.join(locale === 'zh' ? '；' : '; ')}</p>\n` : ''}${t.goal ? html`<p>${ui.goal}${colon}${t.goal}</p>\n` : ''}${
    t.indicators.length
      ? html`<table>
${caption(title, data, data.department.unit, locale)}
<thead><tr>${levels ? html`<th scope="col">${WORDS[locale].level1}</th><th scope="col">${WORDS[locale].level2}</th>` : ''}<th scope="col">${ui.indicator}</th><th scope="col">${ui.target}</th><th scope="col">${ui.weight}</th></tr></thead>
<tbody>
${t.indicators.map(
  (i) => html`<tr>${levels ? html`<td>${i.level1 || '—'}</td><td>${i.level2 || '—'}</td>` : ''}<th scope="row">${i.name}</th><td>${formatTarget(i, locale)}</td>${num(w(i.weight))}</tr>\n`,
)}</tbody>${
          total === null
            ? ''
            : html`
<tfoot><tr><th scope="row" colspan="${levels ? 4 : 2}">${ui.total}</th>${num(totalText)}</tr></tfoot>`
        }
</table>${note ? html`\n<p>${note}</p>` : ''}`
      : html`<p>${ui.noIndicators}</p>`
  }`;
}

/** A 决算's 绩效自评: the department's, or the project `project` names. */
function renderEvaluation(data: BudgetDisclosure, locale: Locale, project: string | undefined, follows: boolean): SafeHtml {
  const w = evaluationWords(locale);
  const asked = project?.trim();
  const projects = projectEvaluations(data);
  if (!asked && follows && projects.length) return html`<p>${words(locale).linkedHint}</p>`;
  const e = asked ? findEvaluation(projects, asked) : departmentEvaluation(data);
  if (!e) {
    const names = projects.map((p) => p.name).filter(Boolean);
    const say = (l: Locale) => (asked ? evaluationWords(l).notFound(asked) : evaluationWords(l).none);
    throw new StaticError(
      names.length ? { zh: `${say('zh')}${evaluationWords('zh').available}${names.join('；')}。`, en: `${say('en')} ${evaluationWords('en').available} ${names.join('; ')}.` } : { zh: say('zh'), en: say('en') },
      names,
    );
  }
  const colon = locale === 'zh' ? '：' : ': ';
  const sep = locale === 'zh' ? '；' : '; ';
  const unit = unitLabel(e.unit, locale);
  const f = e.funds;
  const funds = f
    ? [
        ...(['initialBudget', 'fullBudget', 'executed'] as const).filter((k) => f[k] !== undefined).map((k) => `${w[k]}${colon}${formatCell(f[k], locale)} ${unit}`),
        ...(f.rate ? [`${w.rate}${colon}${f.rate}`] : []),
      ]
    : [];
  const scores = [
    e.total?.score ? `${w.score}${colon}${e.total.score}${e.total.points ? ` ${w.outOf(e.total.points)}` : ''}` : '',
    f?.score && f.points ? w.fundScore(f.score, f.points) : '',
  ].filter(Boolean);
  const title = `${e.owner === 'project' ? w.project : w.department} — ${e.name}`;
  const lost = (n: number | null) => (n !== null && n > 0 ? ` ${w.lost(fromHundredths(n))}` : '');
  return html`${funds.length ? html`<p>${funds.join(sep)}</p>\n` : ''}${scores.length ? html`<p>${scores.join(sep)}</p>\n` : ''}${
    e.indicators.length
      ? html`<table>
${caption(title, data, e.unit, locale)}
<thead><tr><th scope="col">${WORDS[locale].level1}</th><th scope="col">${WORDS[locale].level2}</th><th scope="col">${w.indicator}</th><th scope="col">${w.target}</th><th scope="col">${w.actual}</th><th scope="col">${w.points}</th><th scope="col">${w.scored}</th><th scope="col">${w.deviation}</th></tr></thead>
<tbody>
${e.indicators.map(
  (i) => html`<tr><td>${i.level1 ?? '—'}</td><td>${i.level2 ?? '—'}</td><th scope="row">${i.name}</th><td>${i.target ?? '—'}</td><td>${i.actual ?? '—'}</td>${num(i.points ?? '—')}${num(`${i.score ?? '—'}${lost(i.lost)}`)}<td>${i.deviation ?? ''}</td></tr>\n`,
)}</tbody>
</table>`
      : html`<p>${w.noIndicators}</p>`
  }`;
}
