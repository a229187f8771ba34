/**
 * The numbers behind a verdict, small and exact enough to test by hand.
 * docs/verdicts.md states each definition for users.
 */

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/**
 * Nearest-rank percentile: the smallest observed value with at least p % of
 * the values at or below it. It always returns a value that happened (no
 * interpolated latencies nobody saw): with 1 value, every percentile is that
 * value; with 2, p50 is the lower and p95 the higher.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length - 1e-9));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Wilson score interval of a proportion: unlike the naive p ± z·√(p(1−p)/n),
 * it stays inside [0, 1] and does not collapse to a point at 0 or n successes,
 * which is exactly the case of a small, all-passing run.
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): { low: number; high: number } | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * pass^k: the chance that k runs in a row all pass, estimated without bias from
 * c passes in n trials as C(c, k) / C(n, k) (the chance that k trials drawn
 * from the n observed ones all passed). Defined for 1 ≤ k ≤ n.
 */
export function passHatK(passes: number, trials: number, k: number): number {
  if (k < 1 || k > trials) throw new RangeError(`pass^${k} needs 1 ≤ k ≤ ${trials}`);
  let value = 1;
  for (let i = 0; i < k; i += 1) value *= Math.max(0, passes - i) / (trials - i);
  return value;
}

/**
 * How many trials must all pass before the 95 % Wilson lower bound reaches
 * `rate`. When all n trials pass the lower bound is n / (n + z²), so the count
 * is the smallest n with n ≥ z²·rate / (1 − rate). A rate of 1 can never be
 * shown (null); a rate of 0 needs none.
 */
export function trialsNeededToShow(rate: number, z = Z_95): number | null {
  if (rate >= 1) return null;
  if (rate <= 0) return 0;
  const z2 = z * z;
  let n = Math.max(1, Math.ceil((z2 * rate) / (1 - rate) - 1e-9));
  while (n / (n + z2) < rate) n += 1;
  return n;
}
