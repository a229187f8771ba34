import {
  RESULTS_SCHEMA_VERSION,
  type RunResults,
  type ScenarioResult,
  type TrialResult,
} from '../../src/core/results.ts';

/** Builders for results documents, so report tests state only what matters to them. */

export function makeTrial(overrides: Partial<TrialResult> = {}): TrialResult {
  return {
    trial: 1,
    status: 'passed',
    score: 1,
    assertions: [],
    trace_id: 'trace-1',
    mode: 'live',
    turns: 2,
    max_turns_hit: false,
    tool_calls: 1,
    input_tokens: 120,
    output_tokens: 30,
    cost_usd: 0.0004,
    latency_seconds: 1.25,
    retries: 0,
    final_content_preview: 'done',
    ...overrides,
  };
}

export function makeScenario(overrides: Partial<ScenarioResult> = {}): ScenarioResult {
  return {
    name: 'books a flight',
    file: 'salvo/book-flight.yaml',
    provider: 'openai',
    model: 'gpt-4.1-mini',
    mode: 'live',
    status: 'passed',
    verdict: 'PASS',
    summary: '',
    trials: [makeTrial()],
    turns: 2,
    max_turns_hit: false,
    tool_calls: 1,
    input_tokens: 120,
    output_tokens: 30,
    cost_usd: 0.0004,
    latency_seconds: 1.25,
    ...overrides,
  };
}

export function makeResults(scenarios: ScenarioResult[], overrides: Partial<RunResults> = {}): RunResults {
  const count = (status: ScenarioResult['status']) => scenarios.filter((scenario) => scenario.status === status).length;
  const sum = (pick: (scenario: ScenarioResult) => number) =>
    scenarios.reduce((total, scenario) => total + pick(scenario), 0);
  return {
    schema_version: RESULTS_SCHEMA_VERSION,
    run_id: '0193a4b2-0000-7000-8000-000000000001',
    salvo_version: '0.1.0',
    started_at: '2026-11-25T10:00:00.000Z',
    finished_at: '2026-11-25T10:00:05.000Z',
    interrupted: false,
    max_cost_usd: null,
    totals: {
      total: scenarios.length,
      passed: count('passed'),
      failed: count('failed'),
      errored: count('errored'),
      skipped: count('skipped'),
      cost_usd: sum((scenario) => scenario.cost_usd ?? 0),
      cost_incomplete: scenarios.some((scenario) => scenario.status !== 'skipped' && scenario.cost_usd === null),
      input_tokens: sum((scenario) => scenario.input_tokens),
      output_tokens: sum((scenario) => scenario.output_tokens),
      latency_seconds: sum((scenario) => scenario.latency_seconds),
    },
    scenarios,
    ...overrides,
  };
}

export function skippedScenario(
  name: string,
  reason: ScenarioResult['skip_reason'] = 'no_key_no_recording',
): ScenarioResult {
  return makeScenario({
    name,
    file: `salvo/${name}.yaml`,
    mode: null,
    status: 'skipped',
    verdict: 'SKIPPED',
    skip_reason: reason,
    summary: '',
    trials: [],
    turns: 0,
    tool_calls: 0,
    input_tokens: 0,
    output_tokens: 0,
    cost_usd: null,
    latency_seconds: 0,
  });
}
