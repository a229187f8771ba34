import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * Keeps a long run's heap close to what it really holds. Under salvo's
 * allocation pattern (every turn builds requests, responses and traces that
 * die a moment later) V8's defaults size the heap for throughput: the young
 * generation grows to about 134 MB and the old generation to four times its
 * live size before a full collection (bench case 3: a peak RSS of 300 MB for
 * about 25 MB of live objects at 1,000 scenarios). Neither shell can pass V8
 * flags on the command line (the action runs as `node24 dist/index.js`), so
 * the bounds are set at run time, through the two flags V8 reads at each
 * collection rather than once at start-up:
 * - `--heap-growing-percent`: the old generation may grow to live size x 1.25
 *   before the next full collection, instead of up to x 4;
 * - `--semi-space-growth-factor=1`, set once the young generation has reached
 *   YOUNG_GENERATION_BYTES: V8 stops doubling it there. A young generation
 *   kept at its first size instead collects so often that it costs CPU; grown
 *   to this size it costs none measurable (bench/README.md, case 3).
 * The cost is a few more full collections of a small heap (a few ms each).
 *
 * Changing any V8 flag changes the hash V8 checks code caches against, so
 * every module compiled afterwards (the SDK's chunk, Node's own http) is
 * compiled from scratch: about 40 ms on the way to the first model request
 * (bench case 4). So a suite of fewer than EAGER_FROM_FILES files gets both
 * bounds only once its young generation reaches its bound (a short run never
 * does); a larger one gets them before loading, where the old generation
 * would otherwise grow unchecked, and where 40 ms is small next to reading
 * and validating its files (about 1 ms each). For the same reason a code cache
 * written after a flag changed is rejected at the next start: the CLI's loader
 * registers beforeV8FlagsChange to write its cache first.
 */
export const OLD_GENERATION_GROWTH_PERCENT = 25;
export const YOUNG_GENERATION_BYTES = 16 * 1024 * 1024;
export const EAGER_FROM_FILES = 256;
const CHECK_EVERY_MS = 5;

/** When a flag changes: before the suite is loaded (a large suite), or once the run is under way. */
export type FlagsChangeMoment = 'before-loading' | 'during-run';
const flagsChangeListeners: Array<(moment: FlagsChangeMoment) => void> = [];

/** Calls `listener` once, before this process first changes a V8 flag. */
export function beforeV8FlagsChange(listener: (moment: FlagsChangeMoment) => void): void {
  flagsChangeListeners.push(listener);
}

function setV8Flags(moment: FlagsChangeMoment, ...flags: string[]): void {
  for (const listener of flagsChangeListeners.splice(0)) listener(moment);
  for (const flag of flags) setFlagsFromString(flag);
}

export function boundHeapGrowth(scenarioFiles: number): void {
  if (scenarioFiles >= EAGER_FROM_FILES) setV8Flags('before-loading', `--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
  const timer = setInterval(() => {
    if (youngGenerationBytes() < YOUNG_GENERATION_BYTES) return;
    setV8Flags('during-run', '--semi-space-growth-factor=1', `--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
    clearInterval(timer);
  }, CHECK_EVERY_MS);
  // Never keeps the process alive; a run that ends before the young generation grew needs no bound.
  timer.unref();
}

function youngGenerationBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}
