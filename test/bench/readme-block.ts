/**
 * The bench figures the README quotes, written from results.json by the same run that writes
 * results.md (and by `npm run bench:readme` from the committed results.json), between markers.
 * test/unit/bench-readme.test.ts fails when the README, results.md and results.json disagree, so
 * a figure in the README is always one the committed report holds, from a stamped commit.
 */
import { bytes, ms, ratio } from './stats.js';
import type { Results } from './report.js';

export const BENCH_START = '<!-- bench:start (generated from test/bench/results.json by npm run bench; do not edit) -->';
export const BENCH_END = '<!-- bench:end -->';

const n = (x: number) => x.toLocaleString('en-US');
const mbps = (b: number, msecs: number) => (b / 1e6 / (msecs / 1000)).toFixed(1);

/** Where the figures come from: the commit, and whether the tree had changes the commit does not hold. */
export function stamp(r: Results): string {
  const tree = r.clean === undefined ? 'tree state not recorded' : r.clean ? 'clean tree' : 'uncommitted changes in the tree';
  return `commit ${r.commit}, ${tree}, ${r.date.slice(0, 10)}`;
}

export function benchBlock(r: Results): string {
  const lines: string[] = [];
  lines.push(`\`npm run bench\` (headless Chromium, medians of up to ${r.runs} runs${r.cold && r.cold.runs !== r.runs ? ` (${r.cold.runs} for the cold loads from navigation)` : ''}, ${r.machine.cpu}; ${stamp(r)}; the full report is \`test/bench/results.md\`, written by the same run; chart timings start after code load and JSON parse):`, '');
  const b = r.comparison.bytes;
  if (b) lines.push(`- Bytes (gzip): \`<sangong-chart>\` alone ${bytes(b.ours.gzip)}, the whole kit ${bytes(b.kit.gzip)}, the same chart in tree-shaken ECharts 6 ${bytes(b.echarts.gzip)}: ECharts is ${ratio(b.echarts.gzip / b.ours.gzip)} the element and ${ratio(b.echarts.gzip / b.kit.gzip)} the whole kit (issue 15's target: 4×).`);
  for (const t of r.comparison.timings) {
    lines.push(`- First chart on a fresh page, ${t.dataset}: ${ms(t.ours.cold.frame.median)} ms vs ECharts ${ms(t.echarts.cold.frame.median)} ms to the next frame (${ms(t.ours.cold.layout.median)} vs ${ms(t.echarts.cold.layout.median)} ms to layout); later charts ${ms(t.ours.warm.layout.median)} vs ${ms(t.echarts.warm.layout.median)} ms to layout.`);
  }
  const c = r.cold;
  if (c) {
    for (const p of c.pages) {
      const frames = p.frames ? `; in one long frame at most ${ms(p.frames.script.median)} ms of scripts and ${ms(p.frames.rendering.median)} ms of rendering (style, layout, paint)` : '';
      lines.push(`- From navigation, cold, CPU ${c.cpuSlowdown}× slower: the ${p.name} — longest task ${ms(p.longest.median)} ms, total blocking time ${ms(p.tbt.median)} ms, every widget drawn at ${ms(p.drawn.median)} ms (issue 15's targets: 100 and 200 ms)${frames}.`);
    }
    if (c.baseline) lines.push(`- The same four-tag page without the kit: longest task ${ms(c.baseline.longest.median)} ms, total blocking time ${ms(c.baseline.tbt.median)} ms (the browser alone${c.baseline.longest.median > 0 ? ': mostly its first layout of Chinese text' : ''}).`);
    for (const x of c.charts) {
      const dom = x.inDom ? `; in the DOM at ${ms(x.inDom.ours.median)} vs ${ms(x.inDom.echarts.median)} ms (${ratio(x.inDom.echarts.median / x.inDom.ours.median)})` : '';
      const pre = x.oursPreloaded ? `; ours with the data file preloaded: painted at ${ms(x.oursPreloaded.median)} ms` : '';
      lines.push(`- \`<sangong-chart>\` from navigation, cold, CPU ${c.cpuSlowdown}×${x.network === 'none' ? '' : `, ${x.network}`}: bars ${x.inDom ? 'painted ' : ''}at ${ms(x.ours.median)} ms vs ${ms(x.echarts.median)} ms for tree-shaken ECharts (${ratio(x.echarts.median / x.ours.median)}) and ${ms(x.echartsFull.median)} ms for echarts.min.js (${ratio(x.echartsFull.median / x.ours.median)})${dom}${pre}.`);
    }
    const t = c.bigTable;
    if (t) lines.push(`- \`<project-table>\` on ${n(t.projects)} projects (${(t.bytes / 1e6).toFixed(1)} MB), the CPU not throttled: first rows ${ms(t.firstRows.median)} ms after the data arrived, longest task ${ms(t.longest.median)} ms (issue 15's targets: ${t.targets.firstRows} and ${t.targets.longest} ms).`);
  }
  const big = r.validation.at(-1);
  if (big) lines.push(`- Validation in Chromium: ${(big.bytes / 1e6).toFixed(1)} MB (${n(big.rows)} projects) in ${ms(big.validate.median)} ms, ${mbps(big.bytes, big.validate.median)} MB/s.`);
  const top = Math.max(0, ...r.elements.map((e) => e.scale));
  const first = r.elements.find((e) => e.tag === 'project-table' && e.scale === top);
  const acts = r.interactions.filter((i) => i.rows === top);
  if (first || acts.length) {
    const parts = [first ? `\`<project-table>\` first render ${ms(first.frame.median)} ms` : '', ...acts.map((i) => `\`<${i.tag}>\` ${i.name} ${ms(i.frame.median)} ms`)].filter(Boolean);
    lines.push(`- ${n(top)} projects: ${parts.join('; ')} (to the next frame).`);
  }
  const x = r.import;
  if (x) {
    const each = (what: (f: NonNullable<typeof x>['formats'][number]) => string) => x.formats.map((f) => `${what(f)} (.${f.format})`).join(', ');
    lines.push(`- Import of a ${n(x.projects)}-row workbook (${each((f) => `${(f.bytes / 1e6).toFixed(1)} MB`)}): \`budget-kit import\` ${each((f) => `${ms(f.cli.wall.median)} ms`)}, peak RSS ${each((f) => `${(f.cli.maxRss.median / 1e6).toFixed(0)} MB`)}; the import page shows the findings and each table's sheet rows in ${each((f) => `${ms(f.page.shown.median)} ms`)} and has drawn every table in ${each((f) => `${ms(f.page.drawn.median)} ms`)}, longest task ${each((f) => `${ms(f.page.longest.median)} ms`)} (reading the workbook, on the page's main thread), longest frame ${each((f) => `${ms(f.page.longestFrame.median)} ms`)}, JS heap ${each((f) => `${(f.page.heapShown.median / 1e6).toFixed(0)} MB`)} when shown.`);
  } else lines.push('- Import of a 10,000-row workbook (`budget-kit import` and the import page): not measured in this run.');
  if (r.skipped.length) lines.push(...r.skipped.map((s) => `- Skipped in this run: ${s}`));
  return lines.join('\n');
}

/** The README with its bench block replaced. */
export function withBench(readme: string, block: string): string {
  const i = readme.indexOf(BENCH_START);
  const j = readme.indexOf(BENCH_END);
  if (i < 0 || j < i) throw new Error(`README.md lacks the bench markers:\n${BENCH_START}\n${BENCH_END}`);
  return `${readme.slice(0, i + BENCH_START.length)}\n${block}\n${readme.slice(j)}`;
}
