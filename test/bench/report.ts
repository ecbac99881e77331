/**
 * Writes the bench results: results.json (every run, for anyone who wants to recompute) and
 * results.md (a table per section, the machine, the date and the command), and returns the
 * short summary printed at the end of `npm run bench`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytes, growth, ms, ratio, type Sample } from './stats.js';
import type { Weight } from './bytes.js';
import type { ProfileShare } from './profile.js';
import { benchBlock, withBench } from './readme-block.js';
import type { ColdResults } from './cold.js';
import type { ImportResults } from './import.js';
import { CHROMIUM_ARGS } from '../chromium.mjs';

export interface ElementResult {
  tag: string;
  /** What grows for this element: projects / code rows, or 三公 units for <sangong-chart>. */
  rows: number;
  /** The bench scale (projects = function-code rows) the data was generated at. */
  scale: number;
  layout: Sample;
  frame: Sample;
  failures: string[];
  heapDelta: Sample;
  heapTotal: Sample;
  nodes: Sample;
}

export interface Interaction {
  tag: string;
  name: string;
  rows: number;
  layout: Sample;
  frame: Sample;
  failures: string[];
}

interface ChartTiming {
  /** The first chart drawn in a fresh page (its code has never run). */
  cold: { layout: Sample; frame: Sample };
  /** Later charts on the same page (median of a few per page, then across pages). */
  warm: { layout: Sample; frame: Sample };
  /** When the chart's module had loaded and run, in ms since navigation start. */
  loadedAt: Sample;
}

export interface Results {
  date: string;
  command: string;
  machine: { cpu: string; memory: string; os: string; node: string; browser: string };
  commit: string;
  /** Whether the working tree matched the commit (git status --porcelain empty); absent in older reports. */
  clean?: boolean;
  runs: number;
  durationSeconds?: number;
  notes: string[];
  skipped: string[];
  node: { rows: number; bytes: number; validate: Sample; checks: Sample }[];
  validation: { rows: number; bytes: number; parse: Sample; validate: Sample; ok: boolean }[];
  elements: ElementResult[];
  interactions: Interaction[];
  comparison: {
    timings: { dataset: string; ours: ChartTiming; echarts: ChartTiming; coldValidation: Sample; notes: string[] }[];
    bytes: { ours: Weight; kit: Weight; echarts: Weight } | null;
    /** Self time of one profiled cold first chart (bundled data), per script file. */
    profile: Partial<Record<'ours' | 'echarts', ProfileShare[]>>;
  };
  /** Cold loads from navigation under CPU (and network) throttling; absent in older reports. */
  cold?: ColdResults;
  /** Import of a 10,000-row workbook, CLI and page (issue 14); absent in older reports. */
  import?: ImportResults;
  errors: string[];
}

