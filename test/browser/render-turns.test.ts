/**
 * Widgets take turns (src/elements/shared/render-turns.ts): once renders have used the task's
 * budget, the next widget renders in a task of its own, so the page can paint and answer input
 * between them. The clock is made slow here (every reading 50 ms later than the last), so each
 * render uses up a turn whatever the machine's speed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { tongnan } from './theme-fixtures.js';
import type { BudgetElement } from '../../src/elements/shared/budget-element.js';
import '../../src/index.js';

/** A task boundary: resolves in a new task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

describe('render turns', () => {
  it('three charts given their data in one task render in separate tasks when each takes a turn', async () => {
    const data = await tongnan();
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:800px" lang="zh"></div>`);
    await nextTask();
    const realNow = performance.now.bind(performance);
    let offset = 0;
    performance.now = () => realNow() + (offset += 50);
    try {
      const els = [0, 1, 2].map(() => {
        const el = document.createElement('sangong-chart') as BudgetElement;
        el.data = data;
        wrap.append(el);
        return el;
      });
      await els[0]!.updateComplete;
      const drawn = () => els.map((el) => Boolean(el.shadowRoot?.querySelector('svg.plot')));
      expect(drawn(), 'after the first widget\u2019s update, in the same task').to.deep.equal([true, false, false]);
      await Promise.all(els.map((el) => el.updateComplete));
      expect(drawn(), 'each in its turn').to.deep.equal([true, true, true]);
    } finally {
      performance.now = realNow;
    }
  });

  it('fast widgets share a task: no wait when the budget is not used up', async () => {
    const data = await tongnan();
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:800px" lang="zh"></div>`);
    await nextTask();
    const realNow = performance.now.bind(performance);
    const frozen = realNow();
    performance.now = () => frozen;
    try {
      const els = [0, 1].map(() => {
        const el = document.createElement('sangong-chart') as BudgetElement;
        el.data = data;
        wrap.append(el);
        return el;
      });
      await els[0]!.updateComplete;
      expect(els.map((el) => Boolean(el.shadowRoot?.querySelector('svg.plot')))).to.deep.equal([true, true]);
    } finally {
      performance.now = realNow;
    }
  });
});
