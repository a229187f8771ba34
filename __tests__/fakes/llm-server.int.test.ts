import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.ts';
import { startFakeLlmServer, type FakeLlmRequest, type FakeLlmServer } from './llm-server.ts';

let server: FakeLlmServer;
const seen: FakeLlmRequest[] = [];
beforeAll(async () => {
  server = await startFakeLlmServer({
    reply: (request) => {
      seen.push(request);
      return request.firstUserMessage === 'fail'
        ? {
            error: {
              status: 404,
              message: `The model \`${request.model}\` does not exist or you do not have access to it.`,
            },
          }
        : simpleReply(request);
    },
  });
});
afterAll(() => server.close());

function simpleReply(request: FakeLlmRequest) {
  return request.turn === 0 && request.toolNames.length > 0
    ? { toolCalls: request.toolNames.map((name) => ({ name, arguments: { city: 'Oslo' } })) }
    : { text: `ok: ${request.toolResults.map((result) => result.content).join(',')}` };
}

const openai = () => new OpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseUrl, maxRetries: 0 });
const anthropic = (options: { apiKey?: string; defaultHeaders?: Record<string, string | null> } = {}) =>
  new Anthropic({
    apiKey: options.apiKey ?? 'sk-ant-test',
    baseURL: server.anthropicBaseUrl,
    maxRetries: 0,
    defaultHeaders: options.defaultHeaders,
  });
const weatherTool = {
  type: 'function' as const,
  function: { name: 'get_weather', parameters: { type: 'object', properties: {} } },
};

describe('fake LLM server: OpenAI Chat Completions', () => {
  it('answers a tool loop with real envelopes and records the request', async () => {
    const client = openai();
    const first = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'weather?' }],
      tools: [weatherTool],
    });
    const call = first.choices[0]?.message.tool_calls?.[0];
    expect(first.object).toBe('chat.completion');
    expect(first.choices[0]?.finish_reason).toBe('tool_calls');
    expect(call?.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ city: 'Oslo' });
    const second = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [
        { role: 'user', content: 'weather?' },
        first.choices[0]!.message,
        { role: 'tool', tool_call_id: call!.id, content: 'sunny' },
      ],
      tools: [weatherTool],
    });
    expect(second.choices[0]?.message.content).toBe('ok: sunny');
    expect(seen.at(-1)).toMatchObject({
      api: 'chat_completions',
      turn: 1,
      toolResults: [{ toolCallId: call!.id, content: 'sunny', isError: false }],
    });
    const recorded = server.requests.at(-1)!;
    expect(recorded).toMatchObject({ method: 'POST', path: '/v1/chat/completions', status: 200 });
    expect(recorded.headers.authorization).toBe('Bearer sk-test');
  });

  it("rejects an assistant tool call left without a tool message, with OpenAI's own 400", async () => {
    const request = openai().chat.completions.create({
      model: 'gpt-4o',
      messages: [
        { role: 'user', content: 'hi' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }],
        },
        { role: 'user', content: 'and?' },
      ],
    });
    await expect(request).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('did not have response messages: call_1'),
    });
  });

  it('sends the provider error envelope and request id', async () => {
    const error = await openai()
      .chat.completions.create({ model: 'gpt-9', messages: [{ role: 'user', content: 'fail' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error).toMatchObject({ code: 'model_not_found', requestID: expect.stringMatching(/^req_/) });
  });
});

describe('fake LLM server: OpenAI Responses', () => {
  it('rejects a function_call_output whose call_id matches no function_call', async () => {
    const request = openai().responses.create({
      model: 'gpt-6-sol',
      input: [
        { role: 'user', content: 'hi' },
        { type: 'function_call_output', call_id: 'call_x', output: 'sunny' },
      ],
    });
    await expect(request).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('No tool call found for function call output with call_id call_x'),
    });
  });

  it('calls tools as function_call items and counts assistant turns', async () => {
    const client = openai();
    const first = await client.responses.create({
      model: 'gpt-6-sol',
      input: 'weather?',
      tools: [{ type: 'function', name: 'get_weather', parameters: {}, strict: false }],
    });
    const call = first.output.find((item) => item.type === 'function_call');
    expect(call).toMatchObject({ name: 'get_weather', call_id: expect.stringMatching(/^call_/) });
    const second = await client.responses.create({
      model: 'gpt-6-sol',
      input: [
        { role: 'user', content: 'weather?' },
        ...(first.output as OpenAI.Responses.ResponseInputItem[]),
        { type: 'function_call_output', call_id: call!.type === 'function_call' ? call!.call_id : '', output: 'rain' },
      ],
    });
    expect(second.output_text).toBe('ok: rain');
  });
});

