/**
 * Loaded in an iframe under a strict Content-Security-Policy by theme-csp.test.ts: renders every
 * element with its interactive states and reports every policy violation.
 */
const violations: string[] = [];
window.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`), true);

async function run(): Promise<string[]> {
  await import('../../src/index.js');
  const tags = ['sangong-chart', 'budget-summary', 'kpi-card', 'project-table', 'budget-table'];
  const els = tags.map((tag) => {
    const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
    el.setAttribute('src', '/data/tongnan-cac-2023.json');
    if (tag === 'budget-table') el.setAttribute('kind', 'gpb-expenditure');
    // a preset: its rules are a dynamic import, adopted as a constructed stylesheet
    if (tag === 'kpi-card') el.setAttribute('theme', 'dark');
    document.body.append(el);
    return el;
  });
  // ready: the rendered shadow roots hold their content (a plain wait on the data, no timers)
  const ready = () => els.every((el) => el.shadowRoot?.querySelector('table, svg'));
  while (!ready()) await new Promise((r) => requestAnimationFrame(r));
  // the states that set inline styles: a chart tooltip, the summary tooltip, an opened project
  // (pointerenter, not focus: a frame without focus gets no focus events)
  els[0]!.shadowRoot!.querySelector<SVGElement>('.mark')!.dispatchEvent(new PointerEvent('pointerenter'));
  els[1]!.shadowRoot!.querySelector<SVGElement>('.hit')!.dispatchEvent(new PointerEvent('pointerenter'));
  els[3]!.shadowRoot!.querySelector<HTMLButtonElement>('tbody button')?.click();
  await Promise.all(els.map((el) => el.updateComplete));
  // violation events are queued as a task after the blocked change: let it run
  await new Promise((r) => setTimeout(r));
  return violations;
}

Object.assign(window, { cspResult: run() });

export {};
