/**
 * The shared data layer (src/model/load.ts) through a tiny element: one request per URL, races,
 * aborts, every kind of failure with its own message, the three sources and their precedence,
 * the events and retry. `fetch` is stubbed; nothing sleeps (the timeout test waits for the
 * element's own 50 ms timer through its event).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { BudgetErrorEvent, BudgetLoadEvent } from '../../src/elements/shared/events.js';
import { forgetDisclosure, loadDisclosure, LoadError } from '../../src/model/load.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { endlessResponse, FetchStub, jsonResponse } from '../fixtures/load/fetch-stub.js';
import { alertOf, nameOf, TestWidget } from '../fixtures/load/test-widget.js';

const FIX = '/test/fixtures/load/';
const text = async (name: string) => (await window.fetch(FIX + name)).text();
const minimal = JSON.parse(await text('minimal.json')) as BudgetDisclosure;
const invalidJson = await text('invalid.json');
const schemaErrors = await text('schema-errors.json');
const version2 = await text('version-2.json');
const htmlPage = await text('not-json.html');

/** Minimal data with another department name, to tell responses apart. */
function named(name: string): BudgetDisclosure {
  const d = structuredClone(minimal);
  d.department.name = name;
  return d;
}

let n = 0;
/** A URL no other test used (the loaded-data cache is per URL). */
const fresh = (name = 'data') => `/load-test/${++n}-${name}.json`;
const abs = (url: string) => new URL(url, document.baseURI).href;

let stub: FetchStub | undefined;
let slot: HTMLElement;
const originalError = console.error;
let logged: unknown[][];

beforeEach(async () => {
  slot = await fixture<HTMLElement>(html`<div></div>`);
  logged = [];
  console.error = (...args: unknown[]) => void logged.push(args);
});
afterEach(() => {
  stub?.restore();
  stub = undefined;
  console.error = originalError;
  forgetDisclosure();
});

/** A <test-widget> with `attrs`, connected to the page. */
function widget(attrs: Record<string, string> = {}, parent: Element = slot): TestWidget {
  const el = document.createElement('test-widget');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  return el;
}

/** Connects a widget on `src` and waits for its error; returns its alert text and event. */
async function failing(src: string, attrs: Record<string, string> = {}): Promise<{ el: TestWidget; alert: string; event: BudgetErrorEvent }> {
  const el = document.createElement('test-widget');
  for (const [k, v] of Object.entries({ src, ...attrs })) el.setAttribute(k, v);
  const error = oneEvent(el, 'budget-error') as Promise<BudgetErrorEvent>;
  slot.append(el);
  const event = await error;
  expect(el.state).to.equal('error');
  return { el, alert: alertOf(el)!, event };
}

describe('data layer: one request per URL', () => {
  it('four widgets on one URL make one request, and a fifth added later none', async () => {
    stub = new FetchStub(() => jsonResponse(minimal));
    const src = fresh();
    const els = [1, 2, 3, 4].map(() => widget({ src }));
    expect(await Promise.all(els.map((el) => el.loadComplete))).to.deep.equal([true, true, true, true]);
    expect(stub.calls.map((c) => c.url)).to.deep.equal([abs(src)]);
    for (const el of els) expect(nameOf(el)).to.equal('测试区示例局');
    const fifth = widget({ src });
    await fifth.updateComplete;
    expect(fifth.state).to.equal('complete');
    expect(stub.calls.length).to.equal(1);
  });

  it('relative and absolute spellings of one file share the request', async () => {
    stub = new FetchStub();
    const src = fresh();
    const a = widget({ src });
    const b = widget({ src: abs(src) });
    await stub.called(1);
    stub.calls[0]!.respond(jsonResponse(minimal));
    expect(await Promise.all([a.loadComplete, b.loadComplete])).to.deep.equal([true, true]);
    expect(stub.calls.length).to.equal(1);
  });

  it('a failed load is not cached: the next widget on the URL requests again', async () => {
    let count = 0;
    stub = new FetchStub(() => (count++ === 0 ? new Response('', { status: 500 }) : jsonResponse(minimal)));
    const src = fresh();
    await failing(src);
    const second = widget({ src });
    expect(await second.loadComplete).to.equal(true);
    expect(stub.calls.length).to.equal(2);
    expect(nameOf(second)).to.equal('测试区示例局');
  });

  it('loadDisclosure itself: shared promise, cached object, AbortError for an aborted caller', async () => {
    stub = new FetchStub();
    const src = fresh();
    const a = loadDisclosure(src);
    const leaving = new AbortController();
    const b = loadDisclosure(src, { signal: leaving.signal });
    leaving.abort();
    const bError = await b.catch((e: unknown) => e);
    expect((bError as DOMException).name).to.equal('AbortError');
    expect(stub.calls[0]!.signal!.aborted, 'still wanted by the first caller').to.equal(false);
    stub.calls[0]!.respond(jsonResponse(minimal));
    const data = await a;
    expect(await loadDisclosure(src)).to.equal(data);
    expect(stub.calls.length).to.equal(1);
  });
});

