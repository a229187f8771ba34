import type { AssertionOf } from '../scenario/assertion-schema.ts';
import type { RunTrace } from '../trace.ts';
import { describeNames, fail, pass, type CheckOutcome } from './check.ts';
import { plural } from '../format.ts';

/**
 * tool_sequence compares the ordered names of the tools the model called with
 * the expected list:
 * - exact: the same calls in the same order, nothing more;
 * - in_order: the expected calls appear in this order, other calls may sit between them;
 * - any_order: every expected call appears (as many times as listed), in any order.
 */
export function checkToolSequence(assertion: AssertionOf<'tool_sequence'>, trace: RunTrace): CheckOutcome {
  const actual = trace.tool_calls_made.map((call) => call.name);
  const expected = assertion.sequence;
  switch (assertion.mode) {
    case 'exact':
      return checkExact(expected, actual);
    case 'in_order':
      return checkInOrder(expected, actual);
    case 'any_order':
      return checkAnyOrder(expected, actual);
  }
}

function got(actual: readonly string[]): string {
  return actual.length === 0 ? 'got no tool calls' : `got ${describeNames(actual)}`;
}

function checkExact(expected: readonly string[], actual: readonly string[]): CheckOutcome {
  const common = Math.min(expected.length, actual.length);
  let position = 0;
  while (position < common && expected[position] === actual[position]) position += 1;
  if (position === expected.length && position === actual.length) {
    return pass(`called exactly ${describeNames(actual)}`);
  }
  if (position === actual.length) {
    const missing = expected.slice(position);
    return fail(`expected ${describeNames(missing)} after the first ${plural(position, 'call')}; ${got(actual)}`);
  }
  if (position === expected.length) {
    const extra = actual.slice(position);
    return fail(
      `expected exactly ${describeNames(expected)}; ` +
        `${extra.length === 1 ? 'an extra call' : 'extra calls'} after it: ${describeNames(extra)}`,
    );
  }
  const wanted = expected[position] as string;
  const instead = actual[position] as string;
  const laterIndex = actual.indexOf(wanted, position + 1);
  if (laterIndex > position && expected.indexOf(instead, position + 1) > position) {
    return fail(`expected ${wanted} before ${instead}; ${got(actual)}`);
  }
  return fail(
    `call ${position + 1}: expected ${wanted}, got ${instead}; expected ${describeNames(expected)}; ${got(actual)}`,
  );
}

function checkInOrder(expected: readonly string[], actual: readonly string[]): CheckOutcome {
  let cursor = 0;
  for (let step = 0; step < expected.length; step += 1) {
    const wanted = expected[step] as string;
    const found = actual.indexOf(wanted, cursor);
    if (found >= 0) {
      cursor = found + 1;
      continue;
    }
    if (step === 0 || !actual.includes(wanted)) {
      const after = step === 0 ? '' : ` after ${expected[step - 1]}`;
      return fail(`expected ${wanted}${after}, but ${wanted} was never called; ${got(actual)}`);
    }
    // The call happened, only too early: name the pair whose order is wrong.
    return fail(`expected ${expected[step - 1]} before ${wanted}; ${got(actual)}`);
  }
  return pass(`called ${describeNames(expected)} in order (calls: ${describeNames(actual)})`);
}

function countNames(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

function checkAnyOrder(expected: readonly string[], actual: readonly string[]): CheckOutcome {
  const have = countNames(actual);
  const missing: string[] = [];
  for (const [name, wanted] of countNames(expected)) {
    const count = have.get(name) ?? 0;
    if (count === 0) missing.push(`${name} (never called)`);
    else if (count < wanted) missing.push(`${name} (called ${count} of ${wanted} times)`);
  }
  if (missing.length === 0) return pass(`called all of ${describeNames(expected)} (calls: ${describeNames(actual)})`);
  return fail(`missing ${missing.join(', ')}; ${got(actual)}`);
}
