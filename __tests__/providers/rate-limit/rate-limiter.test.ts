import { describe, expect, it } from 'vitest';
import {
  JITTER_RATIO,
  newRetryState,
  HOLD_MS,
  RateLimiter,
  THROTTLE_FLOOR_MS,
  type Permit,
  type RateLimits,
  type RetryDecision,
} from '../../../src/providers/shared/rate-limit/rate-limiter.ts';
import { FakeLimiterClock, settle } from './fake-limiter-clock.ts';

const limits = (overrides: Partial<RateLimits> = {}): RateLimits => ({
  maxConcurrency: Infinity,
  requestsPerMinute: null,
  maxRateLimitWaitMs: 600_000,
  maxRetries: 2,
  maxRetryWaitMs: 60_000,
  ...overrides,
});

function setUp(overrides: Partial<RateLimits> = {}) {
  const clock = new FakeLimiterClock();
  return { clock, limiter: new RateLimiter(limits(overrides), clock) };
}

/** Asks for `count` permits; `granted` fills as the limiter hands them out. */
function request(limiter: RateLimiter, count: number, options: { retry?: boolean; signal?: AbortSignal } = {}) {
  const granted: Permit[] = [];
  const failed: unknown[] = [];
  for (let index = 0; index < count; index += 1) {
    limiter.acquire(options.signal, options.retry).then(
      (permit) => granted.push(permit),
      (error: unknown) => failed.push(error),
    );
  }
  return { granted, failed };
}

const waitOf = (decision: RetryDecision) => ('retryInMs' in decision ? decision.retryInMs : null);

describe('RateLimiter: concurrency window (AIMD)', () => {
  it('grants up to max_concurrency at once and the next permit when one is given back', async () => {
    const { limiter } = setUp({ maxConcurrency: 2 });
    const { granted } = request(limiter, 3);
    await settle();
    expect(granted).toHaveLength(2);
    limiter.succeeded(granted[0]!);
    await settle();
    expect(granted).toHaveLength(3);
    expect(limiter.stats()).toMatchObject({ requests: 3, concurrency: 2 });
  });

  it('halves the window once for all requests refused together, again for one sent after the decrease', async () => {
    const { limiter } = setUp();
    const { granted } = request(limiter, 16);
    await settle();
    expect(granted).toHaveLength(16);
    expect(limiter.stats().concurrency).toBeNull();
    // 12 refusals of requests sent with the same window: one decrease, 16 in flight -> 8.
    for (const permit of granted.slice(4)) limiter.throttled(permit, newRetryState(), 1000);
    expect(limiter.stats()).toMatchObject({ concurrency: 8, throttled: 12, retries: 12 });
    // 4 still in flight; 4 more fit in the window of 8, sent after the decrease, and refused: 8 -> 4.
    const later = request(limiter, 4);
    await settle();
    expect(later.granted).toHaveLength(4);
    limiter.throttled(later.granted[0]!, newRetryState(), 1000);
    expect(limiter.stats().concurrency).toBe(4);
    limiter.throttled(later.granted[1]!, newRetryState(), 1000);
    expect(limiter.stats().concurrency).toBe(4);
  });

  it('never goes below one request in flight', async () => {
    const { clock, limiter } = setUp({ maxConcurrency: 1 });
    for (let round = 0; round < 3; round += 1) {
      const { granted } = request(limiter, 1);
      await clock.advance(1000);
      limiter.throttled(granted[0]!, newRetryState(), 0);
      expect(limiter.stats().concurrency).toBe(1);
    }
  });

  it('grows back by one per window of successes up to below the refused window, then holds for HOLD_MS', async () => {
    const { clock, limiter } = setUp({ maxConcurrency: 6 });
    const first = request(limiter, 5);
    await settle();
    limiter.throttled(first.granted.pop()!, newRetryState(), 0);
    expect(limiter.stats().concurrency).toBe(2);
    // Demand stays above the window (a queue of 200), so every success counts.
    const queue = request(limiter, 200);
    const finish = async (count: number) => {
      for (let index = 0; index < count; index += 1) {
        const permit = first.granted.shift() ?? queue.granted.shift()!;
        limiter.succeeded(permit);
        await settle();
      }
    };
    await finish(2);
    expect(limiter.stats().concurrency).toBe(3);
    await finish(3);
    expect(limiter.stats().concurrency).toBe(4);
    // 4 was never refused, 5 was: held at 4, however many succeed, until the hold is over.
    await finish(40);
    expect(limiter.stats().concurrency).toBe(4);
    await clock.advance(HOLD_MS);
    await finish(4);
    expect(limiter.stats().concurrency).toBe(5);
    // A probe that went through: growth goes on, one per window, up to max_concurrency.
    await finish(5);
    expect(limiter.stats().concurrency).toBe(6);
    await finish(50);
    expect(limiter.stats().concurrency).toBe(6);
  });

  it('does not grow a window that is not in use', async () => {
    const { limiter } = setUp({ maxConcurrency: 8 });
    const first = request(limiter, 4);
    await settle();
    limiter.throttled(first.granted[3]!, newRetryState(), 0);
    expect(limiter.stats().concurrency).toBe(2);
    for (const permit of first.granted.slice(0, 3)) limiter.succeeded(permit);
    const settled = limiter.stats().concurrency;
    // One request at a time, nobody waiting: successes say nothing about the limit.
    for (let index = 0; index < 50; index += 1) {
      const { granted } = request(limiter, 1);
      await settle();
      limiter.succeeded(granted[0]!);
    }
    expect(limiter.stats().concurrency).toBe(settled);
  });

  it('sends retries ahead of new requests', async () => {
    const { limiter } = setUp({ maxConcurrency: 1 });
    const running = request(limiter, 1);
    await settle();
    const order: string[] = [];
    void limiter.acquire(undefined, false).then(() => order.push('new'));
    void limiter.acquire(undefined, true).then(() => order.push('retry'));
    limiter.succeeded(running.granted[0]!);
    await settle();
    expect(order).toEqual(['retry']);
  });
});

