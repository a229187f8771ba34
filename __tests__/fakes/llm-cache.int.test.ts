import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer, type FakeLlmServer } from './llm-server.ts';

// The fake's cache accounting on raw requests: what the provider tests rely on.

let server: FakeLlmServer;
let now = 0;
beforeAll(async () => {
  server = await startFakeLlmServer({ promptCache: { now: () => now }, reply: () => ({ text: 'ok' }) });
});
afterAll(() => server.close());

type Usage = Record<string, number>;
async function anthropic(body: Record<string, unknown>): Promise<{ status: number; usage: Usage; message: string }> {
  const response = await fetch(`${server.anthropicBaseUrl}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'k', 'anthropic-version': '2026-10-21' },
    body: JSON.stringify({ max_tokens: 10, ...body }),
  });
  const json = (await response.json()) as { usage?: Usage; error?: { message: string } };
  return { status: response.status, usage: json.usage ?? {}, message: json.error?.message ?? '' };
}
async function chat(body: Record<string, unknown>): Promise<Usage> {
  const response = await fetch(`${server.openaiBaseUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
    body: JSON.stringify(body),
  });
  return ((await response.json()) as { usage: { prompt_tokens_details: Usage } }).usage.prompt_tokens_details;
}

const mark = { type: 'ephemeral' };
const text = (words: number) => 'lorem ipsum '.repeat(words);

describe('fake Anthropic cache', () => {
  it('caches nothing below the model minimum, and bills writes then reads above it', async () => {
    now += 3_600_000;
    // About 1,500 tokens: above claude-sonnet-4-5's 1,024, below claude-sonnet-4-6's 2,048.
    const system = [{ type: 'text', text: text(500), cache_control: mark }];
    const messages = [{ role: 'user', content: 'hi' }];
    const small = await anthropic({ model: 'claude-sonnet-4-6', system, messages });
    expect(small.usage).toMatchObject({ cache_creation_input_tokens: 0, cache_read_input_tokens: 0 });
    const write = await anthropic({ model: 'claude-sonnet-4-5', system, messages });
    const read = await anthropic({ model: 'claude-sonnet-4-5', system, messages });
    expect(write.usage.cache_creation_input_tokens).toBeGreaterThan(1024);
    expect(read.usage).toMatchObject({
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: write.usage.cache_creation_input_tokens,
    });
    // Another model has its own cache.
    const other = await anthropic({ model: 'claude-opus-4-1', system, messages });
    expect(other.usage.cache_read_input_tokens).toBe(0);
  });

  it('answers a fifth breakpoint and a marked thinking block with the API 400s', async () => {
    const blocks = Array.from({ length: 5 }, (_, index) => ({
      type: 'text',
      text: `part ${index}`,
      cache_control: mark,
    }));
    const five = await anthropic({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: blocks }] });
    expect(five).toMatchObject({
      status: 400,
      message: expect.stringMatching(/maximum of 4 blocks with cache_control/),
    });
    const thinking = await anthropic({
      model: 'claude-sonnet-4-5',
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: [{ type: 'thinking', thinking: 'hm', signature: 'sig', cache_control: mark }] },
      ],
    });
    expect(thinking.status).toBe(400);
  });
});

describe('fake OpenAI cache', () => {
  it('bills the shared prefix as cached tokens in 128-token steps from 1,024, per prompt_cache_key', async () => {
    now += 3_600_000;
    const system = { role: 'system', content: text(1000) };
    const body = (question: string, key?: string) => ({
      model: 'gpt-4.1',
      messages: [system, { role: 'user', content: question }],
      ...(key ? { prompt_cache_key: key } : {}),
    });
    expect((await chat(body('first?', 'a'))).cached_tokens).toBe(0);
    const hit = (await chat(body('second?', 'a'))).cached_tokens!;
    expect(hit).toBeGreaterThanOrEqual(1024);
    expect((hit - 1024) % 128).toBe(0);
    expect((await chat(body('third?', 'b'))).cached_tokens).toBe(0);
    const short = { model: 'gpt-4.1', messages: [{ role: 'user', content: text(100) }] };
    await chat(short);
    expect((await chat(short)).cached_tokens).toBe(0);
  });
});