const mbps = (b: number, msecs: number) => (Number.isFinite(msecs) && msecs > 0 ? `${(b / 1e6 / (msecs / 1000)).toFixed(1)}` : '—');
const mb = (x: number) => (Number.isFinite(x) ? (x / 1e6).toFixed(1) : '—');
const n = (x: number) => x.toLocaleString('en-US');
/** A markdown table; columns whose every cell is a figure are right-aligned. */
const table = (head: string[], rows: string[][]) => {
  const numeric = (i: number) => rows.length > 0 && rows.every((r) => /^[-−+\d.,×—→ /]+( (MB|KB))?$/.test(r[i] ?? ''));
  return [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (numeric(i) ? '---:' : '---')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
};

interface GrowthRow {
  what: string;
  /** The figure at every scale, smallest first. */
  points: { rows: number; value: number }[];
}

function growthRows(r: Results): GrowthRow[] {
  const out: GrowthRow[] = [];
  const span = <T extends { rows: number }>(xs: T[], value: (x: T) => number, what: string) => {
    const points = xs.map((x) => ({ rows: x.rows, value: value(x) })).filter((p) => Number.isFinite(p.value) && p.value > 0).sort((a, b) => a.rows - b.rows);
    if (points.length >= 2 && points.at(-1)!.rows > points[0]!.rows) out.push({ what, points });
  };
  span(r.validation, (v) => v.validate.median, 'validateDisclosure (Chromium)');
  span(r.node, (v) => v.checks.median, 'runChecks (Node)');
  for (const tag of new Set(r.elements.map((e) => e.tag))) span(r.elements.filter((e) => e.tag === tag).map((e) => ({ ...e, rows: e.scale })), (e) => e.frame.median, `<${tag}> first render`);
  for (const key of new Set(r.interactions.map((i) => `${i.tag}\u0000${i.name}`))) {
    const [tag, name] = key.split('\u0000');
    span(r.interactions.filter((i) => i.tag === tag && i.name === name), (i) => i.frame.median, `<${tag}> ${name}`);
  }
  return out;
}

/** Growth over the whole range and over the last step (where fixed costs matter least); the verdict takes the worse. */
function growthOf(g: GrowthRow) {
  const first = g.points[0]!;
  const last = g.points.at(-1)!;
  const whole = growth(first, last);
  const step = g.points.length > 2 ? growth(g.points.at(-2)!, last) : whole;
  const worst = Math.max(whole.exponent, step.exponent);
  return { whole, step, worst, verdict: growth({ rows: 1, value: 1 }, { rows: 10, value: 10 ** worst }).verdict };
}

/**
 * Writes results.json, results.md and the README's bench block (when `readme` is given) from one
 * Results, so the three cannot disagree; returns the summary printed at the end of the run.
 */
export function writeReport(r: Results, dir: string, { readme, base = 'results' }: { readme?: string; base?: string } = {}): string {
  writeFileSync(join(dir, `${base}.json`), `${JSON.stringify(r, null, 2)}\n`);
  const { md, summary } = renderReport(r);
  writeFileSync(join(dir, `${base}.md`), md);
  if (readme) writeFileSync(readme, withBench(readFileSync(readme, 'utf8'), benchBlock(r)));
  return ['bench summary:', ...summary.map((s) => `  - ${s}`), ...r.skipped.map((s) => `  - skipped: ${s}`)].join('\n');
}

/** The import bench's section of results.md and its summary lines; a report without it says so. */
function importSection(x: ImportResults | undefined, md: string[], summary: string[]): void {
  md.push('## Import of a 10,000-row workbook (`budget-kit import` and the import page)', '');
  if (!x) {
    md.push('Not measured in this run (`BENCH_ONLY=import npm run bench` measures it alone).', '');
    summary.push('import of a 10,000-row workbook: not measured in this run');
    return;
  }
  md.push(`The workbook a budget system exports for a large department (\`test/bench/import-workbook.ts\`, deterministic; laid out by \`test/import/layout.ts\`): 附件 2 一般公共预算财政拨款支出预算表 and 附件 10 项目支出明细表 with ${n(x.projects)} project rows (功能分类 code and name, 预算单位, 9 amounts under merged headings, numbers in 0.00 format), ${n(x.sheetRows)} sheet rows in all, as .xlsx and .xls (BIFF8). Medians of up to ${x.runs} runs.`, '',
    '- CLI: `node dist/budget-kit.mjs import FILE --out X --json --department-json D`, a fresh process per run; wall time from spawn to exit (Node\'s start included); every run\'s data file holds every project row, and validates.',
    `- Peak memory of the CLI: ${x.memoryMethod}.`,
    '- Page: `dist/import.html` from the bench server, a fresh page per run; the file set on its file input (puppeteer `uploadFile`). “Shown”: from the input\'s change event to `data-state="done"` on `<budget-import-page>` (the file read and imported, the page\'s own render done: the findings, each table\'s section and its sheet rows); “drawn”: until every `<budget-table>` in it has its data and has rendered, and a frame after its layout (a table of more than 1,000 rows, such as the 10,000 projects here, is drawn only when the user asks: drawing it froze the page for about 8 s). From the change event on: the longest task (Long Tasks API: script only) and the longest animation frame (Long Animation Frames API: script, style and layout; the page answers no input meanwhile; “—” when the browser reported none). JS heap (CDP `Performance.getMetrics`): as soon as the page answers after `done` (garbage included; the page is frozen while it lays the tables out, so this is after the draw), and after a forced GC (retained), against the page before the file was set.',
    '');
  md.push(table(['format', 'file', 'CLI (ms)', 'CLI peak RSS (MB)', 'page: shown (ms)', 'page: drawn (ms)', 'longest task (ms)', 'longest frame (ms)', 'JS heap shown (MB)', 'JS heap retained (MB)', 'JS heap before (MB)', 'runs (CLI / page)', 'failures'],
    x.formats.map((f) => [`.${f.format}`, `${mb(f.bytes)} MB`, ms(f.cli.wall.median), mb(f.cli.maxRss.median), ms(f.page.shown.median), ms(f.page.drawn.median), ms(f.page.longest.median), ms(f.page.longestFrame.median), mb(f.page.heapShown.median), mb(f.page.heapRetained.median), mb(f.page.heapBefore.median), `${f.cli.wall.runs.length} / ${f.page.shown.runs.length}`, [...f.cli.failures.map((e) => `CLI: ${e}`), ...f.page.failures.map((e) => `page: ${e}`)][0] ?? ''])), '');
  for (const f of x.formats) summary.push(`import of ${n(x.projects)} project rows, .${f.format} (${mb(f.bytes)} MB): CLI ${ms(f.cli.wall.median)} ms, peak RSS ${mb(f.cli.maxRss.median)} MB; page shown in ${ms(f.page.shown.median)} ms (drawn ${ms(f.page.drawn.median)} ms), longest task ${ms(f.page.longest.median)} ms, longest frame ${ms(f.page.longestFrame.median)} ms, JS heap ${mb(f.page.heapShown.median)} MB when shown, ${mb(f.page.heapRetained.median)} MB retained`);
}

/** results.md and the run's summary lines, from results.json alone (pure: the unit test re-renders it). */
export function renderReport(r: Results): { md: string; summary: string[] } {
  const md: string[] = [];
  const summary: string[] = [];
  md.push('# Benchmark results', '');
  md.push(`Made by \`${r.command}\` on ${r.date.slice(0, 10)} (${r.date}), ${r.durationSeconds ?? '?'} s. Each figure is the median of up to ${r.runs} runs (fewer when a figure's runs exceed a 20 s budget). Raw runs: \`results.json\`.`, '');
  md.push(table(['machine', ''], [['CPU', r.machine.cpu], ['memory', r.machine.memory], ['OS', r.machine.os], ['Node', r.machine.node], ['browser', `${r.machine.browser} (headless, --disable-gpu)`], ['commit', r.clean === undefined ? r.commit : `${r.commit} (${r.clean ? 'clean tree' : 'uncommitted changes in the tree'})`]]), '');
  if (r.notes.length) md.push(...r.notes.map((x) => `- ${x}`), '');
  if (r.skipped.length) md.push('**Skipped:**', '', ...r.skipped.map((x) => `- skipped: ${x}`), '');

  // —— comparison first: it is the headline ——
  const b = r.comparison.bytes;
  md.push('## `<sangong-chart>` vs ECharts 6 (tree-shaken, SVG renderer)', '');
  if (b) {
    const rowOf = (label: string, w: Weight) => [label, bytes(w.raw), bytes(w.gzip), ratio(b.echarts.gzip / w.gzip), w.files.map((f) => `${f.file} (${bytes(f.gzip)})`).join('<br>')];
    md.push('Bytes shipped (what the page loads: minified; gzip -9 of each file):', '');
    md.push(table(['what the page loads', 'minified', 'gzip', 'ECharts ÷ this (gzip)', 'files (gzip each)'], [
      rowOf('`<sangong-chart>` alone (dist/elements/sangong-chart.js + chunks)', b.ours),
      rowOf('the whole kit (dist/budget-widgets.js + chunks, all five elements)', b.kit),
      rowOf('ECharts 6 page (bar + grid + tooltip + legend + SVG renderer, our 50-line chart code)', b.echarts),
    ]), '');
    summary.push(`bytes (gzip): <sangong-chart> ${bytes(b.ours.gzip)}, whole kit ${bytes(b.kit.gzip)}, ECharts page ${bytes(b.echarts.gzip)} → ECharts is ${ratio(b.echarts.gzip / b.ours.gzip)} the element, ${ratio(b.echarts.gzip / b.kit.gzip)} the whole kit (target ≥ 4×)`);
  }
  if (r.comparison.timings.length) {
    md.push('Time from data to first paint (ms): the element is created and given `data`, or ECharts is `init`-ed and given `setOption`; the clock stops when the bars are in the DOM and laid out (“layout”), then after the next frame (“frame”). “First chart”: the first one drawn in a fresh page, its code never run before (a reader’s first view). “Warm”: later charts on the same page. Ratios are ECharts ÷ ours (above 1: ours is faster). Our time includes validating the whole file against the schema; the last column is that validation alone, cold, on a fresh page.', '');
    md.push(table(['data', 'first chart: ours (frame)', 'ECharts (frame)', 'ECharts ÷ ours', 'ours (layout)', 'ECharts (layout)', 'ECharts ÷ ours (layout)', 'warm: ours (layout)', 'ECharts (layout)', 'ECharts ÷ ours (warm)', 'module ready at, ms (ours / ECharts)', 'cold validation (ms)'],
      r.comparison.timings.map((t) => [
        t.dataset,
        ms(t.ours.cold.frame.median), ms(t.echarts.cold.frame.median), ratio(t.echarts.cold.frame.median / t.ours.cold.frame.median),
        ms(t.ours.cold.layout.median), ms(t.echarts.cold.layout.median), ratio(t.echarts.cold.layout.median / t.ours.cold.layout.median),
        ms(t.ours.warm.layout.median), ms(t.echarts.warm.layout.median), ratio(t.echarts.warm.layout.median / t.ours.warm.layout.median),
        `${ms(t.ours.loadedAt.median)} / ${ms(t.echarts.loadedAt.median)}`,
        ms(t.coldValidation.median),
      ])), '');
    for (const t of r.comparison.timings) {
      summary.push(`first paint, ${t.dataset}: first chart ours ${ms(t.ours.cold.frame.median)} ms vs ECharts ${ms(t.echarts.cold.frame.median)} ms (ECharts ÷ ours ${ratio(t.echarts.cold.frame.median / t.ours.cold.frame.median)}); warm ${ms(t.ours.warm.layout.median)} vs ${ms(t.echarts.warm.layout.median)} ms to layout (${ratio(t.echarts.warm.layout.median / t.ours.warm.layout.median)})`);
      if (t.notes.length) md.push(...t.notes.map((x) => `- ${t.dataset}: ${x}`), '');
    }
  }

  const prof = r.comparison.profile;
  if (prof.ours || prof.echarts) {
    md.push('Where one cold first chart spends its time (bundled data, one CPU profile each, self time per script; “(program)” is the browser’s own work: style, layout, parsing):', '');
    const show = (xs?: ProfileShare[]) => (xs ?? []).map((x) => `${x.what.replace(/^\/dist\//, '')} ${ms(x.ms)}`).join('<br>') || '—';
    md.push(table(['<sangong-chart>', 'ECharts'], [[show(prof.ours), show(prof.echarts)]]), '');
  }

  // —— from navigation ——
  const c = r.cold;
  if (c) {
    md.push(`## From navigation, cold, CPU ${c.cpuSlowdown}× slower`, '', `What a reader waits for: each page loaded in a fresh browser context (empty cache) with the CPU ${c.cpuSlowdown}× slower (Lighthouse's mobile setting); medians of ${c.runs} runs. Long tasks from the page's PerformanceObserver; total blocking time = the sum over 50 ms of every long task until every widget is drawn and one second after. Issue 15's targets: no task over 100 ms, TBT ≤ 200 ms.`, '');
    if (c.pages.every((p) => p.frames)) {
      md.push('What the long frames were made of (Long Animation Frames API, frames over 50 ms): the most time one frame spent in scripts (the kit’s code), and the most one frame spent rendering (style, layout and paint of what the page and the widgets hold: the browser’s work).', '');
      md.push(table(['page', 'longest task (ms)', 'total blocking time (ms)', 'every widget drawn (ms since navigation)', 'most scripts in one frame (ms)', 'most rendering in one frame (ms)', 'failures'], c.pages.map((p) => [p.name, ms(p.longest.median), ms(p.tbt.median), ms(p.drawn.median), ms(p.frames!.script.median), ms(p.frames!.rendering.median), p.failures[0] ?? ''])), '');
    } else md.push(table(['page', 'longest task (ms)', 'total blocking time (ms)', 'every widget drawn (ms since navigation)', 'failures'], c.pages.map((p) => [p.name, ms(p.longest.median), ms(p.tbt.median), ms(p.drawn.median), p.failures[0] ?? ''])), '');
    for (const p of c.pages) summary.push(`cold, CPU ${c.cpuSlowdown}×, ${p.name}: longest task ${ms(p.longest.median)} ms, TBT ${ms(p.tbt.median)} ms (targets 100 / 200 ms)${p.frames ? `; most in one long frame: scripts ${ms(p.frames.script.median)} ms, rendering ${ms(p.frames.rendering.median)} ms` : ''}`);
    if (c.baseline) {
      const b = c.baseline;
      md.push(`The four-tag page without the kit (its heading and text; the tags stay empty): longest task ${ms(b.longest.median)} ms, total blocking time ${ms(b.tbt.median)} ms${b.failures[0] ? ` (failures: ${b.failures[0]})` : ''}. That is the browser alone${b.longest.median > 0 ? ', mostly its first layout of Chinese text (loading a CJK font), which the pages above pay too' : ': it has no task over 50 ms'}.`, '');
      summary.push(`cold, CPU ${c.cpuSlowdown}×, the four-tag page without the kit: longest task ${ms(b.longest.median)} ms, TBT ${ms(b.tbt.median)} ms (the browser alone)`);
    }
    if (c.charts.every((x) => x.inDom)) {
      md.push("`<sangong-chart>` alone against the same chart in ECharts 6, each page fetching the same file; ms from navigation start until the bars are painted: the page looks for them once a frame (requestAnimationFrame) and takes the next frame's start, after the frame that found them laid them out and painted them. “In the DOM”: that frame itself. “The data file preloaded”: our page with `<link rel=\"preload\" as=\"fetch\" crossorigin>` for the data file, as the README advises. Runs of the pages interleaved. Ratios: ECharts ÷ ours. Issue 15's target: bars painted 2× sooner than tree-shaken ECharts.", '');
      md.push(table(['network', 'ours (ms)', 'ECharts tree-shaken (ms)', 'ECharts full echarts.min.js (ms)', 'tree-shaken ÷ ours', 'full ÷ ours', 'in the DOM: ours / tree-shaken / full (ms)', 'tree-shaken ÷ ours (in the DOM)', 'ours, the data file preloaded (ms)', 'failures'], c.charts.map((x) => [x.network, ms(x.ours.median), ms(x.echarts.median), ms(x.echartsFull.median), ratio(x.echarts.median / x.ours.median), ratio(x.echartsFull.median / x.ours.median), `${ms(x.inDom!.ours.median)} / ${ms(x.inDom!.echarts.median)} / ${ms(x.inDom!.echartsFull.median)}`, ratio(x.inDom!.echarts.median / x.inDom!.ours.median), x.oursPreloaded ? ms(x.oursPreloaded.median) : '—', x.failures[0] ?? ''])), '');
    } else {
      md.push('`<sangong-chart>` alone against the same chart in ECharts 6, each page fetching the same file; ms from navigation start until the bars are in the DOM. Runs of the three pages interleaved. Ratios: ECharts ÷ ours.', '');
      md.push(table(['network', 'ours (ms)', 'ECharts tree-shaken (ms)', 'ECharts full echarts.min.js (ms)', 'tree-shaken ÷ ours', 'full ÷ ours', 'failures'], c.charts.map((x) => [x.network, ms(x.ours.median), ms(x.echarts.median), ms(x.echartsFull.median), ratio(x.echarts.median / x.ours.median), ratio(x.echartsFull.median / x.ours.median), x.failures[0] ?? ''])), '');
    }
    for (const x of c.charts) summary.push(`cold <sangong-chart>, CPU ${c.cpuSlowdown}×, network ${x.network}: bars ${x.inDom ? 'painted ' : ''}at ${ms(x.ours.median)} ms vs ECharts ${ms(x.echarts.median)} ms tree-shaken (${ratio(x.echarts.median / x.ours.median)}), ${ms(x.echartsFull.median)} ms full (${ratio(x.echartsFull.median / x.ours.median)}); target 2× vs tree-shaken`);
    const big = c.bigTable;
    if (big) {
      md.push(`\`<project-table>\` alone on a file of ${n(big.projects)} projects (${mb(big.bytes)} MB, \`test/bench/generate.ts\`), the CPU not throttled: ms from the file's last byte (its \`responseEnd\`) to the frame that shows the first rows, and the longest task from then until a second after. Issue 15's targets: first rows within ${big.targets.firstRows} ms, no task over ${big.targets.longest} ms.`, '');
      md.push(table(['projects', 'file', 'first rows after the data arrived (ms)', 'longest task (ms)', 'runs', 'failures'], [[n(big.projects), `${mb(big.bytes)} MB`, ms(big.firstRows.median), ms(big.longest.median), String(big.firstRows.runs.length), big.failures[0] ?? '']]), '');
      summary.push(`cold <project-table>, ${n(big.projects)} projects (${mb(big.bytes)} MB), CPU 1×: first rows ${ms(big.firstRows.median)} ms after the data arrived, longest task ${ms(big.longest.median)} ms (targets ${big.targets.firstRows} / ${big.targets.longest} ms)`);
    }
  }

  // —— import ——
  importSection(r.import, md, summary);

  // —— validation ——
  if (r.validation.length) {
    md.push('## JSON parse and validation (Chromium)', '', 'The synthetic file at each scale: rows = projects = function-code rows (三公 units = rows ÷ 100, at most 100). `validateDisclosure` is the schema check every element runs on its data.', '');
    md.push(table(['rows', 'file', 'JSON.parse (ms)', 'validateDisclosure (ms)', 'validation MB/s', 'parse + validate MB/s'],
      r.validation.map((v) => [n(v.rows), `${mb(v.bytes)} MB`, ms(v.parse.median), ms(v.validate.median), mbps(v.bytes, v.validate.median), mbps(v.bytes, v.parse.median + v.validate.median)])), '');
    const big = r.validation.at(-1)!;
    summary.push(`validation: ${mb(big.bytes)} MB (${n(big.rows)} rows) in ${ms(big.validate.median)} ms = ${mbps(big.bytes, big.validate.median)} MB/s`);
  }
  if (r.node.length) {
    md.push('Node (the `budget-kit` CLI path): the same files, `validateDisclosure` and the consistency checks (`runChecks`, rules 1–18):', '');
    md.push(table(['rows', 'file', 'validateDisclosure (ms)', 'validation MB/s', 'runChecks (ms)', 'runs'],
      r.node.map((v) => [n(v.rows), `${mb(v.bytes)} MB`, ms(v.validate.median), mbps(v.bytes, v.validate.median), ms(v.checks.median), String(v.checks.runs.length)])), '');
  }

  // —— elements ——
  if (r.elements.length) {
    md.push('## First render of each element (Chromium, built dist/)', '', 'From creating the element and assigning `data` (validation included) to its `updateComplete` with layout forced, then to the next animation frame. Heap: JS heap after a forced GC with the element on the page, minus the same page with only the data loaded (the element keeps its validated copy). Nodes: DOM nodes added, shadow roots included. <sangong-chart> draws one unit; its rows are the units of the 三公 table (its picker lists them all). Above 500 rows, <budget-table> starts collapsed to the 类 rows and writes only the rows shown (expanding writes the children), and <budget-summary> writes its equivalent table of the whole tree when the reader first opens it: their first render at 1,000 and 10,000 rows is that view.', '');
    md.push(table(['element', 'scale', 'rows', 'to frame (ms)', 'to layout (ms)', 'heap Δ (MB)', 'heap total (MB)', 'DOM nodes', 'failures'],
      r.elements.map((e) => [`\`<${e.tag}>\``, n(e.scale), n(e.rows), ms(e.frame.median), ms(e.layout.median), mb(e.heapDelta.median), mb(e.heapTotal.median), Number.isFinite(e.nodes.median) ? n(Math.round(e.nodes.median)) : '—', e.failures.length ? e.failures[0]! : ''])), '');
  }
  if (r.interactions.length) {
    md.push('## Interactions', '', 'Sort: a click on the column’s sort button. Filter: the whole word typed into the filter at once (one input event), then cleared (not timed). Drill-down: a click on the first 类 bar that has 款 rows, then back up (not timed). Times to layout and to the next frame.', '');
    md.push(table(['element', 'action', 'rows', 'to frame (ms)', 'to layout (ms)', 'failures'],
      r.interactions.map((i) => [`\`<${i.tag}>\``, i.name, n(i.rows), ms(i.frame.median), ms(i.layout.median), i.failures.length ? i.failures[0]! : ''])), '');
    for (const i of r.interactions.filter((x) => x.rows === Math.max(...r.interactions.map((y) => y.rows)))) summary.push(`<${i.tag}> ${i.name} at ${n(i.rows)} rows: ${ms(i.frame.median)} ms`);
  }

  // —— growth ——
  const g = growthRows(r);
  if (g.length) {
    md.push('## Growth from the smallest to the largest scale', '', 'time ∝ rowsᵏ: k = log(time ratio) ÷ log(rows ratio), over the whole range and over the last step (1,000 → 10,000, where fixed costs matter least); the verdict takes the worse. k ≈ 1 is linear (near linear: k ≤ 1.15); below 1, fixed costs dominate the small scale (the paged table renders 50 rows whatever the size). Rows are those of the file (projects = function-code rows; the file grows with them), also for `<sangong-chart>`, whose 三公 units grow 1 → 100 with it. The issue asks for near linear or better.', '');
    md.push(table(['figure', 'rows', 'time (ms)', 'time ratio', 'rows ratio', 'k (whole range)', 'k (last step)', 'verdict (worse k)'],
      g.map((x) => {
        const gr = growthOf(x);
        const first = x.points[0]!;
        const last = x.points.at(-1)!;
        return [x.what, x.points.map((p) => n(p.rows)).join(' → '), x.points.map((p) => ms(p.value)).join(' → '), ratio(gr.whole.ratio), ratio(last.rows / first.rows), gr.whole.exponent.toFixed(2), gr.step.exponent.toFixed(2), gr.verdict];
      })), '');
    const bad = g.filter((x) => growthOf(x).worst > 1.15);
    summary.push(bad.length ? `growth: NOT near linear: ${bad.map((x) => `${x.what} (k = ${growthOf(x).worst.toFixed(2)})`).join('; ')}; everything else near linear or better` : 'growth: every figure near linear or better');
  }

  md.push('## Method', '',
    '- Data: `test/bench/generate.ts`, deterministic (seed 1), valid against the schema and consistent (the checks find no error): `gpb-expenditure` and `dept-expenditure` with the given number of 类/款/项 rows, `project-expenditure` and `projects[]` (7 indicators each), `sangong` with up to 100 units, `overallPerformance`.',
    `- Served from 127.0.0.1 by a small Node server without caching; one fresh page per element and scale; Chromium headless (\`${CHROMIUM_ARGS.join(' ')}\`: test/chromium.mjs says why) driven by puppeteer-core over CDP; heap and DOM node counts from CDP \`Performance.getMetrics\` after \`HeapProfiler.collectGarbage\`.`,
    '- The element pages load the built kit (`dist/budget-widgets.js`); the comparison page loads only `dist/elements/sangong-chart.js` (and its chunks) or the ECharts bundle (`test/bench/echarts-sangong.ts`, esbuild, minified, tree-shaken; animation off so its first frame is final).',
    '- Times are `performance.now()` differences inside the page. “To frame” waits for `requestAnimationFrame` and a task after it, so it includes up to one frame interval (≈16.7 ms) of waiting; “to layout” is the work itself.',
    '');
  if (r.errors.length) md.push('## Page errors seen during the run', '', ...r.errors.slice(0, 20).map((e) => `- ${e.replace(/\n/g, ' ')}`), r.errors.length > 20 ? `- … ${r.errors.length - 20} more` : '', '');

  md.splice(md.indexOf('## `<sangong-chart>` vs ECharts 6 (tree-shaken, SVG renderer)'), 0, '## Summary', '', ...summary.map((s) => `- ${s}`), '');
  return { md: `${md.join('\n').replace(/\n{3,}/g, '\n\n')}\n`, summary };
}
