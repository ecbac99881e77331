/**
 * The bench's arithmetic: bounded repetition, medians, growth between scales and number
 * formatting. Pure, so the figures in results.md are reproducible from results.json.
 */

/** A figure measured several times: its median and the runs it came from. */
export interface Sample {
  median: number;
  runs: number[];
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const sample = (runs: number[]): Sample => ({ median: median(runs), runs });

/**
 * Runs `once` up to `runs` times (at least once), stopping early when `budgetMs` of wall time
 * is spent, so one slow figure cannot stretch the bench beyond a few minutes.
 */
export async function repeat<T>(once: (i: number) => Promise<T>, runs: number, budgetMs: number): Promise<T[]> {
  const out: T[] = [];
  const start = Date.now();
  for (let i = 0; i < runs; i++) {
    out.push(await once(i));
    if (Date.now() - start > budgetMs) break;
  }
  return out;
}

/**
 * Growth from the smallest to the largest scale: the time ratio, and the exponent k of
 * time ∝ rowsᵏ (1 = linear). Fixed costs make small-scale times flatter than the rows, so
 * k < 1 is normal; near linear is k ≤ 1.15.
 */
export function growth(small: { rows: number; value: number }, large: { rows: number; value: number }): { ratio: number; exponent: number; verdict: string } {
  const ratio = large.value / small.value;
  const exponent = Math.log(ratio) / Math.log(large.rows / small.rows);
  const verdict = !Number.isFinite(exponent) ? 'n/a' : exponent <= 1.15 ? (exponent < 0.9 ? 'sub-linear' : 'near linear') : exponent <= 1.4 ? 'slightly super-linear' : 'super-linear';
  return { ratio, exponent, verdict };
}

/** Milliseconds for a table: 3 significant figures, at least 0.1 resolution. */
export function ms(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '—';
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export function bytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`;
}

export const ratio = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(x >= 10 ? 1 : 2)}×` : '—');
