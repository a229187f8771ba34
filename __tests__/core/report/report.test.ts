import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/core/redaction/index.ts';
import { renderConversation } from '../../../src/core/report/conversation.ts';
import { renderResultsTable } from '../../../src/core/report/results-table.ts';
import { renderRunReport } from '../../../src/core/report/run-report.ts';
import { renderScenarioSummary } from '../../../src/core/report/scenario-summary.ts';
import { runScenario } from '../../../src/core/runner/run-scenario.ts';
import { runSuite } from '../../../src/core/runner/run-suite.ts';
import { MemoryRunStore } from '../../fakes/memory-run-store.ts';
import { ScriptedModel, steppingClock } from '../../fakes/scripted-model.ts';
import { scenarioFixture } from '../../helpers/scenario-fixture.ts';

const tools = [{ name: 'get_weather', description: 'Weather', mock_response: { temp_c: 21 } }];

async function sampleRun(maxCostUsd: number | null = null) {
  const model = new ScriptedModel(async (request) => {
    if (request.settings.model === 'loops')
      return { toolCalls: [{ name: 'get_weather', arguments: { n: request.messages.length } }] };
    if (request.messages.length === 1)
      return {
        toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris' } }],
        usage: { inputTokens: 1200, outputTokens: 30 },
      };
    return { text: 'It is 21C in Paris.', usage: { inputTokens: 1300, outputTokens: 12 } };
  }, 'openai');
  const scenarios = [
    scenarioFixture({ model: 'priced', tools }, 'weather'),
    scenarioFixture({ model: 'loops', tools, max_turns: 2 }, 'looping'),
  ];
  const store = new MemoryRunStore();
  const results = await runSuite(scenarios, {
    runId: 'run-x',
    trials: 1,
    concurrency: 1,
    maxCostUsd,
    timeoutMs: null,
    signal: new AbortController().signal,
    clock: steppingClock(),
    store,
    redactor: createRedactor({ secrets: [] }),
    prices: { priced: { input: 2.5, output: 10 } },
    clientFor: async () => ({ client: model, mode: 'live' }),
  });
  return { results, store };
}

describe('renderScenarioSummary', () => {
  it("prints the seed's fields: scenario, model and provider, turns, tools, tokens, cost, latency, hash", async () => {
    const { results } = await sampleRun();
    const text = renderScenarioSummary(results.scenarios[0]!);
    expect(text).toContain('Scenario: weather (scenarios/weather.yaml)');
    expect(text).toContain('Model:    priced (openai)');
    expect(text).toMatch(/Turns:\s+2\n/);
    expect(text).toContain('Tools:    1 call');
    expect(text).toContain('Tokens:   2,500 in / 42 out');
    expect(text).toContain('Cost:     $0.00667 (estimated)');
    expect(text).toMatch(/Latency:\s+\d+(\.\d+)?s/);
    expect(text).toContain(`Hash:     ${results.scenarios[0]!.scenario_hash!.slice(0, 12)}`);
    expect(text).not.toContain(results.scenarios[0]!.scenario_hash!);
  });

  it('says when max turns was hit and when the cost is unknown', async () => {
    const { results } = await sampleRun();
    const text = renderScenarioSummary(results.scenarios[1]!);
    expect(text).toContain('Turns:    2 (max turns hit)');
    expect(text).toContain('Cost:     unknown');
  });
});

describe('renderResultsTable', () => {
  it('has one row per scenario, totals, and the notes a reader needs', async () => {
    const { results } = await sampleRun(5);
    const lines = renderResultsTable(results).split('\n');
    expect(lines[0]).toMatch(
      /^Scenario\s+Model\s+Verdict\s+Passed\s+Mode\s+Turns\s+Tools\s+Tokens in\/out\s+Cost\s+Time$/,
    );
    expect(lines.find((line) => line.startsWith('weather'))).toMatch(
      /priced\s+PASS\s+1\/1\s+live\s+2\s+1\s+2,500\/42\s+\$0\.00667/,
    );
    expect(lines.find((line) => line.startsWith('looping'))).toMatch(/loops\s+FAIL\s+0\/1\s+live\s+2!\s+2\s+.*unknown/);
    expect(lines.find((line) => line.startsWith('Total'))).toMatch(/1\/2 passed.*\$0\.00667\+/);
    expect(lines).toContain('2 scenarios: 1 passed, 1 failed, 0 errored, 0 skipped');
    expect(lines.some((line) => line.startsWith('Cost is a lower bound'))).toBe(true);
    expect(lines).toContain('Spent $0.00667 of the $5.00 cap; the cap could not count loops (unknown price).');
  });
});

describe('renderConversation', () => {
  it('shows the turns, tool calls with arguments, mock results and the final answer', async () => {
    const model = new ScriptedModel([
      { text: 'Let me check.', toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris' }, id: 'call_1' }] },
      { text: 'It is 21C.' },
    ]);
    const { trace } = await runScenario(scenarioFixture({ tools, system_prompt: 'Be brief.' }), {
      client: model,
      mode: 'live',
      clock: steppingClock(),
      redactor: createRedactor({ secrets: [] }),
    });
    const text = renderConversation(trace);
    expect(text).toContain(`Trace ${trace.trace_id}`);
    expect(text).toContain('[system]\n  Be brief.');
    expect(text).toContain('[user]\n  What is the weather in Paris?');
    expect(text).toContain('[assistant, turn 1]\n  Let me check.\n  -> get_weather({"city":"Paris"})  [call_1]');
    expect(text).toContain('[tool get_weather]  [call_1]\n  {"temp_c":21}');
    expect(text).toContain('[assistant, turn 2]\n  It is 21C.');
    expect(text).toContain('Final answer: It is 21C.');
    expect(text).toContain('final answer; 2 turns, 1 tool call');
  });

  it('says which conditional mock case answered a call, and when it answered with an error', async () => {
    const mocked = [
      {
        name: 'get_weather',
        description: 'Weather',
        mocks: [{ when: { city: 'Paris' }, response: 'sunny' }, { error: 'unknown city' }],
      },
    ];
    const model = new ScriptedModel([
      {
        toolCalls: [
          { name: 'get_weather', arguments: { city: 'Paris' }, id: 'a' },
          { name: 'get_weather', arguments: { city: 'Xx' }, id: 'b' },
        ],
      },
      { text: 'ok' },
    ]);
    const { trace } = await runScenario(scenarioFixture({ tools: mocked }), {
      client: model,
      mode: 'live',
      clock: steppingClock(),
      redactor: createRedactor({ secrets: [] }),
    });
    const text = renderConversation(trace);
    expect(text).toContain('[tool get_weather, mock case 1]  [a]\n  sunny');
    expect(text).toContain('[tool get_weather, error, mock case 2]  [b]\n  unknown city');
  });
});

describe('renderRunReport', () => {
  it('prints the table and each scenario with its trials and trace ids', async () => {
    const { results, store } = await sampleRun();
    const text = renderRunReport({ runId: 'run-x', results, scenarios: results.scenarios });
    expect(text).toContain('Run run-x');
    expect(text).toContain('Scenario: looping');
    for (const trace of store.traces) expect(text).toContain(`trace ${trace.trace_id}`);
    expect(text).toContain('answer: It is 21C in Paris.');
  });

  it('reports an unfinished run from the scenarios saved before it stopped', async () => {
    const { results } = await sampleRun();
    const text = renderRunReport({ runId: 'run-y', results: null, scenarios: results.scenarios.slice(0, 1) });
    expect(text).toContain('unfinished: showing the 1 scenario saved before it stopped');
    expect(text).toContain('Interrupted: finished results were saved');
  });
});
