/**
 * A band scale: d3-scale's scaleBand maths (align 0.5, no rounding) for the subset the charts use.
 *
 * Why not d3-scale's: scaleBand sits on its ordinal scale (an InternMap, `unknown`, `copy`) and
 * was the last d3-scale import of the bundle; this is the same arithmetic in a few lines, which
 * paid for the 三公 chart's vehicle split (issue 11) within the size budget. The positions are
 * d3's to the last bit (test/unit/band-scale.test.ts compares them).
 */

/** Start of a key's band (undefined for a key not in the domain) and the band's width. */
export interface Bands<K> {
  (key: K): number | undefined;
  bandwidth(): number;
}

/**
 * Splits [r0, r1] into one band per key, `inner` (0–1) of a step between bands and `outer`
 * steps before the first and after the last, as d3's paddingInner/paddingOuter.
 */
export function bandScale<K>(keys: readonly K[], [r0, r1]: [number, number], inner: number, outer = inner): Bands<K> {
  const n = keys.length;
  const step = (r1 - r0) / Math.max(1, n - inner + outer * 2);
  const start = r0 + (r1 - r0 - step * (n - inner)) * 0.5;
  const at = ((key: K) => {
    const i = keys.indexOf(key);
    return i < 0 ? undefined : start + step * i;
  }) as Bands<K>;
  at.bandwidth = () => step * (1 - inner);
  return at;
}
