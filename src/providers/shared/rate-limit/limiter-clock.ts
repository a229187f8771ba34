/**
 * Time, timers and randomness for the rate limiter: the system's in a run, a
 * fake one in tests (__tests__/providers/rate-limit/fake-limiter-clock.ts), so
 * the policy is tested without waiting.
 */
export interface LimiterClock {
  now(): number;
  /** Calls `callback` after `ms`; returns what cancels it. */
  schedule(callback: () => void, ms: number): () => void;
  /** In [0, 1). */
  random(): number;
}

export const systemLimiterClock: LimiterClock = {
  now: () => performance.now(),
  schedule: (callback, ms) => {
    const timer = setTimeout(callback, Math.max(0, ms));
    return () => clearTimeout(timer);
  },
  random: Math.random,
};

/** Sleeps `ms` on `clock`; an abort ends the wait at once with its reason. */
export function sleepOn(clock: LimiterClock, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      cancel();
      reject(signal!.reason);
    };
    const cancel = clock.schedule(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
