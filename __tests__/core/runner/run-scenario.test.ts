import { describe, expect, it } from 'vitest';
import { MockNotFoundError } from '../../../src/core/errors.ts';
import { createRedactor } from '../../../src/core/redaction/index.ts';
import { runScenario, type TrialOptions } from '../../../src/core/runner/run-scenario.ts';
import { ScriptedModel, steppingClock, type ScriptedTurn } from '../../fakes/scripted-model.ts';
import { scenarioFixture } from '../../helpers/scenario-fixture.ts';

const weatherTools = [
  { name: 'get_weather', description: 'Weather for a city', mock_response: { temp_c: 21, sky: 'clear' } },
  { name: 'get_time', description: 'Local time', mock_response: '14:05' },
];

function options(model: ScriptedModel, extra: Partial<TrialOptions> = {}): TrialOptions {
  return { client: model, mode: 'live', clock: steppingClock(), redactor: createRedactor({ secrets: [] }), ...extra };
}

describe('runScenario', () => {
  it('single turn: a text answer ends the loop after one request', async () => {
    const model = new ScriptedModel([{ text: 'It is sunny.' }]);
    const loaded = scenarioFixture({ system_prompt: 'Be brief.' });
    const { trace, error } = await runScenario(loaded, options(model));
    expect(error).toBeNull();
    expect(model.requests).toHaveLength(1);
    expect(model.requests[0]!.system).toBe('Be brief.');
    expect(model.requests[0]!.messages).toEqual([{ role: 'user', content: 'What is the weather in Paris?' }]);
    expect(trace.turn_count).toBe(1);
    expect(trace.final_content).toBe('It is sunny.');
    expect(trace.finish_reason).toBe('stop');
    expect(trace.stop_reason).toBe('final_answer');
    expect(trace.max_turns_hit).toBe(false);
    expect(trace.messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant']);
    expect(trace.provider).toBe('scripted');
    expect(trace.model).toBe('gpt-4o-mini');
    expect(trace.timestamp).toBe('2026-01-01T00:00:00.000Z');
    expect(trace.trace_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('multi turn: feeds mocks back (objects as JSON, strings as they are) with each call id', async () => {
    const model = new ScriptedModel([
      { toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris' } }] },
      { toolCalls: [{ name: 'get_time' }] },
      { text: '21C at 14:05' },
    ]);
    const { trace } = await runScenario(scenarioFixture({ tools: weatherTools }), options(model));
    expect(model.requests).toHaveLength(3);
    expect(model.requests[0]!.tools.map((tool) => tool.name)).toEqual(['get_weather', 'get_time']);
    expect(model.requests[1]!.messages.at(-1)).toEqual({
      role: 'tool',
      toolCallId: 'call_0_0',
      toolName: 'get_weather',
      content: '{"temp_c":21,"sky":"clear"}',
    });
    expect(model.requests[2]!.messages.at(-1)).toMatchObject({
      role: 'tool',
      toolCallId: 'call_1_0',
      content: '14:05',
    });
    expect(trace.turn_count).toBe(3);
    expect(trace.tool_calls_made.map((call) => call.name)).toEqual(['get_weather', 'get_time']);
    expect(trace.messages.filter((message) => message.role === 'tool').map((message) => message.tool_name)).toEqual([
      'get_weather',
      'get_time',
    ]);
    expect(trace.final_content).toBe('21C at 14:05');
  });

  it('parallel calls: answers every call of a turn, in order, with its own id', async () => {
    const model = new ScriptedModel([
      {
        toolCalls: [
          { name: 'get_weather', id: 'a' },
          { name: 'get_time', id: 'b' },
          { name: 'get_weather', id: 'c', arguments: { city: 'Rome' } },
        ],
      },
      { text: 'ok' },
    ]);
    const { trace } = await runScenario(scenarioFixture({ tools: weatherTools }), options(model));
    const answers = model.requests[1]!.messages.filter((message) => message.role === 'tool');
    expect(answers.map((message) => (message.role === 'tool' ? message.toolCallId : ''))).toEqual(['a', 'b', 'c']);
    expect(trace.tool_calls_made).toHaveLength(3);
  });

  it('a missing mock fails the trial at once, naming the tool and the mocks, keeping the partial trace', async () => {
    const model = new ScriptedModel([{ toolCalls: [{ name: 'delete_everything' }] }, { text: 'never asked' }]);
    const { trace, error } = await runScenario(scenarioFixture({ tools: weatherTools }), options(model));
    expect(error).toBeInstanceOf(MockNotFoundError);
    expect(error!.message).toContain("'delete_everything'");
    expect(error!.message).toContain('get_weather, get_time');
    expect(model.requests).toHaveLength(1);
    expect(trace.stop_reason).toBe('error');
    expect(trace.error).toEqual({ code: 'E_MOCK_NOT_FOUND', message: error!.message });
    expect(trace.turn_count).toBe(1);
    expect(trace.tool_calls_made.map((call) => call.name)).toEqual(['delete_everything']);
  });

  it('answers a call with unusable arguments with an error result instead of the mock', async () => {
    const model = new ScriptedModel([
      {
        toolCalls: [
          { name: 'get_weather', arguments: null, rawArguments: '{"city": "Par', argumentsError: 'invalid JSON' },
        ],
      },
      { text: 'sorry' },
    ]);
    const { trace, error } = await runScenario(scenarioFixture({ tools: weatherTools }), options(model));
    expect(error).toBeNull();
    expect(model.requests[1]!.messages.at(-1)).toMatchObject({
      role: 'tool',
      isError: true,
      content: expect.stringContaining('invalid JSON'),
    });
    expect(trace.messages.find((message) => message.role === 'tool')).toMatchObject({ is_error: true });
  });

  it('stops at max_turns with max_turns_hit when the model keeps calling tools', async () => {
    let city = 0;
    const model = new ScriptedModel(() => ({
      toolCalls: [{ name: 'get_weather', arguments: { city: `c${(city += 1)}` } }],
    }));
    const { trace, error } = await runScenario(scenarioFixture({ tools: weatherTools, max_turns: 3 }), options(model));
    expect(error).toBeNull();
    expect(model.requests).toHaveLength(3);
    expect(trace.turn_count).toBe(3);
    expect(trace.max_turns_hit).toBe(true);
    expect(trace.stop_reason).toBe('max_turns');
  });

  it('does not flag max turns when the final answer comes on the last allowed turn', async () => {
    const model = new ScriptedModel([{ toolCalls: [{ name: 'get_time' }] }, { text: 'fine' }]);
    const { trace } = await runScenario(scenarioFixture({ tools: weatherTools, max_turns: 2 }), options(model));
    expect(trace.max_turns_hit).toBe(false);
    expect(trace.stop_reason).toBe('final_answer');
  });

  it('stops at the total tool-call cap', async () => {
    const calls = Array.from({ length: 4 }, (_, index) => ({ name: 'get_weather', arguments: { n: index } }));
    const model = new ScriptedModel([{ toolCalls: calls }]);
    const { trace } = await runScenario(
      scenarioFixture({ tools: weatherTools, max_tool_calls: 6, max_turns: 10 }),
      options(model),
    );
    expect(trace.stop_reason).toBe('max_tool_calls');
    expect(model.requests).toHaveLength(2);
    expect(trace.max_turns_hit).toBe(false);
  });

  it('detects the same call repeated in a row (arguments compared canonically) as a loop', async () => {
    let flip = false;
    const model = new ScriptedModel(() => ({
      toolCalls: [{ name: 'get_weather', arguments: (flip = !flip) ? { a: 1, b: 2 } : { b: 2, a: 1 } }],
    }));
    const { trace } = await runScenario(scenarioFixture({ tools: weatherTools }), options(model, { loopLimit: 4 }));
    expect(trace.stop_reason).toBe('loop_detected');
    expect(model.requests).toHaveLength(4);
  });

  it('sums usage over every turn', async () => {
    const turns: ScriptedTurn[] = [
      { toolCalls: [{ name: 'get_time' }], usage: { inputTokens: 100, outputTokens: 20, cacheReadTokens: 40 } },
      { toolCalls: [{ name: 'get_time', arguments: { tz: 'UTC' } }], usage: { inputTokens: 150, outputTokens: 30 } },
      { text: 'done', usage: { inputTokens: 200, outputTokens: 7, reasoningTokens: 3 } },
    ];
    const { trace } = await runScenario(scenarioFixture({ tools: weatherTools }), options(new ScriptedModel(turns)));
    expect(trace.input_tokens).toBe(450);
    expect(trace.output_tokens).toBe(57);
    expect(trace.total_tokens).toBe(507);
    expect(trace.usage).toMatchObject({ cacheReadTokens: 40, reasoningTokens: 3 });
    expect(trace.turns.map((turn) => turn.usage.inputTokens)).toEqual([100, 150, 200]);
  });

  it('measures the latency of the whole run with the injected clock', async () => {
    const { trace } = await runScenario(scenarioFixture(), options(new ScriptedModel([{ text: 'x' }])));
    // steppingClock advances 250 ms per read: one read at the start, one at the end.
    expect(trace.latency_seconds).toBe(0.25);
  });

  it('prices the summed usage, and keeps an unknown price unknown', async () => {
    const priced = await runScenario(
      scenarioFixture({ model: 'house-model' }),
      options(new ScriptedModel([{ text: 'x', usage: { inputTokens: 1_000_000, outputTokens: 500_000 } }]), {
        prices: { 'house-model': { input: 1, output: 4 } },
      }),
    );
    expect(priced.trace.cost_usd).toBeCloseTo(3, 9);
    const unknown = await runScenario(
      scenarioFixture({ model: 'mystery-model' }),
      options(new ScriptedModel([{ text: 'x' }])),
    );
    expect(unknown.trace.cost_usd).toBeNull();
  });

  it('prices known models from the built-in table', async () => {
    const { trace } = await runScenario(
      scenarioFixture({ model: 'gpt-4o-mini' }),
      options(new ScriptedModel([{ text: 'x', usage: { inputTokens: 1_000_000, outputTokens: 1_000_000 } }])),
    );
    expect(trace.cost_usd).toBeGreaterThan(0);
  });

  it('validates extras before the first request: a blocked key fails the trial with no request made', async () => {
    const model = new ScriptedModel([{ text: 'x' }]);
    const { trace, error } = await runScenario(scenarioFixture({ extras: { api_key: 'nope' } }), options(model));
    expect(error!.code).toBe('E_EXTRAS');
    expect(model.requests).toHaveLength(0);
    expect(trace.turn_count).toBe(0);
    expect(trace.stop_reason).toBe('error');
  });

  it('records the scenario hash: SHA-256 of the resolved scenario, the same for the same scenario', async () => {
    const first = await runScenario(
      scenarioFixture({ tools: weatherTools }, 'hashme'),
      options(new ScriptedModel([{ text: 'x' }])),
    );
    const again = await runScenario(
      scenarioFixture({ tools: weatherTools }, 'hashme'),
      options(new ScriptedModel([{ text: 'x' }])),
    );
    const other = await runScenario(
      scenarioFixture({ tools: weatherTools, max_turns: 3 }, 'hashme'),
      options(new ScriptedModel([{ text: 'x' }])),
    );
    expect(first.trace.scenario_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(again.trace.scenario_hash).toBe(first.trace.scenario_hash);
    expect(other.trace.scenario_hash).not.toBe(first.trace.scenario_hash);
  });

  it('sends the extras and records them as resolved', async () => {
    const model = new ScriptedModel([{ text: 'x' }]);
    const { trace } = await runScenario(
      scenarioFixture({ extras: { top_p: 0.5 }, temperature: 0, seed: 7, max_tokens: 99 }),
      options(model),
    );
    expect(model.requests[0]!.settings).toMatchObject({
      model: 'gpt-4o-mini',
      extras: { top_p: 0.5 },
      temperature: 0,
      seed: 7,
      maxTokens: 99,
    });
    expect(trace.extras_resolved).toEqual({ top_p: 0.5 });
  });

  it('keeps the partial trace when the provider fails mid-run', async () => {
    const model = new ScriptedModel([{ toolCalls: [{ name: 'get_time' }] }, { error: new Error('socket hang up') }]);
    const { trace, error } = await runScenario(scenarioFixture({ tools: weatherTools }), options(model));
    expect(error!.code).toBe('E_INTERNAL');
    expect(error!.message).toContain('socket hang up');
    expect(trace.turn_count).toBe(1);
    expect(trace.messages.at(-1)).toMatchObject({ role: 'tool', tool_name: 'get_time' });
  });

  it('times out a trial that hangs, as a timeout, with what it had so far', async () => {
    const model = new ScriptedModel([{ toolCalls: [{ name: 'get_time' }] }, { hang: true }]);
    const { trace, error } = await runScenario(
      scenarioFixture({ tools: weatherTools }),
      options(model, { timeoutMs: 20 }),
    );
    expect(error!.code).toBe('E_TIMEOUT');
    expect(trace.stop_reason).toBe('timeout');
    expect(trace.turn_count).toBe(1);
  });

  it('stops as cancelled when the run is aborted', async () => {
    const controller = new AbortController();
    const model = new ScriptedModel(() => {
      controller.abort('SIGTERM');
      return { hang: true };
    });
    const { trace, error } = await runScenario(scenarioFixture(), options(model, { signal: controller.signal }));
    expect(error!.code).toBe('E_CANCELLED');
    expect(trace.stop_reason).toBe('cancelled');
  });
});

describe('runScenario redaction', () => {
  const key = 'sk-live-CONFIGURED-KEY-0001';

  it('removes a configured key from every field, including a mock and a model that echo it', async () => {
    const loaded = scenarioFixture({
      system_prompt: `internal note ${key}`,
      prompt: `call with ${key}`,
      tools: [{ name: 'leak', description: 'echoes', mock_response: { echoed: key, nested: [`Bearer ${key}`] } }],
      extras: { user: key },
    });
    const model = new ScriptedModel([
      {
        toolCalls: [{ name: 'leak', arguments: { key, list: [key] }, rawArguments: `{"key":"${key}"}` }],
        raw: { echo: key, headers: { authorization: key } },
      },
      { text: `your key is ${key}`, model: `m-${key}`, raw: { choices: [{ message: key }] } },
      { error: new Error(`provider said ${key}`) },
    ]);
    const { trace } = await runScenario(loaded, options(model, { redactor: createRedactor({ secrets: [key] }) }));
    expect(trace.turn_count).toBe(2);
    expect(JSON.stringify(trace)).not.toContain(key);
    expect(JSON.stringify(trace)).not.toContain('CONFIGURED-KEY');
    expect(trace.final_content).toBe('your key is [REDACTED]');
    // The model itself saw the real values: redaction applies to what is stored, not to the run.
    expect(JSON.stringify(model.requests[1]!.messages)).toContain(key);
  });

  it('redacts the error message of a failed trial', async () => {
    const model = new ScriptedModel([{ error: new Error(`bad key ${key}`) }]);
    const { trace, error } = await runScenario(
      scenarioFixture(),
      options(model, { redactor: createRedactor({ secrets: [key] }) }),
    );
    expect(error!.message).not.toContain(key);
    expect(trace.error!.message).not.toContain(key);
  });
});
