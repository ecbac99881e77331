/**
 * A long list from a big file (issue 15): a `src` over 1 MB is decoded and checked in slices
 * (src/model/read-big.ts) and a list of more than 1,000 rows has its model built in slices
 * (<project-table>'s buildModel). What the reader sees must not change: the first page with the
 * exact published figures, the count, the published 合计, and sorting over the whole list. How fast
 * is the bench's business (test/bench/cold.ts), not this test's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/project-table/project-table.js';
import type { ProjectTable } from '../../src/elements/project-table/project-table.js';
import { BIG_FILE, forgetDisclosure } from '../../src/model/load.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { generateDisclosure } from '../bench/generate.js';

const PROJECTS = 3000;
const URL_PATH = '/generated/3000-projects.json';

const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const text = (n: Element) => n.textContent!.replace(/[▸▲▼↕]/g, '').replace(/\s+/g, ' ').trim();
const bodyRows = (el: Element) => $$<HTMLTableRowElement>(el, 'tbody > tr[data-id]');
const headingIndex = (el: Element, label: string) => $$(el, 'thead th').findIndex((th) => text(th) === label);
const column = (el: Element, i: number) => bodyRows(el).map((tr) => text(tr.cells[i]!));
/** A published amount as the table shows it (zh: thousands separated by commas, the decimals kept). */
const shown = (amount: string) => amount.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

describe('<project-table> with a long list from a big file', () => {
  let data: BudgetDisclosure;
  let body: string;
  const realFetch = window.fetch;
  before(() => {
    data = generateDisclosure({ projects: PROJECTS, codeRows: PROJECTS, units: 30 });
    body = JSON.stringify(data);
    expect(new TextEncoder().encode(body).length).to.be.above(BIG_FILE);
  });
  beforeEach(() => {
    forgetDisclosure();
    // Served as a portal would: its length announced, so the module reading it in slices is asked for with the body.
    window.fetch = (input, init) =>
      String(input).endsWith(URL_PATH)
        ? Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(new TextEncoder().encode(body).length) } }))
        : realFetch(input, init);
  });
  afterEach(() => {
    window.fetch = realFetch;
    forgetDisclosure();
  });

  it('shows its first page with the exact published figures, the count and the published 合计', async () => {
    const el = await fixture<ProjectTable>(html`<project-table src=${URL_PATH} style="width:1100px"></project-table>`);
    const loaded = new Promise<CustomEvent>((resolve) => el.addEventListener('budget-load', (e) => resolve(e as CustomEvent), { once: true }));
    expect(await el.loadComplete).to.be.true;
    expect((await loaded).detail.source).to.match(new RegExp(`${URL_PATH}$`));
    const table = data.tables['project-expenditure']!;
    const items = table.rows.filter((r) => r.role !== 'total');
    expect(bodyRows(el)).to.have.length(50);
    expect(text($(el, '.page-status'))).to.equal(`第 1 / ${PROJECTS / 50} 页（第 1–50 项）`);
    expect(text($(el, '.count'))).to.contain(String(PROJECTS));
    expect(column(el, 0)).to.deep.equal(items.slice(0, 50).map((r) => r.name));
    const total = headingIndex(el, '合计');
    expect(total).to.be.above(0);
    expect(column(el, total)).to.deep.equal(items.slice(0, 50).map((r) => shown(r.values.total as string)));
    const foot = $$<HTMLTableCellElement>(el, 'tfoot tr.total > *').filter((c) => !c.classList.contains('filler')).map(text);
    expect(foot).to.include(shown(table.rows.find((r) => r.role === 'total')!.values.total as string));
    // The projects add up to the published totals: no mismatch note.
    expect($(el, '.notes .warn')).to.not.exist;
  });

  it('sorts the whole list, and opens a row joined to its project', async () => {
    const el = await fixture<ProjectTable>(html`<project-table src=${URL_PATH} style="width:1100px"></project-table>`);
    expect(await el.loadComplete).to.be.true;
    const total = headingIndex(el, '合计');
    const items = data.tables['project-expenditure']!.rows.filter((r) => r.role !== 'total');
    const cents = (s: string) => Math.round(Number(s) * 100);
    const descending = [...items].sort((a, b) => cents(b.values.total as string) - cents(a.values.total as string) || items.indexOf(a) - items.indexOf(b));
    const sortButton = $$(el, 'thead th')[total]!.querySelector('button')!;
    sortButton.click();
    await el.updateComplete;
    sortButton.click();
    await el.updateComplete;
    expect($$(el, 'thead th')[total]!.getAttribute('aria-sort')).to.equal('descending');
    expect(column(el, 0)).to.deep.equal(descending.slice(0, 50).map((r) => r.name));
    expect(column(el, total)).to.deep.equal(descending.slice(0, 50).map((r) => shown(r.values.total as string)));
    const first = bodyRows(el)[0]!.querySelector<HTMLButtonElement>('button.toggle')!;
    first.click();
    await el.updateComplete;
    const project = data.projects!.find((p) => p.name === descending[0]!.name)!;
    expect(text($(el, 'tr.detail'))).to.contain(project.goal);
  });
});
