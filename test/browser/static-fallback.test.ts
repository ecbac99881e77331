/**
 * The static fallback (issue 4, way 3) in a real page: the snippet from the pure renderer, placed
 * where the element is not defined, shows its tables and passes axe; once the element's module is
 * imported the element upgrades in place — its shadow root renders the widget and the light-DOM
 * table, still in the document, gets no layout box (no default slot). Nothing here imports an
 * element statically: each test defines its element only after checking it was undefined.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { validateDisclosure } from '../../src/model/validate.js';
import { renderSnippet, type TagOptions } from '../../src/static/index.js';

const SRC = '/data/tongnan-cac-2023.json';
let tongnan: BudgetDisclosure;
before(async () => {
  const v = validateDisclosure(await (await fetch(SRC)).json());
  if (!v.ok) throw new Error('bundled data invalid');
  tongnan = v.data;
});

interface Case {
  options: TagOptions;
  /** Loads the element's module (defines the element). */
  define: () => Promise<unknown>;
  /** A published figure the pre-rendered table must show, as a row's cells. */
  row: string;
  /** What the upgraded shadow root shows once the data is loaded. */
  ready: string;
  /** A figure the upgraded widget shows in its shadow root. */
  figure: string;
}

const CASES: Case[] = [
  { options: { widget: 'budget-summary', src: SRC }, define: () => import('../../src/elements/budget-summary/budget-summary.js'), row: '201|一般公共服务支出|275.34|258.24|-17.10|-6.21%', ready: 'svg.plot', figure: '258.24' },
  { options: { widget: 'sangong-chart', src: SRC }, define: () => import('../../src/elements/sangong-chart/sangong-chart.js'), row: '总计|7.90|7.00|-0.90|-11.39%', ready: 'svg', figure: '7.00' },
  { options: { widget: 'project-table', src: SRC }, define: () => import('../../src/elements/project-table/project-table.js'), row: '合计|102.00|102.00|102.00', ready: 'table', figure: '102.00' },
  { options: { widget: 'kpi-card', src: SRC, project: '50015223T000003492534' }, define: () => import('../../src/elements/kpi-card/kpi-card.js'), row: '权重合计|90 分', ready: 'table', figure: '承办网络宣传活动场次' },
  { options: { widget: 'budget-table', src: SRC, kind: 'gpb-expenditure' }, define: () => import('../../src/elements/budget-table/budget-table.js'), row: '2013701|行政运行|102.25|87.07|87.07|—', ready: 'table', figure: '87.07' },
];

const rowsOf = (root: ParentNode) => [...root.querySelectorAll('tr')].map((tr) => [...tr.cells].map((c) => c.textContent!.trim()).join('|'));
const hasBox = (el: Element) => el.getClientRects().length > 0;

describe('static fallback', () => {
  describe('without the element script', () => {
    for (const c of CASES) {
      it(`<${c.options.widget}> keeps its pre-rendered tables visible and accessible`, async () => {
        const el = await fixture<HTMLElement>(renderSnippet(tongnan, c.options));
        expect(customElements.get(c.options.widget), 'not defined yet').to.equal(undefined);
        expect(el.localName).to.equal(c.options.widget);
        expect(el.matches(':not(:defined)')).to.equal(true);
        expect(el.shadowRoot).to.equal(null);
        const tables = [...el.querySelectorAll('table')];
        expect(tables.length).to.be.greaterThan(0);
        for (const t of tables) {
          expect(hasBox(t), 'table rendered').to.equal(true);
          expect(t.offsetParent).to.not.equal(null);
          expect(t.caption?.textContent).to.contain('中共重庆市潼南区委网络安全和信息化委员会办公室 · 2023年 · 单位：万元');
        }
        expect(rowsOf(el)).to.include(c.row);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('after the element module is imported', () => {
    for (const c of CASES) {
      it(`<${c.options.widget}> upgrades in place: the widget renders, the light table has no layout box`, async () => {
        const el = await fixture<HTMLElement & { updateComplete?: Promise<boolean> }>(renderSnippet(tongnan, c.options));
        const light = el.querySelector('.budget-static table')!;
        expect(hasBox(light)).to.equal(true);
        expect(customElements.get(c.options.widget), 'still undefined before the import').to.equal(undefined);

        await c.define();
        expect(el.matches(':defined')).to.equal(true);
        await el.updateComplete;
        await waitUntil(() => el.shadowRoot?.querySelector(c.ready), `${c.options.widget} renders its data`, { timeout: 5000 });

        // Same node, upgraded: the pre-rendered content is still in the light DOM, but not rendered.
        expect(el.querySelector('.budget-static table')).to.equal(light);
        expect(hasBox(light), 'light table has no layout box').to.equal(false);
        expect((light as HTMLElement).offsetParent).to.equal(null);
        expect(el.getBoundingClientRect().height, 'the widget itself has height').to.be.greaterThan(50);
        expect(el.shadowRoot!.querySelector('slot:not([name])'), 'no default slot').to.equal(null);
        expect(el.shadowRoot!.textContent).to.contain(c.figure);
        await expect(el).to.be.accessible();
      });
    }
  });
});
