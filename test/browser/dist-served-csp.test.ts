/**
 * The built kit under the strict policy a portal sends as a response header (issue 4: "works
 * under Content-Security-Policy: default-src 'self'"), with no 'unsafe-inline' anywhere and
 * Trusted Types enforced: the classic script (IIFE) on a plain article page, and the iframe page
 * dist/embed.html. test/served-csp-plugin.mjs sends the header for `?served-csp` and puts
 * test/fixtures/dist/csp-watch.js first in the page, which records every violation and error.
 *
 * "No violation" alone could mean the watcher saw nothing: each test ends by making two known
 * violations in the page and waits until the watcher has them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { whenSettled } from '../hostile/browser.js';
import { requireBuild, TAGS, WIDGETS } from '../fixtures/dist/dist.js';

type Watched = Window & { __cspViolations: string[]; __errors: string[]; __consoleErrors: string[]; eval: (s: string) => unknown };
const watched = (iframe: HTMLIFrameElement) => iframe.contentWindow as Watched;

/** Loads `url` (with ?served-csp=`policy` added) in a visible iframe of `width` px and returns it once loaded. */
async function frame(url: string, width = 1000, policy = ''): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.title = url;
  iframe.style.cssText = `width:${width}px;height:900px;border:0`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `${url}${url.includes('?') ? '&' : '?'}served-csp${policy && `=${policy}`}`;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/**
 * Requires the page to have had no violation and no error so far, then makes two known violations
 * (an HTML string assigned to innerHTML, and eval) and waits until the watcher has seen each:
 * the policy is enforced and the watcher would have seen a violation of the kit.
 */
async function expectNoViolationYet(iframe: HTMLIFrameElement): Promise<void> {
  const win = watched(iframe);
  expect(win.__cspViolations, 'csp-watch.js ran first').to.be.an('array');
  expect(win.__cspViolations, 'violations while the kit loaded and rendered').to.deep.equal([]);
  expect(win.__errors, 'errors in the page').to.deep.equal([]);
  const div = iframe.contentDocument!.createElement('div');
  expect(() => (div.innerHTML = '<b>x</b>'), 'Trusted Types are enforced').to.throw(/TrustedHTML/);
  // waitUntil: a CSP violation report, not a load.
  await waitUntil(() => win.__cspViolations.length === 1, 'the innerHTML violation was never seen');
  expect(() => win.eval('1 + 1'), 'eval must be refused').to.throw();
  // waitUntil: a CSP violation report, not a load.
  await waitUntil(() => win.__cspViolations.length === 2, 'the eval violation was never seen');
}

/** Every resource the frame requested, as URLs. */
const requested = (iframe: HTMLIFrameElement): string[] =>
  iframe.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);

before(async () => {
  await requireBuild('/dist/budget-widgets.iife.js');
  await requireBuild('/dist/embed.html');
});

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('served strict CSP header', () => {
  it('the classic script on a plain article page renders every element with the published figures', async function () {
    this.timeout(20000);
    const iframe = await frame('/test/fixtures/dist/served-csp.html');
    const doc = iframe.contentDocument!;
    for (const w of WIDGETS) {
      const el = doc.querySelector(w.tag)!;
      expect(el, w.tag).to.exist;
      await whenSettled(el, 10000);
      w.expectFigures(el);
    }
    expect(new Set([...doc.querySelectorAll('*')].map((e) => e.localName).filter((t) => (TAGS as readonly string[]).includes(t))).size).to.equal(5);
    for (const url of requested(iframe)) expect(new URL(url).origin, url).to.equal(location.origin);
    await expectNoViolationYet(iframe);
  });

  it('dist/embed.html renders its widget and reports its height', async function () {
    this.timeout(20000);
    const heights: number[] = [];
    const onMessage = (e: MessageEvent) => {
      if ((e.data as { type?: string })?.type === 'budget-widgets:height') heights.push((e.data as { height: number }).height);
    };
    addEventListener('message', onMessage);
    try {
      const iframe = await frame('/dist/embed.html?widget=sangong-chart&src=/data/tongnan-cac-2023.json', 640);
      const el = iframe.contentDocument!.querySelector('sangong-chart')!;
      expect(el, 'the widget of the query string').to.exist;
      await whenSettled(el, 10000);
      WIDGETS.find((w) => w.tag === 'sangong-chart')!.expectFigures(el);
      // waitUntil: the embed page's height message, not a load.
      await waitUntil(() => heights.some((h) => h > 200), `no height message above 200 px: ${heights.join(', ')}`);
      await expectNoViolationYet(iframe);
    } finally {
      removeEventListener('message', onMessage);
    }
  });
});

/**
 * Issue 10: Trusted Types policy lists. The kit creates one policy, "lit-html" (lit's; one per copy
 * of lit, so a page loading the kit twice needs 'allow-duplicates'). The README's CSP section
 * documents the header; these load pages under it (test/served-csp-plugin.mjs TRUSTED_TYPES_POLICIES)
 * and under lists that forbid it: before, nothing was defined and every widget stayed blank, silently.
 */
