import type { AssertionResult, TrialResult } from '../../src/core/results.ts';
import type { CheckedScenario } from '../../src/core/evaluation/evaluate-trial.ts';
import type { ToolCall } from '../../src/core/model-client.ts';
import { emptyUsage } from '../../src/core/model-client.ts';
import type { Assertion } from '../../src/core/scenario/assertion-schema.ts';
import { assertionSchema } from '../../src/core/scenario/assertion-schema.ts';
import { scenarioSchema } from '../../src/core/scenario/schema.ts';
import type { RunTrace, TraceMessage } from '../../src/core/trace.ts';

/** A tool call as a provider would normalise it. */
export function call(name: string, args: Record<string, unknown> | null = {}, id = `call_${name}`): ToolCall {
  return { id, name, arguments: args };
}

/**
 * A realistic trace: system + user messages, one assistant turn per group of
 * tool calls with their tool results, then the final answer.
 */
export function traceOf(
  options: {
    calls?: ToolCall[];
    output?: string | null;
    cost?: number | null;
    latency?: number;
    turns?: number;
    stop?: RunTrace['stop_reason'];
    error?: RunTrace['error'];
  } = {},
): RunTrace {
  const calls = options.calls ?? [];
  const output = options.output === undefined ? 'Done.' : options.output;
  const messages: TraceMessage[] = [
    { role: 'system', content: 'You are a careful agent.' },
    { role: 'user', content: 'Fix the failing test.' },
  ];
  for (const toolCall of calls) {
    messages.push({ role: 'assistant', content: null, tool_calls: [toolCall] });
    messages.push({ role: 'tool', content: 'ok', tool_call_id: toolCall.id, tool_name: toolCall.name });
  }
  if (output !== null) messages.push({ role: 'assistant', content: output, tool_calls: [] });
  const turnCount = options.turns ?? calls.length + 1;
  return {
    schema_version: 1,
    trace_id: 'trace-1',
    scenario_name: 'fixture',
    scenario_file: 'scenarios/fixture.yaml',
    scenario_hash: 'hash',
    provider: 'openai',
    model: 'gpt-4o',
    mode: 'live',
    timestamp: '2026-01-01T00:00:00.000Z',
    messages,
    tool_calls_made: calls,
    turns: [],
    turn_count: turnCount,
    usage: { ...emptyUsage(), inputTokens: 100, outputTokens: 20 },
    input_tokens: 100,
    output_tokens: 20,
    total_tokens: 120,
    latency_seconds: options.latency ?? 1.5,
    final_content: output,
    finish_reason: 'stop',
    stop_reason: options.stop ?? 'final_answer',
    max_turns_hit: options.stop === 'max_turns',
    cost_usd: options.cost === undefined ? 0.0012 : options.cost,
    extras_resolved: {},
    ...(options.error ? { error: options.error } : {}),
  };
}

/** Parses an assertion as the loader would, defaults applied. */
export function assertion(input: Record<string, unknown>): Assertion {
  return assertionSchema.parse(input);
}

export function scenarioWith(
  assertions: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
): CheckedScenario {
  const scenario = scenarioSchema.parse({ model: 'gpt-4o', prompt: 'hi', assertions, ...extra });
  return { scenario, assertionLines: assertions.map((_, index) => 10 + index * 2) };
}

/** A trial result as the runner builds it, from a status and a few numbers. */
export function trial(
  number: number,
  status: TrialResult['status'],
  options: {
    score?: number | null;
    latency?: number;
    cost?: number | null;
    retries?: number;
    assertions?: AssertionResult[];
    error?: TrialResult['error'];
    turns?: number;
  } = {},
): TrialResult {
  const defaultScore = status === 'passed' ? 1 : status === 'errored' || status === 'cancelled' ? null : 0;
  return {
    trial: number,
    status,
    score: options.score === undefined ? defaultScore : options.score,
    assertions: options.assertions ?? [],
    trace_id: `trace-${number}`,
    mode: 'live',
    turns: options.turns ?? (status === 'errored' ? 0 : 2),
    max_turns_hit: false,
    tool_calls: 1,
    input_tokens: 100,
    output_tokens: 20,
    cost_usd: options.cost === undefined ? 0.01 : options.cost,
    latency_seconds: options.latency ?? 1,
    retries: options.retries ?? 0,
    final_content_preview: 'Done.',
    ...(options.error ? { error: options.error } : {}),
  };
}

export function assertionResult(
  index: number,
  passed: boolean,
  overrides: Partial<AssertionResult> = {},
): AssertionResult {
  return {
    index,
    type: 'tool_called',
    label: `assertion ${index}`,
    passed,
    score: passed ? 1 : 0,
    weight: 1,
    required: false,
    reason: passed ? 'ok' : `assertion ${index} failed`,
    line: 10 + index,
    ...overrides,
  };
}

export const infraError = {
  code: 'E_RATE_LIMITED',
  message: '429 Too Many Requests after 2 retries',
  infrastructure: true,
};
export const mockError = {
  code: 'E_MOCK_NOT_FOUND',
  message: "the model called tool 'rm', which has no mock_response",
  infrastructure: false,
};
