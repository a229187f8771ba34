import { describe, expect, it } from 'vitest';
import { evaluateTrial } from '../../../src/core/evaluation/evaluate-trial.ts';
import { summariseScenario } from '../../../src/core/evaluation/summarise-scenario.ts';
import type { TrialResult } from '../../../src/core/results.ts';
import type { RunTrace } from '../../../src/core/trace.ts';
import { call, scenarioWith, traceOf } from '../../helpers/checks-fixtures.ts';

/** What the runner does with the hooks: evaluate each trace, then summarise the trials. */
function trialFrom(number: number, trace: RunTrace, scenario: ReturnType<typeof scenarioWith>): TrialResult {
  const evaluation = evaluateTrial(trace, scenario);
  return {
    trial: number,
    status: evaluation.status,
    score: evaluation.score,
    assertions: evaluation.assertions,
    trace_id: trace.trace_id,
    mode: trace.mode,
    turns: trace.turn_count,
    max_turns_hit: trace.max_turns_hit,
    tool_calls: trace.tool_calls_made.length,
    input_tokens: trace.input_tokens,
    output_tokens: trace.output_tokens,
    cost_usd: trace.cost_usd,
    latency_seconds: trace.latency_seconds,
    retries: 0,
    final_content_preview: trace.final_content,
  };
}

describe('a flaky agent over five trials', () => {
  it('is PARTIAL with the swapped tool order named as the top failure', () => {
    const scenario = scenarioWith([
      { type: 'tool_sequence', mode: 'in_order', sequence: ['file_read', 'file_write'], required: false },
      { type: 'output_contains', value: 'fixed', ignore_case: true },
    ]);
    const good = traceOf({ calls: [call('file_read'), call('file_write')], output: 'Fixed it.' });
    const swapped = traceOf({ calls: [call('file_write'), call('file_read')], output: 'Fixed it.' });
    const trials = [good, swapped, good, swapped, good].map((trace, index) => trialFrom(index + 1, trace, scenario));
    const result = summariseScenario(trials, scenario, { plannedTrials: 5 });
    expect(trials.map((trial) => trial.status)).toEqual(['passed', 'failed', 'passed', 'failed', 'passed']);
    expect(result.verdict).toBe('PARTIAL');
    expect(result.stats.pass_rate).toBe(0.6);
    expect(result.stats.failing_assertions[0]).toMatchObject({
      index: 0,
      label: 'tool_sequence in_order [file_read, file_write]',
      fail_count: 2,
      line: 10,
      sample_reasons: ['expected file_read before file_write; got file_write, file_read'],
    });
    expect(result.summary).toContain(
      "most failing: 'tool_sequence in_order [file_read, file_write]' failed in 2/5 trials",
    );
  });
});
