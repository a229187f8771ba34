import type { ToolCall } from '../model-client.ts';
import type { AssertionOf } from '../scenario/assertion-schema.ts';
import type { RunTrace } from '../trace.ts';
import { briefDifferences, callDifferences, closestCall } from './argument-differences.ts';
import { argumentsMatch, type MatchOptions } from './argument-matchers.ts';
import { plural } from '../format.ts';
import { describeValue, type CheckOutcome } from './check.ts';

type ToolCallsAssertion = AssertionOf<'tool_calls'>;

interface ExpectedCall {
  tool: string;
  pattern: Record<string, unknown>;
  /** What the scenario wrote, for reasons. */
  shown: string;
  options: MatchOptions;
}

/**
 * `tool_calls`: an expected multiset of calls, each matched by a different
 * actual call. Overlapping expectations (two calls of one tool, one pattern
 * looser than the other) defeat a first-fit search, so the pairing is a
 * maximum bipartite matching (`order: any`) or the longest order-preserving
 * pairing (`order: in_order`). Score: matched / expected; with
 * `others: forbid`, every call left over counts against it as well.
 */
export function checkToolCalls(assertion: ToolCallsAssertion, trace: RunTrace): CheckOutcome {
  const actual = trace.tool_calls_made;
  const expected = expectedCalls(assertion);
  const fits = expected.map((call) =>
    actual.map(
      (candidate) => candidate.name === call.tool && argumentsMatch(call.pattern, candidate.arguments, call.options),
    ),
  );
  const pairing =
    assertion.order === 'in_order' ? orderedMatching(fits, actual.length) : maximumMatching(fits, actual.length);
  const used = new Set(pairing.filter((index): index is number => index !== undefined));
  const matched = used.size;
  const leftOver = actual.map((_, index) => index).filter((index) => !used.has(index));
  const forbidden = assertion.others === 'forbid' ? leftOver : [];
  const score = matched / (expected.length + forbidden.length);
  if (matched === expected.length && forbidden.length === 0) {
    return { passed: true, score: 1, reason: passReason(assertion, pairing, actual.length) };
  }
  const problems: string[] = [];
  for (const [index, call] of expected.entries()) {
    if (pairing[index] === undefined)
      problems.push(
        `no match for ${call.shown}: ${whyUnmatched(index, expected, fits, pairing, actual, assertion.order)}`,
      );
  }
  if (forbidden.length > 0) {
    const list = forbidden.map((index) => `${(actual[index] as ToolCall).name} (call ${index + 1})`).join(', ');
    problems.push(
      `${forbidden.length === 1 ? 'a call' : 'calls'} beyond the expected ones, ` +
        `which others: forbid rules out: ${list}`,
    );
  }
  const order = assertion.order === 'in_order' ? ' in order' : '';
  return {
    passed: false,
    score,
    reason: `${matched} of ${plural(expected.length, 'expected call')} matched${order}; ${problems.join('; ')}`,
  };
}

function expectedCalls(assertion: ToolCallsAssertion): ExpectedCall[] {
  return assertion.calls.map((call) => ({
    tool: call.tool,
    pattern: call.arguments ?? {},
    shown: call.arguments === undefined ? call.tool : `${call.tool} ${describeValue(call.arguments, 80)}`,
    options: {
      extraArguments: call.extra_arguments ?? assertion.extra_arguments,
      strings: call.strings ?? assertion.strings,
    },
  }));
}

/**
 * A maximum matching of expected calls (rows) to actual calls (columns) by
 * augmenting paths (Kuhn's algorithm: O(rows x edges), plenty for the tens of
 * calls of a trial). Returns, for each expected call, the index of its actual
 * call or undefined.
 */
