/**
 * Import speed (issue 14: "a 10,000-row workbook, time and memory, CLI and page"). The workbook
 * (import-workbook.ts) is written into the bench's temporary directory as .xlsx and .xls, then:
 *
 *  - CLI: `node dist/budget-kit.mjs import FILE --out X --json --department-json D`, a fresh
 *    process per run: wall time (spawn to exit, Node's start included) and peak memory (maximum
 *    resident set size, from `/usr/bin/time -f %M`, else from the process's own
 *    `process.resourceUsage().maxRSS` at exit through a preloaded module). Each run's data file is
 *    checked: every project row is in it.
 *  - Page: dist/import.html on the bench's server, a fresh page per run; the file is set on the
 *    page's file input (puppeteer `uploadFile`, which fires its change event); the clock runs from
 *    that change event to `data-state="done"` on <budget-import-page> (its own render: findings,
 *    each table's section and sheet rows: "shown"), then until every <budget-table> in it has its
 *    data and has rendered, and a frame after its layout ("drawn"). Longest task (Long Tasks API:
 *    script only) and longest animation frame (Long Animation Frames API: script, style, layout;
 *    what the clerk feels as a frozen page); JS heap from CDP `Performance.getMetrics` when shown
 *    (garbage included) and after a forced GC (retained).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ElementHandle } from 'puppeteer-core';
import { importWorkbook } from './import-workbook.js';
import { median, repeat, sample, type Sample } from './stats.js';

export interface ImportCli {
  /** Spawn to exit, ms. */
  wall: Sample;
  /** Peak resident set size, bytes. */
  maxRss: Sample;
  failures: string[];
}

export interface ImportPage {
  /** From the file input's change event to the tables and findings rendered, ms. */
  shown: Sample;
  /** …to every <budget-table> drawn and the next frame, ms. */
  drawn: Sample;
  /** Longest task from the change event on (Long Tasks API: script, not rendering), ms. */
  longest: Sample;
  /** Longest animation frame from the change event on (script, style, layout and paint: the page answers no input meanwhile), ms. */
  longestFrame: Sample;
  /** JS heap used as soon as the page answers after data-state="done" (garbage included), bytes. */
  heapShown: Sample;
  /** JS heap used after a forced GC with the import shown, bytes. */
  heapRetained: Sample;
  /** JS heap used by the page before the file was set (after a forced GC), bytes. */
  heapBefore: Sample;
  failures: string[];
}

export interface ImportFormat {
  format: 'xlsx' | 'xls';
  bytes: number;
  cli: ImportCli;
  page: ImportPage;
}

export interface ImportResults {
  /** Project rows of 项目支出明细表; sheet rows of the whole workbook (titles and headings included). */
  projects: number;
  sheetRows: number;
  /** How peak memory of the CLI was measured. */
  memoryMethod: string;
  runs: number;
  formats: ImportFormat[];
}

const PROJECT_TABLE = 'project-expenditure';

/** In the page, before the file is set: the change event's time, long tasks, and when data-state turns "done". */
const INSTRUMENT = `(() => {
  const host = document.querySelector('budget-import-page');
  const input = host.shadowRoot.querySelector('input[type="file"]');
  window.__imp = { t0: NaN, shown: NaN, long: [], frames: [] };
  input.addEventListener('change', () => { window.__imp.t0 = performance.now(); }, { capture: true, once: true });
  // Kept, so that DRAWN takes the entries not delivered yet (observer callbacks run late, in idle tasks).
  const long = new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__imp.long.push([e.startTime, e.duration])));
  long.observe({ type: 'longtask' });
  window.__imp.observers = [[long, window.__imp.long]];
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    const frames = new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__imp.frames.push([e.startTime, e.duration])));
    frames.observe({ type: 'long-animation-frame' });
    window.__imp.observers.push([frames, window.__imp.frames]);
  }
  new MutationObserver(() => { if (host.dataset.state === 'done' && Number.isNaN(window.__imp.shown)) window.__imp.shown = performance.now(); }).observe(host, { attributes: true, attributeFilter: ['data-state'] });
})()`;

