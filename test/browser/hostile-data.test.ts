/**
 * Hostile data in the browser (issue 6): every corpus file of test/hostile/manifest.json, fed to
 * every element by `src` (served as is) and, when it parses, by the `data` property. Each gets
 * its specific message or a safe render; no injected markup is parsed and nothing injected runs
 * (a `window.__pwned` trap); nothing throws uncaught; a neighbouring widget keeps working.
 * Then the generated big files: 100,000-character names, 10,000 problems, 50 MB.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/budget-summary/budget-summary.js';
import '../../src/elements/budget-table/budget-table.js';
import '../../src/elements/kpi-card/kpi-card.js';
import '../../src/elements/project-table/project-table.js';
import '../../src/elements/sangong-chart/sangong-chart.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { BIG_BYTES, fiftyMegabytes, HUGE_NAME, hugeNames, manyProblems } from '../hostile/big.js';
import {
  alertText, hasDataLayer, CORPUS, deepAll, deepText, ELEMENTS, frame, injectedMarkup, installTrap, label, make, manifest, recordUncaught, TONGNAN_URL, whenSettled,
} from '../hostile/browser.js';
import type { ManifestEntry } from '../hostile/manifest-types.js';
import { ALL_PAYLOADS, PAYLOADS } from '../hostile/payloads.js';

type WithData = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

const entries = await manifest();
/** The shared data layer (issue 2). Until it is wired in, parse-error messages are raw exceptions: skipped. */
const HAS_DATA_LAYER = hasDataLayer();
const tongnan = (await (await fetch(TONGNAN_URL)).json()) as BudgetDisclosure;

/** Raw exception text a person must never see. */
const RAW = /SyntaxError|TypeError|RangeError|Unexpected token|at position \d|^\s+at |\[object Object\]/m;

