/**
 * What a reader waits for (issue 15): pages loaded cold from navigation start, under Lighthouse's
 * mobile throttling — the CPU 4× slower, and for the byte-bound figures also its slow-4G network
 * (150 ms round trip, 1.6 Mbit/s down). Each run is a fresh browser context (empty cache), runs
 * of the pages compared are interleaved, and the figure is the median.
 *
 *  - the four-tag page (<budget-summary>, <sangong-chart>, <project-table>, <kpi-card> on the
 *    bundled file) and the demo portal page (every widget, production bundle): longest task and
 *    total blocking time (the sum over 50 ms of each long task until every widget is drawn), and
 *    when the last widget was drawn;
 *  - <sangong-chart> alone against the same chart in tree-shaken ECharts and in the full
 *    echarts.min.js build (the way portals ship it), fetching the same file: when the bars are
 *    painted, in ms since navigation start. The page itself looks once a frame (requestAnimationFrame)
 *    for the bars in the DOM and takes the next frame's start as painted: the frame that found them
 *    has laid out and painted them by then. Both times are kept; a poll from outside (every 50 ms,
 *    as before) added up to a poll's delay to both sides and left out the layout.
 *  - <project-table> alone on a file of 10,000 projects (test/bench/generate.ts, about 21 MB),
 *    without CPU throttling (issue 15 states its target on an ordinary PC): when its first rows
 *    are shown, in ms after the file's last byte arrived (its responseEnd), and the longest task
 *    from then until a second after. Target: first rows within 700 ms, no task over 200 ms.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'puppeteer-core';
import { median, sample, type Sample } from './stats.js';
import { benchScale, generateDisclosure } from './generate.js';

export interface ColdPage {
  name: string;
  /** Longest task, total blocking time, and when every widget was drawn (ms since navigation). */
  longest: Sample;
  tbt: Sample;
  drawn: Sample;
  /** What the long frames were made of (LongFrames); absent in older reports. */
  frames?: LongFrames;
  failures: string[];
}

/**
 * The long animation frames (over 50 ms) of a load, split by what the browser did in them
 * (Long Animation Frames API): the most script time in one frame (the kit's code, by its entry
 * points), and the most time in one frame's rendering (style, layout, paint: the browser's work
 * on what the page and the widgets hold). Tells a kit's long task from the browser's.
 */
export interface LongFrames {
  script: Sample;
  rendering: Sample;
}

export interface ColdChart {
  network: 'none' | 'slow 4G';
  /**
   * ms from navigation start to the bars painted, per chart (reports without `inDom`, older ones:
   * to the bars in the DOM, polled from outside every 50 ms).
   */
  ours: Sample;
  echarts: Sample;
  echartsFull: Sample;
  /** ms from navigation start to the frame whose requestAnimationFrame first finds the bars in the DOM. Absent in older reports. */
  inDom?: { ours: Sample; echarts: Sample; echartsFull: Sample };
  /** Ours, painted, on a page that preloads the data file (README: `<link rel="preload" as="fetch" crossorigin>`). Absent in older reports. */
  oursPreloaded?: Sample;
  failures: string[];
}

/** <project-table> given a big file, unthrottled. */
export interface ColdBigTable {
  projects: number;
  /** Size of the file. */
  bytes: number;
  /** ms from the file's responseEnd to the first rows in the table (a frame's requestAnimationFrame). */
  firstRows: Sample;
  /** The longest task that ends after the file arrived, until a second after the rows are shown. */
  longest: Sample;
  /** Issue 15's targets for both, in ms. */
  targets: { firstRows: number; longest: number };
  failures: string[];
}

