/**
 * The ModelClient decorator that puts a provider's client behind its
 * RateLimiter: every attempt takes a permit, and the limiter decides from the
 * typed ProviderError whether and when it is retried. The SDK stays the
 * transport; its own retries are off, so this is the one retry layer.
 */
import { ProviderError } from '../../../core/errors.ts';
import type { ModelClient, ModelRequest, ModelTurn } from '../../../core/model-client.ts';
import { afterRetries } from './final-error.ts';
import { newRetryState, type Permit, type RateLimiter, type RetryState } from './rate-limiter.ts';

export function withRateLimit(client: ModelClient, limiter: RateLimiter): ModelClient {
  return new RateLimitedModelClient(client, limiter);
}

class RateLimitedModelClient implements ModelClient {
  readonly provider: string;
  readonly #client: ModelClient;
  readonly #limiter: RateLimiter;

  constructor(client: ModelClient, limiter: RateLimiter) {
    this.provider = client.provider;
    this.#client = client;
    this.#limiter = limiter;
  }

  async complete(request: ModelRequest): Promise<ModelTurn> {
    const state = newRetryState();
    for (;;) {
      const permit = await this.#limiter.acquire(request.signal, state.retries > 0);
      let failure: unknown;
      try {
        const turn = await this.#client.complete(request);
        this.#limiter.succeeded(permit);
        return state.retries === 0 ? turn : { ...turn, retries: turn.retries + state.retries };
      } catch (error) {
        failure = error;
      }
      await this.#limiter.wait(this.#retryIn(permit, state, failure), request.signal);
    }
  }

  /** How long to wait before the next attempt; throws what the request ends with when there is none. */
  #retryIn(permit: Permit, state: RetryState, failure: unknown): number {
    // Aborts (the abort reason), unreadable replies and the like: not the provider's limits.
    if (!(failure instanceof ProviderError)) {
      this.#limiter.released(permit);
      throw failure;
    }
    if (failure.status === 401 || failure.status === 403) {
      // The key will not get better during the run: later requests fail with this error, unsent.
      this.#limiter.refused(permit, failure);
      throw afterRetries(failure, state.retries);
    }
    if (failure.throttled) {
      const decision = this.#limiter.throttled(permit, state, failure.retryAfterMs);
      if ('retryInMs' in decision) return decision.retryInMs;
      throw afterRetries(failure, state.retries, decision.throttledForMs);
    }
    if (failure.retryable) {
      const decision = this.#limiter.failedTransiently(permit, state, failure.retryAfterMs);
      if ('retryInMs' in decision) return decision.retryInMs;
      throw afterRetries(failure, state.retries);
    }
    this.#limiter.released(permit);
    throw afterRetries(failure, state.retries);
  }
}
