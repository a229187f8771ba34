/**
 * Prompt caching through the official SDKs against the loopback fake, which
 * bills cache reads and writes as each provider does (fakes/llm-cache.ts).
 * Every request body is also checked against the provider's published schema.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ModelClient, ModelRequest, PromptCacheHint, ToolDefinition } from '../../src/core/model-client.ts';
import { createModelClient } from '../../src/providers/registry.ts';
import { startFakeLlmServer, type FakeLlmServer, type FakeReply } from '../fakes/llm-server.ts';
import { specProblems } from '../helpers/api-schemas.ts';
import { continueConversation } from './provider-test-kit.ts';

let server: FakeLlmServer;
let now = 0;
const queue: FakeReply[] = [];

beforeAll(async () => {
  server = await startFakeLlmServer({
    promptCache: { now: () => now },
    reply: () => queue.shift() ?? { text: 'Done.' },
  });
});
beforeEach(() => {
  queue.length = 0;
  server.requests.length = 0;
  // A fresh cache for every test: past the TTL of anything an earlier test wrote.
  now += 3_600_000;
});
afterAll(() => server.close());

const cached: PromptCacheHint = { key: 'salvo-0123456789ab', prefixReused: true, conversationReused: true };
/** About 3,000 tokens at the fake's 4 bytes a token: above every model's minimum but 4,096. */
const LONG_SYSTEM =
  'You are the support agent of a bookshop. ' + `${'Follow the refund policy to the letter. '.repeat(300)}`;
const lookupTool: ToolDefinition = {
  name: 'lookup_order',
  description: 'Finds an order by id',
  parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
};

function client(adapter: 'openai' | 'anthropic'): Promise<ModelClient> {
  return createModelClient(adapter, {
    apiKey: adapter === 'openai' ? 'sk-test-openai-key' : 'sk-ant-test-key',
    baseUrl: adapter === 'openai' ? server.openaiBaseUrl : server.anthropicBaseUrl,
    keySource: 'test',
    maxRetries: 0,
  });
}

/** A client that believes it talks to api.openai.com; its requests reach the loopback fake. */
function openAiItself(): Promise<ModelClient> {
  const loopback: typeof fetch = (input, init) =>
    fetch(
      String(input instanceof Request ? input.url : input).replace('https://api.openai.com/v1', server.openaiBaseUrl),
      init,
    );
  return createModelClient('openai', {
    apiKey: 'sk-test-openai-key',
    baseUrl: 'https://api.openai.com/v1',
    keySource: 'test',
    maxRetries: 0,
    fetch: loopback,
  });
}

function request(model: string, overrides: Partial<ModelRequest> = {}): ModelRequest {
  return {
    system: LONG_SYSTEM,
    messages: [{ role: 'user', content: 'Where is order 42?' }],
    tools: [lookupTool],
    settings: { model, extras: {} },
    cache: cached,
    ...overrides,
  };
}

type Block = Record<string, unknown>;
const breakpointsOf = (body: Record<string, unknown>): Block[] =>
  [
    ...((body.tools as Block[] | undefined) ?? []),
    ...(Array.isArray(body.system) ? (body.system as Block[]) : []),
    ...(body.messages as { content: Block[] }[]).flatMap((message) => message.content),
  ].filter((block) => block.cache_control !== undefined);
const bodies = () => server.requests.map((recorded) => recorded.body as Record<string, unknown>);

