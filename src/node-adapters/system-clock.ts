import type { Clock } from '../core/ports.ts';

/** The real clock: wall time for timestamps, performance.now() for durations. */
export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
};