describe('data layer: races and aborts', () => {
  it('the last src wins even when the first answer arrives after the second; the first is aborted', async () => {
    stub = new FetchStub();
    const first = fresh('first');
    const second = fresh('second');
    const el = widget({ src: first });
    await stub.called(1);
    el.src = second;
    await stub.called(2);
    expect(stub.to(first)[0]!.signal!.aborted).to.equal(true);
    const loaded = oneEvent(el, 'budget-load') as Promise<BudgetLoadEvent>;
    stub.to(second)[0]!.respond(jsonResponse(named('第二个')));
    stub.to(first)[0]!.respond(jsonResponse(named('第一个')));
    expect((await loaded).detail.source).to.equal(abs(second));
    await el.updateComplete;
    expect(nameOf(el)).to.equal('第二个');
  });

  it('a stale answer still wanted by another widget does not overwrite the newer src', async () => {
    stub = new FetchStub();
    const first = fresh('first');
    const second = fresh('second');
    const switching = widget({ src: first });
    const staying = widget({ src: first });
    await stub.called(1);
    switching.src = second;
    await stub.called(2);
    expect(stub.to(first)[0]!.signal!.aborted, 'the other widget still waits on it').to.equal(false);
    const events: string[] = [];
    switching.addEventListener('budget-load', (e) => events.push(e.detail.data.department.name));
    const done = [oneEvent(switching, 'budget-load'), oneEvent(staying, 'budget-load')];
    stub.to(second)[0]!.respond(jsonResponse(named('第二个')));
    await done[0];
    stub.to(first)[0]!.respond(jsonResponse(named('第一个')));
    await done[1];
    await switching.updateComplete;
    expect(nameOf(switching)).to.equal('第二个');
    expect(nameOf(staying)).to.equal('第一个');
    expect(events).to.deep.equal(['第二个']);
  });

  it('removing the element mid-load aborts the request; put back, it loads again', async () => {
    stub = new FetchStub();
    const el = widget({ src: fresh() });
    await stub.called(1);
    el.remove();
    expect(stub.calls[0]!.signal!.aborted).to.equal(true);
    let fired = 0;
    el.addEventListener('budget-error', () => fired++);
    slot.append(el);
    await stub.called(2);
    stub.calls[1]!.respond(jsonResponse(minimal));
    expect(await el.loadComplete).to.equal(true);
    expect(nameOf(el)).to.equal('测试区示例局');
    expect(fired, 'an abort is not an error').to.equal(0);
  });

  it('the shared request is aborted only when the last waiting widget is removed', async () => {
    stub = new FetchStub();
    const src = fresh();
    const a = widget({ src });
    const b = widget({ src });
    await stub.called(1);
    await b.updateComplete;
    a.remove();
    expect(stub.calls[0]!.signal!.aborted).to.equal(false);
    b.remove();
    expect(stub.calls[0]!.signal!.aborted).to.equal(true);
  });
});

