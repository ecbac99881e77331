/**
 * Issue 10, "correct under attack", in the browser, through every element: a widget without a
 * source says so (and does not flash the message when the source comes in time); nesting far
 * deeper than the format and cyclic data get their message, not a frozen page; unbroken runs of
 * 100,000 letters reach the layout in pieces; a right-to-left override at the end of every text
 * leaves the kit's own words reading left to right (measured glyph by glyph); the footer links to
 * the source document only on the site. No timed assertions: the mechanisms are checked.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/budget-summary/budget-summary.js';
import '../../src/elements/budget-table/budget-table.js';
import '../../src/elements/kpi-card/kpi-card.js';
import '../../src/elements/project-table/project-table.js';
import '../../src/elements/sangong-chart/sangong-chart.js';
import type { BudgetErrorEvent } from '../../src/elements/shared/events.js';
import { RUN } from '../../src/elements/shared/text-safety.js';
import { forgetDisclosure } from '../../src/model/load.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { renderFallback } from '../../src/static/index.js';
import { BUDGET_WIDGET_NAMES, WIDGET_NAMES } from '../../src/widgets/registry.js';
import { deepObject, deepUnknownKey, latinRun, longRuns } from '../hostile/attack.js';
import { alertText, CORPUS, deepAll, deepText, ELEMENTS, frame, label, make, recordUncaught, TONGNAN_URL, whenSettled } from '../hostile/browser.js';

type Widget = HTMLElement & { data?: unknown; src?: string; updateComplete: Promise<unknown>; loadComplete: Promise<boolean> };

const TAGS = BUDGET_WIDGET_NAMES;
const tongnan = (await (await fetch(TONGNAN_URL)).json()) as BudgetDisclosure;
const corpus = async (file: string) => (await (await fetch(CORPUS + file)).json()) as BudgetDisclosure;

let slot: HTMLElement;
let uncaught: ReturnType<typeof recordUncaught>;
beforeEach(async () => {
  uncaught = recordUncaught();
  slot = await fixture<HTMLElement>(html`<div style="width: 720px"></div>`);
});
afterEach(() => {
  uncaught.stop();
  expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
});

/** Mounts `spec` with `data` (by property) and waits until it has its data or its error. */
async function mount(spec: (typeof ELEMENTS)[number], data: unknown): Promise<Widget> {
  const el = make(spec.tag, spec.attrs) as Widget;
  el.data = data;
  slot.replaceChildren(el);
  await whenSettled(el, 20000);
  await frame();
  return el;
}

