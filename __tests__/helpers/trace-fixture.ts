import { emptyUsage } from '../../src/core/model-client.ts';
import { TRACE_SCHEMA_VERSION, type RunTrace } from '../../src/core/trace.ts';

/** A small, valid trace to start tests from; override what the test is about. */
export function traceFixture(overrides: Partial<RunTrace> = {}): RunTrace {
  return {
    schema_version: TRACE_SCHEMA_VERSION,
    trace_id: '0190a000-0000-7000-8000-000000000001',
    scenario_name: 'fixture',
    scenario_file: 'scenarios/fixture.yaml',
    scenario_hash: 'a'.repeat(64),
    provider: 'openai',
    model: 'gpt-4o-mini',
    mode: 'live',
    timestamp: '2026-01-01T00:00:00.000Z',
    messages: [
      { role: 'system', content: 'You are helpful.' },
      { role: 'user', content: 'Hello' },
      { role: 'assistant', content: 'Hi there', tool_calls: [] },
    ],
    tool_calls_made: [],
    turns: [],
    turn_count: 1,
    usage: emptyUsage(),
    input_tokens: 0,
    output_tokens: 0,
    total_tokens: 0,
    latency_seconds: 0,
    final_content: 'Hi there',
    finish_reason: 'stop',
    stop_reason: 'final_answer',
    max_turns_hit: false,
    cost_usd: null,
    extras_resolved: {},
    ...overrides,
  };
}
