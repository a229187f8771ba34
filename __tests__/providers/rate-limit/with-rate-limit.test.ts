import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/core/errors.ts';
import { emptyUsage, type ModelClient, type ModelRequest, type ModelTurn } from '../../../src/core/model-client.ts';
import { RateLimitRegistry, resolveLimits } from '../../../src/providers/shared/rate-limit/rate-limit-registry.ts';
import { retryAfterMs } from '../../../src/providers/shared/rate-limit/retry-after.ts';
import { withRateLimit } from '../../../src/providers/shared/rate-limit/with-rate-limit.ts';
import { FakeLimiterClock, settle } from './fake-limiter-clock.ts';

const turn = (text: string): ModelTurn => ({
  text,
  toolCalls: [],
  usage: emptyUsage(),
  finishReason: 'stop',
  rawFinishReason: 'stop',
  model: 'gpt-test',
  requestId: null,
  latencyMs: 1,
  retries: 0,
});

const rateLimited = (retryAfter?: number) =>
  new ProviderError('openai', 'OpenAI rate-limited the request (HTTP 429): slow down', {
    status: 429,
    retryable: true,
    throttled: true,
    retryAfterMs: retryAfter,
    code: 'E_PROVIDER_RATE_LIMIT',
    hint: 'lower the concurrency or try again later',
  });
const overloaded = () =>
  new ProviderError('openai', 'OpenAI failed (HTTP 503): busy', {
    status: 503,
    retryable: true,
    code: 'E_PROVIDER_UNAVAILABLE',
  });
const unauthorised = () =>
  new ProviderError('openai', 'OpenAI rejected the API key (HTTP 401)', {
    status: 401,
    retryable: false,
    code: 'E_PROVIDER_AUTH',
  });

/** A client that plays its script, one outcome per call, and counts the calls (the requests "sent"). */
function scripted(...outcomes: (ModelTurn | Error)[]): ModelClient & { calls: number } {
  const client = {
    provider: 'openai',
    calls: 0,
    async complete(): Promise<ModelTurn> {
      client.calls += 1;
      const next = outcomes.shift() ?? turn('default');
      if (next instanceof Error) throw next;
      return next;
    },
  };
  return client;
}

const request: ModelRequest = {
  messages: [{ role: 'user', content: 'hi' }],
  tools: [],
  settings: { model: 'gpt-test', extras: {} },
};

function setUp(inner: ModelClient, limits: { max_rate_limit_wait_seconds?: number } = {}) {
  const clock = new FakeLimiterClock();
  const registry = new RateLimitRegistry({ clock });
  const client = withRateLimit(
    inner,
    registry.limiterFor('openai', { baseUrl: 'http://user:pass@gateway.test/v1', limits }),
  );
  return { clock, registry, client };
}