/** The corpus file parsed (a fresh object each call), or undefined when it is not JSON. */
async function bodyOf(file: string): Promise<unknown> {
  const text = await (await fetch(CORPUS + file)).text();
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

let slot: HTMLElement;
let sentinel: WithData;
let hits: string[];
let uncaught: ReturnType<typeof recordUncaught>;

beforeEach(async () => {
  hits = installTrap();
  uncaught = recordUncaught();
  const page = await fixture<HTMLElement>(html`
    <div style="width: 720px">
      <budget-table id="sentinel" kind="gpb-expenditure" .data=${tongnan}></budget-table>
      <div id="slot"></div>
    </div>
  `);
  slot = page.querySelector('#slot')!;
  sentinel = page.querySelector<WithData>('#sentinel')!;
  await whenSettled(sentinel);
});

afterEach(() => uncaught.stop());

/** The neighbour still shows the Tongnan total and still updates. */
async function sentinelWorks(): Promise<string[]> {
  const out: string[] = [];
  sentinel.data = structuredClone(tongnan);
  await sentinel.updateComplete;
  if (!deepText(sentinel).includes('291.00')) out.push('the neighbouring <budget-table> lost its data');
  if (alertText(sentinel) !== null) out.push(`the neighbouring <budget-table> shows an error: ${alertText(sentinel)}`);
  return out;
}

/** Mounts one element on `file` by `route`, waits for it, and returns what is wrong. */
async function check(e: ManifestEntry, spec: (typeof ELEMENTS)[number], route: 'src' | 'data'): Promise<string[]> {
  const where = `${label(spec)} by ${route}`;
  const el = make(spec.tag, spec.attrs) as WithData;
  if (route === 'src') el.setAttribute('src', CORPUS + e.file);
  // Parsed afresh (structuredClone cannot copy the 10,000-deep file): each element gets its own object.
  else el.data = await bodyOf(e.file);
  slot.replaceChildren(el);
  try {
    await whenSettled(el);
  } catch (err) {
    return [`${where}: ${(err as Error).message}`];
  }
  await frame();
  const problems: string[] = [];
  const alert = alertText(el);
  const text = deepText(el).trim();
  if (e.expect === 'encoding-error') {
    // Issue 10: the bytes are named (GBK, UTF-16, an invalid byte and its line, gzip), in plain words.
    if (alert === null) problems.push(`${where}: no error message (role="alert")`);
    else for (const s of e.widgetSays ?? []) if (!alert.includes(s)) problems.push(`${where}: “${s}” not in “${alert.slice(0, 200)}”`);
  } else if (e.expect === 'parse-error' || e.expect === 'schema-error') {
    if (alert === null) problems.push(`${where}: no error message (role="alert")`);
    else {
      if (RAW.test(alert)) problems.push(`${where}: raw exception text in “${alert.slice(0, 160)}”`);
      if (e.expect === 'parse-error' && !/JSON/.test(alert)) problems.push(`${where}: the message does not say the file is not valid JSON: “${alert.slice(0, 160)}”`);
      const path = e.problems?.[0]?.path;
      if (path && !alert.includes(path)) problems.push(`${where}: the message does not name ${path}: “${alert.slice(0, 200)}”`);
    }
  } else {
    if (alert !== null) problems.push(`${where}: an error instead of a render: “${alert.slice(0, 200)}”`);
    if (!text) problems.push(`${where}: rendered nothing`);
    if (/\bNaN\b|Infinity|undefined|\[object Object\]|function \w*\(/.test(text)) problems.push(`${where}: broken value in the text (NaN/undefined/[object Object]/function)`);
    for (const node of deepAll(el)) {
      for (const a of ['d', 'x', 'y', 'width', 'height', 'transform', 'cx', 'cy', 'r', 'points']) {
        const v = node.getAttribute(a);
        if (v && /NaN|Infinity/.test(v)) {
          problems.push(`${where}: <${node.localName} ${a}="${v.slice(0, 40)}">`);
          break;
        }
      }
    }
  }
  for (const m of injectedMarkup(el)) problems.push(`${where}: injected markup ${m}`);
  return problems;
}

describe('hostile data: every corpus file in every element', () => {
  it('has the corpus', () => {
    expect(entries.length).to.be.at.least(30);
  });

  for (const e of entries) {
    it(`${e.file} (${e.expect})`, async function () {
      this.timeout(30000);
      if (e.expect === 'parse-error' && !HAS_DATA_LAYER) this.skip(); // (needs the data layer wired into the elements: a `timeout` property)
      const body = await bodyOf(e.file);
      const problems: string[] = [];
      for (const spec of ELEMENTS) {
        problems.push(...(await check(e, spec, 'src')));
        // null through the property means "no data" (nothing to show), not a file: src covers it.
        // Bytes that are not UTF-8 are a file's problem: the property holds an object, already decoded.
        if (body !== undefined && body !== null && e.expect !== 'encoding-error') problems.push(...(await check(e, spec, 'data')));
      }
      problems.push(...(await sentinelWorks()));
      expect(problems, problems.join('\n')).to.deep.equal([]);
      expect(hits, 'injected code ran').to.deep.equal([]);
      expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
      expect(Object.getOwnPropertyNames(Object.prototype).filter((k) => /polluted/.test(k))).to.deep.equal([]);
    });
  }
});

describe('hostile data: what the safe renders show', () => {
  async function mount(tag: string, attrs: Record<string, string>, data: unknown): Promise<WithData> {
    const el = make(tag, attrs) as WithData;
    el.data = data;
    slot.replaceChildren(el);
    await whenSettled(el);
    await frame();
    return el;
  }

  it('shows the payloads as text, exactly, in tables, cards and findings', async () => {
    const xss = await bodyOf('xss-everywhere.json');
    const table = await mount('budget-table', { kind: 'gpb-expenditure' }, xss);
    expect(deepText(table)).to.include(`一般公共服务支出${ALL_PAYLOADS}`);
    const projects = await mount('project-table', {}, xss);
    expect(deepText(projects)).to.include(`2023 网络宣传专项${ALL_PAYLOADS}`);
    const summary = await mount('budget-summary', { 'show-checks': '' }, xss);
    for (const p of PAYLOADS.slice(0, 3)) expect(deepText(summary)).to.include(p);
    expect(hits).to.deep.equal([]);
  });

  it('keeps RTL, emoji, combining and zero-width text exactly as published', async () => {
    const e = entries.find((x) => x.shows)!;
    const rtl = await bodyOf(e.file);
    expect(deepText(await mount('budget-table', { kind: 'gpb-expenditure' }, rtl))).to.include(e.shows!.row201);
    expect(deepText(await mount('project-table', {}, rtl))).to.include(e.shows!.project);
  });

  it('answers kind/project/unit attributes that name Object.prototype members with a message', async () => {
    const problems: string[] = [];
    const odd = ['constructor', '__proto__', 'toString', 'hasOwnProperty', `<img src=x onerror="window.__pwned='attr'">`];
    const cases = [
      ...odd.map((v) => ['budget-table', { kind: v }] as const),
      ...odd.map((v) => ['kpi-card', { project: v }] as const),
      ...odd.map((v) => ['kpi-card', { project: '50015223T000003492534', indicator: v, mode: 'single' }] as const),
      ...odd.map((v) => ['sangong-chart', { unit: v }] as const),
    ];
    for (const [tag, attrs] of cases) {
      const where = label({ tag, attrs });
      let el: WithData;
      try {
        el = await mount(tag, attrs, structuredClone(tongnan));
      } catch (err) {
        problems.push(`${where}: threw ${String(err)}`);
        continue;
      }
      const text = deepText(el);
      if (!text.trim()) problems.push(`${where}: rendered nothing`);
      if (/function \w*\(|\[native code\]|\[object Object\]|undefined|NaN/.test(text)) problems.push(`${where}: shows “${text.slice(0, 120)}”`);
      for (const m of injectedMarkup(el)) problems.push(`${where}: ${m}`);
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
    expect(hits).to.deep.equal([]);
  });

  it('shows a "constructor" table and ignores columns keyed __proto__/constructor/toString', async () => {
    const data = await bodyOf('prototype-names.json');
    const own = await mount('budget-table', { kind: 'constructor' }, data);
    expect(deepText(own)).to.include('constructor 表');
    const gpb = await mount('budget-table', { kind: 'gpb-expenditure' }, data);
    expect(deepText(gpb)).to.not.match(/function \w*\(|\[native code\]|\[object Object\]/);
    expect(deepText(gpb)).to.include('258.24');
  });
});

describe('hostile data: generated big files', () => {
  it('100,000-character names: every element renders and stays inside its 720 px column', async function () {
    this.timeout(60000);
    const data = hugeNames(tongnan);
    const problems: string[] = [];
    for (const spec of ELEMENTS) {
      const el = make(spec.tag, spec.attrs) as WithData;
      el.data = structuredClone(data);
      slot.replaceChildren(el);
      await whenSettled(el, 20000);
      await frame();
      const where = label(spec);
      if (alertText(el) !== null) problems.push(`${where}: error ${alertText(el)!.slice(0, 120)}`);
      const width = el.getBoundingClientRect().width;
      if (width > 721) problems.push(`${where}: ${Math.round(width)} px wide in a 720 px column`);
      if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push(`${where}: the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
      for (const m of injectedMarkup(el)) problems.push(`${where}: ${m}`);
    }
    const table = slot.firstElementChild!;
    expect(deepText(table)).to.include(HUGE_NAME.slice(0, 1000));
    expect(problems, problems.join('\n')).to.deep.equal([]);
    expect(uncaught.errors).to.deep.equal([]);
  });

  it('10,000 problems: every element shows an error naming the first place', async function () {
    this.timeout(60000);
    const data = manyProblems(10_000);
    for (const spec of ELEMENTS) {
      const el = make(spec.tag, spec.attrs) as WithData;
      el.data = structuredClone(data);
      slot.replaceChildren(el);
      await whenSettled(el, 20000);
      const alert = alertText(el);
      expect(alert, label(spec)).to.be.a('string');
      expect(alert, label(spec)).to.include('tables["gpb-expenditure"].rows[0].values.total');
    }
    expect(uncaught.errors).to.deep.equal([]);
  });

  it('50 MB: <budget-summary> validates it and shows the Tongnan figures, by data and by src', async function () {
    this.timeout(120000);
    const text = fiftyMegabytes(tongnan);
    expect(new Blob([text]).size).to.be.at.least(BIG_BYTES);
    const byData = make('budget-summary', {}) as WithData;
    byData.data = JSON.parse(text);
    slot.replaceChildren(byData);
    await whenSettled(byData, 60000);
    expect(alertText(byData)).to.equal(null);
    expect(deepText(byData)).to.include('291.00');

    const realFetch = window.fetch;
    window.fetch = async () => new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
    try {
      const bySrc = make('budget-summary', { src: '/hostile/fifty-megabytes.json' }) as WithData;
      slot.replaceChildren(bySrc);
      await whenSettled(bySrc, 60000);
      expect(alertText(bySrc)).to.equal(null);
      expect(deepText(bySrc)).to.include('291.00');
    } finally {
      window.fetch = realFetch;
    }
    expect(uncaught.errors).to.deep.equal([]);
  });
});
