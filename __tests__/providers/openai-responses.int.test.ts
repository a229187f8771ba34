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
const responses = { api: 'responses' as const };

describe('OpenAI Responses API through the openai SDK', () => {
  it('sends exactly this body, replays reasoning and function_call items, and passes the call_id rules', async () => {
    kit.script(
      {
        thinking: 'Need the weather tool.',
        text: 'Checking.',
        toolCalls: [{ name: 'get_weather', arguments: { city: 'Oslo' }, id: 'call_r1' }],
      },
      { text: 'Sunny in Oslo.' },
    );
    const client = await clientFor(kit, 'openai');
    const request = requestFor('gpt-6-sol', { settings: { ...responses, maxTokens: 500 } });
    const first = await client.complete(request);
    expect(first).toMatchObject({
      text: 'Checking.',
      finishReason: 'tool_calls',
      rawFinishReason: 'completed',
      toolCalls: [{ id: 'call_r1', arguments: { city: 'Oslo' } }],
    });
    const second = await client.complete({
      ...request,
      messages: continueConversation(request.messages, first, { get_weather: 'sunny' }),
    });
    expect(second).toMatchObject({ text: 'Sunny in Oslo.', finishReason: 'stop' });
    expect(kit.server.requests.map((recorded) => [recorded.path, recorded.status])).toEqual([
      ['/v1/responses', 200],
      ['/v1/responses', 200],
    ]);
    const input = kit.bodies()[1]?.input as Record<string, unknown>[];
    expect(input.map((item) => item.type ?? item.role)).toEqual([
      'user',
      'reasoning',
      'message',
      'function_call',
      'function_call_output',
    ]);
    const body = {
      ...kit.bodies()[1],
      input: input.map(({ id: _id, encrypted_content: _encrypted, ...item }) => item),
    };
    expect(body).toMatchInlineSnapshot(`
      {
        "input": [
          {
            "content": "Weather in Oslo?",
            "role": "user",
          },
          {
            "summary": [
              {
                "text": "Need the weather tool.",
                "type": "summary_text",
              },
            ],
            "type": "reasoning",
          },
          {
            "content": [
              {
                "annotations": [],
                "logprobs": [],
                "text": "Checking.",
                "type": "output_text",
              },
            ],
            "role": "assistant",
            "status": "completed",
            "type": "message",
          },
          {
            "arguments": "{"city":"Oslo"}",
            "call_id": "call_r1",
            "name": "get_weather",
            "status": "completed",
            "type": "function_call",
          },
          {
            "call_id": "call_r1",
            "output": "sunny",
            "type": "function_call_output",
          },
        ],
        "instructions": "You are a weather bot.",
        "max_output_tokens": 500,
        "model": "gpt-6-sol",
        "tools": [
          {
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
            "strict": false,
            "type": "function",
          },
        ],
      }
    `);
  });

  it('keeps parallel calls and marks every call of an incomplete turn unusable', async () => {
    kit.script({
      toolCalls: [
        { name: 'get_weather', arguments: { city: 'Oslo' } },
        { name: 'get_time', arguments: '{"tz": "Eur' },
      ],
      finish: 'max_output_tokens',
    });
    const client = await clientFor(kit, 'openai');
    const turn = await client.complete(
      requestFor('gpt-6-sol', { tools: [weatherTool, timeTool], settings: responses }),
    );
    expect(turn).toMatchObject({ finishReason: 'length', rawFinishReason: 'incomplete:max_output_tokens' });
    expect(turn.toolCalls).toHaveLength(2);
    expect(turn.toolCalls.every((call) => call.argumentsError !== undefined)).toBe(true);
    expect(turn.toolCalls[1]).toMatchObject({ arguments: null, rawArguments: '{"tz": "Eur' });
  });

  it('gives unique call_ids to missing or repeated ones and the replayed history stays consistent', async () => {
    kit.script({
      toolCalls: [
        { name: 'get_weather', arguments: { city: 'A' }, id: 'call_x' },
        { name: 'get_weather', arguments: { city: 'B' }, id: 'call_x' },
        { name: 'get_time', arguments: {}, id: null },
      ],
    });
    const client = await clientFor(kit, 'openai');
    const request = requestFor('gpt-6-sol', { tools: [weatherTool, timeTool], settings: responses });
    const first = await client.complete(request);
    expect(new Set(first.toolCalls.map((call) => call.id)).size).toBe(3);
    const second = await client.complete({ ...request, messages: continueConversation(request.messages, first) });
    expect(second.finishReason).toBe('stop');
    expect(kit.server.requests[1]?.status).toBe(200);
  });

  it('maps input_tokens_details and prices a dated snapshot at its base model', async () => {
    kit.script({
      text: 'ok',
      model: 'gpt-6-sol-2026-09-22',
      usage: { input: 2_000, cacheRead: 1_500, output: 100, reasoning: 40 },
    });
    const client = await clientFor(kit, 'openai');
    const turn = await client.complete(requestFor('gpt-6-sol', { tools: [], settings: { ...responses, seed: 3 } }));
    expect(turn.usage).toEqual({
      inputTokens: 2_000,
      outputTokens: 100,
      cacheReadTokens: 1_500,
      cacheWriteTokens: 0,
      reasoningTokens: 40,
    });
    expect(estimateCost(turn.model, turn.usage)).toBeCloseTo((500 * 2 + 1_500 * 0.2 + 100 * 10) / 1e6, 10);
    expect(turn.warnings).toEqual(['seed is not sent: the Responses API has no seed parameter']);
    expect(kit.bodies()[0]).not.toHaveProperty('seed');
  });
});
