/**
 * The static fallback (issue 4, way 3) in a real page: the snippet from the pure renderer, placed
 * where the element is not defined, shows its tables and passes axe; once the element's module is
 * imported the element upgrades in place — its shadow root renders the widget and the light-DOM
 * table, still in the document, gets no layout box (no default slot). Nothing here imports an
 * element statically: each test defines its element only after checking it was undefined.
 */
import { expect, fixture } from '@open-wc/testing';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { explainDisclosure } from '../../src/model/validate.js';
import { renderSnippet, type TagOptions } from '../../src/static/index.js';

const SRC = '/data/tongnan-cac-2023.json';
/** What an upgraded widget offers to wait for its data (typed here: nothing is imported statically). */
type Loads = { loadComplete: Promise<boolean> };
let tongnan: BudgetDisclosure;
before(async () => {
  const v = explainDisclosure(await (await fetch(SRC)).json());
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
  /** With display-unit="元": a row of the pre-rendered table and a figure the upgraded widget shows. */
  yuan: { row: string; figure: string };
}

const CASES: Case[] = [
  { options: { widget: 'budget-summary', src: SRC }, define: () => import('../../src/elements/budget-summary/budget-summary.js'), row: '201|一般公共服务支出|275.34|258.24|-17.10|-6.21%', ready: 'svg.plot', figure: '258.24', yuan: { row: '201|一般公共服务支出|2,753,400.00|2,582,400.00|-171,000.00|-6.21%', figure: '2,582,400.00' } },
  { options: { widget: 'sangong-chart', src: SRC }, define: () => import('../../src/elements/sangong-chart/sangong-chart.js'), row: '总计|7.90|7.00|-0.90|-11.39%', ready: 'svg', figure: '7.00', yuan: { row: '总计|79,000.00|70,000.00|-9,000.00|-11.39%', figure: '70,000.00' } },
  { options: { widget: 'project-table', src: SRC }, define: () => import('../../src/elements/project-table/project-table.js'), row: '合计|102.00|102.00|102.00', ready: 'table', figure: '102.00', yuan: { row: '合计|1,020,000.00|1,020,000.00|1,020,000.00', figure: '1,020,000.00' } },
  { options: { widget: 'kpi-card', src: SRC, project: '50015223T000003492534' }, define: () => import('../../src/elements/kpi-card/kpi-card.js'), row: '权重合计|90 分', ready: 'table', figure: '承办网络宣传活动场次', yuan: { row: '权重合计|90 分', figure: '180,000.00 元' } },
  { options: { widget: 'budget-table', src: SRC, kind: 'gpb-expenditure' }, define: () => import('../../src/elements/budget-table/budget-table.js'), row: '2013701|行政运行|102.25|87.07|87.07|—', ready: 'table', figure: '87.07', yuan: { row: '2013701|行政运行|1,022,500.00|870,700.00|870,700.00|—', figure: '870,700.00' } },
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
        // The same widget pre-rendered with display-unit="元": the figures the element will show, in the unit it names.
        const yuan = await fixture<HTMLElement & { updateComplete?: Promise<boolean> }>(renderSnippet(tongnan, { ...c.options, displayUnit: '元' }));
        expect(yuan.getAttribute('display-unit')).to.equal('元');
        expect(rowsOf(yuan)).to.include(c.yuan.row);
        for (const meta of yuan.querySelectorAll('caption .meta')) expect(meta.textContent).to.match(/ · 单位：元$/);
        const amounts = [...yuan.querySelectorAll('td.num')].map((td) => td.textContent!.split('（')[0]!.replace(/^\+/, '')).filter((s) => /^-?[\d,]+\.\d+$/.test(s));
        expect(yuan.textContent).to.contain(c.yuan.figure);

        await c.define();
        expect(el.matches(':defined')).to.equal(true);
        expect(await (el as unknown as Loads).loadComplete, `${c.options.widget} renders its data`).to.equal(true);
        expect(el.shadowRoot!.querySelector(c.ready)).to.not.equal(null);

        // Same node, upgraded: the pre-rendered content is still in the light DOM, but not rendered.
        expect(el.querySelector('.budget-static table')).to.equal(light);
        expect(hasBox(light), 'light table has no layout box').to.equal(false);
        expect((light as HTMLElement).offsetParent).to.equal(null);
        expect(el.getBoundingClientRect().height, 'the widget itself has height').to.be.greaterThan(50);
        expect(el.shadowRoot!.querySelector('slot:not([name])'), 'no default slot').to.equal(null);
        expect(el.shadowRoot!.textContent).to.contain(c.figure);
        await expect(el).to.be.accessible();

        expect(await (yuan as unknown as Loads).loadComplete, `${c.options.widget} with display-unit renders its data`).to.equal(true);
        expect(yuan.shadowRoot!.querySelector(c.ready)).to.not.equal(null);
        const shown = yuan.shadowRoot!.textContent!;
        expect(shown).to.contain(c.yuan.figure);
        // Every amount of the fallback is one the upgraded element shows: the figures do not change on upgrade.
        expect(amounts.filter((a) => !shown.includes(a))).to.deep.equal([]);
        expect(hasBox(yuan.querySelector('.budget-static table')!)).to.equal(false);
      });
    }
  });
});
