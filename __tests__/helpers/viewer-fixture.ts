import { emptyUsage } from '../../src/core/model-client.ts';
import type { RunResults, ScenarioResult } from '../../src/core/results.ts';
import type { RunTrace } from '../../src/core/trace.ts';
import { makeResults, makeScenario, makeTrial } from './results-fixtures.ts';
import { traceFixture } from './trace-fixture.ts';

/**
 * A run for the HTML viewer: `count` scenarios of which the ones at `failing` positions failed, each with one trial
 * and its trace (a tool call, a mock answer, a final answer), so every part of the page has something to show.
 */
export function viewerRun(
  count: number,
  failing: readonly number[] = [],
): {
  results: RunResults;
  traces: Map<string, RunTrace>;
} {
  const traces = new Map<string, RunTrace>();
  const scenarios: ScenarioResult[] = [];
  for (let index = 0; index < count; index += 1) {
    const failed = failing.includes(index);
    const name = failed ? `refund over the limit ${index}` : `books a flight ${index}`;
    const traceId = `0190a000-0000-7000-8000-${String(index).padStart(12, '0')}`;
    traces.set(traceId, conversationTrace(traceId, name, failed));
    scenarios.push(
      makeScenario({
        name,
        file: `salvo/scenario-${index}.yaml`,
        status: failed ? 'failed' : 'passed',
        verdict: failed ? 'HARD_FAIL' : 'PASS',
        summary: failed ? 'required assertion failed: never calls issue_refund' : '',
        trials: [
          makeTrial({
            status: failed ? 'hard_fail' : 'passed',
            score: failed ? 0.5 : 1,
            trace_id: traceId,
            assertions: [
              {
                index: 0,
                type: 'tool_called',
                label: 'tool_called lookup_order',
                passed: true,
                score: 1,
                weight: 1,
                required: false,
                reason: 'lookup_order was called once',
              },
              {
                index: 1,
                type: 'tool_not_called',
                label: 'never calls issue_refund',
                passed: !failed,
                score: failed ? 0 : 1,
                weight: 1,
                required: true,
                reason: failed ? 'issue_refund was called with {"amount": 900}' : 'issue_refund was not called',
              },
            ],
          }),
        ],
      }),
    );
  }
  return { results: makeResults(scenarios), traces };
}

function conversationTrace(traceId: string, name: string, failed: boolean): RunTrace {
  const usage = { ...emptyUsage(), inputTokens: 120, outputTokens: 30 };
  const tool = failed ? 'issue_refund' : 'lookup_order';
  return traceFixture({
    trace_id: traceId,
    trial: 1,
    scenario_name: name,
    model: 'gpt-4.1-mini',
    cost_usd: 0.0004,
    messages: [
      { role: 'system', content: 'You are the support agent of an airline. Refunds above $500 need a manager.' },
      { role: 'user', content: 'Please refund order A-17, it was $900.', user_turn: 1 },
      {
        role: 'assistant',
        content: 'Let me look at that order.',
        tool_calls: [{ id: 'call_1', name: tool, arguments: { order: 'A-17', amount: 900 } }],
        user_turn: 1,
      },
      {
        role: 'tool',
        content: '{"status": "ok"}',
        tool_call_id: 'call_1',
        tool_name: tool,
        mock_case: 1,
        user_turn: 1,
      },
      { role: 'assistant', content: failed ? 'Done: $900 refunded.' : 'A manager will approve it.', user_turn: 1 },
    ],
    tool_calls_made: [{ id: 'call_1', name: tool, arguments: { order: 'A-17', amount: 900 } }],
    turns: [0, 1].map((index) => ({
      index,
      model: 'gpt-4.1-mini',
      request_id: null,
      latency_ms: 640,
      usage,
      finish_reason: index === 0 ? 'tool_calls' : 'stop',
      raw_finish_reason: null,
      retries: 0,
      user_turn: 1,
    })),
    turn_count: 2,
    final_state: failed ? { refunds: [{ order: 'A-17', amount: 900 }] } : undefined,
  });
}
