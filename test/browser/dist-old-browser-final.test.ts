/**
 * The BUILT kit's 决算 views on a browser at the floor (Chromium 86: newer APIs deleted, no
 * container queries), as dist-old-browser.test.ts does for the budget: <budget-execution> joined
 * with its budget, and the 绩效自评 views of <kpi-card> and <project-table>, which are chunks loaded
 * on demand (their own stylesheet is added to the shadow root then). Each shows its figures and fits
 * a phone and a desktop column; what is wider scrolls inside its own region.
 */
import { expect } from '@open-wc/testing';
import { recordUncaught } from '../hostile/browser.js';
import { ALL_WIDGETS, importBuilt, label, place, type Widget } from '../fixtures/dist/dist.js';
import { deleteApis, dropContainerQueries, hasApi, NEWER_APIS, overflow, shadowCss, withoutContainerQueries } from '../fixtures/old-browser.js';

const FINAL = '/data/example-district-2024-final.json';
const text = (n: Element | null | undefined) => ((n as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();

const CASES: readonly (Pick<Widget, 'tag' | 'attrs' | 'src'> & { expect: (root: ShadowRoot) => void })[] = [
  {
    ...ALL_WIDGETS.find((w) => w.tag === 'budget-execution')!,
    expect: (root) => expect(text(root.querySelector('tbody tr[data-code="2050101"]'))).to.contain('6,234,518.36'),
  },
  {
    tag: 'kpi-card',
    attrs: {},
    src: FINAL,
    expect: (root) => {
      expect(text(root.querySelector('.score'))).to.contain('98.98');
      expect(text(root.querySelector('.summary'))).to.equal('7 项指标中 1 项扣分：高中阶段毛入学率（扣 1 分）。');
    },
  },
  {
    tag: 'project-table',
    attrs: {},
    src: FINAL,
    expect: (root) => expect(text(root.querySelector('tbody tr[data-id="p3"]'))).to.equal('▸ 教育信息化建设（智慧校园） 1,850,000.00 1,850,000.00 1,312,600.00 70.95% 93.05'),
  },
];


describe('dist 决算 views on a browser at the floor (newer APIs deleted, no container queries)', () => {
  const uncaught = recordUncaught();
  const host = document.createElement('main');
  let restore = () => {};
  before(async () => {
    restore = deleteApis(NEWER_APIS);
    await importBuilt();
    // <budget-execution> is defined once a tag of it is on the page: its rules are dropped after placing it.
    dropContainerQueries(['kpi-card', 'project-table']);
    document.body.append(host);
  });
  after(() => {
    restore();
    uncaught.stop();
    host.remove();
  });

  it('the page really lacks the newer APIs', () => {
    expect(NEWER_APIS.filter(hasApi), 'still present').to.deep.equal([]);
  });

  for (const width of [375, 1280]) {
    for (const c of CASES) {
      it(`${label(c)} on the 决算 shows its figures and fits in ${width} px`, async () => {
        host.style.width = `${width}px`;
        host.replaceChildren();
        const el = await place(c, host);
        if (c.tag === 'budget-execution') dropContainerQueries(['budget-execution']);
        // What Chromium 86 does with the sheets added on demand (the 绩效自评 view's): the @container rules are not parsed.
        for (const sheet of el.shadowRoot!.adoptedStyleSheets) sheet.replaceSync(withoutContainerQueries([...sheet.cssRules].map((r) => r.cssText).join('\n')));
        await new Promise((r) => requestAnimationFrame(r));
        expect(shadowCss(el)).to.not.match(/@container/);
        c.expect(el.shadowRoot!);
        expect(el.getBoundingClientRect().width).to.equal(width);
        expect(overflow(el, '.scroll, .table-wrap, .eval-scroll, svg')).to.deep.equal([]);
        expect(uncaught.errors).to.deep.equal([]);
      });
    }
  }
});
