import { search, type JSONValue } from '@jmespath-community/jmespath';
import type { AssertionOf } from '../scenario/assertion-schema.ts';
import type { RunTrace } from '../trace.ts';
import { compileUserRegex } from '../user-regex.ts';
import { deepEqual, describeValue, fail, pass, type CheckOutcome } from './check.ts';
import { traceView, type TraceView } from './trace-view.ts';

type JmespathAssertion = AssertionOf<'jmespath'>;
type StateAssertion = AssertionOf<'state'>;
type Operator = JmespathAssertion['operator'];

/**
 * Runs the expression over the documented trace view and compares its
 * result. Rules (docs/assertions.md):
 * - nothing found (null) fails every operator, except eq/ne against an explicit null;
 * - exists: the result is neither null nor an empty list (a filter that matched nothing);
 * - eq/ne: JSON deep equality; gt/gte/lt/lte: numbers, or strings holding one;
 * - contains: substring of a string, or an element (deep equality) of a list; deliberately unlike the
 *   expression language's own contains(), which never finds a list or an object in a list (it compares
 *   those by reference);
 * - regex: a regular expression (src/core/user-regex.ts: linear time) searched in a string result.
 */
export function checkJmespath(
  assertion: JmespathAssertion | StateAssertion,
  trace: RunTrace,
  view: TraceView = traceView(trace),
): CheckOutcome {
  return checkExpression(assertion, view);
}

/**
 * A `state` assertion: the same rules, over the state the trial's tool handlers left. A trial that
 * ended before any state existed (an old trace, a scenario without `state`) fails, never passes.
 */
export function checkState(assertion: StateAssertion, trace: RunTrace): CheckOutcome {
  if (trace.final_state === undefined)
    return fail('the trace holds no final state (the scenario defines no state or tool handlers)');
  if (trace.final_state_truncated)
    return fail('the final state was cut to the trace size limit, so state assertions cannot read it');
  return checkExpression(assertion, trace.final_state as JSONValue);
}

function checkExpression(assertion: JmespathAssertion | StateAssertion, document: JSONValue): CheckOutcome {
  let result: JSONValue;
  try {
    result = search(document, assertion.expression);
  } catch (error) {
    return fail(`invalid JMESPath expression ${assertion.expression}: ${(error as Error).message}`);
  }
  const subject = `${assertion.expression} = ${describeValue(result)}`;
  if (assertion.operator === 'exists') {
    const found = result !== null && !(Array.isArray(result) && result.length === 0);
    return found ? pass(`${subject} exists`) : fail(`${assertion.expression} found nothing (${describeValue(result)})`);
  }
  if (assertion.value === undefined) return fail(`operator ${assertion.operator} needs a value to compare with`);
  const expected: unknown = assertion.value;
  const comparesWithNull = expected === null && (assertion.operator === 'eq' || assertion.operator === 'ne');
  if (result === null && !comparesWithNull) {
    return fail(
      `${assertion.expression} found nothing (null), ` +
        `so it cannot be ${describeOperator(assertion.operator)} ${describeValue(expected)}`,
    );
  }
  const verdict = compare(assertion.operator, result, expected);
  if (typeof verdict === 'string') return fail(`${subject}: ${verdict}`);
  const claim =
    `${subject} ${verdict ? 'is' : 'is not'}` +
    ` ${describeOperator(assertion.operator)}` +
    ` ${describeValue(expected)}`;
  return verdict ? pass(claim) : fail(claim);
}

function describeOperator(operator: Operator): string {
  const words: Record<Operator, string> = {
    eq: 'equal to',
    ne: 'different from',
    gt: 'greater than',
    gte: 'at least',
    lt: 'less than',
    lte: 'at most',
    contains: 'containing',
    regex: 'matching',
    exists: 'present',
  };
  return words[operator];
}

function asNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim());
    if (Number.isFinite(parsed)) return parsed;
  }
  return null;
}

/** true / false, or a string saying why the values cannot be compared (which fails the check). */
function compare(operator: Exclude<Operator, 'exists'>, actual: JSONValue, expected: unknown): boolean | string {
  switch (operator) {
    case 'eq':
      return deepEqual(actual, expected);
    case 'ne':
      return !deepEqual(actual, expected);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return compareNumbers(operator, actual, expected);
    case 'contains':
      return contains(actual, expected);
    case 'regex':
      return matchesPattern(actual, expected);
  }
}

function compareNumbers(operator: 'gt' | 'gte' | 'lt' | 'lte', actual: JSONValue, expected: unknown): boolean | string {
  const left = asNumber(actual);
  const right = asNumber(expected);
  if (left === null) return `not a number, so it cannot be compared with ${operator}`;
  if (right === null) return `the value ${describeValue(expected)} is not a number`;
  if (operator === 'gt') return left > right;
  if (operator === 'gte') return left >= right;
  if (operator === 'lt') return left < right;
  return left <= right;
}

function contains(actual: JSONValue, expected: unknown): boolean | string {
  if (typeof actual === 'string') {
    if (typeof expected !== 'string' && typeof expected !== 'number') return 'contains on text needs a text value';
    return actual.normalize('NFC').includes(String(expected).normalize('NFC'));
  }
  if (Array.isArray(actual)) return actual.some((item) => deepEqual(item, expected));
  return 'contains needs a text or a list result';
}

function matchesPattern(actual: JSONValue, expected: unknown): boolean | string {
  if (typeof expected !== 'string') return 'regex needs a pattern string as its value';
  if (typeof actual !== 'string') return 'regex needs a text result';
  try {
    return compileUserRegex(expected).test(actual);
  } catch (error) {
    return `invalid regular expression ${expected}: ${(error as Error).message}`;
  }
}
