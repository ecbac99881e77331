/**
 * The built classic script (issue 4: pages without modules): `<script src="dist/budget-widgets.iife.js">`
 * defines the five elements and the global `BudgetWidgets`, with everything inline (a classic
 * script cannot load chunks), and the widgets render the Tongnan figures.
 */
import { expect } from '@open-wc/testing';
import { recordUncaught, stable } from '../hostile/browser.js';
import { type Bundle, CLASS_OF, expectRendered, label, place, runClassicScript, TAGS, WIDGETS } from '../fixtures/dist/dist.js';

const global = () => (window as unknown as { BudgetWidgets?: Bundle }).BudgetWidgets;

describe('dist/budget-widgets.iife.js (classic script) on a plain page', () => {
  const uncaught = recordUncaught();
  let script: HTMLScriptElement;
  before(async () => {
    expect(global(), 'no global before the script').to.equal(undefined);
    for (const tag of TAGS) expect(customElements.get(tag), `${tag} undefined before the script`).to.equal(undefined);
    script = await runClassicScript();
  });
  after(() => uncaught.stop());

  it('runs as a classic script and exposes window.BudgetWidgets', () => {
    expect(script.type).to.equal('');
    const kit = global();
    expect(kit, 'window.BudgetWidgets').to.be.an('object');
    expect(kit!.toCents('258.24')).to.equal(25824);
  });

  it('defines the five elements with the classes of window.BudgetWidgets', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(global()![CLASS_OF[tag]]);
  });

  for (const w of WIDGETS) {
    it(`${label(w)} src=tongnan renders the published figures`, async () => {
      const el = await place(w, document.body);
      expectRendered(w, el);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the consistency checks without loading any chunk (all inline)', async () => {
    const el = await place({ tag: 'budget-summary', attrs: { 'show-checks': '' } }, document.body);
    await stable(el);
    expect(el.shadowRoot!.querySelector('.checks'), 'the checks are shown').to.not.equal(null);
    // (The script is requested twice: requireBuild's HEAD, then the <script> itself.)
    const files = new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/')));
    expect([...files]).to.deep.equal(['/dist/budget-widgets.iife.js']);
    expect(uncaught.errors).to.deep.equal([]);
  });
});
