/**
 * When the kit's own code fails, the widget says so — "此浏览器版本过旧…" when the browser lacks an
 * API the kit needs, "显示出错…" otherwise — never that the network or CORS is to blame, and the
 * static fallback inside the tag (`budget-kit render`) stays visible under the message.
 *
 * Each element is placed as the snippet `budget-kit render` prints: the tag with src and the
 * pre-rendered table inside.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { explainDisclosure } from '../../src/model/validate.js';
import { renderSnippet, type TagOptions } from '../../src/static/index.js';
import { alertText, recordUncaught, whenSettled } from '../hostile/browser.js';
import { deleteApis } from '../fixtures/old-browser.js';
import { expectRendered, WIDGETS } from '../fixtures/dist/dist.js';
import type { BudgetErrorEvent } from '../../src/elements/shared/events.js';

const SRC = '/data/tongnan-cac-2023.json';
const OPTIONS: TagOptions[] = [
  { widget: 'budget-summary', src: SRC },
  { widget: 'sangong-chart', src: SRC },
  { widget: 'project-table', src: SRC },
  { widget: 'kpi-card', src: SRC, project: '50015223T000003492534' },
  { widget: 'budget-table', src: SRC, kind: 'gpb-expenditure' },
];
/** The widgets that format a percentage (change, share) and so call BigInt while they render. */
const USES_BIGINT = ['budget-summary', 'sangong-chart', 'project-table'];
const ENGLISH: TagOptions = { ...OPTIONS[1]!, lang: 'en' };
/** The widgets with another address: the failed load is not shared with the tests before. */
const INTERNAL = OPTIONS.map((o): TagOptions => ({ ...o, src: `${SRC}?internal` }));

/** The snippets, rendered before any API is deleted (the static renderer formats amounts too). */
const snippets = new Map<TagOptions, string>();
before(async () => {
  const v = explainDisclosure(await (await fetch(SRC)).json());
  if (!v.ok) throw new Error('bundled data invalid');
  const tongnan: BudgetDisclosure = v.data;
  for (const o of [...OPTIONS, ENGLISH, ...INTERNAL]) snippets.set(o, renderSnippet(tongnan, o));
});

/** The snippet of `options` in the page, once its element has settled, with the budget-error events it fired. */
async function placed(options: TagOptions) {
  const errors: BudgetErrorEvent[] = [];
  const record = (e: Event) => errors.push(e as BudgetErrorEvent);
  document.addEventListener('budget-error', record);
  const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(snippets.get(options)!);
  await whenSettled(el);
  // The event follows the render of the error state.
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  document.removeEventListener('budget-error', record);
  return { el, errors };
}

/** The pre-rendered table in the tag is laid out (shown by the error state's slot). */
const fallbackShown = (el: Element) => {
  const table = el.querySelector('.budget-static table');
  expect(table, 'the snippet has its table').to.not.equal(null);
  return table!.getClientRects().length > 0;
};

describe('a failure of the kit itself', () => {
  const uncaught = recordUncaught();
  after(() => uncaught.stop());

  describe('below the floor: BigInt missing (Safari < 14), which the kit uses to format percentages', () => {
    let restore = () => {};
    beforeEach(() => {
      restore = deleteApis(['BigInt']);
    });
    afterEach(() => restore());

    for (const options of OPTIONS.filter((o) => USES_BIGINT.includes(o.widget))) {
      it(`<${options.widget}> says the browser is too old and keeps its static table`, async () => {
        expect(typeof (globalThis as { BigInt?: unknown }).BigInt).to.equal('undefined');
        const { el, errors } = await placed(options);
        const alert = alertText(el);
        expect(alert).to.contain('此浏览器版本过旧，请升级浏览器（需 Chrome 86、Safari 14.1 或更新版本）。');
        expect(alert).to.not.match(/网络|CORS|连接/);
        expect(fallbackShown(el), 'the static table stays visible').to.equal(true);
        expect(el.shadowRoot!.querySelector('.retry'), 'no retry: it would fail the same way').to.equal(null);
        expect(errors.map((e) => e.detail.kind)).to.deep.equal(['browser']);
        expect(errors[0]!.detail.message).to.contain('此浏览器版本过旧');
        await expect(el).to.be.accessible();
      });
    }

    for (const options of OPTIONS.filter((o) => !USES_BIGINT.includes(o.widget))) {
      it(`<${options.widget}>, which shows no percentage, does not need it: it shows its figures`, async () => {
        const { el, errors } = await placed(options);
        const widget = WIDGETS.find((w) => w.tag === options.widget)!;
        expectRendered(widget, el);
        expect(errors).to.deep.equal([]);
      });
    }

    it('says it in English with lang="en"', async () => {
      const { el } = await placed(ENGLISH);
      expect(alertText(el)).to.contain('This browser is too old to show the widget. Please update it (Chrome 86, Safari 14.1 or later).');
    });
  });

  describe('with every API there: an exception in the kit code that reads the file', () => {
    const arrayBuffer = Response.prototype.arrayBuffer;
    beforeEach(() => {
      // The kit's reader then meets a value it never expects (a Symbol for the body's bytes) and throws a TypeError.
      Response.prototype.arrayBuffer = function () {
        return Promise.resolve(Symbol('not bytes') as unknown as ArrayBuffer);
      };
    });
    afterEach(() => {
      Response.prototype.arrayBuffer = arrayBuffer;
    });

    for (const options of INTERNAL) {
      it(`<${options.widget}> says 显示出错, not that the network failed, and keeps its static table`, async () => {
        const { el, errors } = await placed(options);
        const alert = alertText(el);
        expect(alert).to.contain('显示出错：组件内部错误，不是数据或网络的问题。请刷新页面重试。');
        expect(alert).to.not.match(/无法连接|CORS/);
        expect(fallbackShown(el), 'the static table stays visible').to.equal(true);
        expect(el.shadowRoot!.querySelector('.retry')).to.equal(null);
        expect(errors.map((e) => e.detail.kind)).to.deep.equal(['internal']);
      });
    }
  });

  it('threw nothing uncaught (the exception went to the console and the error state)', () => {
    expect(uncaught.errors).to.deep.equal([]);
  });
});
