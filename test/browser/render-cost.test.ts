/**
 * Rendering reads no style (issue 15): a chart's render asked getComputedStyle for its font size,
 * which forced a style recalculation of the whole page per element, per render (≈ 49 ms on the
 * four-tag page). The size is read when the host connects, when its box changes and when its theme
 * changes — never while rendering.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { element, tongnan } from './theme-fixtures.js';
import '../../src/index.js';

/** Calls of getComputedStyle on `el` while `run` runs. */
async function styleReads(el: Element, run: () => Promise<unknown>): Promise<number> {
  const original = window.getComputedStyle;
  let reads = 0;
  window.getComputedStyle = function (this: Window, target: Element, pseudo?: string | null) {
    if (target === el) reads++;
    return original.call(this, target, pseudo);
  } as typeof window.getComputedStyle;
  try {
    await run();
  } finally {
    window.getComputedStyle = original;
  }
  return reads;
}

describe('render cost', () => {
  for (const tag of ['sangong-chart', 'budget-summary'] as const) {
    it(`<${tag}> renders again without reading its computed style`, async () => {
      const el = await element(tag);
      const reads = await styleReads(el, async () => {
        for (let i = 0; i < 3; i++) {
          el.requestUpdate();
          await el.updateComplete;
        }
      });
      expect(el.shadowRoot!.querySelector('svg.plot'), 'the chart is drawn').to.exist;
      expect(reads).to.equal(0);
    });
  }

  it('a theme set later is still measured: high-contrast draws the chart 1.25×', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:900px" lang="zh"></div>`);
    const el = document.createElement('sangong-chart') as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
    el.data = await tongnan();
    wrap.append(el);
    await el.updateComplete;
    el.setAttribute('theme', 'high-contrast');
    await el.updateComplete;
    await el.updateComplete;
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.plot')!;
    expect(svg.width.baseVal.value / svg.viewBox.baseVal.width).to.be.closeTo(1.25, 0.01);
  });
});