describe('RateLimiter: waits after a rate limit', () => {
  const throttledOnce = async (retryAfterMs: number | undefined, random = 0, overrides: Partial<RateLimits> = {}) => {
    const { clock, limiter } = setUp(overrides);
    clock.randomValue = random;
    const { granted } = request(limiter, 2);
    await settle();
    return waitOf(limiter.throttled(granted[1]!, newRetryState(), retryAfterMs));
  };

  it("waits the server's retry-after, never less than the floor", async () => {
    expect(await throttledOnce(1000)).toBe(1000);
    expect(await throttledOnce(0)).toBe(THROTTLE_FLOOR_MS);
    expect(await throttledOnce(20)).toBe(THROTTLE_FLOOR_MS);
    expect(await throttledOnce(86_400_000, 0, { maxRetryWaitMs: 10_000 })).toBe(10_000);
  });

  it('adds jitter of up to JITTER_RATIO, never less than asked', async () => {
    expect(await throttledOnce(1000, 0)).toBe(1000);
    expect(await throttledOnce(1000, 0.5)).toBe(1000 + 1000 * JITTER_RATIO * 0.5);
    const most = (await throttledOnce(1000, 0.999999))!;
    expect(most).toBeLessThan(1000 * (1 + JITTER_RATIO));
    expect(most).toBeGreaterThan(1000);
  });

  it('backs off exponentially from the floor when the server gives no retry-after', async () => {
    const { clock, limiter } = setUp({ maxConcurrency: 1 });
    const state = newRetryState();
    const waits: (number | null)[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const { granted } = request(limiter, 1, { retry: attempt > 0 });
      await clock.advance(waits.at(-1) ?? 0);
      waits.push(waitOf(limiter.throttled(granted[0]!, state, undefined)));
    }
    expect(waits).toEqual([500, 1000, 2000, 4000]);
    expect(state.retries).toBe(4);
  });

  it('pauses the whole pool when a request alone in flight is refused (a rate, not concurrency)', async () => {
    const { clock, limiter } = setUp();
    const alone = request(limiter, 1);
    await settle();
    expect(waitOf(limiter.throttled(alone.granted[0]!, newRetryState(), 2000))).toBe(2000);
    const others = request(limiter, 3);
    await clock.advance(1999);
    expect(others.granted).toHaveLength(0);
    await clock.advance(1);
    expect(others.granted.length).toBeGreaterThan(0);
  });

  it('does not pause the others when the refusal came with company (concurrency)', async () => {
    const { limiter } = setUp();
    const { granted } = request(limiter, 4);
    await settle();
    limiter.throttled(granted[3]!, newRetryState(), 5000);
    limiter.succeeded(granted[0]!);
    limiter.succeeded(granted[1]!);
    // The window is 2 now, 1 in flight: the next request goes at once, not 5 s later.
    const next = request(limiter, 1);
    await settle();
    expect(next.granted).toHaveLength(1);
  });

  it('gives up once a request was refused for the whole wait allowed, the last wait cut to what is left', async () => {
    const { clock, limiter } = setUp({ maxConcurrency: 1, maxRateLimitWaitMs: 2500 });
    const state = newRetryState();
    const decisions: RetryDecision[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const { granted } = request(limiter, 1, { retry: attempt > 0 });
      await clock.advance(0);
      const decision = limiter.throttled(granted[0]!, state, 1000);
      decisions.push(decision);
      if ('retryInMs' in decision) await clock.advance(decision.retryInMs);
    }
    expect(decisions).toEqual([
      { retryInMs: 1000 },
      { retryInMs: 1000 },
      { retryInMs: 500 },
      { giveUp: true, throttledForMs: 2500 },
    ]);
    expect(limiter.stats()).toMatchObject({ throttled: 4, retries: 3, gaveUp: 1, waitedMs: 2500 });
  });

  it('gives up at the first refusal when no rate-limit wait is allowed', async () => {
    const { limiter } = setUp({ maxRateLimitWaitMs: 0 });
    const { granted } = request(limiter, 1);
    await settle();
    expect(limiter.throttled(granted[0]!, newRetryState(), 1000)).toEqual({ giveUp: true, throttledForMs: 0 });
  });
});

