import type { RunTrace } from '../trace.ts';

/**
 * What one assertion says about one trace. Every check is a pure function of
 * the trace; a failed expectation is a result with a reason, never an exception.
 */
export interface CheckOutcome {
  passed: boolean;
  /** In [0, 1]; binary (1 or 0) except for the judge's weighted criteria score. */
  score: number;
  /** Why, in words a person understands, with the values that decided it. */
  reason: string;
}

export type Check<A> = (assertion: A, trace: RunTrace) => CheckOutcome;

export function pass(reason: string): CheckOutcome {
  return { passed: true, score: 1, reason };
}

export function fail(reason: string): CheckOutcome {
  return { passed: false, score: 0, reason };
}

/** Cuts long values for reasons: a reason is one readable line, not a dump. */
export function preview(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** JSON for reasons, cut to a readable length. */
export function describeValue(value: unknown, max = 120): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Names in order, cut after `max` so a runaway agent does not make a reason unreadable. */
export function describeNames(names: readonly string[], max = 20): string {
  if (names.length === 0) return 'no tool calls';
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown}, … (${names.length - max} more)` : shown;
}

/**
 * JSON deep equality: the comparison YAML authors expect (`1` equals `1.0`,
 * key order does not matter, arrays compare element by element).
 */
export function deepEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== typeof right || left === null || right === null) return false;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => deepEqual(item, right[index]));
  }
  if (typeof left === 'object' && typeof right === 'object') {
    const leftRecord = left as Record<string, unknown>;
    const rightRecord = right as Record<string, unknown>;
    const leftKeys = Object.keys(leftRecord);
    if (leftKeys.length !== Object.keys(rightRecord).length) return false;
    return leftKeys.every((key) => Object.hasOwn(rightRecord, key) && deepEqual(leftRecord[key], rightRecord[key]));
  }
  return false;
}