/** In the page, once shown: every widget has its data and has rendered, then a frame; returns the times. */
const DRAWN = `(async () => {
  const host = document.querySelector('budget-import-page');
  const els = [...host.shadowRoot.querySelectorAll('budget-table, project-table')];
  await Promise.all(els.map((el) => el.loadComplete));
  await Promise.all(els.map((el) => el.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const drawn = performance.now();
  for (const [o, list] of window.__imp.observers) o.takeRecords().forEach((e) => list.push([e.startTime, e.duration]));
  const { t0, shown, long, frames } = window.__imp;
  const max = (xs) => Math.max(0, ...xs.filter(([s, d]) => s + d >= t0).map(([, d]) => d));
  // Every detected table has its section; one of more than 1,000 rows is drawn only when asked (import-page.ts).
  return { t0, shown, drawn, tables: host.shadowRoot.querySelectorAll('section[aria-label]').length, longest: max(long), longestFrame: PerformanceObserver.supportedEntryTypes.includes('long-animation-frame') && frames.length ? max(frames) : NaN, alert: host.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '' };
})()`;

function run(cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<{ code: number | null; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: performance.now() - t0 });
    });
  });
}

async function benchCli(root: string, dir: string, file: string, runs: number, budgetMs: number): Promise<{ cli: ImportCli; method: string }> {
  const time = existsSync('/usr/bin/time');
  const preload = join(dir, 'maxrss.mjs');
  writeFileSync(preload, "import { writeSync } from 'node:fs';\nprocess.on('exit', () => writeSync(2, `\\nmaxrss-kb ${process.resourceUsage().maxRSS}\\n`));\n");
  const dept = join(dir, 'import-department.json');
  writeFileSync(dept, JSON.stringify({ name: '合成市数据管理局（基准测试用合成数据）', region: '合成市', fiscalYear: 2025 }));
  const out = join(dir, 'import-out.json');
  const cli = ['dist/budget-kit.mjs', 'import', file, '--out', out, '--json', '--department-json', dept];
  const failures: string[] = [];
  const wall: number[] = [];
  const rss: number[] = [];
  await repeat(
    async () => {
      const r = time ? await run('/usr/bin/time', ['-f', 'maxrss-kb %M', process.execPath, ...cli], root, 120_000) : await run(process.execPath, ['--import', preload, ...cli], root, 120_000);
      const kb = Number(/maxrss-kb (\d+)\s*$/.exec(r.stderr)?.[1]);
      const rows = r.code === 0 ? (JSON.parse(readFileSync(out, 'utf8')) as { tables: Record<string, { rows: unknown[] }> }).tables[PROJECT_TABLE]?.rows.length : undefined;
      if (r.code !== 0 || !rows) failures.push(`exit ${r.code}${rows === undefined ? '' : `, ${rows} rows`}: ${r.stderr.replace(/\s+/g, ' ').slice(0, 200)}`);
      else {
        wall.push(r.ms);
        if (Number.isFinite(kb)) rss.push(kb * 1024);
      }
    },
    runs,
    budgetMs,
  );
  return {
    cli: { wall: sample(wall), maxRss: sample(rss), failures },
    method: time ? 'maximum resident set size from GNU time (`/usr/bin/time -f %M`)' : "the CLI process's own `process.resourceUsage().maxRSS` at exit (a preloaded module; /usr/bin/time not found)",
  };
}