describe('RateLimiter: 5xx budget', () => {
  it('retries 5xx and connection errors twice with growing backoff, whatever rate-limit retries before', async () => {
    const { clock, limiter } = setUp({ maxConcurrency: 1 });
    const state = newRetryState();
    const next = async () => {
      const { granted } = request(limiter, 1, { retry: true });
      // Past any pause of the pool (each refused request was alone in flight).
      await clock.advance(60_000);
      return granted[0]!;
    };
    for (let index = 0; index < 10; index += 1) limiter.throttled(await next(), state, 0);
    expect(state.retries).toBe(10);
    expect(limiter.failedTransiently(await next(), state, undefined)).toEqual({ retryInMs: 500 });
    expect(limiter.failedTransiently(await next(), state, undefined)).toEqual({ retryInMs: 1000 });
    expect(limiter.failedTransiently(await next(), state, undefined)).toEqual({ giveUp: true });
    expect(state).toMatchObject({ retries: 12, transientRetries: 2 });
  });

  it("honours a 5xx's retry-after, capped, with no floor", async () => {
    const { limiter } = setUp();
    const { granted } = request(limiter, 2);
    await settle();
    expect(limiter.failedTransiently(granted[0]!, newRetryState(), 1)).toEqual({ retryInMs: 1 });
    expect(limiter.failedTransiently(granted[1]!, newRetryState(), 86_400_000)).toEqual({ retryInMs: 60_000 });
  });

  it('does not slow the pool down for a 5xx', async () => {
    const { limiter } = setUp({ maxConcurrency: 4 });
    const { granted } = request(limiter, 4);
    await settle();
    limiter.failedTransiently(granted[0]!, newRetryState(), undefined);
    expect(limiter.stats()).toMatchObject({ concurrency: 4, throttled: 0 });
  });
});

describe('RateLimiter: requests per minute', () => {
  it('starts requests 60/rpm seconds apart, with no burst on top', async () => {
    const { clock, limiter } = setUp({ requestsPerMinute: 120 });
    const { granted } = request(limiter, 5);
    await settle();
    expect(granted).toHaveLength(1);
    await clock.advance(499);
    expect(granted).toHaveLength(1);
    await clock.advance(1);
    expect(granted).toHaveLength(2);
    await clock.advance(1500);
    expect(granted).toHaveLength(5);
    // Idle for a minute, then busy again: still one at a time.
    for (const permit of granted) limiter.succeeded(permit);
    await clock.advance(60_000);
    const later = request(limiter, 3);
    await settle();
    expect(later.granted).toHaveLength(1);
  });

  it('lets a slow rate through one at a time', async () => {
    const { clock, limiter } = setUp({ requestsPerMinute: 6 });
    const { granted } = request(limiter, 3);
    await settle();
    expect(granted).toHaveLength(1);
    await clock.advance(10_000);
    expect(granted).toHaveLength(2);
    await clock.advance(10_000);
    expect(granted).toHaveLength(3);
  });
});

describe('RateLimiter: refusal and aborts', () => {
  it('after a 401/403 fails every waiting and later request with the same error, granting nothing', async () => {
    const { limiter } = setUp({ maxConcurrency: 1 });
    const first = request(limiter, 1);
    await settle();
    const waiting = request(limiter, 2);
    const refusal = new Error('rejected the API key (HTTP 401)');
    limiter.refused(first.granted[0]!, refusal);
    await settle();
    expect(waiting.granted).toHaveLength(0);
    expect(waiting.failed).toEqual([refusal, refusal]);
    await expect(limiter.acquire()).rejects.toBe(refusal);
    expect(limiter.stats().requests).toBe(1);
  });

  it('ends a wait for a permit and a wait before a retry at once when the signal aborts', async () => {
    const { clock, limiter } = setUp({ maxConcurrency: 1 });
    request(limiter, 1);
    await settle();
    const controller = new AbortController();
    const queued = limiter.acquire(controller.signal);
    const sleeping = limiter.wait(60_000, controller.signal);
    controller.abort(new Error('trial timed out'));
    await expect(queued).rejects.toThrow('trial timed out');
    await expect(sleeping).rejects.toThrow('trial timed out');
    expect(clock.timers.size).toBe(0);
  });

  it('leaves no timer behind once nobody waits', async () => {
    const { clock, limiter } = setUp({ requestsPerMinute: 1 });
    request(limiter, 1);
    await settle();
    const controller = new AbortController();
    const queued = limiter.acquire(controller.signal);
    await settle();
    expect(clock.timers.size).toBe(1);
    controller.abort(new Error('interrupted'));
    await expect(queued).rejects.toThrow('interrupted');
    expect(clock.timers.size).toBe(0);
  });
});