describe('Anthropic cache_control breakpoints', () => {
  it('marks tools+system and the conversation so far; the next call of the loop reads them back', async () => {
    queue.push({ toolCalls: [{ name: 'lookup_order', arguments: { order_id: '42' } }] }, { text: 'It shipped.' });
    const anthropic = await client('anthropic');
    const first = await anthropic.complete(request('claude-sonnet-4-6'));
    const messages = continueConversation(request('claude-sonnet-4-6').messages, first, { lookup_order: 'shipped' });
    const second = await anthropic.complete(request('claude-sonnet-4-6', { messages }));

    const [firstBody, secondBody] = bodies();
    expect(firstBody!.system).toEqual([{ type: 'text', text: LONG_SYSTEM, cache_control: { type: 'ephemeral' } }]);
    expect(breakpointsOf(firstBody!)).toHaveLength(2);
    expect(breakpointsOf(secondBody!).at(-1)).toMatchObject({
      type: 'tool_result',
      cache_control: { type: 'ephemeral' },
    });
    for (const body of bodies()) expect(specProblems('messages', body)).toBe('');
    // First call: everything up to the last breakpoint is written. Second: all of it is read, the new turn written.
    expect(first.usage.cacheReadTokens).toBe(0);
    expect(first.usage.cacheWriteTokens).toBeGreaterThan(3000);
    expect(second.usage.cacheReadTokens).toBe(first.usage.cacheWriteTokens);
    expect(second.usage.cacheWriteTokens).toBeGreaterThan(0);
    expect(second.usage.cacheWriteTokens).toBeLessThan(100);
    expect(second.usage.inputTokens).toBeGreaterThan(second.usage.cacheReadTokens + second.usage.cacheWriteTokens);
  });

  it('another trial reads the prefix a finished one wrote, until the 5-minute TTL runs out', async () => {
    const anthropic = await client('anthropic');
    const written = await anthropic.complete(request('claude-sonnet-4-6'));
    now += 60_000;
    const again = await anthropic.complete(request('claude-sonnet-4-6'));
    expect(again.usage).toMatchObject({ cacheReadTokens: written.usage.cacheWriteTokens, cacheWriteTokens: 0 });
    now += 5 * 60_000 + 1;
    const expired = await anthropic.complete(request('claude-sonnet-4-6'));
    expect(expired.usage).toMatchObject({ cacheReadTokens: 0, cacheWriteTokens: written.usage.cacheWriteTokens });
  });

  it('places no breakpoint where the prefix is under the model minimum, nor without a hint', async () => {
    const anthropic = await client('anthropic');
    // About 3,000 tokens: under the 4,096 salvo assumes for a model the minimums page does not list.
    const unlisted = await anthropic.complete(request('claude-sonnet-5-5'));
    const short = await anthropic.complete(request('claude-sonnet-4-6', { system: 'You are terse.' }));
    const unhinted = await anthropic.complete(request('claude-sonnet-4-6', { cache: undefined }));
    for (const body of bodies()) {
      expect(breakpointsOf(body)).toEqual([]);
      expect(typeof body.system).toBe('string');
    }
    for (const turn of [unlisted, short, unhinted]) expect(turn.usage.cacheWriteTokens).toBe(0);
  });

  it('marks only the prefix when the conversation is not re-sent (a scenario shared by several)', async () => {
    const anthropic = await client('anthropic');
    await anthropic.complete(request('claude-sonnet-4-6', { cache: { ...cached, conversationReused: false } }));
    const [body] = bodies();
    expect(breakpointsOf(body!)).toEqual([{ type: 'text', text: LONG_SYSTEM, cache_control: { type: 'ephemeral' } }]);
  });

  it('keeps a long tool loop reading: a third breakpoint where the previous call ended, never over four', async () => {
    const manyCalls = Array.from({ length: 12 }, (_, index) => ({
      name: 'lookup_order',
      arguments: { order_id: String(index) },
    }));
    queue.push({ toolCalls: manyCalls }, { toolCalls: manyCalls }, { text: 'All found.' });
    const anthropic = await client('anthropic');
    // A top-level cache_control in the extras (automatic caching) takes one of the four.
    const base = request('claude-sonnet-4-6', { settings: { model: 'claude-sonnet-4-6', extras: {} } });
    let messages = base.messages;
    const turns = [];
    for (let call = 0; call < 3; call += 1) {
      const turn = await anthropic.complete({ ...base, messages });
      turns.push(turn);
      messages = continueConversation(messages, turn);
    }
    const third = bodies()[2]!;
    expect(breakpointsOf(third)).toHaveLength(3);
    expect(specProblems('messages', third)).toBe('');
    // 13 blocks came in since the previous call ended, then 12 more: the read still reaches the last call's end.
    expect(turns[2]!.usage.cacheReadTokens).toBe(turns[1]!.usage.cacheReadTokens + turns[1]!.usage.cacheWriteTokens);
  });

  it('stays within the four breakpoints when the extras set a top-level cache_control', async () => {
    const manyCalls = Array.from({ length: 12 }, (_, index) => ({ name: 'lookup_order', arguments: { id: index } }));
    queue.push({ toolCalls: manyCalls }, { toolCalls: manyCalls }, { text: 'All found.' });
    const anthropic = await client('anthropic');
    const base = request('claude-sonnet-4-6', {
      settings: { model: 'claude-sonnet-4-6', extras: { cache_control: { type: 'ephemeral' } } },
    });
    let messages = base.messages;
    for (let call = 0; call < 3; call += 1)
      messages = continueConversation(messages, await anthropic.complete({ ...base, messages }));
    expect(server.requests.map((recorded) => recorded.status)).toEqual([200, 200, 200]);
    expect(breakpointsOf(bodies()[2]!)).toHaveLength(3);
  });
});

describe('OpenAI prompt_cache_key and a stable prefix', () => {
  for (const api of ['chat_completions', 'responses'] as const) {
    it(`${api}: sends the scenario key; the loop's next call is billed cached tokens in 128-token steps`, async () => {
      queue.push({ toolCalls: [{ name: 'lookup_order', arguments: { order_id: '42' } }] }, { text: 'It shipped.' });
      const openai = await openAiItself();
      const base = request('gpt-4.1', { settings: { model: 'gpt-4.1', extras: {}, api } });
      const first = await openai.complete(base);
      const second = await openai.complete({ ...base, messages: continueConversation(base.messages, first) });
      const [firstBody, secondBody] = bodies();
      expect(firstBody!.prompt_cache_key).toBe('salvo-0123456789ab');
      for (const body of bodies()) expect(specProblems(api, body)).toBe('');
      // The second request starts exactly as the first did: tools, then system, then the same first message.
      expect(secondBody!.tools).toEqual(firstBody!.tools);
      expect(first.usage.cacheReadTokens).toBe(0);
      expect(second.usage.cacheReadTokens).toBeGreaterThanOrEqual(1024);
      expect((second.usage.cacheReadTokens - 1024) % 128).toBe(0);
      expect(second.usage.cacheReadTokens).toBeLessThanOrEqual(second.usage.inputTokens);
    });
  }

  it('sends no key without a hint, nor to an OpenAI-compatible server, which may refuse unknown fields', async () => {
    await (await openAiItself()).complete(request('gpt-4.1', { cache: undefined }));
    await (await client('openai')).complete(request('gpt-4.1'));
    expect(bodies()).toHaveLength(2);
    for (const body of bodies()) expect(body).not.toHaveProperty('prompt_cache_key');
  });
});
