/**
 * Rendering reads no style (issue 15): a chart's render asked getComputedStyle for its font size,
 * which forced a style recalculation of the whole page per element, per render (≈ 49 ms on the
 * four-tag page). The size is read in the ResizeObserver's callback, right after the browser's own
 * layout (where it forces nothing), and once more after a theme changes — never while rendering.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { element, tongnan } from './theme-fixtures.js';
import '../../src/index.js';

/** Calls of getComputedStyle on `el` from inside its updates (where a read forces style) while `run` runs. */
async function styleReads(el: Element, run: () => Promise<unknown>): Promise<number> {
  const original = window.getComputedStyle;
  const host = el as unknown as { performUpdate(): void };
  const perform = host.performUpdate;
  let updating = false;
  let reads = 0;
  host.performUpdate = function (this: typeof host) {
    updating = true;
    try {
      perform.call(this);
    } finally {
      updating = false;
    }
  };
  window.getComputedStyle = function (this: Window, target: Element, pseudo?: string | null) {
    if (target === el && updating) reads++;
    return original.call(this, target, pseudo);
  } as typeof window.getComputedStyle;
  try {
    await run();
  } finally {
    window.getComputedStyle = original;
    delete (host as Partial<typeof host>).performUpdate;
  }
  return reads;
}

describe('render cost', () => {
  it('connecting a widget reads no layout or style (the width comes from the ResizeObserver)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
    const el = document.createElement('sangong-chart');
    el.setAttribute('src', '/data/tongnan-cac-2023.json?connect');
    const calls: string[] = [];
    const [style, rect] = [window.getComputedStyle, Element.prototype.getBoundingClientRect];
    window.getComputedStyle = function (this: Window, target: Element, pseudo?: string | null) {
      if (target === el) calls.push('getComputedStyle');
      return style.call(this, target, pseudo);
    } as typeof window.getComputedStyle;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if (this === el) calls.push('getBoundingClientRect');
      return rect.call(this);
    };
    try {
      wrap.append(el);
    } finally {
      window.getComputedStyle = style;
      Element.prototype.getBoundingClientRect = rect;
    }
    expect(calls).to.deep.equal([]);
    expect(await (el as HTMLElement & { loadComplete: Promise<boolean> }).loadComplete).to.equal(true);
    // Drawn at the box's width all the same.
    expect(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('width')).to.equal('700');
  });

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
