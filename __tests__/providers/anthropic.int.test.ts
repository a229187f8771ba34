import { describe, expect, it } from 'vitest';
import { estimateCost } from '../../src/core/cost/index.ts';
import type { ConversationMessage } from '../../src/core/model-client.ts';
import {
  clientFor,
  continueConversation,
  requestFor,
  timeTool,
  useScriptedServer,
  weatherTool,
} from './provider-test-kit.ts';

const kit = useScriptedServer();

describe('Anthropic Messages through @anthropic-ai/sdk', () => {
  it('returns a text-only turn; sampling settings are not sent under API version 2026-10-21', async () => {
    kit.script({ text: 'Hello.', usage: { input: 50, output: 3 } });
    const client = await clientFor(kit, 'anthropic');
    const turn = await client.complete(requestFor('claude-sonnet-5-5', { tools: [], settings: { temperature: 0.2 } }));
    expect(turn).toMatchObject({
      text: 'Hello.',
      toolCalls: [],
      finishReason: 'stop',
      rawFinishReason: 'end_turn',
      model: 'claude-sonnet-5-5',
      retries: 0,
    });
    expect(turn.requestId).toMatch(/^req_/);
    expect(turn.warnings?.[0]).toMatch(/temperature is not sent/);
    const recorded = kit.server.requests[0]!;
    expect(recorded.headers['anthropic-version']).toBe('2026-10-21');
    expect(recorded.body).not.toHaveProperty('temperature');
  });

  it('sends exactly this request body, with every tool result at the start of one user message', async () => {
    kit.script(
      {
        text: 'Checking both.',
        toolCalls: [
          { name: 'get_weather', arguments: { city: 'Oslo' }, id: 'toolu_01A' },
          { name: 'get_time', arguments: {}, id: 'toolu_01B' },
        ],
      },
      { text: 'Sunny, and it is noon.' },
    );
    const client = await clientFor(kit, 'anthropic');
    const request = requestFor('claude-sonnet-5-5', { tools: [weatherTool, timeTool], settings: { maxTokens: 1024 } });
    const first = await client.complete(request);
    expect(first).toMatchObject({ text: 'Checking both.', finishReason: 'tool_calls', rawFinishReason: 'tool_use' });
    expect(first.toolCalls.map((call) => call.id)).toEqual(['toolu_01A', 'toolu_01B']);
    const messages: ConversationMessage[] = [
      ...continueConversation(request.messages, first, { get_weather: 'sunny' }),
      { role: 'user', content: 'Thanks!' },
    ];
    messages[3] = { role: 'tool', toolCallId: 'toolu_01B', toolName: 'get_time', content: '', isError: false };
    const second = await client.complete({ ...request, messages });
    expect(second.text).toBe('Sunny, and it is noon.');
    expect(kit.server.requests.map((recorded) => recorded.status)).toEqual([200, 200]);
    expect(kit.bodies()[1]).toMatchInlineSnapshot(`
      {
        "max_tokens": 1024,
        "messages": [
          {
            "content": [
              {
                "text": "Weather in Oslo?",
                "type": "text",
              },
            ],
            "role": "user",
          },
          {
            "content": [
              {
                "text": "Checking both.",
                "type": "text",
              },
              {
                "id": "toolu_01A",
                "input": {
                  "city": "Oslo",
                },
                "name": "get_weather",
                "type": "tool_use",
              },
              {
                "id": "toolu_01B",
                "input": {},
                "name": "get_time",
                "type": "tool_use",
              },
            ],
            "role": "assistant",
          },
          {
            "content": [
              {
                "content": "sunny",
                "tool_use_id": "toolu_01A",
                "type": "tool_result",
              },
              {
                "content": "(no output)",
                "tool_use_id": "toolu_01B",
                "type": "tool_result",
              },
              {
                "text": "Thanks!",
                "type": "text",
              },
            ],
            "role": "user",
          },
        ],
        "model": "claude-sonnet-5-5",
        "system": "You are a weather bot.",
        "tools": [
          {
            "description": "Current weather for a city",
            "input_schema": {
              "properties": {
                "city": {
                  "type": "string",
                },
              },
              "required": [
                "city",
              ],
              "type": "object",
            },
            "name": "get_weather",
          },
          {
            "description": "Current time",
            "input_schema": {
              "properties": {},
              "required": [],
              "type": "object",
            },
            "name": "get_time",
          },
        ],
      }
    `);
  });

  it('replays thinking blocks unchanged before the tool_use they preceded', async () => {
    kit.script(
      { thinking: 'I should call the tool.', toolCalls: [{ name: 'get_weather', arguments: { city: 'Oslo' } }] },
      { text: 'Done.' },
    );
    const client = await clientFor(kit, 'anthropic');
    const request = requestFor('claude-opus-5-5');
    const first = await client.complete(request);
    await client.complete({ ...request, messages: continueConversation(request.messages, first) });
    const assistant = (kit.bodies()[1]?.messages as { content: { type: string; signature?: string }[] }[])[1]!;
    expect(assistant.content.map((block) => block.type)).toEqual(['thinking', 'tool_use']);
    expect(assistant.content[0]?.signature).toMatch(/^sig_/);
  });

  it('handles empty content, and stop_reason tool_use without a tool_use block, as a plain stop', async () => {
    kit.script({}, { finish: 'tool_use' });
    const client = await clientFor(kit, 'anthropic');
    const empty = await client.complete(requestFor('claude-haiku-5-5'));
    expect(empty).toMatchObject({ text: null, toolCalls: [], finishReason: 'stop', rawFinishReason: 'end_turn' });
    const lying = await client.complete(requestFor('claude-haiku-5-5'));
    expect(lying).toMatchObject({ toolCalls: [], finishReason: 'stop', rawFinishReason: 'tool_use' });
  });

  it('never sends an empty text block, even for an assistant turn without text', async () => {
    const client = await clientFor(kit, 'anthropic');
    const messages: ConversationMessage[] = [
      { role: 'user', content: 'hi' },
      {
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 'toolu_1', name: 'get_weather', arguments: { city: 'Oslo' } }],
      },
      { role: 'tool', toolCallId: 'toolu_1', toolName: 'get_weather', content: 'sunny' },
    ];
    const turn = await client.complete(requestFor('claude-sonnet-5-5', { messages }));
    expect(turn.finishReason).toBe('stop');
    expect(kit.server.requests[0]?.status).toBe(200);
  });

  it('marks tool calls of a max_tokens turn unusable', async () => {
    kit.script({
      text: 'Calling',
      toolCalls: [{ name: 'get_weather', arguments: '{"city": "Os' }],
      finish: 'max_tokens',
    });
    const client = await clientFor(kit, 'anthropic');
    const turn = await client.complete(requestFor('claude-sonnet-5-5'));
    expect(turn.finishReason).toBe('length');
    expect(turn.toolCalls[0]?.argumentsError).toMatch(/cut off/);
  });

  it('normalises empty and duplicate tool_use ids from compatible servers so the next request passes', async () => {
    kit.script({
      toolCalls: [
        { name: 'get_weather', arguments: { city: 'A' }, id: null },
        { name: 'get_weather', arguments: { city: 'B' }, id: 'dup' },
        { name: 'get_time', arguments: {}, id: 'dup' },
      ],
    });
    const client = await clientFor(kit, 'anthropic');
    const request = requestFor('claude-sonnet-5-5', { tools: [weatherTool, timeTool] });
    const first = await client.complete(request);
    const ids = first.toolCalls.map((call) => call.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => /^[a-zA-Z0-9_-]+$/.test(id))).toBe(true);
    await client.complete({ ...request, messages: continueConversation(request.messages, first) });
    expect(kit.server.requests[1]?.status).toBe(200);
  });

  it('adds cache tokens back into inputTokens and prices each at its own rate', async () => {
    kit.script({ text: 'ok', usage: { input: 10_000, cacheRead: 7_000, cacheWrite: 2_000, output: 300 } });
    const client = await clientFor(kit, 'anthropic');
    const turn = await client.complete(requestFor('claude-sonnet-4-5-20250929', { tools: [] }));
    const wireUsage = (turn.raw as { usage: Record<string, number> }).usage;
    expect(wireUsage).toMatchObject({
      input_tokens: 1_000,
      cache_read_input_tokens: 7_000,
      cache_creation_input_tokens: 2_000,
    });
    expect(turn.usage).toEqual({
      inputTokens: 10_000,
      outputTokens: 300,
      cacheReadTokens: 7_000,
      cacheWriteTokens: 2_000,
      reasoningTokens: 0,
    });
    // claude-sonnet-4-5: 3 in, 3.75 5m write, 0.30 read, 15 out per million.
    expect(estimateCost(turn.model, turn.usage)).toBeCloseTo(
      (1_000 * 3 + 2_000 * 3.75 + 7_000 * 0.3 + 300 * 15) / 1e6,
      10,
    );
  });

  it('passes extras through to the request body', async () => {
    const client = await clientFor(kit, 'anthropic');
    await client.complete(
      requestFor('claude-sonnet-5-5', {
        settings: {
          extras: { metadata: { user_id: 'ci' }, tool_choice: { type: 'auto', disable_parallel_tool_use: true } },
        },
      }),
    );
    expect(kit.bodies()[0]).toMatchObject({
      metadata: { user_id: 'ci' },
      tool_choice: { type: 'auto', disable_parallel_tool_use: true },
    });
  });
});
