import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { evaluateTrial } from '../../src/core/evaluation/evaluate-trial.ts';
import { createRedactor } from '../../src/core/redaction/index.ts';
import { runScenario } from '../../src/core/runner/run-scenario.ts';
import { createModelClient } from '../../src/providers/registry.ts';
import { startFakeLlmServer, type FakeLlmRequest, type FakeLlmServer, type FakeReply } from '../fakes/llm-server.ts';
import { steppingClock } from '../fakes/scripted-model.ts';
import { scenarioFixture } from '../helpers/scenario-fixture.ts';

/**
 * Conditional mocks end to end: the real runner, each provider's official
 * SDK and wire format, and the loopback fake playing a model that makes
 * parallel calls, is told one of them failed, and recovers.
 */

let server: FakeLlmServer;
const seen: FakeLlmRequest[] = [];

/**
 * The agent: three lookups at once; after an error, a retry with a corrected city; then an answer quoting what came
 * back.
 */
function agent(request: FakeLlmRequest): FakeReply {
  seen.push(request);
  if (request.turn === 0) {
    return {
      toolCalls: [
        { name: 'get_weather', arguments: { city: 'Boston' } },
        { name: 'get_weather', arguments: { city: 'Paris' } },
        { name: 'get_weather', arguments: { city: 'Atlantis' } },
      ],
    };
  }
  const failed = request.toolResults.find((result) => result.isError || result.content.startsWith('Error:'));
  if (request.turn === 1 && failed)
    return {
      text: 'Atlantis was not found; trying Atlantic City.',
      toolCalls: [{ name: 'get_weather', arguments: { city: 'Atlantic City, NJ' } }],
    };
  return {
    text:
      'Here is the ' +
      `weather: ${seen.flatMap((earlier) => earlier.toolResults.map((result) => result.content)).join(' / ')}`,
  };
}

beforeAll(async () => {
  server = await startFakeLlmServer({ reply: agent });
});
beforeEach(() => {
  seen.length = 0;
  server.requests.length = 0;
});
afterAll(() => server.close());

const tools = [
  {
    name: 'get_weather',
    description: 'Current weather for a city',
    parameters: { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] },
    mock_response: { temp_c: 20 },
    mocks: [
      { when: { city: 'Boston' }, response: { temp_c: 3 } },
      { when: { city: { matches: '(?i)^paris' } }, responses: [{ temp_c: 9 }, { temp_c: 10 }] },
      { when: { city: 'Atlantis' }, error: 'city not found' },
    ],
  },
];

const assertions = [
  {
    type: 'tool_calls',
    strings: 'loose',
    calls: [
      { tool: 'get_weather', arguments: { city: { matches: 'Atlantic' } } },
      { tool: 'get_weather', arguments: { city: 'paris' } },
      { tool: 'get_weather', arguments: { city: { one_of: ['Boston', 'Boston, MA'] } } },
      { tool: 'get_weather', arguments: { city: 'Atlantis' } },
    ],
    others: 'forbid',
  },
  { type: 'tool_called', tool: 'get_weather', arguments: { city: { contains: 'Atlantic' } }, times: 1 },
  { type: 'jmespath', expression: "turns[?role=='tool_result'].mock_case", operator: 'eq', value: [1, 2, 3] },
];

const providers = [
  {
    name: 'OpenAI Chat Completions',
    adapter: 'openai' as const,
    model: 'gpt-4o-mini',
    api: 'chat_completions' as const,
  },
  { name: 'OpenAI Responses', adapter: 'openai' as const, model: 'gpt-4o-mini', api: 'responses' as const },
  { name: 'Anthropic Messages', adapter: 'anthropic' as const, model: 'claude-haiku-4-5', api: undefined },
];

/** The tool results of the second request, in the provider's own wire format. */
function wireResults(body: Record<string, unknown>, api: string): { id: string; text: string; isError?: unknown }[] {
  if (api === 'chat_completions') {
    return (body.messages as Record<string, unknown>[])
      .filter((message) => message.role === 'tool')
      .map((message) => ({ id: String(message.tool_call_id), text: String(message.content) }));
  }
  if (api === 'responses') {
    return (body.input as Record<string, unknown>[])
      .filter((item) => item.type === 'function_call_output')
      .map((item) => ({ id: String(item.call_id), text: String(item.output) }));
  }
  const blocks = (body.messages as { role: string; content: Record<string, unknown>[] }[]).flatMap((message) =>
    message.role === 'user' ? message.content : [],
  );
  return blocks
    .filter((block) => block.type === 'tool_result')
    .map((block) => ({ id: String(block.tool_use_id), text: String(block.content), isError: block.is_error }));
}

describe.each(providers)('conditional mocks through $name', ({ adapter, model, api }) => {
  it('answers parallel calls from several cases, sends the error case in wire format; the model recovers', async () => {
    const loaded = scenarioFixture(
      { adapter, model, ...(api && adapter === 'openai' ? { api } : {}), tools, assertions } as never,
      `mocks-${adapter}-${api ?? 'messages'}`,
    );
    const client = await createModelClient(adapter, {
      apiKey: adapter === 'openai' ? 'sk-test-openai-key' : 'sk-ant-test-key',
      baseUrl: adapter === 'openai' ? server.openaiBaseUrl : server.anthropicBaseUrl,
      keySource: 'test',
      maxRetries: 0,
    });
    const { trace, error } = await runScenario(loaded, {
      client,
      mode: 'live',
      clock: steppingClock(),
      redactor: createRedactor({ secrets: [] }),
    });
    expect(error).toBeNull();
    expect(trace.stop_reason).toBe('final_answer');

    // On the wire: one result per parallel call, from three different cases; the failed one flagged the provider's way.
    const results = wireResults(server.requests[1]!.body as Record<string, unknown>, api ?? 'messages');
    const ids = trace.tool_calls_made.slice(0, 3).map((call) => call.id);
    expect(results.map((result) => result.id)).toEqual(ids);
    if (adapter === 'anthropic') {
      expect(results.map((result) => [result.text, result.isError])).toEqual([
        ['{"temp_c":3}', undefined],
        ['{"temp_c":9}', undefined],
        ['city not found', true],
      ]);
    } else {
      expect(results.map((result) => result.text)).toEqual(['{"temp_c":3}', '{"temp_c":9}', 'Error: city not found']);
    }

    // The recovery call found no case and got mock_response; the trace says which case answered each call.
    const answered = trace.messages
      .filter((message) => message.role === 'tool')
      .map((message) => [message.content, message.mock_case ?? null, message.is_error ?? false]);
    expect(answered).toEqual([
      ['{"temp_c":3}', 1, false],
      ['{"temp_c":9}', 2, false],
      ['city not found', 3, true],
      ['{"temp_c":20}', null, false],
    ]);
    expect(trace.final_content).toContain('Here is the weather');

    const evaluation = evaluateTrial(trace, loaded);
    expect(evaluation.assertions.map((result) => [result.passed, result.reason])).toEqual([
      [true, 'all 4 expected calls matched (as calls 4, 2, 1, 3 of 4), and no other call'],
      [true, 'get_weather was called with {"city":{"contains":"Atlantic"}} 1 time (expected exactly 1)'],
      [true, "turns[?role=='tool_result'].mock_case = [1,2,3] is equal to [1,2,3]"],
    ]);
    expect(evaluation.status).toBe('passed');
  });
});
