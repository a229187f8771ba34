import type { ModelClient, ModelRequest, ModelTurn } from '../model-client.ts';

/**
 * The run's `concurrency` as a cap on model requests in flight, not only on workers: a judge's k votes
 * are sent concurrently, and without a shared cap 16 workers judging with k = 21 would put 336 requests
 * on the provider at once. Agent turns and judge votes take a permit for the length of one request, so no
 * request ever waits on another while holding one (no deadlock), and the total never exceeds the cap.
 */
export class RequestPermits {
  private available: number;
  private readonly waiting: (() => void)[] = [];

  constructor(limit: number) {
    this.available = Math.max(1, limit);
  }

  /** The same client, each request of which waits for a permit first. */
  limit(client: ModelClient): ModelClient {
    return {
      provider: client.provider,
      complete: (request: ModelRequest): Promise<ModelTurn> => this.run(() => client.complete(request)),
    };
  }

  async run<T>(send: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await send();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.available > 0) {
      this.available -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    // Handed straight to the next waiter, so a permit is never free while someone waits for one.
    const next = this.waiting.shift();
    if (next) next();
    else this.available += 1;
  }
}
