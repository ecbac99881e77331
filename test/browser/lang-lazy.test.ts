/**
 * The English words are one module loaded on demand: a Chinese page never downloads it, and an
 * English element waits for it, so no render of it is ever Chinese. Each test file runs in its
 * own page, so the first English element here is the one that triggers the download.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { BudgetSummary } from '../../src/elements/budget-summary/budget-summary.js';
import { loadTongnan } from '../fixtures/charts/browser.js';

/** Every committed render of the probe elements, as text, in order. */
const renders: string[] = [];
class ProbeSummary extends BudgetSummary {
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    renders.push(this.shadowRoot!.textContent!.replace(/\s+/g, ' '));
  }
}
customElements.define('probe-summary', ProbeSummary);

const englishDownloads = () => performance.getEntriesByType('resource').filter((e) => /\/i18n\/en\.(ts|js)(\?|$)/.test(e.name)).length;
const loaded = async (el: BudgetSummary) => expect(await el.loadComplete).to.equal(true);

describe('English words, loaded on demand', () => {
  it('a Chinese element does not download the English words', async () => {
    const { url } = await loadTongnan();
    const el = await fixture<BudgetSummary>(html`<probe-summary lang="zh" src=${url}></probe-summary>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('部门预算概览');
    expect(englishDownloads()).to.equal(0);
  });

  it('an English element renders English from its first render on (the loading state too), never Chinese', async () => {
    const { url } = await loadTongnan();
    renders.length = 0;
    // A fresh URL (same file), so the element shows its loading state before the data.
    const el = await fixture<BudgetSummary>(html`<probe-summary lang="en" src=${`${url}?lazy-words`}></probe-summary>`);
    await loaded(el);
    expect(renders.length).to.be.at.least(2);
    expect(renders[0]).to.contain('Loading…');
    expect(renders.at(-1)).to.contain('Budget at a glance');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Budget at a glance');
    // None of the interface words of any render is Chinese (data text, such as names, is).
    for (const text of renders) for (const zh of ['加载中', '部门预算概览', '数据来源', '来源：', '单位：']) expect(text).not.to.contain(zh);
    expect(englishDownloads()).to.equal(1);
  });

  it('later English elements use the same download and render English at once', async () => {
    const { data } = await loadTongnan();
    renders.length = 0;
    const el = await fixture<BudgetSummary>(html`<probe-summary lang="en" .data=${data}></probe-summary>`);
    expect(renders).to.have.length(1);
    expect(renders[0]).to.contain('Budget at a glance').and.contain('Expenditure: 291.00 10k yuan');
    expect(el.shadowRoot!.querySelector('footer')!.textContent).to.contain('Source: ');
    expect(englishDownloads()).to.equal(1);
  });
});