export interface ColdResults {
  cpuSlowdown: number;
  runs: number;
  /**
   * The four-tag page without the kit (its heading and text, the tags left undefined): what the
   * browser alone costs, mostly the first layout of Chinese text (loading the CJK font), which
   * also falls on the kit's page. Absent in reports made before it was measured.
   */
  baseline?: { longest: Sample; tbt: Sample; frames?: LongFrames; failures: string[] };
  pages: ColdPage[];
  charts: ColdChart[];
  /** Absent in older reports. */
  bigTable?: ColdBigTable;
}

/** The big file's size in projects, and issue 15's targets for it (ms). */
export const BIG_PROJECTS = 10_000;
export const BIG_TARGETS = { firstRows: 700, longest: 200 };

const CPU = 4;
/** Lighthouse's "slow 4G" (mobile) throttling. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const DATA = '/data/tongnan-cac-2023.json';

/** In the head of every page, before anything else: collects long tasks from the start. */
const OBSERVER = `<script>window.__long=[];new PerformanceObserver(function(l){l.getEntries().forEach(function(e){window.__long.push([e.startTime,e.duration])})}).observe({type:'longtask',buffered:true});
window.__loaf=[];try{new PerformanceObserver(function(l){l.getEntries().forEach(function(e){var s=0;(e.scripts||[]).forEach(function(x){s+=x.duration});window.__loaf.push([s,e.styleAndLayoutStart>0?e.startTime+e.duration-e.styleAndLayoutStart:0])})}).observe({type:'long-animation-frame',buffered:true})}catch(x){}
function __done(e){e.target.__settled=1}document.addEventListener('budget-load',__done,true);document.addEventListener('budget-error',__done,true);</script>`;

/** Writes the pages into the bench's directory (served under /bench/). */
/**
 * The four-tag page: as on a portal, the widgets sit under the page's own Chinese text, set in the
 * kit's default font stack (demo/shared.css uses the same), so on a reader's PC the page and the
 * widgets use one system CJK font. Without the kit: the baseline page.
 */
function fourTagPage(head: string, kit: boolean): string {
  return `${head}${kit ? '<script type="module" src="/dist/budget-widgets.js"></script>' : ''}</head><body><main>
<h1>重庆市潼南区委网信办 2023 年部门预算</h1><p>本页公开部门收支总表、“三公”经费、项目支出和绩效目标。</p>
<budget-summary src="${DATA}"></budget-summary><sangong-chart src="${DATA}"></sangong-chart><project-table id="p" src="${DATA}"></project-table><kpi-card for="p" src="${DATA}"></kpi-card>
</main></body></html>`;
}