describe('data layer: failures, each with its own message', () => {
  it('404: 找不到数据文件, with the status and the URL; event detail has kind, status, url', async () => {
    stub = new FetchStub(() => new Response('Not Found', { status: 404 }));
    const src = fresh('missing');
    const { alert, event } = await failing(src);
    expect(alert).to.include('找不到数据文件').and.include('HTTP 404').and.include(abs(src));
    expect(event).to.be.instanceOf(BudgetErrorEvent);
    expect(event.detail.kind).to.equal('http');
    expect(event.detail.status).to.equal(404);
    expect(event.detail.url).to.equal(abs(src));
    expect(event.detail.message).to.include('找不到数据文件');
  });

  it('500: a server failure, with the status', async () => {
    stub = new FetchStub(() => new Response('<h1>oops</h1>', { status: 500 }));
    const { alert } = await failing(fresh());
    expect(alert).to.include('服务器出错').and.include('HTTP 500');
  });

  it('network failure: says the server could not be reached, names CORS, shows no exception text', async () => {
    stub = new FetchStub(() => new TypeError('Failed to fetch'));
    const { alert, event } = await failing('https://other.example.gov.cn/budget.json');
    expect(alert).to.include('无法连接到服务器').and.include('CORS').and.include('https://other.example.gov.cn/budget.json');
    expect(alert).to.not.match(/TypeError|Failed to fetch/);
    expect(event.detail.kind).to.equal('network');
    expect(logged.length, 'the raw error goes to the console').to.be.greaterThan(0);
    expect(String((logged[0]![1] as Error).cause)).to.include('Failed to fetch');
  });

  it('invalid JSON: the line and column of the fault', async () => {
    stub = new FetchStub(() => jsonResponse(invalidJson));
    const { alert, event } = await failing(fresh());
    expect(alert).to.include('不是有效的 JSON').and.include('第 6 行第 5 列').and.include('逗号');
    expect(alert).to.not.match(/SyntaxError|Unexpected|position/);
    expect(event.detail.kind).to.equal('parse');
  });

  it('an empty file: says it is empty', async () => {
    stub = new FetchStub(() => jsonResponse(''));
    const { alert } = await failing(fresh());
    expect(alert).to.include('数据文件是空的');
  });

  it('HTML served instead of JSON (status 200): says a web page came back; its markup is not rendered', async () => {
    stub = new FetchStub(() => new Response(htmlPage, { status: 200, headers: { 'content-type': 'text/html' } }));
    const { el, alert, event } = await failing(fresh());
    expect(alert).to.include('收到的是网页（HTML）');
    expect(event.detail.kind).to.equal('html');
    expect(el.shadowRoot!.querySelector('h1')).to.equal(null);
  });

  it('HTML with a JSON content type is still recognised', async () => {
    stub = new FetchStub(() => jsonResponse(htmlPage));
    const { event } = await failing(fresh());
    expect(event.detail.kind).to.equal('html');
  });

  it('schema errors: the first five problems with their paths, then "and 1 more"; all six in the event', async () => {
    stub = new FetchStub(() => jsonResponse(schemaErrors));
    const { el, alert, event } = await failing(fresh());
    expect(alert).to.include('共 6 处问题');
    const items = [...el.shadowRoot!.querySelectorAll('.problems li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(items.length).to.equal(5);
    expect(items[0]).to.match(/^department\.fiscalYear：应为数字/);
    expect(items[1]).to.include('department.kind').and.include('是否应为 "budget"');
    expect(items[4]).to.include('tables.sangong.rows[0].values.total');
    expect(alert).to.include('以及另外 1 处问题');
    expect(event.detail.kind).to.equal('schema');
    expect(event.detail.problems!.map((p) => p.path)).to.deep.equal([
      'department.fiscalYear',
      'department.kind',
      'department.unit',
      'department.published',
      'tables.sangong.rows[0].values.total',
      'tables.sangong.rows[1].values.total',
    ]);
    // The console gets every problem as a readable "path: message" line, not "[object Array]".
    const line = String(logged[0]![0]);
    expect(line).to.match(/could not use its data:\n  department\.fiscalYear: /);
    expect(line.split('\n').length).to.equal(7);
    expect(logged[0]!.some((a) => Array.isArray(a))).to.equal(false);
  });

  it('a schema version mismatch: its own message, not a list of schema problems', async () => {
    stub = new FetchStub(() => jsonResponse(version2));
    const { el, alert, event } = await failing(fresh());
    expect(alert).to.include('数据格式版本为 2').and.include('只支持版本 1');
    expect(el.shadowRoot!.querySelector('.problems')).to.equal(null);
    expect(event.detail.kind).to.equal('version');
  });

  it('timeout: a body that never ends fails with a timeout message and the request is aborted', async () => {
    stub = new FetchStub((_, call) => endlessResponse(call.signal));
    const { alert, event } = await failing(fresh(), { timeout: '50' });
    expect(alert).to.include('超时').and.include('50 毫秒');
    expect(event.detail.kind).to.equal('timeout');
    expect(stub.calls[0]!.signal!.aborted).to.equal(true);
  });

  it('the default timeout is 15 s', () => {
    expect(document.createElement('test-widget').timeout).to.equal(15000);
  });

  it('an invalid URL: says the address is not valid, without a request', async () => {
    stub = new FetchStub();
    const { alert, event } = await failing('http://[broken');
    expect(alert).to.include('地址（src）无效');
    expect(event.detail.kind).to.equal('url');
    expect(stub.calls.length).to.equal(0);
  });

  it('the six failures each give a different message', async () => {
    const answers: (() => Response | Error)[] = [
      () => new Response('', { status: 404 }),
      () => new Response('', { status: 500 }),
      () => new TypeError('Failed to fetch'),
      () => jsonResponse(invalidJson),
      () => jsonResponse(htmlPage),
      () => jsonResponse(schemaErrors),
      () => jsonResponse(version2),
    ];
    const messages = new Set<string>();
    for (const answer of answers) {
      stub = new FetchStub(answer);
      const src = fresh();
      messages.add((await failing(src)).alert.replace(abs(src), 'URL'));
      stub.restore();
    }
    expect(messages.size).to.equal(answers.length);
  });

  it('in English with lang="en"', async () => {
    stub = new FetchStub(() => new Response('', { status: 404 }));
    const { alert, el } = await failing(fresh(), { lang: 'en' });
    expect(alert).to.include('The data file was not found (HTTP 404)');
    expect(el.shadowRoot!.querySelector('.retry')!.textContent).to.equal('Retry');
  });
});

describe('data layer: data property and inline JSON', () => {
  it('data property: validated, shown, budget-load with source "property", no request', async () => {
    stub = new FetchStub();
    const el = document.createElement('test-widget');
    el.src = fresh();
    el.data = named('属性数据');
    const loaded = oneEvent(el, 'budget-load') as Promise<BudgetLoadEvent>;
    slot.append(el);
    const event = await loaded;
    expect(event.detail.source).to.equal('property');
    expect(event.detail.data.department.name).to.equal('属性数据');
    expect(nameOf(el)).to.equal('属性数据');
    expect(stub.calls.length, 'data beats src').to.equal(0);
  });

  it('an invalid data property gives the schema message, without a retry button', async () => {
    const el = document.createElement('test-widget');
    el.data = JSON.parse(schemaErrors) as BudgetDisclosure;
    const failed = oneEvent(el, 'budget-error') as Promise<BudgetErrorEvent>;
    slot.append(el);
    expect((await failed).detail.kind).to.equal('schema');
    expect(alertOf(el)).to.include('data 属性');
    expect(el.shadowRoot!.querySelector('.retry')).to.equal(null);
  });

  it('removing the data property falls back to src', async () => {
    stub = new FetchStub(() => jsonResponse(named('文件数据')));
    const el = document.createElement('test-widget');
    el.src = fresh();
    el.data = named('属性数据');
    slot.append(el);
    expect(await el.loadComplete).to.equal(true);
    expect(nameOf(el)).to.equal('属性数据');
    el.data = undefined;
    expect(await el.loadComplete).to.equal(true);
    expect(nameOf(el)).to.equal('文件数据');
  });

  it('inline <script type="application/json">: read from the light DOM, beats src', async () => {
    stub = new FetchStub();
    const el = document.createElement('test-widget');
    el.src = fresh();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(named('内嵌数据'));
    el.append(script);
    const loaded = oneEvent(el, 'budget-load') as Promise<BudgetLoadEvent>;
    slot.append(el);
    expect((await loaded).detail.source).to.equal('inline');
    expect(nameOf(el)).to.equal('内嵌数据');
    expect(stub.calls.length).to.equal(0);
  });

  it('inline JSON added after the element connected (as a CMS or a slow parser would) is picked up', async () => {
    const el = widget();
    await el.updateComplete;
    // Without any source at its first update, the widget says so (issue 10); the data clears it.
    expect(el.state).to.equal('error');
    // The event, not loadComplete: the change is seen by the MutationObserver a microtask later,
    // so a loadComplete read now is still the settled one of "no source".
    const loaded = oneEvent(el, 'budget-load');
    el.innerHTML = `<script type="application/json">${JSON.stringify(named('后来的数据'))}</script>`;
    await loaded;
    expect(nameOf(el)).to.equal('后来的数据');
  });

  it('invalid inline JSON: line and column, the source named as the inline data', async () => {
    const el = document.createElement('test-widget');
    el.innerHTML = `<script type="application/json">${invalidJson}</script>`;
    const failed = oneEvent(el, 'budget-error');
    slot.append(el);
    await failed;
    expect(alertOf(el)).to.include('第 6 行第 5 列').and.include('页面内嵌的 JSON 数据');
  });

  it('a LoadError is what loadDisclosure rejects with', async () => {
    stub = new FetchStub(() => new Response('', { status: 403 }));
    const e = await loadDisclosure(fresh()).catch((x: unknown) => x);
    expect(e).to.be.instanceOf(LoadError);
    expect((e as LoadError).kind).to.equal('http');
    expect((e as LoadError).status).to.equal(403);
  });
});

describe('data layer: events and retry', () => {
  it('budget-load: typed, bubbles, composed, after the data is rendered; detail { data, source: url }', async () => {
    stub = new FetchStub(() => jsonResponse(minimal));
    const src = fresh();
    const host = document.createElement('div');
    slot.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const heard = oneEvent(document, 'budget-load') as Promise<BudgetLoadEvent>;
    const el = document.createElement('test-widget');
    el.src = src;
    let shownAtEvent: string | null = null;
    el.addEventListener('budget-load', () => (shownAtEvent = nameOf(el)));
    root.append(el);
    const event = await heard;
    expect(event).to.be.instanceOf(BudgetLoadEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.source).to.equal(abs(src));
    expect(event.detail.data.department.fiscalYear).to.equal(2024);
    expect(shownAtEvent).to.equal('测试区示例局');
  });

  it('fires budget-load once per load, not on unrelated re-renders', async () => {
    stub = new FetchStub(() => jsonResponse(minimal));
    const el = document.createElement('test-widget');
    el.src = fresh();
    let count = 0;
    el.addEventListener('budget-load', () => count++);
    const loaded = oneEvent(el, 'budget-load');
    slot.append(el);
    await loaded;
    el.noFooter = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(count).to.equal(1);
  });

  it('retry re-fetches after a failure and shows the data', async () => {
    let count = 0;
    stub = new FetchStub(() => (count++ === 0 ? new TypeError('Failed to fetch') : jsonResponse(minimal)));
    const { el } = await failing(fresh());
    el.shadowRoot!.querySelector<HTMLButtonElement>('.retry')!.click();
    expect(await el.loadComplete).to.equal(true);
    expect(stub.calls.length).to.equal(2);
    expect(nameOf(el)).to.equal('测试区示例局');
    expect(alertOf(el)).to.equal(null);
  });

  it('reload() refetches a loaded URL, bypassing the cache', async () => {
    let count = 0;
    stub = new FetchStub(() => jsonResponse(named(`第${++count}次`)));
    const el = widget({ src: fresh() });
    expect(await el.loadComplete).to.equal(true);
    expect(nameOf(el)).to.equal('第1次');
    el.reload();
    expect(await el.loadComplete).to.equal(true);
    expect(nameOf(el)).to.equal('第2次');
  });
});

describe('data layer: a real request', () => {
  it('loads the fixture file over the network and resolves the source link against it', async () => {
    const el = widget({ src: `${FIX}minimal.json` });
    expect(await el.loadComplete).to.equal(true);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('footer a')!;
    expect(link.href).to.equal(abs(`${FIX}docs/budget-2024.pdf`));
  });
});
