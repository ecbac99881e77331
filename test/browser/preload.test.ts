/**
 * A page on a slow line can start the data file's download beside the kit's own (README, "Data"):
 * `<link rel="preload" as="fetch" crossorigin href="…">`. The builder's snippet carries it. It only
 * helps if the kit's fetch takes the preloaded response instead of asking again, which needs the
 * same mode and credentials (crossorigin = cors, same-origin credentials, as the kit's fetch):
 * one request for the file, made by the link.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/sangong-chart/sangong-chart.js';
import type { SangongChart } from '../../src/elements/sangong-chart/sangong-chart.js';

/** The file under an address no other test of this page used. */
const url = `/data/tongnan-cac-2023.json?preload=${Date.now()}`;

function preload(href: string): Promise<void> {
  const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' });
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`preload of ${href} failed`));
  });
  document.head.append(link);
  return loaded;
}

describe('a preloaded data file', () => {
  it('is the response the widget shows: one request, the link’s', async () => {
    await preload(url);
    const el = await fixture<SangongChart>(html`<sangong-chart src=${url}></sangong-chart>`);
    expect(await el.loadComplete).to.equal(true);
    // The published 2023 total of 三公经费 is on screen, from the preloaded file.
    expect(el.shadowRoot!.textContent).to.include('7.00');
    const requests = performance.getEntriesByType('resource').filter((e) => e.name === new URL(url, location.href).href) as PerformanceResourceTiming[];
    expect(requests.map((r) => r.initiatorType)).to.deep.equal(['link']);
  });
});
