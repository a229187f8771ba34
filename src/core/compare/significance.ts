/**
 * The statistics behind "regressed" and "improved" (docs/comparing-runs.md
 * says the same in plain words). Small enough to check by hand: the two-sided
 * Fisher exact test on a 2×2 table of passed/failed trials, the
 * Benjamini-Hochberg procedure across scenarios, and how many trials per side
 * a difference of the size seen would need before the test could show it.
 * npm has no kept Fisher exact test (@stdlib has the hypergeometric law and
 * p-value adjustment, not the test), and core stays free of dependencies, so
 * both are written here with log-factorials and pinned by published values.
 */

/** The false discovery rate salvo accepts across the scenarios of one comparison. */
export const FALSE_DISCOVERY_RATE = 0.05;

/** Beyond this many trials per side the figure is reported as "more than". */
export const TRIALS_NEEDED_CAP = 1000;

const logFactorials: number[] = [0];

function logFactorial(n: number): number {
  for (let k = logFactorials.length; k <= n; k += 1) logFactorials[k] = logFactorials[k - 1]! + Math.log(k);
  return logFactorials[n]!;
}

/** log P(X = x) for the hypergeometric law of the top-left cell with the table's margins fixed. */
function logHypergeometric(x: number, rowA: number, rowB: number, columnPassed: number): number {
  const n = rowA + rowB;
  return (
    logFactorial(rowA) +
    logFactorial(rowB) +
    logFactorial(columnPassed) +
    logFactorial(n - columnPassed) -
    logFactorial(n) -
    logFactorial(x) -
    logFactorial(rowA - x) -
    logFactorial(columnPassed - x) -
    logFactorial(rowB - columnPassed + x)
  );
}

/**
 * Two-sided Fisher exact test of passedA/failedA against passedB/failedB: the
 * chance, if both sides shared one pass rate, of a table at most as likely as
 * the one observed (R's `fisher.test` and SciPy's `fisher_exact` rule, with the
 * same relative tolerance for ties).
 */
export function fisherExactTwoSided(passedA: number, failedA: number, passedB: number, failedB: number): number {
  for (const count of [passedA, failedA, passedB, failedB]) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`Fisher's test needs counts, got ${count}`);
  }
  const rowA = passedA + failedA;
  const rowB = passedB + failedB;
  const columnPassed = passedA + passedB;
  if (rowA === 0 || rowB === 0) return 1;
  const low = Math.max(0, columnPassed - rowB);
  const high = Math.min(rowA, columnPassed);
  const observed = logHypergeometric(passedA, rowA, rowB, columnPassed);
  const tolerance = 1e-7;
  let p = 0;
  for (let x = low; x <= high; x += 1) {
    const logP = logHypergeometric(x, rowA, rowB, columnPassed);
    if (logP <= observed + Math.log1p(tolerance)) p += Math.exp(logP);
  }
  return Math.min(1, p);
}

/**
 * Benjamini-Hochberg adjusted p-values (q-values): a scenario is significant
 * when its q-value is at most the false discovery rate. Across 20 scenarios at
 * q = 0.05 this expects at most one false alarm among the flagged ones, where
 * testing each at 0.05 would expect one per run.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank -= 1) {
    const { p, index } = order[rank - 1]!;
    running = Math.min(running, (p * m) / rank);
    adjusted[index] = running;
  }
  return adjusted;
}

/**
 * The smallest count of trials per side at which the same two pass rates
 * would be significant on their own (Fisher, p < alpha), or null when no
 * count up to TRIALS_NEEDED_CAP would be (or the rates are equal). It answers
 * "how many trials would it take to tell whether this difference is real?".
 */
export function trialsPerSideToShow(rateA: number, rateB: number, alpha = FALSE_DISCOVERY_RATE): number | null {
  if (Math.abs(rateA - rateB) < 1e-12) return null;
  for (let n = 1; n <= TRIALS_NEEDED_CAP; n += 1) {
    const passedA = Math.round(rateA * n);
    const passedB = Math.round(rateB * n);
    if (passedA === passedB) continue;
    if (fisherExactTwoSided(passedA, n - passedA, passedB, n - passedB) < alpha) return n;
  }
  return null;
}

/**
 * Whether any result at all at these trial counts could be significant: the
 * most extreme table (all passed on one side, all failed on the other). One
 * trial each can never show a difference (p = 1), nor can three each (p = 0.1).
 */
export function canEverShowDifference(trialsA: number, trialsB: number, alpha = FALSE_DISCOVERY_RATE): boolean {
  if (trialsA === 0 || trialsB === 0) return false;
  return fisherExactTwoSided(trialsA, 0, 0, trialsB) < alpha;
}
