/**
 * Loaded in an iframe under a strict Content-Security-Policy by theme-csp.test.ts: renders every
 * element with its interactive states and reports every policy violation.
 */
import { BUDGET_WIDGET_NAMES as WIDGET_NAMES, type WidgetName } from '../../src/widgets/registry.js';
import { SHOWING_ATTRS } from '../fixtures/widgets.js';

const violations: string[] = [];
window.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`), true);

async function run(): Promise<string[]> {
  await import('../../src/index.js');
  const els = WIDGET_NAMES.map((tag) => {
    const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean>; loadComplete: Promise<boolean> };
    el.setAttribute('src', '/data/tongnan-cac-2023.json');
    for (const [k, v] of Object.entries(SHOWING_ATTRS[tag] ?? {})) el.setAttribute(k, v);
    // a preset: its rules are a dynamic import, adopted as a constructed stylesheet
    if (tag === 'kpi-card') el.setAttribute('theme', 'dark');
    document.body.append(el);
    return el;
  });
  // ready: every element shows its data
  await Promise.all(els.map((el) => el.loadComplete));
  const shadow = (tag: string) => els[WIDGET_NAMES.indexOf(tag as WidgetName)]!.shadowRoot!;
  // the states that set inline styles: a chart tooltip, the summary tooltip, an opened project
  // (pointerenter, not focus: a frame without focus gets no focus events)
  shadow('sangong-chart').querySelector<SVGElement>('.mark')!.dispatchEvent(new PointerEvent('pointerenter'));
  shadow('budget-summary').querySelector<SVGElement>('.hit')!.dispatchEvent(new PointerEvent('pointerenter'));
  shadow('project-table').querySelector<HTMLButtonElement>('tbody button')?.click();
  await Promise.all(els.map((el) => el.updateComplete));
  // violation events are queued as a task after the blocked change: let it run
  await new Promise((r) => setTimeout(r));
  return violations;
}

Object.assign(window, { cspResult: run() });