describe('a widget without a data source', () => {
  for (const tag of TAGS) {
    for (const [how, src] of [['no src', null], ['src=""', ''], ['src="   "', '   ']] as const) {
      it(`<${tag}> with ${how}: says what is missing, fires budget-error, is not busy`, async () => {
        const el = make(tag, src === null ? {} : { src }) as Widget;
        const failed = oneEvent(el, 'budget-error') as Promise<BudgetErrorEvent>;
        slot.append(el);
        // The words of a failure load on demand (strings.ts loadFailureWords): the event comes with them.
        const e = await failed;
        await el.updateComplete;
        expect(alertText(el)).to.include('未指定数据文件').and.include('src 属性');
        expect(alertText(el)).to.not.include('地址：');
        expect(deepAll(el).some((e) => e.getAttribute('aria-busy') === 'true'), 'aria-busy').to.equal(false);
        expect(deepAll(el).some((e) => e.classList.contains('retry')), 'a retry button').to.equal(false);
        expect(e.detail.kind).to.equal('url');
        expect(e.detail.url).to.equal(undefined);
        expect(e.detail.message).to.equal('未指定数据文件：请在 src 属性中填写数据文件的地址（由脚本提供数据时，设置元素的 data 属性）。');
      });
    }
  }

  it('in English with lang="en"', async () => {
    const el = make('budget-table', { lang: 'en', kind: 'sangong' }) as Widget;
    const failed = oneEvent(el, 'budget-error');
    slot.append(el);
    await failed;
    expect(alertText(el)).to.include('No data file given: put the address of the data file in the src attribute (or, from a script, set the element’s data property).');
  });

  it('no error when a framework sets src, data or inline JSON right after connecting the element', async () => {
    const errors: string[] = [];
    const listen = (el: Element) => el.addEventListener('budget-error', (e) => errors.push(`${el.localName}: ${(e as BudgetErrorEvent).detail.message}`));
    const bySrc = make('budget-table', { kind: 'sangong' }) as Widget;
    listen(bySrc);
    slot.append(bySrc);
    bySrc.src = TONGNAN_URL;
    const byData = make('sangong-chart', {}) as Widget;
    listen(byData);
    slot.append(byData);
    byData.data = structuredClone(tongnan);
    const byInline = make('kpi-card', {}) as Widget;
    listen(byInline);
    slot.append(byInline);
    byInline.innerHTML = `<script type="application/json">${JSON.stringify(tongnan)}</script>`;
    for (const el of [bySrc, byData, byInline]) {
      await whenSettled(el);
      expect(alertText(el), el.localName).to.equal(null);
      expect(deepText(el), el.localName).to.include('7.00');
    }
    await frame();
    expect(errors).to.deep.equal([]);
  });

  it('the message goes away when src arrives later, and the data is shown', async () => {
    const el = make('budget-table', { kind: 'sangong' }) as Widget;
    slot.append(el);
    await el.updateComplete;
    expect(alertText(el)).to.include('未指定数据文件');
    el.setAttribute('src', TONGNAN_URL);
    expect(await el.loadComplete).to.equal(true);
    expect(alertText(el)).to.equal(null);
    expect(deepText(el)).to.include('7.00');
  });
});

describe('nesting far deeper than the format', () => {
  it('100,000 levels under an unknown key, by data and by src: every element names the place, nothing freezes', async function () {
    this.timeout(60000);
    const text = deepUnknownKey(tongnan, 100_000);
    const realFetch = window.fetch;
    window.fetch = async () => new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
    try {
      for (const spec of ELEMENTS) {
        const byData = await mount(spec, JSON.parse(text));
        expect(alertText(byData), `${label(spec)} by data`).to.include('deep').and.include('嵌套层级过深').and.include('第 33 层');
        forgetDisclosure();
        const bySrc = make(spec.tag, { ...spec.attrs, src: '/attack/deep.json' }) as Widget;
        slot.replaceChildren(bySrc);
        await whenSettled(bySrc, 20000);
        expect(alertText(bySrc), `${label(spec)} by src`).to.include('deep').and.include('嵌套层级过深');
      }
    } finally {
      window.fetch = realFetch;
      forgetDisclosure();
    }
  });

  it('a cyclic object given as data is refused with the same message', async () => {
    const data = structuredClone(tongnan) as unknown as Record<string, Record<string, unknown>>;
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    data.department!.extra = loop;
    const el = await mount({ tag: 'budget-summary', attrs: {} }, data);
    expect(alertText(el)).to.include('嵌套层级过深').and.include('department.extra');
  });

  it('a cell holding 100,000 nested objects is named by its path', async () => {
    const data = structuredClone(tongnan) as unknown as { tables: Record<string, { rows: { values: Record<string, unknown> }[] }> };
    data.tables['gpb-expenditure']!.rows[0]!.values.total = deepObject(100_000);
    const el = await mount({ tag: 'budget-table', attrs: { kind: 'gpb-expenditure' } }, data);
    expect(alertText(el)).to.include('tables["gpb-expenditure"].rows[0].values.total').and.include('嵌套层级过深');
  });
});

/** Every text node under `root`, through shadow roots, with no <style>. */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === Node.TEXT_NODE) out.push(c as Text);
      else if (c.nodeType === Node.ELEMENT_NODE && (c as Element).localName !== 'style') {
        if ((c as Element).shadowRoot) walk((c as Element).shadowRoot!);
        walk(c);
      }
    }
  };
  if ((root as Element).shadowRoot) walk((root as Element).shadowRoot!);
  walk(root);
  return out;
}

