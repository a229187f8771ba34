/**
 * `requests_per_minute` as a token bucket holding a single token: requests
 * start at least 60/rpm seconds apart, so no window of any length (a minute,
 * or the second a provider may enforce it per) sees more than its share. A
 * bigger bucket would let a burst through on top of the rate, which a
 * provider counting in a sliding window refuses.
 */
export class TokenBucket {
  readonly #perMs: number;
  #tokens: number;
  #updatedAt: number;

  constructor(requestsPerMinute: number, now: number) {
    this.#perMs = requestsPerMinute / 60_000;
    this.#tokens = 1;
    this.#updatedAt = now;
  }

  /** When the next request may start: `now` when a token is there. */
  readyAt(now: number): number {
    this.#refill(now);
    // The epsilon keeps floating-point dust from scheduling a wake-up a microsecond early, forever.
    return this.#tokens >= 1 - 1e-9 ? now : now + (1 - this.#tokens) / this.#perMs;
  }

  take(now: number): void {
    this.#refill(now);
    this.#tokens = Math.max(0, this.#tokens - 1);
  }

  #refill(now: number): void {
    this.#tokens = Math.min(1, this.#tokens + Math.max(0, now - this.#updatedAt) * this.#perMs);
    this.#updatedAt = now;
  }
}