/** Writes the pages into the bench's directory (served under /bench/). */
export async function coldPages(dir: string, root: string): Promise<void> {
  const head = (title: string) => `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${title}</title>${OBSERVER}<style>body{margin:0;font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif}main{width:960px}</style>`;
  writeFileSync(join(dir, 'cold-four.html'), fourTagPage(head('cold: four tags'), true));
  writeFileSync(join(dir, 'cold-baseline.html'), fourTagPage(head('cold: four tags without the kit'), false));
  // The demo portal page as a site would serve it: the production bundle, every widget.
  const portal = readFileSync(join(root, 'demo/index.html'), 'utf8')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace('<head>', `<head>${OBSERVER}`)
    .replace(/src="\.\.\/src\/index\.ts"/, 'src="/dist/budget-widgets.js"')
    .replace(/src="\.\.\/data\//g, 'src="/data/')
    .replace(/href="shared\.css"/, 'href="/demo/shared.css"');
  writeFileSync(join(dir, 'cold-portal.html'), portal);
  // <project-table> on 10,000 projects; the page notes the frame in which its first rows are there.
  writeFileSync(join(dir, 'cold-10000.json'), JSON.stringify(generateDisclosure(benchScale(BIG_PROJECTS))));
  writeFileSync(
    join(dir, 'cold-big.html'),
    `${head('cold: project-table, 10,000 projects')}<script>(function poll(){var el=document.querySelector('project-table');if(el&&el.shadowRoot&&el.shadowRoot.querySelector('tbody tr[data-id]')){window.__rows=performance.now();return}requestAnimationFrame(poll)})();</script>
<script type="module" src="/dist/budget-widgets.js"></script></head><body><main><project-table src="/bench/cold-10000.json"></project-table></main></body></html>`,
  );
  writeFileSync(join(dir, 'cold-sangong.html'), `${head('cold: sangong-chart')}${BARS_POLL}<script type="module" src="/dist/elements/sangong-chart.js"></script></head><body><main><sangong-chart src="${DATA}"></sangong-chart></main></body></html>`);
  // The same, with the data file's download started beside the module's, as the README advises.
  writeFileSync(
    join(dir, 'cold-sangong-preload.html'),
    `${head('cold: sangong-chart, data preloaded')}${BARS_POLL}<link rel="preload" href="${DATA}" as="fetch" crossorigin><script type="module" src="/dist/elements/sangong-chart.js"></script></head><body><main><sangong-chart src="${DATA}"></sangong-chart></main></body></html>`,
  );
  // ECharts: the same picture (echarts-sangong.ts), after fetching the same file.
  const common = { bundle: true, format: 'esm' as const, target: 'es2022', logLevel: 'error' as const, legalComments: 'none' as const, minify: true };
  await build({ ...common, entryPoints: [join(root, 'test/bench/echarts-cold.ts')], outfile: join(dir, 'echarts-cold.js') });
  await build({ ...common, entryPoints: [join(root, 'test/bench/echarts-cold-full.ts')], outfile: join(dir, 'echarts-cold-full.js'), external: ['echarts'] });
  writeFileSync(join(dir, 'cold-echarts.html'), `${head('cold: ECharts tree-shaken')}${BARS_POLL}<script type="module" src="/bench/echarts-cold.js"></script></head><body><main><div id="chart"></div></main></body></html>`);
  writeFileSync(
    join(dir, 'cold-echarts-full.html'),
    `${head('cold: ECharts full')}${BARS_POLL}<script src="/node_modules/echarts/dist/echarts.min.js"></script><script type="module" src="/bench/echarts-cold-full.js"></script></head><body><main><div id="chart"></div></main></body></html>`,
  );
}

/**
 * In the page: every widget has its data (budget-load, seen in the capture phase) and has rendered
 * it (updateComplete, which includes waiting for its turn): the time, else false.
 */
const ALL_DRAWN = `(async () => {
  const els = [...document.querySelectorAll('budget-summary, sangong-chart, project-table, kpi-card, budget-table')];
  if (!els.length || !els.every((el) => el.__settled)) return false;
  await Promise.all(els.map((el) => el.updateComplete));
  return performance.now();
})()`;
/**
 * In the chart pages' head: once a frame, looks for the bars (our marks, or ECharts' SVG shapes);
 * notes that frame's time as in the DOM and the next frame's as painted (a frame lays out and
 * paints after its requestAnimationFrame callbacks, so the next one starts after that paint).
 */
const BARS_POLL = `<script>(function poll(){var el=document.querySelector('sangong-chart');var root=el?el.shadowRoot:document.getElementById('chart');if(root&&root.querySelector(el?'.mark':'path, rect')){window.__dom=performance.now();requestAnimationFrame(function(){window.__painted=performance.now()});return}requestAnimationFrame(poll)})();</script>`;
const BARS_DRAWN = `window.__painted ? { dom: window.__dom, painted: window.__painted } : false`;

/** The big file's arrival (its responseEnd) and the first rows of <project-table>, once both are there. */
const BIG_ROWS = `(() => {
  const file = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/cold-10000.json'));
  return window.__rows && file && file.responseEnd > 0 ? { arrived: file.responseEnd, rows: window.__rows } : false;
})()`;

/** One cold load of `url` (fresh context, cache off, CPU throttled): `predicate`'s value once truthy, and the long tasks. */
export async function coldLoad<T = number>(browser: Browser, url: string, network: boolean, predicate: string, cpu = CPU): Promise<{ at: T; long: [number, number][]; frames: [number, number][] }> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const handle = await page.waitForFunction(predicate, { timeout: 120_000, polling: 50 });
    const at = (await handle.jsonValue()) as T;
    // Long tasks that end after the last widget is drawn still block the reader: wait one second more.
    await new Promise((r) => setTimeout(r, 1000));
    const long = (await page.evaluate('window.__long')) as [number, number][];
    const frames = (await page.evaluate('window.__loaf')) as [number, number][];
    return { at, long, frames };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Per run: the most script time and the most rendering time in one long frame. */
class FrameParts {
  private script: number[] = [];
  private rendering: number[] = [];
  add(frames: [number, number][]): void {
    this.script.push(Math.max(0, ...frames.map(([s]) => s)));
    this.rendering.push(Math.max(0, ...frames.map(([, r]) => r)));
  }
  sample(): LongFrames | undefined {
    return this.script.length ? { script: sample(this.script), rendering: sample(this.rendering) } : undefined;
  }
}

/** The baseline page has loaded (it has no widget to wait for). */
const LOADED = `document.readyState === 'complete' && performance.now()`;

/** What the bench waits for on each of its cold pages (also for ab-cold.ts). */
export function predicateFor(page: string): string {
  if (page === 'cold-baseline.html') return LOADED;
  if (page === 'cold-big.html') return BIG_ROWS;
  return page.startsWith('cold-sangong') || page.startsWith('cold-echarts') ? BARS_DRAWN : ALL_DRAWN;
}

export async function benchCold(browser: Browser, origin: string, runs: number, log: (s: string) => void): Promise<ColdResults> {
  const out: ColdResults = { cpuSlowdown: CPU, runs, pages: [], charts: [] };
  {
    const longest: number[] = [];
    const tbt: number[] = [];
    const parts = new FrameParts();
    const failures: string[] = [];
    for (let i = 0; i < runs; i++) {
      try {
        const r = await coldLoad(browser, `${origin}/bench/cold-baseline.html`, false, LOADED);
        longest.push(Math.max(0, ...r.long.map(([, d]) => d)));
        tbt.push(r.long.reduce((s, [, d]) => s + Math.max(0, d - 50), 0));
        parts.add(r.frames);
      } catch (e) {
        failures.push(String(e).slice(0, 200));
      }
    }
    out.baseline = { longest: sample(longest), tbt: sample(tbt), frames: parts.sample(), failures };
    log(`  cold four-tag page without the kit, CPU ${CPU}×: longest task ${median(longest).toFixed(0)} ms, TBT ${median(tbt).toFixed(0)} ms`);
  }
  for (const [name, file] of [['four-tag page (Tongnan)', 'cold-four.html'], ['demo portal page (15 widgets)', 'cold-portal.html']] as const) {
    const longest: number[] = [];
    const tbt: number[] = [];
    const drawn: number[] = [];
    const parts = new FrameParts();
    const failures: string[] = [];
    for (let i = 0; i < runs; i++) {
      try {
        const r = await coldLoad(browser, `${origin}/bench/${file}`, false, ALL_DRAWN);
        longest.push(Math.max(0, ...r.long.map(([, d]) => d)));
        tbt.push(r.long.reduce((s, [, d]) => s + Math.max(0, d - 50), 0));
        drawn.push(r.at);
        parts.add(r.frames);
      } catch (e) {
        failures.push(String(e).slice(0, 200));
      }
    }
    const frames = parts.sample();
    out.pages.push({ name, longest: sample(longest), tbt: sample(tbt), drawn: sample(drawn), frames, failures });
    log(`  cold ${name}, CPU ${CPU}×: longest task ${median(longest).toFixed(0)} ms, TBT ${median(tbt).toFixed(0)} ms, all drawn at ${median(drawn).toFixed(0)} ms; most in one long frame: scripts ${frames ? median(frames.script.runs).toFixed(0) : '—'} ms, rendering ${frames ? median(frames.rendering.runs).toFixed(0) : '—'} ms`);
  }
  for (const network of [false, true]) {
    const t = { ours: [] as number[], echarts: [] as number[], echartsFull: [] as number[], oursPreloaded: [] as number[] };
    const dom = { ours: [] as number[], echarts: [] as number[], echartsFull: [] as number[], oursPreloaded: [] as number[] };
    const failures: string[] = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, so a slower moment of the machine falls on all three alike.
      for (const [key, file] of [['ours', 'cold-sangong.html'], ['echarts', 'cold-echarts.html'], ['echartsFull', 'cold-echarts-full.html'], ['oursPreloaded', 'cold-sangong-preload.html']] as const) {
        try {
          const { at } = await coldLoad<{ dom: number; painted: number }>(browser, `${origin}/bench/${file}`, network, BARS_DRAWN);
          t[key].push(at.painted);
          dom[key].push(at.dom);
        } catch (e) {
          failures.push(`${key}: ${String(e).slice(0, 200)}`);
        }
      }
    }
    const inDom = { ours: sample(dom.ours), echarts: sample(dom.echarts), echartsFull: sample(dom.echartsFull) };
    const c: ColdChart = { network: network ? 'slow 4G' : 'none', ours: sample(t.ours), echarts: sample(t.echarts), echartsFull: sample(t.echartsFull), inDom, oursPreloaded: sample(t.oursPreloaded), failures };
    out.charts.push(c);
    log(`  cold <sangong-chart>, CPU ${CPU}×, network ${c.network}: bars painted at ${c.ours.median.toFixed(0)} ms vs ECharts ${c.echarts.median.toFixed(0)} (tree-shaken), ${c.echartsFull.median.toFixed(0)} ms (full); in the DOM at ${inDom.ours.median.toFixed(0)} vs ${inDom.echarts.median.toFixed(0)} / ${inDom.echartsFull.median.toFixed(0)} ms; ours with the data preloaded: painted at ${median(t.oursPreloaded).toFixed(0)} ms`);
  }
  out.bigTable = await benchBigTable(browser, origin, runs, log);
  return out;
}

