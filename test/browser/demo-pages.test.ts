/**
 * The demo pages (demo/*.html) stay what the issue asks of them: the portal pages publish every
 * table of their data file with plain markup and no script of their own, the failures page's
 * fixtures fail the way its headings say, and the portal page renders with no widget in error.
 */
import { expect } from '@open-wc/testing';
import { loadDisclosure, LoadError, type LoadErrorKind } from '../../src/model/load.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { WIDGET_NAMES, WIDGETS } from '../../src/widgets/registry.js';

const TAGS = WIDGET_NAMES;
/** The widgets a budget (预算) page can show: not those that read only 决算 tables (<budget-execution>). */
const BUDGET_TAGS = WIDGETS.filter((w) => w.reads.tables === 'any' || !w.reads.tables.every((k) => k.startsWith('final-'))).map((w) => w.tag);

async function page(name: string): Promise<Document> {
  const response = await fetch(`/demo/${name}`);
  expect(response.ok, name).to.equal(true);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/** The data file every widget of the page uses (exactly one), resolved against demo/. */
function onlySource(doc: Document): string {
  const sources = new Set([...doc.querySelectorAll(TAGS.join(','))].map((el) => el.getAttribute('src')));
  expect([...sources]).to.have.length(1);
  return new URL([...sources][0]!, new URL('/demo/', location.href)).pathname;
}

async function data(path: string): Promise<BudgetDisclosure> {
  return (await (await fetch(path)).json()) as BudgetDisclosure;
}

describe('demo portal pages', () => {
  for (const [name, file] of [
    ['index.html', '/data/tongnan-cac-2023.json'],
    ['example-district.html', '/data/example-district-2024.json'],
  ] as const) {
    describe(name, () => {
      it(`uses ${file} for every widget and shows every element`, async () => {
        const doc = await page(name);
        expect(onlySource(doc)).to.equal(file);
        for (const tag of BUDGET_TAGS) expect(doc.querySelector(tag), tag).to.not.equal(null);
      });

      it('has a <budget-table> for every table of the file, in file order', async () => {
        const doc = await page(name);
        const kinds = [...doc.querySelectorAll('budget-table')].map((el) => el.getAttribute('kind'));
        expect(kinds).to.deep.equal(Object.keys((await data(file)).tables));
      });

      it('links a kpi-card to the project table by id, without script', async () => {
        const doc = await page(name);
        expect(doc.querySelector('project-table#projects')).to.not.equal(null);
        expect(doc.querySelector('kpi-card[for="projects"]')).to.not.equal(null);
      });

      it('runs under a strict CSP: no inline script or style, lang and landmarks set', async () => {
        const doc = await page(name);
        expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).to.contain("script-src 'self'");
        for (const s of doc.querySelectorAll('script')) expect(s.getAttribute('src'), 'inline script').to.be.a('string');
        expect(doc.querySelectorAll('style, [style]')).to.have.length(0);
        expect(doc.documentElement.lang).to.equal('zh-CN');
        expect(doc.querySelectorAll('header.site-header, main#main, footer.site-footer, a.skip-link[href="#main"]')).to.have.length(4);
        expect(doc.querySelectorAll('h1')).to.have.length(1);
      });
    });
  }

  it('the example district’s 决算 page shows the pair: <budget-execution> joins the 决算 with its budget, every 决算 table follows', async () => {
    const doc = await page('example-district-final.html');
    expect(onlySource(doc)).to.equal('/data/example-district-2024-final.json');
    expect(doc.querySelector('budget-execution')?.getAttribute('budget-src')).to.equal('../data/example-district-2024.json');
    const kinds = [...doc.querySelectorAll('budget-table')].map((el) => el.getAttribute('kind'));
    expect(kinds).to.deep.equal(Object.keys((await data('/data/example-district-2024-final.json')).tables));
    // The 预算 and 决算 tabs of one department, on both pages.
    for (const name of ['example-district.html', 'example-district-final.html']) {
      const tabs = [...(await page(name)).querySelectorAll('nav.year-tabs a')].map((a) => `${a.getAttribute('href')}${a.getAttribute('aria-current') ? ' (current)' : ''}`);
      expect(tabs, name).to.deep.equal(['example-district.html', 'example-district-final.html'].map((l) => (l === name ? `${l} (current)` : l)));
    }
  });

  it('the example district shows the 三公 picker and a chart with unit set', async () => {
    const doc = await page('example-district.html');
    const charts = [...doc.querySelectorAll('sangong-chart')];
    expect(charts.map((c) => c.getAttribute('unit'))).to.deep.equal([null, '125002']);
  });
});

