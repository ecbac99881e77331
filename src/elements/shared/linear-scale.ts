/**
 * A linear scale with d3-scale's API for the subset the charts use (domain, range, nice, ticks).
 *
 * Why not d3-scale's scaleLinear: it pulls in d3-interpolate, d3-color and d3-format for colour and
 * string interpolation and tick formatting we never use — 9.4 KB of the 45 KB gzip budget, measured with
 * esbuild. The maths that matters (nice bounds, tick positions) still comes from d3-array; band
 * layouts use band-scale.ts, d3's scaleBand arithmetic without its ordinal scale.
 */
import { nice as niceDomain, ticks as arrayTicks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(d: [number, number]): LinearScale;
  domain(): [number, number];
  range(r: [number, number]): LinearScale;
  range(): [number, number];
  /** Extends the domain to round values, like d3's scale.nice(count = 10); an empty domain [a, a] to [a, a + 1]. */
  nice(count?: number): LinearScale;
  /** Round values inside the domain, like d3's scale.ticks(count = 10), whole hundredths only (the domain is in a published amount unit). */
  ticks(count?: number): number[];
}

export function scaleLinear(): LinearScale {
  let d0 = 0, d1 = 1, r0 = 0, r1 = 1;
  const scale = ((v: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0))) as LinearScale;
  scale.domain = ((d?: [number, number]) => {
    if (!d) return [d0, d1];
    [d0, d1] = d;
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((r?: [number, number]) => {
    if (!r) return [r0, r1];
    [r0, r1] = r;
    return scale;
  }) as LinearScale['range'];
  scale.nice = (count = 10) => {
    // All amounts zero: an axis from 0 to 1, not a point (or 0 to one cent).
    [d0, d1] = niceDomain(d0, d1 === d0 ? d0 + 1 : d1, count);
    return scale;
  };
  // Amounts have two decimals: a tick between whole hundredths would print as its neighbour (0, 0, 0, 0.01).
  scale.ticks = (count = 10) => arrayTicks(d0, d1, count).filter((t) => Math.abs(t * 100 - Math.round(t * 100)) < 1e-6);
  return scale;
}