async function benchPage(browser: Browser, origin: string, path: string, runs: number, budgetMs: number, errors: string[]): Promise<ImportPage> {
  const m = { shown: [] as number[], drawn: [] as number[], longest: [] as number[], longestFrame: [] as number[], heapShown: [] as number[], heapRetained: [] as number[], heapBefore: [] as number[] };
  const failures: string[] = [];
  await repeat(
    async () => {
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 1280, height: 900 });
        page.on('pageerror', (e) => errors.push(`import.html: ${String(e).slice(0, 300)}`));
        await page.goto(`${origin}/dist/import.html`, { waitUntil: 'load' });
        await page.waitForFunction("customElements.get('budget-import-page') && customElements.get('budget-table')", { timeout: 30_000 });
        const cdp = await page.createCDPSession();
        await cdp.send('Performance.enable');
        const heap = async (gc: boolean) => {
          if (gc) await cdp.send('HeapProfiler.collectGarbage');
          return (await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? NaN;
        };
        const before = await heap(true);
        await page.evaluate(INSTRUMENT);
        const input = (await page.evaluateHandle("document.querySelector('budget-import-page').shadowRoot.querySelector('input[type=\"file\"]')")).asElement() as ElementHandle<HTMLInputElement>;
        await input.uploadFile(path);
        await page.waitForFunction("document.querySelector('budget-import-page').dataset.state === 'done'", { timeout: 120_000, polling: 20 });
        const shownHeap = await heap(false);
        const t = (await page.evaluate(DRAWN)) as { t0: number; shown: number; drawn: number; tables: number; longest: number; longestFrame: number; alert: string };
        if (t.alert || t.tables < 2 || !Number.isFinite(t.t0) || !Number.isFinite(t.shown)) {
          failures.push(t.alert ? `the page says: ${t.alert.slice(0, 200)}` : `${t.tables} table sections shown; change at ${t.t0}, done at ${t.shown}`);
          return;
        }
        m.shown.push(t.shown - t.t0);
        m.drawn.push(t.drawn - t.t0);
        m.longest.push(t.longest);
        // NaN comes back from the page as null.
        m.longestFrame.push(t.longestFrame ?? NaN);
        m.heapShown.push(shownHeap);
        m.heapRetained.push(await heap(true));
        m.heapBefore.push(before);
      } catch (e) {
        failures.push(String(e).slice(0, 200));
      } finally {
        await page.close().catch(() => undefined);
      }
    },
    runs,
    budgetMs,
  );
  return { shown: sample(m.shown), drawn: sample(m.drawn), longest: sample(m.longest), longestFrame: sample(m.longestFrame), heapShown: sample(m.heapShown), heapRetained: sample(m.heapRetained), heapBefore: sample(m.heapBefore), failures };
}

/** Writes the workbooks into `dir` and measures both ways in, for each format. */
export async function benchImport(browser: Browser, origin: string, root: string, dir: string, runs: number, budgetMs: number, errors: string[], log: (s: string) => void): Promise<ImportResults> {
  const wb = importWorkbook();
  const out: ImportResults = { projects: wb.projects, sheetRows: wb.sheetRows, memoryMethod: '', runs, formats: [] };
  for (const f of wb.files) {
    const path = join(dir, f.name);
    writeFileSync(path, f.bytes);
    const { cli, method } = await benchCli(root, dir, path, runs, budgetMs);
    out.memoryMethod = method;
    log(`  import CLI .${f.format} (${(f.bytes.byteLength / 1e6).toFixed(1)} MB): ${median(cli.wall.runs).toFixed(0)} ms, max RSS ${(cli.maxRss.median / 1e6).toFixed(0)} MB (${cli.wall.runs.length} runs)${cli.failures.length ? `; FAILED: ${cli.failures[0]}` : ''}`);
    const page = await benchPage(browser, origin, path, runs, budgetMs, errors);
    log(`  import page .${f.format}: shown ${page.shown.median.toFixed(0)} ms, drawn ${page.drawn.median.toFixed(0)} ms, longest task ${page.longest.median.toFixed(0)} ms, longest frame ${Number.isFinite(page.longestFrame.median) ? page.longestFrame.median.toFixed(0) : '—'} ms, JS heap ${(page.heapShown.median / 1e6).toFixed(0)} MB when shown, ${(page.heapRetained.median / 1e6).toFixed(0)} MB retained (${page.shown.runs.length} runs)${page.failures.length ? `; FAILED: ${page.failures[0]}` : ''}`);
    out.formats.push({ format: f.format, bytes: f.bytes.byteLength, cli, page });
  }
  return out;
}