/** Settles `promise` while the fake clock runs. */
async function run<T>(clock: FakeLimiterClock, promise: Promise<T>, ms = 3_600_000): Promise<T> {
  let outcome: { value: T } | { error: unknown } | undefined;
  promise.then(
    (value) => (outcome = { value }),
    (error: unknown) => (outcome = { error }),
  );
  for (let step = 0; step < ms / 100 && !outcome; step += 1) await clock.advance(100);
  if (!outcome) throw new Error('still pending');
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

describe('withRateLimit', () => {
  it('retries rate limits past the 5xx budget and counts every retry in the turn', async () => {
    // Waits: the floor (0.5 s), the server's 1 s, then with no header the third refusal's backoff (2 s).
    const inner = scripted(
      rateLimited(0),
      rateLimited(1000),
      overloaded(),
      rateLimited(),
      overloaded(),
      turn('finally'),
    );
    const { clock, client, registry } = setUp(inner);
    const result = await run(clock, client.complete(request));
    expect(result).toMatchObject({ text: 'finally', retries: 5 });
    expect(inner.calls).toBe(6);
    expect(registry.stats()).toEqual([
      {
        provider: 'openai',
        base_url: 'http://[REDACTED]@gateway.test/v1',
        requests: 6,
        throttled: 3,
        retries: 5,
        waited_seconds: 3.5,
        gave_up: 0,
        concurrency: 2,
      },
    ]);
  });

  it('gives up on 5xx after two retries, saying so in the message and in retries', async () => {
    const inner = scripted(overloaded(), overloaded(), overloaded(), turn('never'));
    const { clock, client } = setUp(inner);
    const error = await run(clock, client.complete(request)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      code: 'E_PROVIDER_UNAVAILABLE',
      retries: 2,
      message: 'OpenAI failed (HTTP 503): busy (after 2 retries)',
    });
    expect(inner.calls).toBe(3);
  });

  it('errors for rate limits only after the total wait allowed, naming the setting', async () => {
    const inner = scripted(...Array.from({ length: 100 }, () => rateLimited(1000)));
    const { clock, client } = setUp(inner, { max_rate_limit_wait_seconds: 5 });
    const error = (await run(clock, client.complete(request)).catch((caught: unknown) => caught)) as ProviderError;
    expect(error).toMatchObject({ code: 'E_PROVIDER_RATE_LIMIT', status: 429, retries: 5 });
    expect(error.message).toBe(
      'OpenAI rate-limited the request (HTTP 429): slow down (after 5 retries, rate-limited for 5 s)',
    );
    expect(error.hint).toContain('providers.openai.max_rate_limit_wait_seconds');
    expect(clock.now()).toBeGreaterThanOrEqual(5000);
  });

  it('after a 401 fails every later request of the provider with the same error, without sending it', async () => {
    const inner = scripted(unauthorised(), turn('never'));
    const { clock, client } = setUp(inner);
    const first = await run(clock, client.complete(request)).catch((caught: unknown) => caught);
    expect(first).toMatchObject({ code: 'E_PROVIDER_AUTH', status: 401 });
    const later = await Promise.all(
      [client.complete(request), client.complete(request)].map((pending) => pending.catch((caught: unknown) => caught)),
    );
    expect(later).toEqual([first, first]);
    expect(inner.calls).toBe(1);
  });

  it('passes other errors through untouched and unretried', async () => {
    const badRequest = new ProviderError('openai', 'bad', {
      status: 400,
      retryable: false,
      code: 'E_PROVIDER_BAD_REQUEST',
    });
    const aborted = new Error('scenario timed out');
    const inner = scripted(badRequest, aborted);
    const { clock, client } = setUp(inner);
    await expect(run(clock, client.complete(request))).rejects.toBe(badRequest);
    await expect(run(clock, client.complete(request))).rejects.toBe(aborted);
    expect(inner.calls).toBe(2);
  });

  it('stops waiting before a retry as soon as the request is aborted', async () => {
    const inner = scripted(rateLimited(60_000));
    const { clock, client } = setUp(inner);
    const controller = new AbortController();
    const pending = client.complete({ ...request, signal: controller.signal });
    await clock.advance(100);
    controller.abort(new Error('interrupted'));
    await expect(pending).rejects.toThrow('interrupted');
    await settle();
    expect(clock.timers.size).toBe(0);
    expect(inner.calls).toBe(1);
  });
});

describe('retry-after', () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  it('reads retry-after-ms, then retry-after in seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(retryAfterMs(headers({ 'retry-after': '1' }), now)).toBe(1000);
    expect(retryAfterMs(headers({ 'retry-after': '0.5' }), now)).toBe(500);
    expect(retryAfterMs(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }), now)).toBe(3000);
    expect(retryAfterMs(headers({ 'retry-after': 'Wed, 31 Dec 2025 23:00:00 GMT' }), now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(retryAfterMs(headers({ 'retry-after': 'soon' }), 0)).toBeUndefined();
    expect(retryAfterMs(headers({ 'retry-after-ms': '-5' }), 0)).toBeUndefined();
    expect(retryAfterMs(headers({}), 0)).toBeUndefined();
    expect(retryAfterMs(null, 0)).toBeUndefined();
  });
});

describe('RateLimitRegistry', () => {
  it('shares one limiter per provider and base URL', () => {
    const registry = new RateLimitRegistry({ clock: new FakeLimiterClock() });
    const openai = registry.limiterFor('openai', { baseUrl: 'http://a.test/v1' });
    expect(registry.limiterFor('openai', { baseUrl: 'http://a.test/v1' })).toBe(openai);
    expect(registry.limiterFor('openai', { baseUrl: 'http://b.test/v1' })).not.toBe(openai);
    expect(registry.limiterFor('anthropic', { baseUrl: 'http://a.test/v1' })).not.toBe(openai);
    expect(registry.stats().map((entry) => [entry.provider, entry.base_url])).toEqual([
      ['openai', 'http://a.test/v1'],
      ['openai', 'http://b.test/v1'],
      ['anthropic', 'http://a.test/v1'],
    ]);
  });

  it('reads the salvo.yaml limits, with a 10-minute rate-limit wait and two 5xx retries by default', () => {
    expect(resolveLimits({})).toEqual({
      maxConcurrency: Infinity,
      requestsPerMinute: null,
      maxRateLimitWaitMs: 600_000,
      maxRetries: 2,
      maxRetryWaitMs: 60_000,
    });
    expect(
      resolveLimits({
        limits: { max_concurrency: 4, requests_per_minute: 60, max_rate_limit_wait_seconds: 30 },
        maxRetries: 0,
      }),
    ).toEqual({
      maxConcurrency: 4,
      requestsPerMinute: 60,
      maxRateLimitWaitMs: 30_000,
      maxRetries: 0,
      maxRetryWaitMs: 60_000,
    });
  });
});
