/**
 * The BudgetElement base through a tiny element: accessibility of the loading, error, empty and
 * ready states, the retry button by keyboard, the source footer, and the container-width
 * controller. `fetch` is stubbed where the state needs a network answer.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ContainerWidthController } from '../../src/elements/shared/container-width.js';
import { forgetDisclosure } from '../../src/model/load.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { FetchStub, jsonResponse } from '../fixtures/load/fetch-stub.js';
import { alertOf, nameOf, TestWidget } from '../fixtures/load/test-widget.js';

const minimal = (await (await fetch('/test/fixtures/load/minimal.json')).json()) as BudgetDisclosure;
const copy = (change: (d: BudgetDisclosure) => void = () => {}) => {
  const d = structuredClone(minimal);
  change(d);
  return d;
};

let n = 0;
const fresh = () => `/base-test/${++n}.json`;

let stub: FetchStub | undefined;
const originalError = console.error;
beforeEach(() => {
  console.error = () => {};
});
afterEach(() => {
  stub?.restore();
  stub = undefined;
  console.error = originalError;
  forgetDisclosure();
});

async function ready(data: BudgetDisclosure, attrs = ''): Promise<TestWidget> {
  const el = document.createElement('test-widget');
  for (const a of attrs.split(' ').filter(Boolean)) {
    const [k, v = ''] = a.split('=');
    el.setAttribute(k!, v);
  }
  el.data = data;
  await fixture(html`<div>${el}</div>`);
  expect(await el.loadComplete).to.equal(true);
  return el;
}

async function failed(status = 404, attrs: Record<string, string> = {}): Promise<TestWidget> {
  stub = new FetchStub(() => new Response('', { status }));
  const el = document.createElement('test-widget');
  for (const [k, v] of Object.entries({ src: fresh(), ...attrs })) el.setAttribute(k, v);
  await fixture(html`<div>${el}</div>`);
  expect(await el.loadComplete).to.equal(false);
  return el;
}

describe('base: loading state', () => {
  it('is accessible, busy, with a polite "加载中…" status and a block of height', async () => {
    stub = new FetchStub();
    const el = await fixture<TestWidget>(html`<test-widget src=${fresh()}></test-widget>`);
    expect(el.state).to.equal('pending');
    await expect(el).to.be.accessible();
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.equal('加载中…');
    expect(el.shadowRoot!.querySelector('.skeleton-block')!.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(alertOf(el)).to.equal(null);
  });

  it('says "Loading…" with lang="en" on an ancestor', async () => {
    stub = new FetchStub();
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><test-widget src=${fresh()}></test-widget></div>`);
    const el = wrap.querySelector('test-widget')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
  });

  it('a subclass skeleton replaces the generic one', async () => {
    class SizedWidget extends TestWidget {
      protected override renderSkeleton() {
        return html`<div class="custom-skeleton" aria-busy="true"></div>`;
      }
    }
    if (!customElements.get('sized-widget')) customElements.define('sized-widget', SizedWidget);
    stub = new FetchStub();
    const el = await fixture<SizedWidget>(html`<sized-widget src=${fresh()}></sized-widget>`);
    expect(el.shadowRoot!.querySelector('.custom-skeleton')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.skeleton-block')).to.equal(null);
  });
});

describe('base: error state', () => {
  it('is accessible: the message in role="alert", the retry button outside it', async () => {
    const el = await failed();
    await expect(el).to.be.accessible();
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('无法显示预算数据');
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('part')).to.equal('retry-button');
    expect(button.type).to.equal('button');
    expect(alert.contains(button)).to.equal(false);
  });

  it('the retry button works by keyboard (Tab, Enter) and focus comes back to it when the retry fails again', async () => {
    const el = await failed(503);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('重试');
    await sendKeys({ press: 'Enter' });
    expect(await el.loadComplete).to.equal(false);
    expect(stub!.calls.length).to.equal(2);
    expect(el.shadowRoot!.activeElement?.textContent, 'focus on the new retry button').to.equal('重试');
    stub!.restore();
    stub = new FetchStub(() => jsonResponse(minimal));
    await sendKeys({ press: 'Space' });
    expect(await el.loadComplete).to.equal(true);
    expect(nameOf(el)).to.equal('测试区示例局');
  });

  it('is worded in English with lang="en", and re-worded when lang changes', async () => {
    const el = await failed(404);
    expect(alertOf(el)).to.include('找不到数据文件');
    el.setAttribute('lang', 'en');
    await new Promise<void>((resolve) => queueMicrotask(resolve)); // the MutationObserver's turn
    await el.updateComplete;
    expect(alertOf(el)).to.include('The budget data cannot be shown').and.include('not found');
  });
});

describe('base: loadComplete', () => {
  it('waits for the answer, then resolves true once the data is rendered and budget-load fired', async () => {
    stub = new FetchStub();
    const el = await fixture<TestWidget>(html`<test-widget src=${fresh()}></test-widget>`);
    let resolved = false;
    void el.loadComplete.then(() => (resolved = true));
    await stub.called(1);
    await el.updateComplete;
    expect(resolved, 'not before the answer').to.equal(false);
    let shownAtEvent: string | null = null;
    el.addEventListener('budget-load', () => (shownAtEvent = nameOf(el)));
    stub.calls[0]!.respond(jsonResponse(minimal));
    expect(await el.loadComplete).to.equal(true);
    expect(shownAtEvent, 'the event came first, after the render').to.equal('测试区示例局');
    expect(el.state).to.equal('complete');
  });

  it('resolves false once the error is rendered and budget-error fired', async () => {
    stub = new FetchStub(() => new Response('', { status: 404 }));
    const el = document.createElement('test-widget');
    el.src = fresh();
    let fired = 0;
    el.addEventListener('budget-error', () => fired++);
    await fixture(html`<div>${el}</div>`);
    expect(await el.loadComplete).to.equal(false);
    expect(fired).to.equal(1);
    expect(alertOf(el)).to.include('找不到数据文件');
  });

  it('a source changed before the answer: resolves for the new source only', async () => {
    stub = new FetchStub();
    const el = await fixture<TestWidget>(html`<test-widget src=${fresh()}></test-widget>`);
    const first = el.loadComplete;
    await stub.called(1);
    el.data = copy((d) => (d.department.name = '新的数据'));
    expect(await first).to.equal(true);
    expect(nameOf(el)).to.equal('新的数据');
  });

  it('after reload() it is the promise of the new load, not the settled one of the old', async () => {
    let count = 0;
    stub = new FetchStub(() => (count++ === 0 ? jsonResponse(minimal) : undefined));
    const el = await fixture<TestWidget>(html`<test-widget src=${fresh()}></test-widget>`);
    expect(await el.loadComplete).to.equal(true);
    el.reload();
    let resolved = false;
    void el.loadComplete.then(() => (resolved = true));
    await stub.called(2);
    await el.updateComplete;
    expect(resolved, 'still loading').to.equal(false);
    expect(el.state).to.equal('pending');
    stub.calls[1]!.respond(jsonResponse(copy((d) => (d.department.name = '再次加载'))));
    expect(await el.loadComplete).to.equal(true);
    expect(nameOf(el)).to.equal('再次加载');
  });
});

describe('base: ready and empty states', () => {
  it('ready is accessible and shows the data with the source footer', async () => {
    const el = await ready(copy());
    await expect(el).to.be.accessible();
    expect(nameOf(el)).to.equal('测试区示例局');
    const footer = el.shadowRoot!.querySelector('footer')!;
    expect(footer.getAttribute('part')).to.equal('footer source');
    expect(footer.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '数据来源：测试区示例局，2024 年部门预算，单位：万元，发布日期：2024-02-01，测试区示例局2024年部门预算情况说明',
    );
  });

  it('several widgets on one page stay accessible (the footer is not a contentinfo landmark)', async () => {
    const a = document.createElement('test-widget');
    const b = document.createElement('test-widget');
    a.data = copy();
    b.data = copy();
    const wrap = await fixture(html`<div>${a}${b}</div>`);
    await a.updateComplete;
    await b.updateComplete;
    await expect(wrap).to.be.accessible();
  });

  it('the footer in English, for final accounts, without a date or a document', async () => {
    const el = await ready(copy((d) => {
      d.department.kind = 'final';
      delete d.department.published;
      delete d.department.source;
    }), 'lang=en');
    expect(el.shadowRoot!.querySelector('footer')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Source: 测试区示例局, 2024 final accounts, unit: 10k yuan',
    );
    expect(el.shadowRoot!.querySelector('footer a')).to.equal(null);
  });

  it('the source link: http(s) on the site only; a javascript: URL or another site stays plain text', async () => {
    const el = await ready(copy((d) => (d.department.source!.url = 'javascript:alert(1)')));
    expect(el.shadowRoot!.querySelector('footer a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('footer')!.textContent).to.include('测试区示例局2024年部门预算情况说明');
    // The page's site (issue 10: an address on another site gets no link, see data/README.md).
    const ok = await ready(copy((d) => (d.department.source!.url = `${location.origin}/a.pdf`)));
    expect(ok.shadowRoot!.querySelector<HTMLAnchorElement>('footer a')!.href).to.equal(`${location.origin}/a.pdf`);
    const off = await ready(copy((d) => (d.department.source!.url = 'https://www.example.gov.cn/a.pdf')));
    expect(off.shadowRoot!.querySelector('footer a')).to.equal(null);
  });

  it('data text with markup is shown as text, never parsed', async () => {
    const el = await ready(copy((d) => {
      d.department.name = '<img src=x onerror="window.__pwned=1">';
      d.department.source!.title = '<b>bold</b>';
    }));
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(nameOf(el)).to.equal('<img src=x onerror="window.__pwned=1">');
  });

  it('no-footer hides the footer', async () => {
    const el = await ready(copy(), 'no-footer');
    expect(el.noFooter).to.equal(true);
    expect(el.shadowRoot!.querySelector('footer')).to.equal(null);
  });

  it('renderEmpty: an accessible sentence', async () => {
    const el = await ready(copy((d) => delete d.tables['sangong']));
    await expect(el).to.be.accessible();
    const empty = el.shadowRoot!.querySelector('[part~="empty"]')!;
    expect(empty.textContent).to.equal('测试区示例局：没有三公经费表');
  });
});

describe('ContainerWidthController', () => {
  class WidthProbe extends LitElement {
    readonly size = new ContainerWidthController(this, 500);
    renders = 0;
    protected override render() {
      this.renders++;
      return html`${this.size.width}`;
    }
  }
  if (!customElements.get('width-probe')) customElements.define('width-probe', WidthProbe);

  it('has the container width at the first render, and follows the container', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 333px"><width-probe style="display: block; padding: 0 10px"></width-probe></div>`);
    const el = wrap.firstElementChild as WidthProbe;
    expect(el.size.width).to.equal(313);
    expect(el.shadowRoot!.textContent).to.equal('313');
    wrap.style.width = '733px';
    // Polls a ResizeObserver callback (deferred to a task), not a load: nothing to await.
    await waitUntil(() => el.size.width === 713, 'the width never followed the container');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('713');
  });

  it('uses the fallback while the host has no layout', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="display: none"><width-probe></width-probe></div>`);
    expect((wrap.firstElementChild as WidthProbe).size.width).to.equal(500);
  });
});
