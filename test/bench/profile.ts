/**
 * Where a cold first chart spends its time: a CPU profile (CDP Profiler, 100 µs sampling) of one
 * draw, self time summed per script file. Native work the page asks for (style, layout, the
 * parser) shows as "(program)", garbage collection as "(garbage collector)".
 */
import type { CDPSession } from 'puppeteer-core';

export interface ProfileShare {
  what: string;
  ms: number;
}

/** Profiles `run` and returns self time per script path (or V8 category), largest first. */
export async function profileByFile(cdp: CDPSession, run: () => Promise<unknown>): Promise<ProfileShare[]> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byNode.get(samples[i]!);
    if (!node) continue;
    const { url, functionName } = node.callFrame;
    const key = url ? new URL(url).pathname : functionName.startsWith('(') ? functionName : '(native functions)';
    // A sample's delta is the time until the next sample: attribute it to this one.
    totals.set(key, (totals.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...totals].map(([what, ms]) => ({ what, ms })).filter((x) => x.what !== '(idle)' && x.ms >= 0.5).sort((a, b) => b.ms - a.ms);
}
