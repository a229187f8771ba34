/**
 * The retry and rate-limit policy of ONE provider and base URL, shared by
 * every trial of a run (the SDKs' own retries are off). Requests take a
 * permit before they are sent:
 *
 * - Concurrency is an AIMD window. It starts at `max_concurrency` (unset:
 *   unbounded, the run's --concurrency decides). A 429 / 529 halves it, once
 *   for all the requests sent with the same window; it grows back by one
 *   after each window's worth of successes, up to just below the window that
 *   was refused, and stays there for HOLD_MS before it probes further:
 *   providers count their limits per minute, and a provider that allows N
 *   requests at once is then probed once a minute, not every few seconds (a
 *   refused probe costs its retry-after, at worst at the end of a run).
 * - The refused request waits the server's `retry-after` (floor
 *   THROTTLE_FLOOR_MS, jitter JITTER_RATIO on top, growing backoff without the
 *   header) and is retried ahead of new requests. When it was alone in flight
 *   the limit is a rate, not concurrency: the whole pool waits with it.
 * - Rate-limit retries do not use the small budget of 5xx / connection
 *   retries (`maxRetries`); a request errors for rate limits only once it has
 *   been refused for `maxRateLimitWaitMs` in total.
 * - `requests_per_minute` is a token bucket (token-bucket.ts).
 * - After a 401 / 403 every later request fails at once with that error.
 *
 * Time, timers and randomness come from a LimiterClock, so the policy is
 * tested on a fake clock.
 */
import { sleepOn, systemLimiterClock, type LimiterClock } from './limiter-clock.ts';
import { TokenBucket } from './token-bucket.ts';

export interface RateLimits {
  /** Requests in flight at most; Infinity when only the run's concurrency bounds them. */
  maxConcurrency: number;
  requestsPerMinute: number | null;
  /** How long one request may be refused for rate limits, in total, before it errors. */
  maxRateLimitWaitMs: number;
  /** Retries of 5xx, connection errors and timeouts per request. */
  maxRetries: number;
  /** The longest single wait a server's retry-after may impose. */
  maxRetryWaitMs: number;
}

export const DEFAULT_MAX_RATE_LIMIT_WAIT_MS = 600_000;
export const THROTTLE_FLOOR_MS = 500;
/** A wait is lengthened by up to this share, so refused requests do not come back together. */
export const JITTER_RATIO = 0.2;
/** How long the window stays below the level last refused before it grows past it. */
export const HOLD_MS = 60_000;
const THROTTLE_BACKOFF_MAX_MS = 30_000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 8_000;

/** Leave to send one request. */
export interface Permit {
  /** The window's generation when it was granted (see #slowDown). */
  readonly epoch: number;
  /** Requests in flight once it was granted, itself included. */
  readonly inFlightAtSend: number;
}

/** One request's retries so far (a request is one model turn, retried until it succeeds or gives up). */
export interface RetryState {
  /** Every retry, for the trace's `retries`. */
  retries: number;
  transientRetries: number;
  throttles: number;
  firstThrottledAt: number | null;
}

export const newRetryState = (): RetryState => ({
  retries: 0,
  transientRetries: 0,
  throttles: 0,
  firstThrottledAt: null,
});

export type RetryDecision = { retryInMs: number } | { giveUp: true; throttledForMs?: number };

export interface LimiterStats {
  /** Requests sent (every attempt). */
  requests: number;
  /** Responses that were a rate limit or an overload (429, 529). */
  throttled: number;
  retries: number;
  /** Time requests spent waiting after a rate limit, summed over requests. */
  waitedMs: number;
  /** Requests that errored because rate limits outlasted the wait allowed. */
  gaveUp: number;
  /** The concurrency allowed now; null while unbounded. */
  concurrency: number | null;
}

interface Waiter {
  retry: boolean;
  grant(permit: Permit): void;
  fail(error: unknown): void;
}

