import type { ToolCall } from '../model-client.ts';
import type { AssertionOf } from '../scenario/assertion-schema.ts';
import type { RunTrace } from '../trace.ts';
import { plural } from '../format.ts';
import { callDifferences, closestCall, differenceClauses } from './argument-differences.ts';
import { argumentsMatch, type MatchOptions } from './argument-matchers.ts';
import { describeValue, fail, pass, type CheckOutcome } from './check.ts';

function callsOf(trace: RunTrace, tool: string): ToolCall[] {
  return trace.tool_calls_made.filter((call) => call.name === tool);
}

function calledNames(trace: RunTrace): string {
  const names = [...new Set(trace.tool_calls_made.map((call) => call.name))];
  return names.length === 0 ? 'no tools were called' : `tools called: ${names.join(', ')}`;
}

export function checkToolCalled(assertion: AssertionOf<'tool_called'>, trace: RunTrace): CheckOutcome {
  const { tool } = assertion;
  const calls = callsOf(trace, tool);
  const range = countRange(assertion);
  const expected = expectedArguments(assertion);
  const options = matchOptionsOf(assertion);
  const matching =
    expected === undefined ? calls : calls.filter((call) => argumentsMatch(expected, call.arguments, options));
  const withArguments = expected === undefined ? '' : ` with ${describeValue(assertion.arguments ?? {})}`;
  if (matching.length >= range.min && (range.max === undefined || matching.length <= range.max)) {
    if (calls.length === 0) return pass(`${tool} was not called (expected ${describeRange(range)})`);
    if (range.explicit)
      return pass(
        `${tool} was called${withArguments} ${plural(matching.length, 'time')} (expected ${describeRange(range)})`,
      );
    if (expected === undefined) return pass(`${tool} was called ${plural(calls.length, 'time')}`);
    return pass(
      `${tool} was called${withArguments} (call ${calls.indexOf(matching[0] as ToolCall) + 1} of ${calls.length})`,
    );
  }
  if (calls.length === 0) return fail(`${tool} was never called (${calledNames(trace)})`);
  if (matching.length === 0 && expected !== undefined) return failWithClosestCall(tool, calls, expected, options);
  return fail(
    `${tool} was called${withArguments} ${plural(matching.length, 'time')}; ` +
      `expected ${describeRange(range)}${callNumbers(calls, matching)}`,
  );
}

export function checkToolNotCalled(assertion: AssertionOf<'tool_not_called'>, trace: RunTrace): CheckOutcome {
  const calls = callsOf(trace, assertion.tool);
  const expected = expectedArguments(assertion);
  if (expected !== undefined) {
    const options = matchOptionsOf(assertion);
    const index = calls.findIndex((call) => argumentsMatch(expected, call.arguments, options));
    const pattern = describeValue(assertion.arguments ?? {});
    if (index < 0) {
      const others =
        calls.length === 0
          ? 'it was not called at all'
          : `it was called ${plural(calls.length, 'time')} with other arguments`;
      return pass(`${assertion.tool} was never called with ${pattern} (${others})`);
    }
    const call = calls[index] as ToolCall;
    return fail(
      `${assertion.tool} was called with ${describeValue(call.arguments)} ` +
        `(call ${index + 1} of ${calls.length}), which matches ${pattern}`,
    );
  }
  if (calls.length === 0) return pass(`${assertion.tool} was not called`);
  const first = calls[0] as ToolCall;
  return fail(
    `${assertion.tool} was called ${plural(calls.length, 'time')}, ` +
      `first with ${describeValue(first.arguments ?? first.rawArguments ?? null)}`,
  );
}

/** The pattern to match, or undefined when any call counts (no arguments given, extra arguments allowed). */
function expectedArguments(assertion: {
  arguments?: Record<string, unknown> | undefined;
  extra_arguments?: 'allow' | 'forbid' | undefined;
}): Record<string, unknown> | undefined {
  if (assertion.arguments !== undefined) return assertion.arguments;
  // `extra_arguments: forbid` alone: a call with no arguments at all.
  return assertion.extra_arguments === 'forbid' ? {} : undefined;
}

export function matchOptionsOf(assertion: {
  extra_arguments?: 'allow' | 'forbid' | undefined;
  strings?: 'exact' | 'loose' | undefined;
}): MatchOptions {
  return { extraArguments: assertion.extra_arguments ?? 'allow', strings: assertion.strings ?? 'exact' };
}

interface CountRange {
  min: number;
  max: number | undefined;
  /** Whether the scenario set times, min_times or max_times. */
  explicit: boolean;
}

function countRange(assertion: AssertionOf<'tool_called'>): CountRange {
  if (assertion.times !== undefined) return { min: assertion.times, max: assertion.times, explicit: true };
  const explicit = assertion.min_times !== undefined || assertion.max_times !== undefined;
  return { min: assertion.min_times ?? 1, max: assertion.max_times, explicit };
}

function describeRange(range: CountRange): string {
  if (range.max === range.min) return `exactly ${range.min}`;
  if (range.max === undefined) return `at least ${range.min}`;
  if (range.min === 0) return `at most ${range.max}`;
  return `between ${range.min} and ${range.max}`;
}

function callNumbers(calls: readonly ToolCall[], matching: readonly ToolCall[]): string {
  if (matching.length === 0 || matching.length === calls.length) return '';
  const numbers = matching.map((call) => calls.indexOf(call) + 1);
  return ` (matching: ${numbers.length === 1 ? 'call' : 'calls'} ${numbers.join(', ')} of ${calls.length})`;
}

/**
 * No call matched: the reason shows how the closest one differs (`... was called with city 'Rome'; expected
 * 'Paris'`).
 */
function failWithClosestCall(
  tool: string,
  calls: readonly ToolCall[],
  expected: Record<string, unknown>,
  options: MatchOptions,
): CheckOutcome {
  const closest = closestCall(calls, (call) => callDifferences(expected, call, options));
  const clauses = differenceClauses(closest?.differences ?? []);
  if (calls.length === 1) return fail(`${tool} was called ${clauses}`);
  const number = closest ? calls.indexOf(closest.candidate) + 1 : 1;
  return fail(
    `${tool} was called ${plural(calls.length, 'time')} but never as expected; ` +
      `the closest, call ${number}, was ${clauses}`,
  );
}
