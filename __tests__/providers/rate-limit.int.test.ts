/**
 * The rate-limit layer through the real SDKs, against a loopback fake that
 * rate-limits like a provider (fakes/rate-limiting-reply.ts): the run
 * finishes at the provider's limit instead of erroring, counts what it
 * retried, honours salvo.yaml's limits, and stops at once on a bad key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/core/errors.ts';
import type { ModelClient, ModelTurn } from '../../src/core/model-client.ts';
import type { ProviderLimits } from '../../src/core/scenario/project-config-schema.ts';
import { createModelClient } from '../../src/providers/registry.ts';
import { RateLimitRegistry } from '../../src/providers/shared/rate-limit/rate-limit-registry.ts';
import { startFakeLlmServer, type FakeLlmRequest, type FakeLlmServer, type FakeReply } from '../fakes/llm-server.ts';
import { rateLimitingReply, type RateLimitRules } from '../fakes/rate-limiting-reply.ts';
import { requestFor } from './provider-test-kit.ts';

let reply: (request: FakeLlmRequest) => Promise<FakeReply> | FakeReply = () => ({ text: 'unset' });
let server: FakeLlmServer;
beforeAll(async () => {
  server = await startFakeLlmServer({ reply: (request) => reply(request) });
});
afterAll(() => server.close());

type Adapter = 'openai' | 'anthropic';
const modelFor = { openai: 'gpt-4o-mini', anthropic: 'claude-haiku-4-5' } as const;

function limitedServer(rules: RateLimitRules) {
  const fake = rateLimitingReply(rules);
  reply = fake.reply;
  server.requests.length = 0;
  return fake.stats;
}

async function clientFor(
  adapter: Adapter,
  limits?: ProviderLimits,
): Promise<{ client: ModelClient; registry: RateLimitRegistry }> {
  const registry = new RateLimitRegistry();
  const client = await createModelClient(
    adapter,
    {
      apiKey: adapter === 'openai' ? 'sk-test-openai-key' : 'sk-ant-test-key',
      baseUrl: adapter === 'openai' ? server.openaiBaseUrl : server.anthropicBaseUrl,
      keySource: `environment variable ${adapter.toUpperCase()}_API_KEY`,
      limits,
    },
    registry,
  );
  return { client, registry };
}

const many = (client: ModelClient, adapter: Adapter, count: number): Promise<ModelTurn[]> =>
  Promise.all(Array.from({ length: count }, () => client.complete(requestFor(modelFor[adapter], { tools: [] }))));

describe.each([
  ['openai', 429],
  ['anthropic', 429],
  ['anthropic', 529],
] as const)('%s answering %i', (adapter, status) => {
  it(
    'finishes every request at the limit, retrying only what was refused and counting it',
    { timeout: 30_000 },
    async () => {
      const stats = limitedServer({
        maxInFlight: 3,
        perSecond: 1000,
        latencyMs: 50,
        status,
        headers: { 'retry-after-ms': '0' },
      });
      const { client, registry } = await clientFor(adapter);
      const turns = await many(client, adapter, 24);
      expect(turns.every((turn) => turn.text?.startsWith('You said'))).toBe(true);
      expect(stats.admitted).toBe(24);
      expect(stats.refused).toBeGreaterThan(0);
      // Each refusal was retried once, and only refusals were: the traces' retries are the server's refusals.
      expect(turns.reduce((sum, turn) => sum + turn.retries, 0)).toBe(stats.refused);
      const [limiter] = registry.stats();
      expect(limiter).toMatchObject({
        provider: adapter,
        throttled: stats.refused,
        retries: stats.refused,
        requests: 24 + stats.refused,
        gave_up: 0,
      });
      expect(limiter!.waited_seconds).toBeGreaterThanOrEqual(0.5);
      expect(limiter!.concurrency).toBeLessThan(24);
    },
  );
});

describe('salvo.yaml limits', () => {
  it('max_concurrency keeps the requests in flight under the provider limit: no refusal at all', async () => {
    const stats = limitedServer({ maxInFlight: 2, perSecond: 1000, latencyMs: 30 });
    const { client } = await clientFor('openai', { max_concurrency: 2 });
    await many(client, 'openai', 10);
    expect(stats).toMatchObject({ admitted: 10, refused: 0, mostInFlight: 2 });
  });

  it('requests_per_minute spreads the requests out: no refusal at all', async () => {
    const stats = limitedServer({ maxInFlight: 100, perSecond: 10, latencyMs: 10 });
    const { client } = await clientFor('anthropic', { requests_per_minute: 540 });
    const started = performance.now();
    await many(client, 'anthropic', 12);
    expect(stats).toMatchObject({ admitted: 12, refused: 0 });
    // One every 111 ms, the first at once.
    expect(performance.now() - started).toBeGreaterThanOrEqual(1200);
  });

  it('max_rate_limit_wait_seconds: a request refused for that long errors as a rate limit, saying so', async () => {
    limitedServer({ maxInFlight: 0, perSecond: 0, latencyMs: 0, headers: { 'retry-after': '0' } });
    const { client, registry } = await clientFor('openai', { max_rate_limit_wait_seconds: 1 });
    const error = (await client
      .complete(requestFor(modelFor.openai, { tools: [] }))
      .catch((caught: unknown) => caught)) as ProviderError;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'E_PROVIDER_RATE_LIMIT', status: 429, throttled: true, retryable: true });
    expect(error.retries).toBeGreaterThanOrEqual(1);
    expect(error.message).toMatch(/\(after \d+ retr(y|ies), rate-limited for 1 s\)$/);
    expect(error.hint).toContain('providers.openai.max_rate_limit_wait_seconds');
    expect(registry.stats()[0]).toMatchObject({ gave_up: 1, throttled: error.retries + 1 });
  });
});

describe('failing fast', () => {
  it("after a 401 fails the provider's later requests with the same error, sending none of them", async () => {
    reply = () => ({ error: { status: 401, message: 'Incorrect API key provided.' } });
    server.requests.length = 0;
    const { client } = await clientFor('openai');
    const first = await client.complete(requestFor(modelFor.openai, { tools: [] })).catch((caught: unknown) => caught);
    expect(first).toMatchObject({ code: 'E_PROVIDER_AUTH', status: 401 });
    const later = await Promise.all(
      Array.from({ length: 5 }, () =>
        client.complete(requestFor(modelFor.openai, { tools: [] })).catch((caught: unknown) => caught),
      ),
    );
    expect(later.every((error) => error === first)).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('ends a wait for a retry as soon as the request is aborted', async () => {
    limitedServer({ maxInFlight: 0, perSecond: 0, latencyMs: 0, headers: { 'retry-after': '30' } });
    const { client } = await clientFor('anthropic');
    const controller = new AbortController();
    const pending = client.complete({ ...requestFor(modelFor.anthropic, { tools: [] }), signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const aborted = performance.now();
    controller.abort(new Error('the trial timed out'));
    await expect(pending).rejects.toThrow('the trial timed out');
    expect(performance.now() - aborted).toBeLessThan(100);
    expect(server.requests).toHaveLength(1);
  });
});

describe('what waiting cannot cure', () => {
  it("retries OpenAI's 429 'Request too large' like a 5xx, twice, not for ten minutes", async () => {
    reply = () => ({
      error: {
        status: 429,
        type: 'tokens',
        code: 'rate_limit_exceeded',
        message: 'Request too large for gpt-4o-mini on tokens per min (TPM): Limit 30000, Requested 52000.',
        headers: { 'retry-after-ms': '1' },
      },
    });
    server.requests.length = 0;
    const { client } = await clientFor('openai');
    const error = await client.complete(requestFor(modelFor.openai, { tools: [] })).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 429, throttled: false, retries: 2 });
    expect(server.requests).toHaveLength(3);
  });
});
