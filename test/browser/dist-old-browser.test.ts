/**
 * The BUILT kit on a browser at the support floor (README: Browser support), such as 360 安全浏览器
 * 13 (Chromium 86): every API newer than the floor is deleted before dist/budget-widgets.js loads,
 * and the element stylesheets lose what such a browser does not parse (container queries, `cqi`,
 * `field-sizing`). Every element must still render the published Tongnan figures, and the layout
 * without container queries must fit a phone (375 px) and a desktop (1280 px) column. (Widths are
 * set on a box, not the window: the runner's own messages need structuredClone, deleted here.)
 */
import { expect } from '@open-wc/testing';
import { recordUncaught } from '../hostile/browser.js';
import { expectRendered, importBuilt, label, place, TAGS, WIDGETS } from '../fixtures/dist/dist.js';
import { deleteApis, dropContainerQueries, hasApi, NEWER_APIS, overflow, shadowCss } from '../fixtures/old-browser.js';

const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];


describe('dist/budget-widgets.js on a browser at the floor (newer APIs deleted, no container queries)', () => {
  const uncaught = recordUncaught();
  const host = document.createElement('main');
  let restore = () => {};
  before(async () => {
    restore = deleteApis(NEWER_APIS);
    await importBuilt();
    dropContainerQueries(TAGS);
    document.body.append(host);
  });
  after(() => {
    // The test runner itself needs some of them to report.
    restore();
    uncaught.stop();
    host.remove();
  });

  it('the page really lacks them (the test would be vacuous otherwise)', () => {
    expect(NEWER_APIS.filter(hasApi), 'still present').to.deep.equal([]);
    expect(() => (Object as unknown as { hasOwn: unknown }).hasOwn).to.not.throw();
    expect(typeof (Object as unknown as { hasOwn: unknown }).hasOwn).to.equal('undefined');
    expect(typeof ([] as unknown as { at: unknown }).at).to.equal('undefined');
  });

  for (const width of [375, 1280]) {
    describe(`${width} px wide`, () => {
      const shown: HTMLElement[] = [];
      before(async () => {
        host.style.width = `${width}px`;
        host.replaceChildren();
        for (const w of WIDGETS) shown.push(await place(w, host));
      });
      after(() => {
        shown.length = 0;
      });

      it('no stylesheet holds a container query, container units or field-sizing', () => {
        for (const el of shown) {
          const css = shadowCss(el);
          expect(css, `${el.localName} stylesheets`).to.not.equal('');
          expect(css, el.localName).to.not.match(/@container|container-type|\dcq[iwhb]\b|field-sizing/);
          for (const base of $$(el, '[part~="base"]')) expect(getComputedStyle(base).containerType, el.localName).to.equal('normal');
        }
      });

      WIDGETS.forEach((w, i) => {
        it(`${label(w)} renders the published figures and fits in ${width} px`, () => {
          const el = shown[i]!;
          expectRendered(w, el);
          expect(el.getBoundingClientRect().width, 'the widget spans its column').to.equal(width);
          expect(overflow(el), 'nothing sticks out of the widget').to.deep.equal([]);
        });
      });

      it('the summary tiles fill the width: one column on a phone, several on a desktop', () => {
        const tiles = $$(shown[0]!, '.tile');
        expect(tiles.length).to.be.greaterThan(4);
        const columns = new Set(tiles.map((t) => Math.round(t.getBoundingClientRect().left)));
        if (width < 600) expect(columns.size, 'one column').to.equal(1);
        else expect(columns.size, 'several columns').to.be.greaterThan(2);
        const split = shown[0]!.shadowRoot!.querySelector<HTMLElement>('.tile.wide')!;
        // Without container queries the split tile keeps one column (two could overflow a narrow box).
        expect(split.getBoundingClientRect().width).to.be.closeTo(tiles[0]!.getBoundingClientRect().width, 1);
      });

      it('the project table is the narrow one: share as a percentage, no bar', () => {
        const projects = shown[2]!;
        const bars = $$(projects, 'td.share .bar');
        expect(bars).to.have.length(4);
        for (const bar of bars) expect(getComputedStyle(bar).display).to.equal('none');
        expect($$(projects, 'td.share').map((td) => td.textContent!.trim())[0]).to.match(/^\d+\.\d{2}%$/);
      });
    });
  }

  it('threw nothing', () => {
    expect(uncaught.errors).to.deep.equal([]);
  });
});
