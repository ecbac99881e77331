/**
 * Switching an element from Chinese to English at run time: the English words are downloaded
 * then (this file's page has not loaded them before), and the next render is wholly English.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { SangongChart } from '../../src/elements/sangong-chart/sangong-chart.js';
import { loadTongnan } from '../fixtures/charts/browser.js';

const renders: string[] = [];
class ProbeChart extends SangongChart {
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    renders.push(this.shadowRoot!.querySelector('h2')?.textContent ?? '');
  }
}
customElements.define('probe-sangong', ProbeChart);

const englishDownloads = () => performance.getEntriesByType('resource').filter((e) => /\/i18n\/en\.(ts|js)(\?|$)/.test(e.name)).length;

describe('switching lang at run time', () => {
  it('re-words a Chinese element in English when its lang becomes "en", with no render in between', async () => {
    const { data } = await loadTongnan();
    const el = await fixture<SangongChart>(html`<probe-sangong lang="zh" .data=${data}></probe-sangong>`);
    expect(await el.loadComplete).to.equal(true);
    const h2 = () => el.shadowRoot!.querySelector('h2')!.textContent;
    expect(h2()).to.equal('“三公”经费预算');
    expect(englishDownloads()).to.equal(0);

    renders.length = 0;
    el.setAttribute('lang', 'en');
    // Not a load: the re-render after the English chunk arrives, seen through a MutationObserver.
    await waitUntil(() => h2() === 'Budget for the “three public expenses”', 'English');
    await el.updateComplete;
    expect(renders.every((t) => t === 'Budget for the “three public expenses”'), renders.join(' | ')).to.equal(true);
    expect(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('aria-roledescription')).to.equal('bar chart');
    expect(englishDownloads()).to.equal(1);

    el.setAttribute('lang', 'zh');
    await waitUntil(() => h2() === '“三公”经费预算', 'Chinese again');
  });
});