export function maximumMatching(fits: readonly (readonly boolean[])[], actualCount: number): (number | undefined)[] {
  const ownerOf: (number | undefined)[] = Array.from({ length: actualCount }, () => undefined);
  const augment = (row: number, visited: boolean[]): boolean => {
    for (let column = 0; column < actualCount; column += 1) {
      if (!fits[row]?.[column] || visited[column]) continue;
      visited[column] = true;
      const owner = ownerOf[column];
      if (owner === undefined || augment(owner, visited)) {
        ownerOf[column] = row;
        return true;
      }
    }
    return false;
  };
  for (let row = 0; row < fits.length; row += 1)
    augment(
      row,
      Array.from({ length: actualCount }, () => false),
    );
  const pairing: (number | undefined)[] = Array.from({ length: fits.length }, () => undefined);
  ownerOf.forEach((row, column) => {
    if (row !== undefined) pairing[row] = column;
  });
  return pairing;
}

/**
 * The largest pairing that keeps both orders (expected call i before i+1 is
 * paired with an earlier actual call): a longest common subsequence over
 * "fits". Each expected call takes the earliest actual call an optimal
 * pairing allows.
 */
export function orderedMatching(fits: readonly (readonly boolean[])[], actualCount: number): (number | undefined)[] {
  const rows = fits.length;
  // best[i][j]: the most pairs among expected calls i.. and actual calls j..
  const best: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(actualCount + 1).fill(0));
  const at = (i: number, j: number) => best[i]?.[j] ?? 0;
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = actualCount - 1; j >= 0; j -= 1) {
      (best[i] as number[])[j] = Math.max(at(i + 1, j), at(i, j + 1), fits[i]?.[j] ? 1 + at(i + 1, j + 1) : 0);
    }
  }
  const pairing: (number | undefined)[] = Array.from({ length: rows }, () => undefined);
  let i = 0;
  let j = 0;
  while (i < rows && j < actualCount) {
    if (fits[i]?.[j] && at(i, j) === 1 + at(i + 1, j + 1)) {
      pairing[i] = j;
      i += 1;
      j += 1;
    } else if (at(i, j) === at(i, j + 1)) j += 1;
    else i += 1;
  }
  return pairing;
}

function passReason(
  assertion: ToolCallsAssertion,
  pairing: readonly (number | undefined)[],
  actualCount: number,
): string {
  const numbers = pairing.map((index) => String((index ?? 0) + 1)).join(', ');
  const count = assertion.calls.length;
  const all = count === 1 ? 'the expected call' : `all ${count} expected calls`;
  const order = assertion.order === 'in_order' ? ' in order' : '';
  const others = assertion.others === 'forbid' ? ', and no other call' : '';
  return `${all} matched${order} (as ${count === 1 ? 'call' : 'calls'} ${numbers} of ${actualCount})${others}`;
}

/** Why expected call `index` found no partner, with the closest actual call and how its arguments differ. */
function whyUnmatched(
  index: number,
  expected: readonly ExpectedCall[],
  fits: readonly (readonly boolean[])[],
  pairing: readonly (number | undefined)[],
  actual: readonly ToolCall[],
  order: ToolCallsAssertion['order'],
): string {
  const call = expected[index] as ExpectedCall;
  const sameTool = actual
    .map((candidate, position) => ({ candidate, position }))
    .filter(({ candidate }) => candidate.name === call.tool);
  if (sameTool.length === 0) {
    const names = [...new Set(actual.map((candidate) => candidate.name))];
    return (
      `${call.tool} was never called ` +
      `(${names.length === 0 ? 'no tools were called' : `tools called: ${names.join(', ')}`})`
    );
  }
  const fitting = sameTool.filter(({ position }) => fits[index]?.[position]).map(({ position }) => position + 1);
  if (fitting.length > 0) {
    if (order === 'in_order')
      return (
        `${fitting.length === 1 ? 'call' : 'calls'} ${fitting.join(', ')} would match, ` +
        'but not in the expected order'
      );
    return (
      `${fitting.length === 1 ? 'call' : 'calls'} ${fitting.join(', ')} would match, ` +
      'but each is paired with another expected call'
    );
  }
  const paired = new Set(pairing);
  const free = sameTool.filter(({ position }) => !paired.has(position));
  const closest = closestCall(free.length > 0 ? free : sameTool, ({ candidate }) =>
    callDifferences(call.pattern, candidate, call.options),
  );
  if (!closest) return `${call.tool} was never called`;
  return `the closest, call ${closest.candidate.position + 1}, had ${briefDifferences(closest.differences)}`;
}
