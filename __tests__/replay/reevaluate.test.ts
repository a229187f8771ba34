import { describe, expect, it } from 'vitest';
import { emptyUsage } from '../../src/core/model-client.ts';
import { reevaluateScenario, renderReevalTable, type Scoring } from '../../src/core/reeval/reevaluate.ts';
import type { ScenarioInputs, ScenarioResult, TrialResult } from '../../src/core/results.ts';
import type { RunTrace } from '../../src/core/trace.ts';

/** Stand-in scoring until the checks branch lands: the scenario is one output_contains value. */
type Loaded = { expects: string };
const scoring: Scoring<Loaded> = {
  evaluateTrial(trace, loaded) {
    const passed = (trace.final_content ?? '').includes(loaded.expects);
    const assertion = {
      index: 0,
      type: 'output_contains' as const,
      label: `output_contains ${loaded.expects}`,
      passed,
      score: passed ? 1 : 0,
      weight: 1,
      required: false,
      reason: passed ? 'found' : 'not found',
    };
    return { status: passed ? 'passed' : 'failed', score: passed ? 1 : 0, assertions: [assertion] };
  },
  summariseScenario(trials) {
    const passed = trials.every((trial) => trial.status === 'passed');
    return {
      status: passed ? 'passed' : 'failed',
      verdict: passed ? 'PASS' : 'FAIL',
      summary: passed ? '' : 'a trial failed',
    };
  },
};

function trace(id: string, finalContent: string): RunTrace {
  return {
    schema_version: 1,
    trace_id: id,
    scenario_name: 'greeting',
    scenario_file: 'g.yaml',
    scenario_hash: 'h1',
    provider: 'replay',
    model: 'm',
    mode: 'replay',
    timestamp: '2026-01-01T00:00:00.000Z',
    messages: [],
    tool_calls_made: [],
    turns: [],
    turn_count: 1,
    usage: emptyUsage(),
    input_tokens: 0,
    output_tokens: 0,
    total_tokens: 0,
    latency_seconds: 0,
    final_content: finalContent,
    finish_reason: 'stop',
    stop_reason: 'final_answer',
    max_turns_hit: false,
    cost_usd: 0,
    extras_resolved: {},
  };
}

function trial(n: number, status: TrialResult['status'], traceId: string | null): TrialResult {
  return {
    trial: n,
    status,
    score: status === 'errored' ? null : 0,
    assertions: [],
    trace_id: traceId,
    mode: 'replay',
    turns: 1,
    max_turns_hit: false,
    tool_calls: 0,
    input_tokens: 0,
    output_tokens: 0,
    cost_usd: 0,
    latency_seconds: 0,
    retries: 0,
    final_content_preview: null,
  };
}

const stored: ScenarioResult = {
  name: 'greeting',
  file: 'g.yaml',
  provider: 'replay',
  model: 'm',
  mode: 'replay',
  status: 'failed',
  verdict: 'FAIL',
  summary: 'a trial failed',
  trials: [trial(1, 'failed', 't1'), trial(2, 'failed', 't2')],
  turns: 1,
  max_turns_hit: false,
  tool_calls: 0,
  input_tokens: 0,
  output_tokens: 0,
  cost_usd: 0,
  latency_seconds: 0,
};
const inputs: ScenarioInputs = { model: 'm', prompt: 'p', system_prompt: 's', tools: 't', mocks: 'k', settings: 'g' };
const traces = new Map([
  ['t1', trace('t1', 'Hello there')],
  ['t2', trace('t2', 'Hello again')],
]);

describe('reevaluateScenario', () => {
  it('re-scores stored traces against the current assertions', async () => {
    const row = await reevaluateScenario(
      { result: stored, traces, current: { loaded: { expects: 'Hello' }, hash: 'h1', inputs } },
      scoring,
    );
    expect(row.before).toEqual({ status: 'failed', verdict: 'FAIL', score: 0 });
    expect(row.after).toEqual({ status: 'passed', verdict: 'PASS', score: 1 });
    expect(row.result.trials[0]?.assertions[0]?.reason).toBe('found');
    expect(row.notes).toEqual([]);
    expect(renderReevalTable([row])).toBe(
      ['scenario  before        after', 'greeting  FAIL 0.00  -> PASS 1.00'].join('\n'),
    );
  });

  it('keeps errored trials and trials without a trace as stored, and says so', async () => {
    const result = { ...stored, trials: [trial(1, 'errored', null), trial(2, 'failed', 'gone')] };
    const row = await reevaluateScenario(
      { result, traces, current: { loaded: { expects: 'Hello' }, hash: 'h1', inputs } },
      scoring,
    );
    expect(row.result.trials.map((t) => t.status)).toEqual(['errored', 'failed']);
    expect(row.notes).toEqual(['1 trial kept as stored: no trace']);
  });

  it('notes a changed scenario file for a row written before its inputs were, and one it cannot load', async () => {
    const drifted = await reevaluateScenario(
      { result: stored, traces, current: { loaded: { expects: 'Bye' }, hash: 'h2', inputs } },
      scoring,
    );
    expect(drifted.notes[0]).toMatch(/scenario file changed since this run/);
    const withInputs = { ...stored, inputs };
    const sameInputs = await reevaluateScenario(
      { result: withInputs, traces, current: { loaded: { expects: 'Bye' }, hash: 'h2', inputs } },
      scoring,
    );
    expect(sameInputs.notes).toEqual([]);
    const changedMocks = await reevaluateScenario(
      {
        result: withInputs,
        traces,
        current: { loaded: { expects: 'Bye' }, hash: 'h2', inputs: { ...inputs, mocks: 'k2' } },
      },
      scoring,
    );
    expect(changedMocks.notes[0]).toMatch(/^what the model sees changed since this run \(mocks\)/);
    const missing = await reevaluateScenario(
      { result: stored, traces, current: { problem: 'g.yaml no longer exists' } },
      scoring,
    );
    expect(missing.after).toEqual(missing.before);
    expect(renderReevalTable([missing])).toContain('note: not re-scored: g.yaml no longer exists');
  });

  it('spells verdicts for people in the table (HARD FAIL), the row keeps the enum', async () => {
    const row = await reevaluateScenario(
      {
        result: { ...stored, verdict: 'HARD_FAIL' },
        traces,
        current: { loaded: { expects: 'Hello' }, hash: 'h1', inputs },
      },
      scoring,
    );
    expect(row.before.verdict).toBe('HARD_FAIL');
    expect(renderReevalTable([row])).toContain('greeting  HARD FAIL 0.00  -> PASS 1.00');
  });
});
