import { describe, expect, it, vi } from 'vitest';
import { ProviderError, SalvoError } from '../../src/core/errors.ts';
import { validateExtras } from '../../src/core/extras.ts';
import { createModelClient } from '../../src/providers/registry.ts';
import { clientFor, requestFor, useScriptedServer } from './provider-test-kit.ts';

const kit = useScriptedServer();
const adapters = ['openai', 'anthropic'] as const;
const modelFor = { openai: 'gpt-4o', anthropic: 'claude-sonnet-5-5' } as const;

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

/**
 * A request the client gave up on may reach the fake after the test ends and
 * take the next test's scripted reply, or be recorded among the next test's
 * requests; tests that abandon a request wait until the fake has answered it.
 */
const requestReachedServer = () => vi.waitFor(() => expect(kit.server.requests).toHaveLength(1), { timeout: 5_000 });

const retryCounts = () => kit.server.requests.map((recorded) => recorded.headers['x-stainless-retry-count']);

describe.each(adapters)('%s errors and retries', (adapter) => {
  const model = modelFor[adapter];

  it("retries a 429 after the server's retry-after-ms, then succeeds and reports the retry", async () => {
    kit.script(
      {
        error: {
          status: 429,
          message: 'Rate limit reached. Please try again in 20ms.',
          headers: { 'retry-after-ms': '20' },
        },
      },
      { text: 'finally' },
    );
    const client = await clientFor(kit, adapter, { maxRetries: 2 });
    const turn = await client.complete(requestFor(model, { tools: [] }));
    expect(turn).toMatchObject({ text: 'finally', retries: 1 });
    // The rate-limit layer retries, with a fresh SDK call each time: the SDK's own retries are off.
    expect(retryCounts()).toEqual(['0', '0']);
  });

  it('caps a retry-after of a day, so a retry cannot hang the run', { timeout: 10_000 }, async () => {
    kit.script(
      {
        error: {
          status: adapter === 'anthropic' ? 529 : 503,
          message: 'Overloaded',
          headers: { 'retry-after': '86400' },
        },
      },
      { text: 'back' },
    );
    const client = await clientFor(kit, adapter, { maxRetries: 1, maxRetryWaitMs: 10 });
    const turn = await client.complete(requestFor(model, { tools: [] }));
    expect(turn).toMatchObject({ text: 'back', retries: 1 });
  });

  it('gives up on a 500 after maxRetries with a retryable error carrying status and request id', async () => {
    const serverError = {
      error: {
        status: 500,
        message: 'The server had an error while processing your request.',
        headers: { 'retry-after-ms': '1' },
      },
    };
    kit.script(serverError, serverError, serverError, { text: 'never reached' });
    const client = await clientFor(kit, adapter, { maxRetries: 2 });
    const error = await failure(client.complete(requestFor(model, { tools: [] })));
    expect(error).toMatchObject({ status: 500, retryable: true, code: 'E_PROVIDER_UNAVAILABLE', provider: adapter });
    expect(error.message).toContain('after 2 retries');
    expect(error.message).toContain('The server had an error');
    expect(error.requestId).toMatch(/^req_/);
    expect(retryCounts()).toEqual(['0', '0', '0']);
  });

  it('names where the key comes from on a 401, never the key, and does not retry', async () => {
    kit.script({
      error: {
        status: 401,
        message: `Incorrect API key provided: ${adapter === 'openai' ? 'sk-test-openai-key' : 'sk-ant-test-key'}.`,
      },
    });
    const client = await clientFor(kit, adapter, { maxRetries: 2 });
    const error = await failure(client.complete(requestFor(model, { tools: [] })));
    expect(error).toMatchObject({ status: 401, retryable: false, code: 'E_PROVIDER_AUTH' });
    expect(error.hint).toContain(
      adapter === 'openai' ? 'environment variable OPENAI_API_KEY' : 'environment variable ANTHROPIC_API_KEY',
    );
    expect(`${error.message} ${error.hint}`).not.toContain('test-');
    expect(kit.server.requests).toHaveLength(1);
  });

  it('names the model on a 404 model-not-found and does not retry', async () => {
    kit.script({
      error: { status: 404, message: 'The model `gpt-nope` does not exist or you do not have access to it.' },
    });
    const client = await clientFor(kit, adapter, { maxRetries: 2 });
    const error = await failure(client.complete(requestFor('gpt-nope', { tools: [] })));
    expect(error).toMatchObject({ status: 404, retryable: false, code: 'E_PROVIDER_MODEL_NOT_FOUND' });
    expect(error.message).toContain("model 'gpt-nope'");
    expect(kit.server.requests).toHaveLength(1);
  });

  it("quotes the provider's own 400 message for a parameter it rejects", async () => {
    const extras = validateExtras(adapter === 'openai' ? { reasoning_effort: 'high' } : { top_k: 5 }, adapter);
    if (adapter === 'openai') {
      kit.script({
        error: {
          status: 400,
          code: null,
          message:
            'Function tools with reasoning_effort are not supported for gpt-5.6-sol in /v1/chat/completions. ' +
            "To use function tools, use /v1/responses or set reasoning_effort to 'none'.",
        },
      });
    }
    const client = await clientFor(kit, adapter, { maxRetries: 2 });
    const error = await failure(client.complete(requestFor(model, { settings: { extras } })));
    expect(error).toMatchObject({ status: 400, retryable: false, code: 'E_PROVIDER_BAD_REQUEST' });
    expect(error.message).toContain(
      adapter === 'openai'
        ? 'Function tools with reasoning_effort are not supported'
        : 'top_k: Extra inputs are not permitted',
    );
    expect(kit.server.requests).toHaveLength(1);
    if (adapter === 'openai') expect(error.hint).toContain('api: responses');
  });

  it('reports an unreachable server as a retryable connection error', async () => {
    const client = await clientFor(kit, adapter, {
      baseUrl: adapter === 'openai' ? 'http://127.0.0.1:9/v1' : 'http://127.0.0.1:9',
      maxRetries: 0,
    });
    const error = await failure(client.complete(requestFor(model, { tools: [] })));
    expect(error).toMatchObject({ retryable: true, code: 'E_PROVIDER_CONNECTION', status: undefined });
  });

  it('reports a request that outlives the timeout as a retryable timeout', async () => {
    kit.script({ text: 'too late', delayMs: 500 });
    const client = await clientFor(kit, adapter, { timeoutMs: 100, maxRetries: 0 });
    const error = await failure(client.complete(requestFor(model, { tools: [] })));
    expect(error).toMatchObject({ retryable: true, code: 'E_PROVIDER_TIMEOUT' });
    expect(error.message).toContain('100 ms');
    await requestReachedServer();
  });

  it('passes a cancellation through as the abort reason, not as a provider error', async () => {
    kit.script({ text: 'slow', delayMs: 500 });
    const client = await clientFor(kit, adapter);
    const controller = new AbortController();
    const pending = client.complete({ ...requestFor(model, { tools: [] }), signal: controller.signal });
    setTimeout(() => controller.abort(new Error('scenario timed out')), 50);
    await expect(pending).rejects.toThrow('scenario timed out');
    await requestReachedServer();
  });

  it('refuses to build a client without a key, before any request', async () => {
    const promise = createModelClient(adapter, {
      keySource: `environment variable ${adapter.toUpperCase()}_API_KEY`,
      baseUrl: kit.server.openaiBaseUrl,
    });
    await expect(promise).rejects.toMatchObject({
      code: 'E_NO_API_KEY',
      message: expect.stringContaining(`${adapter.toUpperCase()}_API_KEY`),
    });
    await expect(promise).rejects.toBeInstanceOf(SalvoError);
    expect(kit.server.requests).toHaveLength(0);
  });
});

describe('OpenAI quota', () => {
  it('does not retry insufficient_quota, which can never succeed', async () => {
    kit.script({
      error: {
        status: 429,
        type: 'insufficient_quota',
        code: 'insufficient_quota',
        message: 'You exceeded your current quota, please check your plan and billing details.',
      },
    });
    const client = await clientFor(kit, 'openai', { maxRetries: 2 });
    const error = await failure(client.complete(requestFor('gpt-4o', { tools: [] })));
    expect(error).toMatchObject({ status: 429, retryable: false, code: 'E_PROVIDER_QUOTA' });
    expect(kit.server.requests).toHaveLength(1);
  });
});