/** <project-table> on 10,000 projects, unthrottled: first rows after the file arrived, and the longest task. */
async function benchBigTable(browser: Browser, origin: string, runs: number, log: (s: string) => void): Promise<ColdBigTable> {
  const firstRows: number[] = [];
  const longest: number[] = [];
  const failures: string[] = [];
  const bytes = await fetch(`${origin}/bench/cold-10000.json`, { method: 'HEAD' }).then((r) => Number(r.headers.get('content-length')));
  for (let i = 0; i < runs; i++) {
    try {
      const r = await coldLoad<{ arrived: number; rows: number }>(browser, `${origin}/bench/cold-big.html`, false, BIG_ROWS, 1);
      firstRows.push(r.at.rows - r.at.arrived);
      longest.push(Math.max(0, ...r.long.filter(([start, d]) => start + d > r.at.arrived).map(([, d]) => d)));
    } catch (e) {
      failures.push(String(e).slice(0, 200));
    }
  }
  const out: ColdBigTable = { projects: BIG_PROJECTS, bytes, firstRows: sample(firstRows), longest: sample(longest), targets: BIG_TARGETS, failures };
  log(`  cold <project-table>, ${BIG_PROJECTS.toLocaleString('en-US')} projects (${(bytes / 1e6).toFixed(1)} MB), CPU 1×: first rows ${median(firstRows).toFixed(0)} ms after the data arrived, longest task ${median(longest).toFixed(0)} ms (targets ${BIG_TARGETS.firstRows} / ${BIG_TARGETS.longest} ms)`);
  return out;
}