/** Opens every <details> and shows a tooltip, so that their text is laid out too. */
async function openEverything(el: Widget): Promise<void> {
  for (const d of deepAll(el)) if (d instanceof HTMLDetailsElement) d.open = true;
  const mark = deepAll(el).find((e) => e.matches('rect.hit, rect.mark'));
  (mark as SVGElement | undefined)?.dispatchEvent(new PointerEvent('pointerenter'));
  await el.updateComplete;
  await frame();
}

describe('unbroken runs of 100,000 letters', () => {
  it('reach the layout in pieces in every element (no text node holds a run of 200), whole in the text, inside the column', async function () {
    this.timeout(60000);
    const data = longRuns(tongnan, 100_000);
    const problems: string[] = [];
    for (const spec of [...ELEMENTS, { tag: 'kpi-card', attrs: { project: '50015223T000003492534', indicator: '1' } }]) {
      const el = await mount(spec, structuredClone(data));
      await openEverything(el);
      const where = label(spec);
      if (alertText(el) !== null) problems.push(`${where}: error ${alertText(el)!.slice(0, 100)}`);
      for (const t of textNodes(el)) if (RUN.test(t.data)) problems.push(`${where}: a text node of ${t.data.length} characters in <${t.parentElement?.localName ?? t.parentNode?.nodeName}> holds an unbroken run`);
      if (el.getBoundingClientRect().width > 721) problems.push(`${where}: ${Math.round(el.getBoundingClientRect().width)} px wide`);
    }
    // The whole run is there to read and copy, in the elements that show these texts in full.
    const table = await mount({ tag: 'budget-table', attrs: { kind: 'gpb-expenditure' } }, structuredClone(data));
    expect(deepText(table)).to.include(`一般公共服务支出${latinRun(100_000)}`);
    const card = await mount({ tag: 'kpi-card', attrs: { project: '50015223T000003492534' } }, structuredClone(data));
    expect(deepText(card)).to.include(latinRun(100_000));
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('in the static fallback too', () => {
    const data = longRuns(tongnan, 100_000) as unknown as BudgetDisclosure;
    const box = document.createElement('div');
    slot.append(box);
    for (const widget of TAGS) {
      box.innerHTML = renderFallback(data, { widget, kind: 'gpb-expenditure' }).value;
      for (const t of textNodes(box)) expect(RUN.test(t.data), `${widget}: a text node of ${t.data.length} characters`).to.equal(false);
    }
  });
});

/**
 * Characters of the kit's own words that are laid out right to left: in each text node, what is
 * not inside an isolate (FSI/LRI/RLI…PDI, or a <bdi> element) must run left to right on each line.
 */
function reversedKitText(root: Node): string[] {
  const found: string[] = [];
  const range = document.createRange();
  for (const t of textNodes(root)) {
    if (t.parentElement?.closest('bdi')) continue;
    const s = t.data;
    let depth = 0;
    let prev: { left: number; top: number; i: number } | null = null;
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if (c >= '\u2066' && c <= '\u2068') depth++;
      else if (c === '\u2069') depth = Math.max(0, depth - 1);
      if (depth || /[\s\u2066-\u2069\u200b-\u200f\u202a-\u202e\ufeff\ud800-\udfff]/.test(c)) continue;
      range.setStart(t, i);
      range.setEnd(t, i + 1);
      const r = range.getBoundingClientRect();
      if (!r.width) continue;
      if (prev && Math.abs(r.top - prev.top) < 2 && r.left < prev.left - 1) {
        found.push(`“${s.slice(Math.max(0, prev.i - 12), i + 12)}” in <${t.parentElement?.localName ?? 'svg'}>`);
        break;
      }
      prev = { left: r.left, top: r.top, i };
    }
  }
  return found;
}

/** Attribute values where an override or embedding is not inside an isolate (it would reverse what follows). */
function leakingAttributes(root: Element): string[] {
  const found: string[] = [];
  for (const e of deepAll(root)) {
    for (const a of Array.from(e.attributes)) {
      let isolates = 0;
      for (const c of a.value) {
        if (c >= '\u2066' && c <= '\u2068') isolates++;
        else if (c === '\u2069') isolates = Math.max(0, isolates - 1);
        else if (c >= '\u202a' && c <= '\u202e' && !isolates) {
          found.push(`<${e.localName} ${a.name}="${a.value.slice(0, 60)}…">`);
          break;
        }
      }
    }
  }
  return found;
}

describe('a right-to-left override at the end of every text', () => {
  it('leaves the kit\'s own words and figures reading left to right in every element, attributes included', async function () {
    this.timeout(60000);
    const data = await corpus('bidi-override.json');
    const problems: string[] = [];
    for (const spec of [...ELEMENTS, { tag: 'kpi-card', attrs: { project: '50015223T000003492534', indicator: '1' } }, { tag: 'sangong-chart', attrs: { lang: 'en' } }]) {
      const el = await mount(spec, structuredClone(data));
      await openEverything(el);
      if (alertText(el) !== null) problems.push(`${label(spec)}: error ${alertText(el)!.slice(0, 100)}`);
      for (const p of [...reversedKitText(el), ...leakingAttributes(el)]) problems.push(`${label(spec)}: ${p}`);
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('the footer, a caption and the 三公 sentence read as the kit wrote them', async () => {
    const data = await corpus('bidi-override.json');
    const el = await mount({ tag: 'sangong-chart', attrs: {} }, structuredClone(data));
    const footer = deepAll(el).find((e) => e.localName === 'footer')!;
    expect(footer.textContent).to.include('2023 年部门预算');
    expect(reversedKitText(footer)).to.deep.equal([]);
    expect(deepText(el)).to.include('“三公”经费预算7.00万元');
  });

  it('in the static fallback too', () => {
    const box = document.createElement('div');
    slot.append(box);
    return corpus('bidi-override.json').then((data) => {
      for (const widget of TAGS) {
        box.innerHTML = renderFallback(data, { widget, kind: 'gpb-expenditure' }).value;
        expect(reversedKitText(box), widget).to.deep.equal([]);
      }
    });
  });
});

describe('the source link in the footer', () => {
  const footerLink = (el: Element) => deepAll(el).find((e) => e.getAttribute('part') === 'source-link') as HTMLAnchorElement | undefined;
  const footer = (el: Element) => deepAll(el).find((e) => e.localName === 'footer')!;

  for (const file of ['source-url-offsite.json', 'source-url-protocol-relative.json', 'source-url-credentials.json']) {
    it(`${file}: the title without a link`, async () => {
      const el = make('budget-table', { kind: 'sangong', src: CORPUS + file }) as Widget;
      slot.append(el);
      await whenSettled(el);
      expect(footerLink(el)?.href).to.equal(undefined);
      expect(footer(el).textContent).to.include('2023年部门预算情况说明');
    });
  }

  it('a relative address links to the document beside the data file; an absolute one on the page\'s site too', async () => {
    const el = make('budget-table', { kind: 'sangong', src: TONGNAN_URL }) as Widget;
    slot.append(el);
    await whenSettled(el);
    expect(footerLink(el)?.href).to.equal(new URL('/data/source/tongnan-cac-2023-budget.txt', location.href).href);
    const same = structuredClone(tongnan);
    same.department.source!.url = `${location.origin}/xxgk/budget.pdf`;
    const byData = await mount({ tag: 'budget-table', attrs: { kind: 'sangong' } }, same);
    expect(footerLink(byData)?.href).to.equal(`${location.origin}/xxgk/budget.pdf`);
    const withUser = structuredClone(tongnan);
    withUser.department.source!.url = `${location.protocol}//editor@${location.host}/xxgk/budget.pdf`;
    expect(footerLink(await mount({ tag: 'budget-table', attrs: { kind: 'sangong' } }, withUser))?.href).to.equal(undefined);
  });
});