describe('served Trusted Types policy lists', () => {
  it('the documented header (trusted-types lit-html \'allow-duplicates\'): every element renders, no violation', async function () {
    this.timeout(20000);
    // The header served is the one the README documents, word for word.
    const served = (await fetch('/test/fixtures/dist/served-csp.html?served-csp=documented')).headers.get('content-security-policy');
    expect(served).to.contain("trusted-types lit-html 'allow-duplicates'");
    expect(await (await fetch('/README.md')).text()).to.contain(`\nContent-Security-Policy: ${served}\n`);
    const iframe = await frame('/test/fixtures/dist/served-csp.html', 1000, 'documented');
    const doc = iframe.contentDocument!;
    for (const w of WIDGETS) {
      const el = doc.querySelector(w.tag)!;
      await whenSettled(el, 10000);
      w.expectFigures(el);
    }
    expect(watched(iframe).__consoleErrors).to.deep.equal([]);
    await expectNoViolationYet(iframe);
  });

  it('the documented header with the kit loaded twice (classic script and module): renders, nothing refused', async function () {
    this.timeout(20000);
    const iframe = await frame('/test/fixtures/dist/served-csp-twice.html', 1000, 'documented');
    const doc = iframe.contentDocument!;
    // Both copies ran before the load event (a module script runs once the page is parsed).
    expect(requested(iframe).filter((u) => /\/dist\/budget-widgets\.(iife\.)?js$/.test(u))).to.have.length(2);
    for (const tag of ['sangong-chart', 'budget-table'] as const) {
      const el = doc.querySelector(tag)!;
      await whenSettled(el, 10000);
      WIDGETS.find((w) => w.tag === tag)!.expectFigures(el);
    }
    expect(watched(iframe).__consoleErrors).to.deep.equal([]);
    await expectNoViolationYet(iframe);
  });

  it('without \'allow-duplicates\' the second copy is refused: the first copy’s widgets work, the console says what to add', async function () {
    this.timeout(20000);
    const iframe = await frame('/test/fixtures/dist/served-csp-twice.html', 1000, 'no-duplicates');
    const win = watched(iframe);
    // waitUntil: a console error of the second copy, not a load.
    await waitUntil(() => win.__consoleErrors.some((m) => m.includes("'allow-duplicates'")), `no console error: ${win.__consoleErrors.join(' | ')}`, { timeout: 10000 });
    expect(win.__consoleErrors.filter((m) => m.includes('[budget-widgets]'))).to.have.length(1);
    expect(win.__consoleErrors[0]).to.contain('loaded twice').and.contain('"lit-html"');
    const el = iframe.contentDocument!.querySelector('sangong-chart')!;
    await whenSettled(el, 10000);
    WIDGETS.find((w) => w.tag === 'sangong-chart')!.expectFigures(el);
  });

  for (const [page, kit] of [['/test/fixtures/dist/served-csp-fallback.html', 'module'], ['/test/fixtures/dist/served-csp.html', 'classic script']] as const) {
    it(`a list without lit-html (trusted-types foo), ${kit}: the console names the policy to allow, each widget says so, a static fallback stays`, async function () {
      this.timeout(20000);
      const iframe = await frame(page, 1000, 'forbidding');
      const win = watched(iframe);
      const doc = iframe.contentDocument!;
      // waitUntil: a console error of the kit, not a load.
      await waitUntil(() => win.__consoleErrors.some((m) => m.includes('[budget-widgets]')), `no console error: ${win.__consoleErrors.join(' | ')}`, { timeout: 10000 });
      const said = win.__consoleErrors.find((m) => m.includes('[budget-widgets]'))!;
      expect(said).to.contain('does not allow the Trusted Types policy "lit-html"').and.contain("trusted-types lit-html 'allow-duplicates'");
      expect(win.__cspViolations.some((v) => v.startsWith('trusted-types')), 'the refusal is a violation of the page policy').to.equal(true);
      for (const tag of TAGS) {
        for (const el of doc.querySelectorAll(tag)) {
          expect(iframe.contentWindow!.customElements.get(tag), 'nothing is defined').to.equal(undefined);
          const text = el.textContent!.replace(/\s+/g, ' ').trim();
          if (el.querySelector('.budget-static')) {
            expect(text, 'the static fallback stays').to.contain('7.00');
            expect(el.querySelector('[role="alert"]'), 'and is not covered').to.equal(null);
          } else if (el.closest('[lang]')?.getAttribute('lang') === 'en') {
            expect(el.querySelector('[role="alert"]')?.textContent, tag).to.contain('does not allow the policy “lit-html”');
          } else {
            expect(el.querySelector('[role="alert"]')?.textContent, tag).to.contain('本网站的安全策略（Trusted Types）不允许“lit-html”策略');
          }
          expect((el as HTMLElement).getBoundingClientRect().height, `${tag} is not blank`).to.be.greaterThan(10);
        }
      }
    });
  }
});
