/**
 * The kit loaded twice on one page (issue 4): the ES module and the classic script are two
 * separate copies of every class — as two versions of the kit on one portal would be — and a
 * per-element module comes on top. The first definition of each element wins, nothing throws
 * (an uncaught error would surface on window), and the widgets still render.
 */
import { expect } from '@open-wc/testing';
import { recordUncaught } from '../hostile/browser.js';
import { type Bundle, CLASS_OF, ESM, expectRendered, importBuilt, label, place, runClassicScript, TAGS, WIDGETS } from '../fixtures/dist/dist.js';

describe('the built kit loaded twice', () => {
  const uncaught = recordUncaught();
  const consoleErrors: string[] = [];
  const realError = console.error;
  let first: Bundle;
  before(() => {
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args.map(String).join(' '));
      realError.apply(console, args);
    };
  });
  after(() => {
    console.error = realError;
    uncaught.stop();
  });

  it('the ES module, then the classic script: no error, each element keeps its first definition', async () => {
    first = await importBuilt(ESM);
    const defined = TAGS.map((tag) => customElements.get(tag));
    await runClassicScript();
    const second = (window as unknown as { BudgetWidgets: Bundle }).BudgetWidgets;
    expect(second, 'the classic script ran to the end').to.be.an('object');
    for (const tag of TAGS) {
      expect(second[CLASS_OF[tag]], `${tag}: the second copy is a different class`).to.not.equal(first[CLASS_OF[tag]]);
      expect(customElements.get(tag), `${tag} still the first definition`).to.equal(first[CLASS_OF[tag]]);
    }
    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(defined);
    expect(uncaught.errors).to.deep.equal([]);
  });

  it('a per-element module (dist/elements/kpi-card.js) after the bundle: no error, no redefinition', async () => {
    const mod = await importBuilt<{ KpiCard: CustomElementConstructor }>('/dist/elements/kpi-card.js');
    expect(mod.KpiCard, 'its own copy').to.not.equal(first.KpiCard);
    expect(customElements.get('kpi-card')).to.equal(first.KpiCard);
    expect(uncaught.errors).to.deep.equal([]);
  });

  for (const w of WIDGETS) {
    it(`${label(w)} still renders the published figures`, async () => {
      const el = await place(w, document.body);
      expect(el).to.be.instanceOf(first[CLASS_OF[w.tag]]);
      expectRendered(w, el);
    });
  }

  it('the other order in a fresh page (classic script, then the ES module): no error, the first definition wins', async () => {
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    const win = iframe.contentWindow! as Window & typeof globalThis & { BudgetWidgets?: Bundle };
    const doc = iframe.contentDocument!;
    const errors: string[] = [];
    win.addEventListener('error', (e) => errors.push(e.message));
    win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    await runClassicScript(undefined, doc);
    const classic = win.BudgetWidgets!;
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.equal(classic[CLASS_OF[tag]]);
    // A module script in the frame's own realm (an import() here would evaluate in this page's).
    const module = doc.createElement('script');
    module.type = 'module';
    module.src = ESM;
    await new Promise<void>((resolve, reject) => {
      module.addEventListener('load', () => resolve(), { once: true });
      module.addEventListener('error', () => reject(new Error(`${ESM} failed in the frame`)), { once: true });
      doc.head.append(module);
    });
    // The kit is one file (its lazy chunks load only on demand): it was fetched in the frame.
    const loaded = win.performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === new URL(ESM, location.href).pathname);
    expect(loaded, 'the module was loaded in the frame').to.not.be.empty;
    for (const tag of TAGS) expect(win.customElements.get(tag), `${tag} keeps the classic definition`).to.equal(classic[CLASS_OF[tag]]);
    const w = WIDGETS.find((x) => x.tag === 'budget-table')!;
    expectRendered(w, await place(w, doc.body));
    expect(errors).to.deep.equal([]);
    iframe.remove();
  });

  it('nothing was reported on window or the console', () => {
    expect(uncaught.errors).to.deep.equal([]);
    expect(consoleErrors).to.deep.equal([]);
  });
});