export class RateLimiter {
  readonly #limits: RateLimits;
  readonly #clock: LimiterClock;
  /** The run's interrupt (SIGINT/SIGTERM, the Action's cancel): ends every wait for a permit or a retry at once. */
  readonly #interrupted: AbortSignal | undefined;
  readonly #bucket: TokenBucket | null;
  #window: number;
  #inFlight = 0;
  #epoch = 0;
  /** The window may grow up to this before #holdUntil (just below the level last refused). */
  #recoveryTarget = Infinity;
  #holdUntil = 0;
  #successRun = 0;
  #pausedUntil = 0;
  #waiters: Waiter[] = [];
  #wake: { at: number; cancel(): void } | null = null;
  #refusal: { error: unknown } | null = null;
  readonly #stats = { requests: 0, throttled: 0, retries: 0, waitedMs: 0, gaveUp: 0 };

  constructor(limits: RateLimits, clock: LimiterClock = systemLimiterClock, interrupted?: AbortSignal) {
    this.#interrupted = interrupted;
    this.#limits = limits;
    this.#clock = clock;
    this.#window = limits.maxConcurrency;
    this.#bucket = limits.requestsPerMinute === null ? null : new TokenBucket(limits.requestsPerMinute, clock.now());
  }

  /**
   * Waits for leave to send; a retry goes ahead of new requests. Rejects with the abort reason, or the refusal after a
   * 401/403.
   */
  acquire(requestSignal?: AbortSignal, retry = false): Promise<Permit> {
    if (this.#refusal) return Promise.reject(this.#refusal.error);
    const stopped = [requestSignal, this.#interrupted].find((candidate) => candidate?.aborted);
    if (stopped) return Promise.reject(stopped.reason);
    // Nobody queued and room in the window: the common case sends at once, with no abort listeners to set up.
    const now = this.#waiters.length === 0 ? this.#grantNow() : null;
    if (now) return Promise.resolve(now);
    const signal = this.#stopSignal(requestSignal);
    return new Promise<Permit>((resolve, reject) => {
      const onAbort = () => {
        this.#waiters = this.#waiters.filter((queued) => queued !== waiter);
        this.#pump();
        reject(signal!.reason);
      };
      const waiter: Waiter = {
        retry,
        grant: (permit) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(permit);
        },
        fail: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const firstNew = retry ? this.#waiters.findIndex((queued) => !queued.retry) : -1;
      this.#waiters.splice(firstNew === -1 ? this.#waiters.length : firstNew, 0, waiter);
      this.#pump();
    });
  }

  succeeded(_permit: Permit): void {
    // Only a window in use grows: successes at low demand say nothing about the limit.
    const busy = this.#inFlight >= this.#window || this.#waiters.length > 0;
    const held = this.#window >= this.#recoveryTarget && this.#clock.now() < this.#holdUntil;
    if (busy && !held && Number.isFinite(this.#window) && this.#window < this.#limits.maxConcurrency) {
      this.#successRun += 1;
      if (this.#successRun >= this.#window) {
        this.#window += 1;
        this.#successRun = 0;
      }
    }
    this.#release();
  }

  /** A 429 / 529: slow the pool down and say how long this request waits before its retry. */
  throttled(permit: Permit, state: RetryState, retryAfterMs: number | undefined): RetryDecision {
    const now = this.#clock.now();
    this.#stats.throttled += 1;
    this.#slowDown(permit);
    state.throttles += 1;
    state.firstThrottledAt ??= now;
    const throttledForMs = now - state.firstThrottledAt;
    const remaining = this.#limits.maxRateLimitWaitMs - throttledForMs;
    if (remaining <= 0) {
      this.#stats.gaveUp += 1;
      this.#release();
      return { giveUp: true, throttledForMs };
    }
    const asked = retryAfterMs ?? Math.min(THROTTLE_BACKOFF_MAX_MS, THROTTLE_FLOOR_MS * 2 ** (state.throttles - 1));
    const wait = Math.min(
      remaining,
      this.#jitter(Math.max(THROTTLE_FLOOR_MS, Math.min(asked, this.#limits.maxRetryWaitMs))),
    );
    if (permit.inFlightAtSend <= 1) {
      // Refused while alone in flight: the limit is a rate, not concurrency. Nobody sends until it has passed,
      // and concurrency may grow back quickly afterwards (the window says nothing about this limit).
      this.#pausedUntil = Math.max(this.#pausedUntil, now + wait);
      this.#recoveryTarget = Infinity;
    }
    this.#stats.waitedMs += wait;
    this.#countRetry(state);
    this.#release();
    return { retryInMs: wait };
  }

  /** A 5xx, connection error or timeout: retried with backoff while the request's small budget lasts. */
  failedTransiently(_permit: Permit, state: RetryState, retryAfterMs: number | undefined): RetryDecision {
    this.#release();
    if (state.transientRetries >= this.#limits.maxRetries) return { giveUp: true };
    state.transientRetries += 1;
    this.#countRetry(state);
    const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (state.transientRetries - 1));
    return {
      retryInMs: this.#jitter(
        retryAfterMs === undefined ? backoff : Math.min(retryAfterMs, this.#limits.maxRetryWaitMs),
      ),
    };
  }

  /** Any other outcome: the permit is given back, nothing learnt. */
  released(_permit: Permit): void {
    this.#release();
  }

  /** A 401 / 403: every request waiting, and every later one, fails with `error` without being sent. */
  refused(_permit: Permit, error: unknown): void {
    this.#refusal ??= { error };
    const waiting = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiting) waiter.fail(this.#refusal.error);
    this.#release();
  }

  /** Sleeps `ms` on the limiter's clock; an abort ends the wait at once with its reason. */
  wait(ms: number, requestSignal?: AbortSignal): Promise<void> {
    return sleepOn(this.#clock, ms, this.#stopSignal(requestSignal));
  }

  stats(): LimiterStats {
    return { ...this.#stats, concurrency: Number.isFinite(this.#window) ? this.#window : null };
  }

  /**
   * Halves the window, once per generation: the requests sent with the same window were all sent too many,
   * and their refusals arrive together. `#inFlight` still counts the refused request.
   */
  #slowDown(permit: Permit): void {
    if (permit.epoch !== this.#epoch) return;
    const used = Math.min(this.#window, this.#inFlight);
    this.#window = Math.max(1, Math.floor(used / 2));
    this.#recoveryTarget = used - 1;
    this.#holdUntil = this.#clock.now() + HOLD_MS;
    this.#epoch += 1;
    this.#successRun = 0;
  }

  /** What ends a wait: the request's own signal (its trial's timeout) or the run's interrupt, whichever comes first. */
  #stopSignal(requestSignal: AbortSignal | undefined): AbortSignal | undefined {
    if (!this.#interrupted) return requestSignal;
    return requestSignal ? AbortSignal.any([requestSignal, this.#interrupted]) : this.#interrupted;
  }

  #countRetry(state: RetryState): void {
    state.retries += 1;
    this.#stats.retries += 1;
  }

  #jitter(ms: number): number {
    return ms + ms * JITTER_RATIO * this.#clock.random();
  }

  #release(): void {
    this.#inFlight -= 1;
    this.#pump();
  }

  /** Grants permits in queue order while the window, the pause and the bucket allow; else sleeps until they may. */
  #pump(): void {
    while (this.#waiters.length > 0 && this.#inFlight < this.#window) {
      const now = this.#clock.now();
      const readyAt = this.#readyAt(now);
      if (readyAt > now) return this.#wakeAt(readyAt, now);
      this.#waiters.shift()!.grant(this.#issue(now));
    }
    // A timer left with nobody waiting would keep the process alive for nothing.
    if (this.#waiters.length === 0) this.#cancelWake();
  }

  /** A permit now if the window, the pause and the bucket all allow one; null otherwise. */
  #grantNow(): Permit | null {
    if (this.#inFlight >= this.#window) return null;
    const now = this.#clock.now();
    return this.#readyAt(now) > now ? null : this.#issue(now);
  }

  /** When the pause after a throttle and the requests-per-minute bucket both allow the next request. */
  #readyAt(now: number): number {
    return Math.max(this.#pausedUntil, this.#bucket?.readyAt(now) ?? now);
  }

  #issue(now: number): Permit {
    this.#bucket?.take(now);
    this.#inFlight += 1;
    this.#stats.requests += 1;
    return { epoch: this.#epoch, inFlightAtSend: this.#inFlight };
  }

  #wakeAt(at: number, now: number): void {
    if (this.#wake && this.#wake.at <= at) return;
    this.#cancelWake();
    const cancel = this.#clock.schedule(() => {
      this.#wake = null;
      this.#pump();
    }, at - now);
    this.#wake = { at, cancel };
  }

  #cancelWake(): void {
    this.#wake?.cancel();
    this.#wake = null;
  }
}
