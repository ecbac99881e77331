/**
 * Hostile 决算 files in the widgets that read a 决算 (issue 13): the fictional 决算 with markup,
 * bidi overrides and 100,000-letter runs in its self-evaluation texts, scores that are not numbers,
 * projects named "__proto__" and "constructor", no 总分 rows, empty tables, and 1,000 evaluated
 * projects (<budget-table> draws every row of a table, so it is left out of that case). Every widget shows the data or a plain failure: no uncaught error, no injected markup,
 * never stuck loading. The budget-file side of <budget-execution> (budget-src) is tested in
 * budget-execution.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { BudgetDisclosure, Row } from '../../src/model/schema.js';
import { latinRun } from '../hostile/attack.js';
import { deepText, frame, injectedMarkup, make, recordUncaught, whenSettled } from '../hostile/browser.js';

type Json = BudgetDisclosure;
const FINAL_URL = '/data/example-district-2024-final.json';
const final = (await (await fetch(FINAL_URL)).json()) as Json;

const ELEMENTS: readonly { tag: string; attrs: Record<string, string> }[] = [
  { tag: 'kpi-card', attrs: {} },
  { tag: 'kpi-card', attrs: { project: '__proto__' } },
  { tag: 'kpi-card', attrs: { indicator: '1' } },
  { tag: 'project-table', attrs: {} },
  { tag: 'budget-execution', attrs: {} },
  { tag: 'budget-summary', attrs: {} },
  { tag: 'sangong-chart', attrs: {} },
  { tag: 'budget-table', attrs: { kind: 'project-self-evaluation' } },
];

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const RLO = '\u202e';

/** Every text of the self-evaluation rows (and the project names) with `suffix` appended. */
function suffixEvaluations(data: Json, suffix: string): Json {
  const j = structuredClone(data);
  for (const kind of ['dept-self-evaluation', 'project-self-evaluation'] as const) {
    for (const r of j.tables[kind]!.rows) {
      r.name += suffix;
      for (const k of Object.keys(r.text ?? {})) if (k !== 'points' && k !== 'score' && k !== 'rate') r.text![k] += suffix;
    }
  }
  return j;
}

const CASES: readonly { name: string; data: () => Json }[] = [
  { name: 'markup and a right-to-left override in every self-evaluation text', data: () => suffixEvaluations(final, `${RLO}${MARKUP}`) },
  {
    // In the texts a reader meets first (as longRuns does for a budget): a project's name, an indicator, a reason.
    name: 'a 100,000-letter run in a project name, an indicator and a deviation reason',
    data: () => {
      const j = structuredClone(final);
      const run = latinRun(100_000);
      const dept = j.tables['dept-self-evaluation']!.rows;
      dept[1]!.name += run;
      dept[4]!.text = { ...dept[4]!.text, deviation: `${dept[4]!.text?.deviation ?? ''}${run}` };
      for (const r of j.tables['project-self-evaluation']!.rows) if (r.text?.project === '教育信息化建设（智慧校园）') r.text.project += run;
      return j;
    },
  },
  {
    name: 'scores that are not numbers, no 总分 rows, projects named __proto__ and constructor, rows without a project',
    data: () => {
      const j = structuredClone(final);
      const odd = ['优', '', '—', '9.999', '-5', '1e3', 'NaN'];
      const t = j.tables['project-self-evaluation']!;
      t.rows = t.rows
        .filter((r) => r.role !== 'total')
        .map((r, i): Row => ({ ...r, text: { ...r.text, project: ['__proto__', 'constructor', 'toString'][i % 3]!, points: odd[i % odd.length]!, score: odd[(i + 3) % odd.length]!, ...(i % 5 === 0 ? { rate: '∞%' } : {}) } }));
      t.rows.push({ name: '无项目的行', values: {}, text: { points: '5', score: '6' } });
      j.tables['dept-self-evaluation']!.rows = j.tables['dept-self-evaluation']!.rows.filter((r) => r.role !== 'total');
      return j;
    },
  },
  {
    name: 'empty self-evaluation tables',
    data: () => {
      const j = structuredClone(final);
      j.tables['dept-self-evaluation']!.rows = [];
      j.tables['project-self-evaluation']!.rows = [];
      return j;
    },
  },
  {
    // Each element validates its own copy of the data given as a property, so the count stays moderate here;
    // the bench measures 10,000 projects.
    name: '1,000 evaluated projects',
    data: () => {
      const j = structuredClone(final);
      const t = j.tables['project-self-evaluation']!;
      const one = t.rows.filter((r) => r.text?.project === '教育工委党建工作经费');
      t.rows = Array.from({ length: 1000 }, (_, n) => one.map((r) => ({ ...r, text: { ...r.text, project: `项目${n}` } }))).flat();
      return j;
    },
  },
];

let slot: HTMLElement;
let uncaught: ReturnType<typeof recordUncaught>;
beforeEach(async () => {
  uncaught = recordUncaught();
  (window as { __pwned?: unknown }).__pwned = undefined;
  slot = await fixture<HTMLElement>(html`<div style="width: 720px"></div>`);
});
afterEach(() => {
  uncaught.stop();
  expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
  expect((window as { __pwned?: unknown }).__pwned, 'script from the data ran').to.equal(undefined);
});

describe('hostile 决算 files', () => {
  for (const c of CASES) {
    const data = c.data();
    // <budget-table> draws every row of a table (11,000 here): a long table without 类/款/项 has no paging yet.
    for (const e of ELEMENTS.filter((x) => !(c.name.startsWith('1,000') && x.tag === 'budget-table'))) {
      const label = `<${e.tag}${Object.entries(e.attrs).map(([k, v]) => ` ${k}="${v}"`).join('')}>`;
      it(`${label} with ${c.name}: shows it or says why, runs no markup`, async () => {
        const el = make(e.tag, e.attrs) as HTMLElement & { data?: unknown };
        el.data = data;
        slot.replaceChildren(el);
        await whenSettled(el, 20000);
        await frame();
        expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'still loading').to.equal(null);
        expect(deepText(el).trim().length, 'shows nothing').to.be.greaterThan(20);
        expect(injectedMarkup(el)).to.deep.equal([]);
        // Data text with a bidi override is isolated wherever it is shown (FSI … PDI).
        if (c.name.startsWith('markup')) expect(deepText(el).includes(RLO) ? deepText(el).includes('\u2068') : true).to.equal(true);
      });
    }
  }

  it('<kpi-card project="__proto__"> on projects named __proto__ shows that project, not Object.prototype', async () => {
    const el = make('kpi-card', { project: '__proto__' }) as HTMLElement & { data?: unknown };
    el.data = CASES[2]!.data();
    slot.replaceChildren(el);
    await whenSettled(el, 20000);
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('__proto__');
    // Scores that are not numbers are shown as published, never compared: no "扣 N 分".
    expect(deepText(el)).to.not.include('扣');
  });
});