describe('demo failures page', () => {
  const expected: Record<string, LoadErrorKind> = {
    'fixtures/no-such-file.json': 'http',
    'fixtures/invalid-json.json': 'parse',
    'fixtures/schema-errors.json': 'schema',
    'fixtures/html-instead.json': 'html',
    'fixtures/other-version.json': 'version',
    'fixtures/saved-as-gbk.json': 'encoding',
  };

  it('has one case per fixture, and each fixture fails as its heading says', async () => {
    const doc = await page('failures.html');
    const used = new Set([...doc.querySelectorAll('[src^="fixtures/"]')].map((el) => el.getAttribute('src')!));
    expect([...used].sort()).to.deep.equal(Object.keys(expected).sort());
    for (const [src, kind] of Object.entries(expected)) {
      const failure = await loadDisclosure(`/demo/${src}`).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(failure, src).to.be.instanceOf(LoadError);
      expect((failure as LoadError).kind, src).to.equal(kind);
      if (kind === 'http') expect((failure as LoadError).status).to.equal(404);
    }
  });

  it('asks the real data for a kind and a project it does not have', async () => {
    const doc = await page('failures.html');
    const tongnan = await data('/data/tongnan-cac-2023.json');
    const kind = doc.querySelector('budget-table[kind="no-such-kind"]');
    expect(kind).to.not.equal(null);
    expect(Object.keys(tongnan.tables)).to.not.include('no-such-kind');
    expect(doc.querySelector('kpi-card[project="不存在"]')).to.not.equal(null);
    expect(tongnan.projects?.map((p) => p.name)).to.not.include('不存在');
    expect(tongnan.tables['gov-fund-expenditure']?.emptyNote).to.be.a('string');
    expect(doc.querySelectorAll('[lang="en"]').length).to.be.at.least(2);
    expect(doc.querySelectorAll('section.case:not(:has([src]))').length, 'loading cases').to.be.at.least(1);
  });
});

describe('every demo page', () => {
  const PAGES = ['index.html', 'example-district.html', 'example-district-final.html', 'failures.html', 'themes.html', 'gallery.html', 'builder.html'];

  it('declares an empty favicon, so no request for /favicon.ico fails', async () => {
    for (const name of PAGES) expect((await page(name)).querySelector('link[rel="icon"]')?.getAttribute('href'), name).to.equal('data:,');
  });

  it('every page but the one-widget gallery has the same site nav, which links the gallery and marks the current page', async () => {
    const NAV = ['index.html', 'example-district.html', 'example-district-final.html', 'failures.html', 'themes.html', 'gallery.html', 'builder.html', 'import.html'];
    const links = (doc: Document) => [...doc.querySelectorAll('header.site-header nav.site-nav a')].map((a) => `${a.getAttribute('href')}${a.getAttribute('aria-current') === 'page' ? ' (current)' : ''}`);
    for (const name of PAGES.filter((p) => p !== 'gallery.html')) {
      const doc = await page(name);
      expect(links(doc), name).to.deep.equal(NAV.map((l) => (l === name ? `${l} (current)` : l)));
      // A skip link to the main content, and still no inline script or style under the strict CSP.
      const skip = doc.querySelector('a.skip-link, a.skip')?.getAttribute('href');
      expect(skip && doc.querySelector(skip), `${name}: skip link target`).to.not.equal(null);
      for (const s of doc.querySelectorAll('script')) expect(s.getAttribute('src'), `${name}: inline script`).to.be.a('string');
      expect(doc.querySelectorAll('style, [style]'), name).to.have.length(0);
      expect(doc.querySelectorAll('h1'), name).to.have.length(1);
    }
  });

  it('the themes page opens each widget alone in the gallery', async () => {
    const doc = await page('themes.html');
    const widgets = [...doc.querySelectorAll('a[href^="gallery.html?widget="]')].map((a) => new URL(a.getAttribute('href')!, location.href).searchParams.get('widget'));
    expect(widgets).to.deep.equal(TAGS);
  });
});

describe('demo portal page, rendered', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('renders every widget of index.html with no error state', async () => {
    frame = document.createElement('iframe');
    frame.style.width = '1280px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/index.html';
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const widgets = () => [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];
    expect(widgets()).to.have.length(15);
    // Each widget shows its data once the (shared) data file has loaded.
    const done = await Promise.all(widgets().map((el) => (el as HTMLElement & { loadComplete?: Promise<boolean> }).loadComplete));
    expect(done, 'every widget shows its data').to.deep.equal(widgets().map(() => true));
    for (const el of widgets()) expect(el.shadowRoot!.querySelector('[aria-busy="true"], .skeleton, .skeleton-block'), 'no loading state left').to.equal(null);
    for (const el of widgets()) expect(el.shadowRoot!.querySelector('.error'), `${el.localName} ${el.getAttribute('kind') ?? ''}`).to.equal(null);
    const tables = [...doc.querySelectorAll('budget-table')].map((el) => el.shadowRoot!.querySelectorAll('table').length);
    expect(tables.every((n) => n >= 1)).to.equal(true);
  });
});
