import { describe, expect, it } from 'vitest';
import { estimateCost } from '../../src/core/cost/index.ts';
import {
  clientFor,
  continueConversation,
  requestFor,
  timeTool,
  useScriptedServer,
  weatherTool,
} from './provider-test-kit.ts';

const kit = useScriptedServer();

describe('OpenAI Chat Completions through the openai SDK', () => {
  it('returns a text-only turn with the reported snapshot model, usage and request id', async () => {
    kit.script({ text: 'Sunny.', model: 'gpt-4o-2024-08-06', usage: { input: 120, output: 7 } });
    const client = await clientFor(kit, 'openai');
    const turn = await client.complete(requestFor('gpt-4o', { tools: [] }));
    expect(turn).toMatchObject({
      text: 'Sunny.',
      toolCalls: [],
      finishReason: 'stop',
      rawFinishReason: 'stop',
      model: 'gpt-4o-2024-08-06',
      retries: 0,
      usage: { inputTokens: 120, outputTokens: 7, cacheReadTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 },
    });
    expect(turn.requestId).toMatch(/^req_/);
    expect(client.provider).toBe('openai');
  });

  it("sends exactly this request body, and a multi-turn tool loop passes the API's ordering rules", async () => {
    const client = await clientFor(kit, 'openai');
    kit.script(
      { toolCalls: [{ name: 'get_weather', arguments: { city: 'Oslo' }, id: 'call_abc' }] },
      { text: 'It is sunny in Oslo.' },
    );
    const request = requestFor('gpt-4o', { settings: { temperature: 0, seed: 7, maxTokens: 300 } });
    const first = await client.complete(request);
    expect(first.toolCalls).toEqual([{ id: 'call_abc', name: 'get_weather', arguments: { city: 'Oslo' } }]);
    expect(first).toMatchObject({ text: null, finishReason: 'tool_calls' });
    const second = await client.complete({
      ...request,
      messages: continueConversation(request.messages, first, { get_weather: 'sunny, 21C' }),
    });
    expect(second).toMatchObject({ text: 'It is sunny in Oslo.', finishReason: 'stop' });
    expect(kit.server.requests.map((recorded) => recorded.status)).toEqual([200, 200]);
    expect(kit.server.requests[1]?.headers['x-salvo-turn']).toBeUndefined();
    expect(kit.bodies()[1]).toMatchInlineSnapshot(`
      {
        "max_completion_tokens": 300,
        "messages": [
          {
            "content": "You are a weather bot.",
            "role": "system",
          },
          {
            "content": "Weather in Oslo?",
            "role": "user",
          },
          {
            "content": null,
            "role": "assistant",
            "tool_calls": [
              {
                "function": {
                  "arguments": "{"city":"Oslo"}",
                  "name": "get_weather",
                },
                "id": "call_abc",
                "type": "function",
              },
            ],
          },
          {
            "content": "sunny, 21C",
            "role": "tool",
            "tool_call_id": "call_abc",
          },
        ],
        "model": "gpt-4o",
        "seed": 7,
        "temperature": 0,
        "tools": [
          {
            "function": {
              "description": "Current weather for a city",
              "name": "get_weather",
              "parameters": {
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
            },
            "type": "function",
          },
        ],
      }
    `);
  });

  it('keeps parallel tool calls in order, and text beside tool calls', async () => {
    kit.script({
      text: 'Let me check both.',
      toolCalls: [
        { name: 'get_weather', arguments: { city: 'Oslo' } },
        { name: 'get_time', arguments: {} },
      ],
    });
    const client = await clientFor(kit, 'openai');
    const turn = await client.complete(requestFor('gpt-4o', { tools: [weatherTool, timeTool] }));
    expect(turn.text).toBe('Let me check both.');
    expect(turn.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['get_weather', { city: 'Oslo' }],
      ['get_time', {}],
    ]);
    expect(new Set(turn.toolCalls.map((call) => call.id)).size).toBe(2);
  });

  it('decides tool calls from the content: a named tool_choice answers finish_reason "stop" with calls', async () => {
    kit.script({ toolCalls: [{ name: 'get_weather', arguments: { city: 'Oslo' } }], finish: 'stop' });
    const client = await clientFor(kit, 'openai');
    const turn = await client.complete(
      requestFor('gpt-4o', {
        settings: { extras: { tool_choice: { type: 'function', function: { name: 'get_weather' } } } },
      }),
    );
    expect(turn).toMatchObject({ finishReason: 'tool_calls', rawFinishReason: 'stop' });
    expect(turn.toolCalls).toHaveLength(1);
    expect(kit.bodies()[0]?.tool_choice).toEqual({ type: 'function', function: { name: 'get_weather' } });
  });

  it('turns invalid argument JSON into argumentsError for that call only, keeping the raw text', async () => {
    kit.script({
      toolCalls: [
        { name: 'get_weather', arguments: '{"city": Oslo}' },
        { name: 'get_time', arguments: {} },
      ],
    });
    const client = await clientFor(kit, 'openai');
    const request = requestFor('gpt-4o', { tools: [weatherTool, timeTool] });
    const turn = await client.complete(request);
    expect(turn.toolCalls[0]).toMatchObject({
      arguments: null,
      rawArguments: '{"city": Oslo}',
      argumentsError: expect.stringContaining('not valid JSON'),
    });
    expect(turn.toolCalls[1]).toMatchObject({ arguments: {} });
    expect(turn.toolCalls[1]?.argumentsError).toBeUndefined();
    // The error result goes back and the API accepts the history (raw arguments replayed as received).
    const next = await client.complete({ ...request, messages: continueConversation(request.messages, turn) });
    expect(next.finishReason).toBe('stop');
    const sent = kit.bodies()[1]?.messages as {
      role: string;
      content?: unknown;
      tool_calls?: { function: { arguments: string } }[];
    }[];
    expect(sent[2]?.tool_calls?.[0]?.function.arguments).toBe('{"city": Oslo}');
    expect(sent[3]).toMatchObject({
      role: 'tool',
      content: expect.stringMatching(/^Error: the arguments are not valid JSON/),
    });
  });

  it('marks every call of a truncated turn unusable, so no tool runs from it', async () => {
    kit.script({
      toolCalls: [
        { name: 'get_time', arguments: {} },
        { name: 'get_weather', arguments: '{"city": "Os' },
      ],
      finish: 'length',
    });
    const client = await clientFor(kit, 'openai');
    const turn = await client.complete(requestFor('gpt-4o', { tools: [weatherTool, timeTool] }));
    expect(turn.finishReason).toBe('length');
    expect(turn.toolCalls.every((call) => call.argumentsError?.includes('cut off'))).toBe(true);
    expect(turn.toolCalls[1]).toMatchObject({ arguments: null, rawArguments: '{"city": "Os' });
  });

  it('normalises missing and duplicate ids from compatible servers, and the history stays valid', async () => {
    kit.script(
      {
        toolCalls: [
          { name: 'get_weather', arguments: { city: 'Oslo' }, id: 'call_1' },
          { name: 'get_weather', arguments: { city: 'Rome' }, id: 'call_1' },
          { name: 'get_time', arguments: {}, id: null },
        ],
      },
      { toolCalls: [{ name: 'get_time', arguments: {}, id: 'call_1' }] },
    );
    const client = await clientFor(kit, 'openai', { baseUrl: kit.server.openaiBaseUrl });
    const request = requestFor('llama3.1', { tools: [weatherTool, timeTool] });
    const first = await client.complete(request);
    const ids = first.toolCalls.map((call) => call.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe('call_1');
    const messages = continueConversation(request.messages, first);
    const second = await client.complete({ ...request, messages });
    // The id reused across turns is renamed too: ids are unique within the conversation.
    expect(ids).not.toContain(second.toolCalls[0]?.id);
    const third = await client.complete({ ...request, messages: continueConversation(messages, second) });
    expect(third.finishReason).toBe('stop');
    expect(kit.server.requests.every((recorded) => recorded.status === 200)).toBe(true);
  });

  it('accepts arguments sent as an object, and empty-string content beside tool calls', async () => {
    kit.script({
      toolCalls: [{ name: 'get_weather', arguments: { city: 'Oslo' }, sendArgumentsAsObject: true }],
      emptyStringContent: true,
    });
    const client = await clientFor(kit, 'openai');
    const turn = await client.complete(requestFor('qwen2.5'));
    expect(turn).toMatchObject({ text: null, toolCalls: [{ name: 'get_weather', arguments: { city: 'Oslo' } }] });
  });

  it('reports a turn with no content and no calls as an empty stop', async () => {
    kit.script({});
    const client = await clientFor(kit, 'openai');
    const turn = await client.complete(requestFor('gpt-4o'));
    expect(turn).toMatchObject({ text: null, toolCalls: [], finishReason: 'stop' });
  });

  it('maps cached and cache-write tokens as subsets of the prompt and prices them', async () => {
    kit.script({
      text: 'ok',
      model: 'gpt-5.6-sol',
      usage: { input: 10_000, cacheRead: 6_000, cacheWrite: 1_000, output: 500, reasoning: 200 },
    });
    const client = await clientFor(kit, 'openai');
    const turn = await client.complete(requestFor('gpt-5.6', { tools: [] }));
    expect(turn.usage).toEqual({
      inputTokens: 10_000,
      outputTokens: 500,
      cacheReadTokens: 6_000,
      cacheWriteTokens: 1_000,
      reasoningTokens: 200,
    });
    // gpt-5.6-sol: 4.00 in, 0.40 cached, 5.00 cache write, 20.00 out per million.
    const expected = (3_000 * 4 + 6_000 * 0.4 + 1_000 * 5 + 500 * 20) / 1e6;
    expect(estimateCost(turn.model, turn.usage)).toBeCloseTo(expected, 10);
  });

  it('passes extras through to the request body', async () => {
    const client = await clientFor(kit, 'openai');
    await client.complete(
      requestFor('gpt-4o', { settings: { extras: { parallel_tool_calls: false, service_tier: 'flex' } } }),
    );
    expect(kit.bodies()[0]).toMatchObject({ parallel_tool_calls: false, service_tier: 'flex' });
  });
});
