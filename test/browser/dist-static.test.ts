/**
 * The static fallback with the BUILT kit (issue 4, way 3): the snippets `budget-kit render` prints
 * (made here by the same pure renderer, src/static — the fixture, not the code under test) show
 * their tables and pass axe while no script has run; then dist/budget-widgets.js is imported and
 * the very same nodes upgrade in place: the light-DOM table stays in the document without a layout
 * box, and each widget shows the published figures from its src.
 */
import { expect } from '@open-wc/testing';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { explainDisclosure } from '../../src/model/validate.js';
import { renderSnippet, type TagOptions } from '../../src/static/index.js';
import { stable, whenSettled } from '../hostile/browser.js';
import { expectRendered, importBuilt, PROJECT1, requireBuild, TAGS, TONGNAN, WIDGETS } from '../fixtures/dist/dist.js';

/** Each widget's options, and a row of its pre-rendered table (cells joined by |). */
const CASES: { options: TagOptions; row: string }[] = [
  { options: { widget: 'budget-summary', src: TONGNAN }, row: '201|一般公共服务支出|275.34|258.24|-17.10|-6.21%' },
  { options: { widget: 'sangong-chart', src: TONGNAN }, row: '总计|7.90|7.00|-0.90|-11.39%' },
  { options: { widget: 'project-table', src: TONGNAN }, row: '合计|102.00|102.00|102.00' },
  { options: { widget: 'kpi-card', src: TONGNAN, project: PROJECT1 }, row: '权重合计|90 分' },
  { options: { widget: 'budget-table', src: TONGNAN, kind: 'gpb-expenditure' }, row: '201|一般公共服务支出|275.34|258.24|156.24|102.00' },
];

/** Snippets rendered with display-unit="元" (`budget-kit render --display-unit 元`), a row each pre-renders, and a published 万元 figure neither shows. */
const YUAN: { options: TagOptions; row: string; published: string }[] = [
  { options: { widget: 'budget-table', src: TONGNAN, kind: 'gpb-expenditure', displayUnit: '元' }, row: '201|一般公共服务支出|2,753,400.00|2,582,400.00|1,562,400.00|1,020,000.00', published: '258.24' },
  { options: { widget: 'sangong-chart', src: TONGNAN, displayUnit: '元' }, row: '总计|79,000.00|70,000.00|-9,000.00|-11.39%', published: '7.90' },
];
/** The amounts of a pre-rendered table ("1,890,000.00（64.95%）" → "1,890,000.00"). */
const amountsOf = (root: ParentNode) =>
  [...root.querySelectorAll('td.num')].map((td) => td.textContent!.split('（')[0]!.replace(/^\+/, '')).filter((s) => /^-?[\d,]+\.\d+$/.test(s));

const rowsOf = (root: ParentNode) => [...root.querySelectorAll('tr')].map((tr) => [...tr.cells].map((c) => c.textContent!.trim()).join('|'));
const hasBox = (el: Element) => el.getClientRects().length > 0;

describe('static fallback upgraded by dist/budget-widgets.js', () => {
  const page = document.createElement('main');
  // Beside the page: two widgets of one kind with one title would be two landmarks of one name (axe).
  const converted = document.createElement('div');
  let nodes: HTMLElement[];
  let tables: HTMLTableElement[][];
  let yuan: HTMLElement[];
  let yuanAmounts: string[][];
  before(async () => {
    await requireBuild();
    const v = explainDisclosure(await (await fetch(TONGNAN)).json());
    if (!v.ok) throw new Error('data/tongnan-cac-2023.json is invalid');
    const data: BudgetDisclosure = v.data;
    // Inserted as a CMS would: parsed markup, no script.
    page.innerHTML = CASES.map((c) => renderSnippet(data, c.options)).join('<hr>\n');
    converted.innerHTML = YUAN.map((c) => renderSnippet(data, c.options)).join('<hr>\n');
    document.body.append(page, converted);
    nodes = CASES.map((c) => page.querySelector<HTMLElement>(c.options.widget)!);
    tables = nodes.map((n) => [...n.querySelectorAll('table')]);
    yuan = YUAN.map((c) => converted.querySelector<HTMLElement>(c.options.widget)!);
    yuanAmounts = yuan.map(amountsOf);
  });
  after(() => {
    page.remove();
    converted.remove();
  });

  describe('without the script', () => {
    it('no element is defined', () => {
      for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
      for (const n of nodes) {
        expect(n.matches(':not(:defined)'), n.localName).to.equal(true);
        expect(n.shadowRoot).to.equal(null);
      }
    });

    for (const [i, c] of CASES.entries()) {
      it(`<${c.options.widget}> shows its pre-rendered tables with the published figures`, () => {
        expect(tables[i], 'has tables').to.not.be.empty;
        for (const t of tables[i]!) expect(hasBox(t), 'table rendered').to.equal(true);
        expect(rowsOf(nodes[i]!)).to.include(c.row);
      });
    }

    it('display-unit="元" fallbacks show the converted figures and name 元', () => {
      for (const [i, c] of YUAN.entries()) {
        expect(rowsOf(yuan[i]!)).to.include(c.row);
        expect(yuan[i]!.querySelector('caption .meta')!.textContent).to.match(/ · 单位：元$/);
        expect(yuanAmounts[i]!.length).to.be.greaterThan(4);
      }
    });

    it('the page of fallbacks is axe-clean', async () => {
      await expect(page).to.be.accessible();
    });
  });

  describe('after import(/dist/budget-widgets.js)', () => {
    before(async function () {
      this.timeout(20000);
      await importBuilt();
      for (const n of [...nodes, ...yuan]) {
        await whenSettled(n);
        await stable(n);
      }
    });

    for (const [i, w] of WIDGETS.entries()) {
      it(`<${w.tag}> upgrades in place: same node, light table without a layout box, real figures`, () => {
        const el = nodes[i]!;
        expect(el.localName).to.equal(w.tag);
        expect(page.querySelector(w.tag), 'the same node').to.equal(el);
        expect(el.matches(':defined')).to.equal(true);
        expect(customElements.get(w.tag)).to.equal(el.constructor);
        for (const t of tables[i]!) {
          expect(t.isConnected, 'the light table is still in the document').to.equal(true);
          expect(hasBox(t), 'the light table has no layout box').to.equal(false);
        }
        expect(el.getBoundingClientRect().height, 'the widget has height').to.be.greaterThan(50);
        expectRendered(w, el);
      });
    }

    it('display-unit="元" fallbacks upgrade without their figures changing', () => {
      for (const [i, el] of yuan.entries()) {
        expect(el.matches(':defined')).to.equal(true);
        expect(hasBox(el.querySelector('.budget-static table')!)).to.equal(false);
        const shown = el.shadowRoot!.textContent!;
        // Every amount the fallback showed is shown by the element (258.24 万元 → 2,582,400.00 元 in both).
        expect(yuanAmounts[i]!.filter((a) => !shown.includes(a)), YUAN[i]!.options.widget).to.deep.equal([]);
        expect(shown).to.not.contain(YUAN[i]!.published);
        expect(el.textContent).to.not.contain(YUAN[i]!.published);
      }
    });

    it('the upgraded page is axe-clean', async () => {
      await expect(page).to.be.accessible();
    });
  });
});
