import type { ToolCall } from '../model-client.ts';
import type { AssertionOf } from '../scenario/assertion-schema.ts';
import type { RunTrace } from '../trace.ts';
import { plural } from '../format.ts';
import { describeValue, fail, pass, type CheckOutcome } from './check.ts';

/**
 * Partial deep match: every key the scenario gives must match the call's
 * argument, at every depth; keys the scenario leaves out are ignored. Arrays
 * and scalars must be equal (arrays element by element, each element matched
 * the same partial way).
 */
export function matchesPartially(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, index) => matchesPartially(item, actual[index]))
    );
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const actualRecord = actual as Record<string, unknown>;
    return Object.entries(expected as Record<string, unknown>).every(
      ([key, value]) => Object.hasOwn(actualRecord, key) && matchesPartially(value, actualRecord[key]),
    );
  }
  return expected === actual;
}

function callsOf(trace: RunTrace, tool: string): ToolCall[] {
  return trace.tool_calls_made.filter((call) => call.name === tool);
}

function calledNames(trace: RunTrace): string {
  const names = [...new Set(trace.tool_calls_made.map((call) => call.name))];
  return names.length === 0 ? 'no tools were called' : `tools called: ${names.join(', ')}`;
}

export function checkToolCalled(assertion: AssertionOf<'tool_called'>, trace: RunTrace): CheckOutcome {
  const calls = callsOf(trace, assertion.tool);
  if (calls.length === 0) return fail(`${assertion.tool} was never called (${calledNames(trace)})`);
  const expected = assertion.arguments;
  if (expected === undefined) return pass(`${assertion.tool} was called ${plural(calls.length, 'time')}`);

  const matching = calls.findIndex((call) => call.arguments !== null && matchesPartially(expected, call.arguments));
  if (matching >= 0) {
    return pass(`${assertion.tool} was called with ${describeValue(expected)} (call ${matching + 1} of ${calls.length})`);
  }
  const first = calls[0] as ToolCall;
  const seen = first.arguments === null ? `unparseable arguments ${describeValue(first.rawArguments ?? '')}` : describeValue(first.arguments);
  return fail(
    `${assertion.tool} was called ${plural(calls.length, 'time')} but never with ${describeValue(expected)}; ` +
      `${calls.length > 1 ? 'first call had' : 'it had'} ${seen}`,
  );
}

export function checkToolNotCalled(assertion: AssertionOf<'tool_not_called'>, trace: RunTrace): CheckOutcome {
  const calls = callsOf(trace, assertion.tool);
  if (calls.length === 0) return pass(`${assertion.tool} was not called`);
  const first = calls[0] as ToolCall;
  return fail(
    `${assertion.tool} was called ${plural(calls.length, 'time')}, first with ${describeValue(first.arguments ?? first.rawArguments ?? null)}`,
  );
}
