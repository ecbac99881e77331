/**
 * Issue 10: every parameter of the built embed page (dist/embed.html) is untrusted input. An
 * address the URL parser refuses (`src=http://[`) threw an uncaught error and left a blank page;
 * now each odd query gives a message on the page, and no widget is made from it.
 */
import { expect } from '@open-wc/testing';
import { requireBuild } from '../fixtures/dist/dist.js';

/** Loads `/dist/embed.html?query` in an iframe and returns its document once the page has run. */
async function embed(query: string): Promise<{ doc: Document; done: () => void }> {
  const iframe = document.createElement('iframe');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/dist/embed.html?${query}`;
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  // The module script has run when the root holds its widget or its message.
  for (let i = 0; i < 100 && !doc.getElementById('root')?.firstElementChild; i++) await new Promise((r) => setTimeout(r, 20));
  return { doc, done: () => iframe.remove() };
}

describe('dist/embed.html: odd query strings get a message, never a blank page', () => {
  before(async () => {
    await requireBuild('/dist/embed.html');
    await requireBuild('/dist/embed.js');
  });

  const cases: [string, RegExp][] = [
    ['widget=sangong-chart&src=http://[', /数据文件地址（src）不是有效的网址：“http:\/\/\[”/],
    ['widget=kpi-card&src=https://[::1', /不是有效的网址/],
    ['widget=budget-table&src=%20%20', /缺少数据文件地址/],
    ['widget=budget-table&kind=sangong', /缺少数据文件地址/],
    [`widget=${encodeURIComponent('x\u202e<img src=x onerror=alert(1)>')}&src=/data/tongnan-cac-2023.json`, /未知的组件 widget=“\u2068x\u202e<img src=x onerror=alert\(1\)>\u2069”/],
    ['widget=project-table&src=javascript:alert(1)', /必须是 http\(s\)/],
  ];
  for (const [query, says] of cases) {
    it(query, async () => {
      const { doc, done } = await embed(query);
      try {
        const alert = doc.querySelector('.embed-error[role="alert"]');
        expect(alert?.textContent ?? '(blank page)').to.match(says);
        expect(doc.querySelector('budget-summary, sangong-chart, project-table, kpi-card, budget-table, budget-execution')?.localName ?? null).to.equal(null);
        expect(doc.querySelector('#root img')?.localName ?? null, 'markup from the query').to.equal(null);
      } finally {
        done();
      }
    });
  }
});
