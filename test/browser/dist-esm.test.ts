/**
 * The built ES module on a plain page (issue 4, way 1): `dist/budget-widgets.js` and its chunks,
 * nothing from src/. One import defines the five elements; each renders the Tongnan figures from
 * `src`; the consistency checks arrive as a separate chunk only when <budget-summary show-checks>
 * asks for them.
 */
import { expect } from '@open-wc/testing';
import { recordUncaught, stable } from '../hostile/browser.js';
import { ALL_WIDGETS, type Bundle, CLASS_OF, expectRendered, importBuilt, label, place, TAGS } from '../fixtures/dist/dist.js';

const loadedChunks = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/'));

describe('dist/budget-widgets.js (ES module) on a plain page', () => {
  let kit: Bundle;
  const uncaught = recordUncaught();
  before(async () => {
    for (const tag of TAGS) expect(customElements.get(tag), `${tag} undefined before the import`).to.equal(undefined);
    kit = await importBuilt();
  });
  after(() => uncaught.stop());

  it('defines the five elements with the classes it exports', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(kit[CLASS_OF[tag]]);
    expect(kit.toCents('258.24')).to.equal(25824);
  });

  for (const w of ALL_WIDGETS) {
    it(`${label(w)} src=${w.src ?? 'tongnan'} renders the published figures`, async () => {
      const el = await place(w, document.body);
      expectRendered(w, el);
      expect(el.getBoundingClientRect().height, 'has a layout box').to.be.greaterThan(50);
      await expect(el).to.be.accessible();
    });
  }

  it('loads the consistency checks as a separate chunk, only when show-checks asks for them', async () => {
    // By difference, not by file name: the bundler names chunks as it likes.
    const before = new Set(loadedChunks());
    const el = await place({ tag: 'budget-summary', attrs: { 'show-checks': '' } }, document.body);
    await stable(el);
    expect(el.shadowRoot!.querySelector('.checks'), 'the checks are shown').to.not.equal(null);
    const added = [...new Set(loadedChunks())].filter((p) => !before.has(p));
    expect(added, 'a chunk loaded on demand').to.not.be.empty;
    for (const p of added) expect(p).to.match(/^\/dist\/chunks\/[^/]+\.js$/);
  });

  it('requests only files of dist/ and the data, all from this origin', () => {
    const foreign = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => new URL(u).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
    expect(uncaught.errors).to.deep.equal([]);
  });
});
