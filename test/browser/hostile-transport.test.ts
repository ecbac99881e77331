/**
 * Issue 10, "correct under attack": how a file travels. Addresses that must never be fetched
 * (javascript:, data:, file:, ftp:, a user name and password), gzip bytes sent without their
 * header, the origin rule after a redirect (a real 301 from the test server, to another origin:
 * test/transport-middleware.mjs), each with its own words in the widget and in the budget-error
 * event. Files that are not UTF-8 are corpus cases (test/hostile/corpus/encoding-*.json).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { BudgetErrorEvent } from '../../src/elements/shared/events.js';
import { forgetDisclosure, restrictOrigins } from '../../src/model/load.js';
import { FetchStub, jsonResponse } from '../fixtures/load/fetch-stub.js';
import { alertOf, nameOf, type TestWidget } from '../fixtures/load/test-widget.js';
import '../fixtures/load/test-widget.js';

const TONGNAN = '/data/tongnan-cac-2023.json';
const tongnanText = await (await fetch(TONGNAN)).text();

let stub: FetchStub | undefined;
let slot: HTMLElement;
const originalError = console.error;

beforeEach(async () => {
  slot = await fixture<HTMLElement>(html`<div></div>`);
  console.error = () => {};
});
afterEach(() => {
  stub?.restore();
  stub = undefined;
  console.error = originalError;
  restrictOrigins(undefined);
  forgetDisclosure();
});

/** Connects a <test-widget> with `attrs` and waits for its error: the alert text and the event. */
async function failing(attrs: Record<string, string>): Promise<{ el: TestWidget; alert: string; event: BudgetErrorEvent }> {
  const el = document.createElement('test-widget');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const error = oneEvent(el, 'budget-error') as Promise<BudgetErrorEvent>;
  slot.append(el);
  const event = await error;
  return { el, alert: alertOf(el)!, event };
}

/** `text` gzip-compressed, as a server would store it. */
async function gzip(text: string): Promise<ArrayBuffer> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

describe('addresses that are never fetched', () => {
  for (const src of ['javascript:alert(1)', 'JavaScript:window.__pwned=1', 'data:application/json,{"schemaVersion":1}', 'file:///etc/passwd', 'ftp://example.org/budget.json', 'blob:https://example.org/0d2c']) {
    it(`${src}: “not an http(s) address”, no request`, async () => {
      stub = new FetchStub(() => jsonResponse({}));
      const { alert, event } = await failing({ src });
      expect(alert).to.contain('数据文件的地址不是 http(s) 地址');
      expect(alert).to.not.contain('CORS');
      expect(event.detail.kind).to.equal('scheme');
      expect(event.detail.message).to.contain('不是 http(s) 地址');
      expect(stub.calls, 'fetch was called').to.deep.equal([]);
    });
  }

  it('a user name and password in the address: its own message, no request, the password not shown', async () => {
    stub = new FetchStub(() => jsonResponse({}));
    const { alert, event } = await failing({ src: 'https://budget:s3cret@example.org/x.json' });
    expect(alert).to.contain('地址中含有用户名或密码');
    expect(alert).to.contain('https://example.org/x.json');
    expect(alert).to.not.contain('s3cret');
    expect(event.detail.kind).to.equal('credentials');
    expect(event.detail.message).to.not.contain('s3cret');
    expect(stub.calls).to.deep.equal([]);
  });

  it('in English with lang="en"', async () => {
    stub = new FetchStub(() => jsonResponse({}));
    const { alert } = await failing({ src: 'javascript:alert(1)', lang: 'en' });
    expect(alert).to.contain('is not an http(s) address');
    const second = await failing({ src: 'https://u:p@example.org/x.json', lang: 'en' });
    expect(second.alert).to.contain('contains a user name or password');
  });
});

describe('gzip bytes without Content-Encoding', () => {
  it('are named as such, not as a network or CORS failure', async () => {
    const bytes = await gzip(tongnanText);
    stub = new FetchStub(() => new Response(bytes, { headers: { 'content-type': 'application/json' } }));
    const { alert, event } = await failing({ src: '/compressed/tongnan.json' });
    expect(alert).to.contain('服务器发送了压缩数据（gzip）但未声明');
    expect(event.detail.kind).to.equal('compressed');
    const en = await failing({ src: '/compressed/tongnan.json', lang: 'en' });
    expect(en.alert).to.contain('The server sent compressed data (gzip) without saying so');
  });

  it('the same file with its header is read (the browser decompresses it)', async () => {
    // A stub cannot set Content-Encoding for the browser to act on: the decompressed body stands for it.
    stub = new FetchStub(() => new Response(tongnanText, { headers: { 'content-type': 'application/json' } }));
    const el = document.createElement('test-widget');
    el.src = '/compressed/ok.json';
    slot.append(el);
    expect(await el.loadComplete).to.equal(true);
    expect(nameOf(el)).to.contain('潼南');
  });
});

describe('the origin rule after a redirect (embed page: restrictOrigins)', () => {
  const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  const otherOrigin = `${location.protocol}//${other}:${location.port}`;

  it('the test server really redirects to another origin, readable there (the setup the rule must catch)', async () => {
    const r = await fetch(`/test/redirect?to=${encodeURIComponent(`${TONGNAN}?cors`)}&away`);
    expect(r.ok).to.equal(true);
    expect(r.redirected).to.equal(true);
    expect(new URL(r.url).origin).to.equal(otherOrigin);
  });

  it('a same-origin address that redirects (301) to another origin is refused, naming that origin', async () => {
    restrictOrigins((origin) => origin === location.origin);
    const { alert, event } = await failing({ src: `/test/redirect?to=${encodeURIComponent(`${TONGNAN}?cors`)}&away` });
    expect(event.detail.kind).to.equal('origin');
    expect(alert).to.contain(`出于安全考虑，此页面只加载允许的网站上的数据文件，而该文件来自（或被重定向到）${otherOrigin}`);
    expect(alert).to.not.contain('潼南');
  });

  it('a redirect within the origin is followed, and a listed origin is allowed', async () => {
    restrictOrigins((origin) => origin === location.origin);
    const el = document.createElement('test-widget');
    el.src = `/test/redirect?to=${encodeURIComponent(TONGNAN)}`;
    slot.append(el);
    expect(await el.loadComplete).to.equal(true);
    expect(nameOf(el)).to.contain('潼南');

    restrictOrigins((origin) => origin === location.origin || origin === otherOrigin);
    const listed = document.createElement('test-widget');
    listed.src = `/test/redirect?to=${encodeURIComponent(`${TONGNAN}?cors`)}&away&n=2`;
    slot.append(listed);
    expect(await listed.loadComplete).to.equal(true);
    expect(nameOf(listed)).to.contain('潼南');
  });

  it('without a limit (an ordinary page) a redirect elsewhere is followed as before', async () => {
    const el = document.createElement('test-widget');
    el.src = `/test/redirect?to=${encodeURIComponent(`${TONGNAN}?cors`)}&away&n=3`;
    slot.append(el);
    expect(await el.loadComplete).to.equal(true);
    expect(nameOf(el)).to.contain('潼南');
  });
});
