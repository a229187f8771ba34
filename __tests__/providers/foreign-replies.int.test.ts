import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/core/errors.ts';
import { createModelClient } from '../../src/providers/registry.ts';
import { listenOnLoopback, readBody } from '../fakes/loopback.ts';
import { requestFor } from './provider-test-kit.ts';

/** A server that answers every request with the next body given, as JSON with status 200. */
let nextBody = '{}';
let nextStatus = 200;
let nextGzip: Buffer | null = null;
let server: Awaited<ReturnType<typeof listenOnLoopback>>;
/**
 * 64 MB of JSON in about 64 KB of gzip; built before the server starts (compressing blocks the loop, and idle sockets
 * would expire).
 */
let inflatingReply: Buffer;
beforeAll(async () => {
  inflatingReply = gzipSync(
    Buffer.concat([Buffer.from('{"content": "'), Buffer.alloc(64 * 1024 * 1024, 'a'), Buffer.from('"}')]),
  );
  server = await listenOnLoopback(async (request, response) => {
    await readBody(request);
    if (nextGzip) {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end(nextGzip);
      return;
    }
    response.writeHead(nextStatus, {
      'content-type': nextStatus === 200 ? 'application/json' : 'text/html',
      'request-id': 'req_foreign',
    });
    response.end(nextBody);
  });
});
afterAll(() => server.close());

const anthropic = () =>
  createModelClient('anthropic', {
    apiKey: 'sk-ant-test-key',
    baseUrl: server.origin,
    keySource: 'environment variable ANTHROPIC_API_KEY',
    maxRetries: 0,
  });

describe('a reply that is not an Anthropic Messages response', () => {
  const openAiShaped = {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content: 'hi' }, finish_reason: 'stop' }],
  };
  it.each([
    ['an unrelated object', { foo: 1 }],
    ['an OpenAI Chat Completions body', openAiShaped],
    ['another kind of object', { type: 'error_page', content: [] }],
  ])('is a provider error salvo cannot read (%s), not an empty answer that blames the model', async (_, body) => {
    nextBody = JSON.stringify(body);
    const error = await (
      await anthropic()
    )
      .complete(requestFor('claude-sonnet-5-5', { tools: [] }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'E_PROVIDER_RESPONSE', retryable: false });
    expect((error as ProviderError).message).toContain('sent a response salvo cannot read');
  });

  it('still accepts a real Messages response with empty content', async () => {
    nextBody = JSON.stringify({
      id: 'msg_1',
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-5-5',
      content: [],
      stop_reason: 'end_turn',
      usage: { input_tokens: 3, output_tokens: 0 },
    });
    const turn = await (await anthropic()).complete(requestFor('claude-sonnet-5-5', { tools: [] }));
    expect(turn).toMatchObject({ text: null, finishReason: 'stop' });
  });
});

describe('a huge provider error body', () => {
  it.each(['openai', 'anthropic'] as const)(
    'is cut in the %s error message like trace content, not stored whole',
    async (adapter) => {
      nextStatus = 500;
      nextBody = `<html><body>${'Service Unavailable '.repeat(250_000)}</body></html>`; // 5 MB
      try {
        const client = await createModelClient(adapter, {
          apiKey: 'sk-ant-test-key-long',
          baseUrl: adapter === 'openai' ? `${server.origin}/v1` : server.origin,
          keySource: 'test',
          maxRetries: 0,
        });
        const error = await client.complete(requestFor('m', { tools: [] })).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(ProviderError);
        expect((error as ProviderError).message.length).toBeLessThan(4_200);
        expect((error as ProviderError).message).toMatch(/\.\.\. \[truncated \d+ chars\]$/);
      } finally {
        nextStatus = 200;
      }
    },
  );
});

describe('a compressed reply that inflates without end', () => {
  it.each(['openai', 'anthropic'] as const)(
    'stops the %s client reading at 32 MB with a provider error',
    async (adapter) => {
      nextGzip = inflatingReply;
      try {
        const client = await createModelClient(adapter, {
          apiKey: 'sk-ant-test-key-long',
          baseUrl: adapter === 'openai' ? `${server.origin}/v1` : server.origin,
          keySource: 'test',
          maxRetries: 0,
        });
        const error = await client.complete(requestFor('m', { tools: [] })).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(ProviderError);
        expect((error as ProviderError).message, (error as ProviderError).message).toContain(
          'the reply is larger than 32 MB (after decompression)',
        );
        // The server's fault, not the network's: asking again would read another 32 MB.
        expect((error as ProviderError).retryable).toBe(false);
        expect((error as ProviderError).code).toBe('E_PROVIDER');
      } finally {
        nextGzip = null;
      }
    },
  );
});