describe('fake LLM server: Anthropic Messages', () => {
  it('accepts Bearer auth from SDK 1.x and x-api-key from curl-style clients', async () => {
    const viaBearer = await anthropic().messages.create({
      model: 'claude-sonnet-5-5',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(viaBearer).toMatchObject({ type: 'message', stop_reason: 'end_turn' });
    expect(server.requests.at(-1)?.headers['anthropic-version']).toBe('2026-10-21');
    const response = await fetch(`${server.anthropicBaseUrl}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': 'k', 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('request-id')).toMatch(/^req_/);
  });

  it('requires anthropic-version and rejects temperature under 2026-10-21', async () => {
    const noVersion = anthropic({ defaultHeaders: { 'anthropic-version': null } }).messages.create({
      model: 'm',
      max_tokens: 1,
      messages: [{ role: 'user', content: 'hi' }],
    });
    await expect(noVersion).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('anthropic-version'),
    });
    const withTemperature = anthropic().messages.create({
      model: 'm',
      max_tokens: 1,
      messages: [{ role: 'user', content: 'hi' }],
      temperature: 0,
    } as never);
    await expect(withTemperature).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('temperature'),
    });
  });

  it('enforces tool_result placement, id rules and non-empty text blocks', async () => {
    const toolUse = { type: 'tool_use' as const, id: 'toolu_1', name: 'get_weather', input: {} };
    const send = (messages: Anthropic.MessageParam[]) =>
      anthropic().messages.create({ model: 'm', max_tokens: 10, messages });
    await expect(
      send([
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: [toolUse] },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'x' },
            { type: 'tool_result', tool_use_id: 'toolu_1', content: 'r' },
          ],
        },
      ]),
    ).rejects.toMatchObject({ message: expect.stringContaining('at the beginning of this message') });
    await expect(
      send([
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: [toolUse] },
        { role: 'user', content: 'no results' },
      ]),
    ).rejects.toMatchObject({
      message: expect.stringContaining('ids were found without `tool_result` blocks immediately after: toolu_1'),
    });
    await expect(
      send([
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: [{ ...toolUse, id: 'bad id' }] },
      ]),
    ).rejects.toMatchObject({ message: expect.stringContaining("String should match pattern '^[a-zA-Z0-9_-]+$'") });
    await expect(send([{ role: 'user', content: [{ type: 'text', text: '' }] }])).rejects.toMatchObject({
      message: expect.stringContaining('text content blocks must be non-empty'),
    });
    await expect(
      send([
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: [toolUse] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'r' }] },
        { role: 'assistant', content: [toolUse] },
      ]),
    ).rejects.toMatchObject({ message: expect.stringContaining('`tool_use` ids must be unique') });
  });

  it('reports the Anthropic error body with its type and request id', async () => {
    const error = await anthropic()
      .messages.create({ model: 'claude-nope', max_tokens: 1, messages: [{ role: 'user', content: 'fail' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.NotFoundError);
    expect(error).toMatchObject({ status: 404, type: 'not_found_error', requestID: expect.stringMatching(/^req_/) });
  });
});

describe('fake LLM server CLI', () => {
  it('prints its base URLs as one JSON line and serves simpleAgentReply', async () => {
    const child = spawn(
      process.execPath,
      [join(repoRoot, '__tests__', 'fakes', 'llm-server-main.ts'), '--port', '0', '--delay-ms', '1'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const line = await new Promise<string>((resolve) =>
        child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))),
      );
      const urls = JSON.parse(line) as { openaiBaseUrl: string; anthropicBaseUrl: string };
      const client = new OpenAI({ apiKey: 'k', baseURL: urls.openaiBaseUrl, maxRetries: 0 });
      const reply = await client.chat.completions.create({
        model: 'any',
        messages: [{ role: 'user', content: 'ping' }],
      });
      expect(reply.choices[0]?.message.content).toBe('You said: ping');
      expect(urls.anthropicBaseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
