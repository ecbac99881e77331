/**
 * The BUILT classic script on a browser at the support floor like iOS 14.5 Safari: every API newer
 * than the floor is deleted, and so are constructable stylesheets (Safari < 16.4), so Lit writes
 * a <style> into each shadow root; the stylesheets lose container queries and `cqi` (Safari < 16).
 * Every element must render the published Tongnan figures in a phone-wide column.
 */
import { expect } from '@open-wc/testing';
import { recordUncaught } from '../hostile/browser.js';
import { expectRendered, label, place, runClassicScript, TAGS, WIDGETS } from '../fixtures/dist/dist.js';
import { deleteApis, dropContainerQueries, hasApi, NEWER_APIS, shadowCss } from '../fixtures/old-browser.js';

/** Without CSSStyleSheet#replace Lit does not adopt sheets (lit's supportsAdoptingStyleSheets). */
const SAFARI_14 = [...NEWER_APIS, 'CSSStyleSheet.prototype.replace', 'CSSStyleSheet.prototype.replaceSync'];

describe('dist/budget-widgets.iife.js on a browser at the floor (iOS 14.5 Safari)', () => {
  const uncaught = recordUncaught();
  const host = document.createElement('main');
  let restore = () => {};
  before(async () => {
    restore = deleteApis(SAFARI_14);
    await runClassicScript();
    // Before any element exists: each shadow root copies the CSS text into its own <style>.
    dropContainerQueries(TAGS);
    host.style.width = '375px';
    document.body.append(host);
  });
  after(() => {
    // The test runner itself needs some of them to report.
    restore();
    uncaught.stop();
    host.remove();
  });

  it('the page really lacks them (the test would be vacuous otherwise)', () => {
    expect(SAFARI_14.filter(hasApi), 'still present').to.deep.equal([]);
  });

  for (const w of WIDGETS) {
    it(`${label(w)} renders the published figures with <style> elements and no container queries`, async () => {
      const el = await place(w, host);
      expectRendered(w, el);
      expect(el.shadowRoot!.adoptedStyleSheets, 'no adopted sheets').to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('style').length, '<style> elements').to.be.greaterThan(0);
      expect(shadowCss(el)).to.not.match(/@container|container-type|\dcq[iwhb]\b/);
      expect(el.getBoundingClientRect().width).to.equal(375);
    });
  }

  it('threw nothing', () => {
    expect(uncaught.errors).to.deep.equal([]);
  });
});
