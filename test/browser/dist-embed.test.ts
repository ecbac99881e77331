/**
 * The iframe mode of the built kit (issue 4, way 2): dist/embed.html builds one element from its
 * query string and posts { type: 'budget-widgets:height', frame, height } to the parent, so the
 * few lines of the host snippet (demo/builder/snippets.ts hostSnippet, reproduced here) can size
 * the iframe to its content. Data from another origin is refused before any request is made.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { alertText, deepText, stable, whenSettled } from '../hostile/browser.js';
import { requireBuild, TAGS, WIDGETS } from '../fixtures/dist/dist.js';
import { WIDGET_NAMES } from '../../src/widgets/registry.js';

interface HeightMessage {
  type: string;
  frame: string;
  height: number;
}

/** Every height message of one iframe (by source window), and the host snippet's sizing applied. */
interface Embedded {
  iframe: HTMLIFrameElement;
  messages: HeightMessage[];
  doc: () => Document;
  stop: () => void;
}

/**
 * Creates `<iframe src="/dist/embed.html?query">` the way the snippet builder writes it
 * (width 100%, height 600) inside a box of `width` px, sized from its messages as the host snippet does.
 */
async function embed(query: string, width = 640): Promise<Embedded> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const iframe = document.createElement('iframe');
  iframe.width = '100%';
  iframe.height = '600';
  iframe.title = 'budget';
  const messages: HeightMessage[] = [];
  const onMessage = (e: MessageEvent) => {
    if (e.source !== iframe.contentWindow || (e.data as HeightMessage)?.type !== 'budget-widgets:height') return;
    messages.push(e.data as HeightMessage);
    const h = (e.data as HeightMessage).height;
    if (typeof h !== 'number' || !(h >= 0)) return;
    iframe.style.height = `${Math.min(Math.ceil(h), 10000)}px`;
    iframe.style.border = '0';
  };
  addEventListener('message', onMessage);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/dist/embed.html?${query}`;
  box.append(iframe);
  document.body.append(box);
  await loaded;
  return {
    iframe,
    messages,
    doc: () => iframe.contentDocument!,
    stop: () => {
      removeEventListener('message', onMessage);
      box.remove();
    },
  };
}

/** The height of what the embed page shows: its root element's box (html has no fixed height). */
const contentHeight = (doc: Document) => doc.documentElement.getBoundingClientRect().height;
const last = (m: HeightMessage[]) => m[m.length - 1];
/** The last message gives the content's height (rounded up to whole pixels). */
async function sizedToContent(e: Embedded): Promise<HeightMessage> {
  const fits = () => {
    const h = last(e.messages)?.height;
    return h !== undefined && h >= contentHeight(e.doc()) && h < contentHeight(e.doc()) + 1;
  };
  // waitUntil: the frame's height settling, not a load.
  await waitUntil(fits, '', { timeout: 5000 }).catch(() => {
    throw new Error(`no height message for the content: last ${JSON.stringify(last(e.messages))}, content ${contentHeight(e.doc())}px`);
  });
  return last(e.messages)!;
}
const foreignRequests = (doc: Document) =>
  doc.defaultView!.performance.getEntriesByType('resource').map((e) => e.name).filter((u) => new URL(u).origin !== location.origin);

describe('dist/embed.html (iframe mode)', () => {
  before(async () => {
    await requireBuild();
    await requireBuild('/dist/embed.html');
  });
  let open: Embedded | undefined;
  afterEach(() => open?.stop());

  it('renders the widget and posts its content height with the frame id', async () => {
    const e = (open = await embed('widget=sangong-chart&src=/data/tongnan-cac-2023.json&frame=f1'));
    const el = e.doc().querySelector('sangong-chart')!;
    expect(el, 'the element is created').to.not.equal(null);
    expect(el.getAttribute('src')).to.equal(new URL('/data/tongnan-cac-2023.json', location.href).href);
    await whenSettled(el);
    await stable(el);
    expect(alertText(el)).to.equal(null);
    WIDGETS.find((w) => w.tag === 'sangong-chart')!.expectFigures(el);

    const m = await sizedToContent(e);
    expect(m.frame).to.equal('f1');
    expect(m.height, 'a rendered chart, not the loading block').to.be.greaterThan(200);
    expect(e.iframe.getBoundingClientRect().height, 'the host snippet sized the iframe').to.equal(m.height);
    expect(e.doc().documentElement.scrollHeight, 'nothing is cut off').to.be.at.most(e.iframe.clientHeight);
  });

  it('reports a smaller height when its content shrinks (not the iframe height it was given)', async () => {
    // The builder's snippet starts every iframe at 600px; a short table must not keep that height.
    const e = (open = await embed('widget=budget-table&kind=sangong&src=/data/tongnan-cac-2023.json&frame=t1'));
    const el = e.doc().querySelector('budget-table')!;
    await whenSettled(el);
    await stable(el);
    expect(alertText(el)).to.equal(null);
    expect(deepText(el)).to.contain('7.00');
    const m = await sizedToContent(e);
    expect(m.frame).to.equal('t1');
    expect(m.height, 'less than the 600px the iframe started with').to.be.lessThan(600);
    expect(e.iframe.getBoundingClientRect().height).to.equal(m.height);
  });

  it('refuses a data file from another origin with a message, and requests nothing', async () => {
    const e = (open = await embed('widget=sangong-chart&src=http://example.invalid/x.json&frame=f2'));
    const alert = e.doc().querySelector('[role="alert"]');
    expect(alert, 'a refusal message').to.not.equal(null);
    expect(alert!.textContent).to.contain('只能加载本站的数据文件').and.contain('http://example.invalid');
    expect(e.doc().querySelector('sangong-chart'), 'no element that could fetch').to.equal(null);
    const m = await sizedToContent(e);
    expect(m.frame).to.equal('f2');
    expect(m.height, 'the height of the message, not of the iframe').to.be.lessThan(200);
    expect(foreignRequests(e.doc())).to.deep.equal([]);
  });

  it('refuses a same-origin address that redirects (301) to another origin (issue 10), and shows none of its data', async () => {
    // test/transport-middleware.mjs: /test/redirect?to=…&away answers 301 to the other loopback
    // name (localhost ↔ 127.0.0.1), which serves the file with CORS: readable, were it not refused.
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const src = `/test/redirect?to=${encodeURIComponent('/data/tongnan-cac-2023.json?cors')}&away`;
    const e = (open = await embed(`widget=sangong-chart&src=${encodeURIComponent(src)}&frame=r1`));
    const el = e.doc().querySelector('sangong-chart')!;
    expect(el, 'the address itself is of this origin').to.not.equal(null);
    await whenSettled(el);
    expect(alertText(el)).to.contain(`而该文件来自（或被重定向到）${location.protocol}//${other}:${location.port}`);
    expect(deepText(el)).to.not.contain('三公');
  });

  it('names the widgets it knows when the widget is unknown', async () => {
    const e = (open = await embed('widget=pie-chart&src=/data/tongnan-cac-2023.json'));
    const alert = e.doc().querySelector('[role="alert"]');
    expect(alert, 'a message').to.not.equal(null);
    expect(alert!.textContent).to.equal(`未知的组件 widget=“pie-chart”。可用：${WIDGET_NAMES.join('、')}。`);
    expect(deepText(e.doc().body)).to.not.contain('加载中');
  });

  for (const name of ['toString', '__proto__', 'constructor']) {
    it(`treats widget=${name} as unknown (not an inherited property)`, async () => {
      const e = (open = await embed(`widget=${name}&src=/data/tongnan-cac-2023.json`));
      const alert = e.doc().querySelector('[role="alert"]');
      expect(alert, 'a message, not a blank page').to.not.equal(null);
      expect(alert!.textContent).to.contain(`未知的组件 widget=“${name}”`);
    });
  }
});
