/**
 * One RateLimiter per provider and base URL for a run: every client built
 * for the same endpoint (each scenario's, a judge's) shares its limits, and
 * the shells read how often the run was throttled from `stats()`.
 */
import type { RateLimitFigures } from '../../../core/results.ts';
import { withoutCredentials } from '../../../core/safe-text.ts';
import { DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_WAIT_MS, type ProviderSettings } from '../provider-settings.ts';
import { systemLimiterClock, type LimiterClock } from './limiter-clock.ts';
import { DEFAULT_MAX_RATE_LIMIT_WAIT_MS, RateLimiter, type RateLimits } from './rate-limiter.ts';

type LimitedSettings = Pick<ProviderSettings, 'baseUrl' | 'limits' | 'maxRetries' | 'maxRetryWaitMs'>;

export class RateLimitRegistry {
  readonly #clock: LimiterClock;
  readonly #entries = new Map<string, { provider: string; baseUrl: string | null; limiter: RateLimiter }>();

  readonly #interrupted: AbortSignal | undefined;

  /** `interrupted`: the run's interrupt, which ends every wait of its limiters at once (results so far are kept). */
  constructor(options: { clock?: LimiterClock; interrupted?: AbortSignal } = {}) {
    this.#clock = options.clock ?? systemLimiterClock;
    this.#interrupted = options.interrupted;
  }

  /** The limiter of this provider and base URL; the first settings given for an endpoint are the ones it keeps. */
  limiterFor(provider: string, settings: LimitedSettings): RateLimiter {
    const key = `${provider} ${settings.baseUrl ?? ''}`;
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = {
        provider,
        baseUrl: settings.baseUrl ? withoutCredentials(settings.baseUrl) : null,
        limiter: new RateLimiter(resolveLimits(settings), this.#clock, this.#interrupted),
      };
      this.#entries.set(key, entry);
    }
    return entry.limiter;
  }

  stats(): RateLimitFigures[] {
    return [...this.#entries.values()].map(({ provider, baseUrl, limiter }) => {
      const stats = limiter.stats();
      return {
        provider,
        base_url: baseUrl,
        requests: stats.requests,
        throttled: stats.throttled,
        retries: stats.retries,
        waited_seconds: Math.round(stats.waitedMs / 100) / 10,
        gave_up: stats.gaveUp,
        concurrency: stats.concurrency,
      };
    });
  }
}

export function resolveLimits(settings: LimitedSettings): RateLimits {
  const limits = settings.limits ?? {};
  return {
    maxConcurrency: limits.max_concurrency ?? Infinity,
    requestsPerMinute: limits.requests_per_minute ?? null,
    maxRateLimitWaitMs:
      limits.max_rate_limit_wait_seconds === undefined
        ? DEFAULT_MAX_RATE_LIMIT_WAIT_MS
        : limits.max_rate_limit_wait_seconds * 1000,
    maxRetries: settings.maxRetries ?? DEFAULT_MAX_RETRIES,
    maxRetryWaitMs: settings.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS,
  };
}
