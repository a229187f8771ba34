/**
 * Argument matchers: how the `arguments` of an assertion (and the `when` of a
 * conditional mock) match the arguments of a real tool call
 * (docs/assertions.md, "Argument matchers").
 *
 * Every value of a pattern is a literal or a matcher. A mapping is a matcher
 * when it has at least one matcher key and no other key; anything else is a
 * literal: scalars compare by JSON equality, arrays element by element (same
 * length), mappings partially and recursively. The keys of a matcher all have
 * to hold. The pattern is validated when the scenario loads
 * (src/core/scenario/matcher-checks.ts); here a malformed matcher simply does
 * not match.
 */

import { compileUserRegex, type UserRegex } from '../user-regex.ts';
import { describePattern } from './describe-arguments.ts';
import {
  DEFAULT_TOLERANCE,
  isMapping,
  isMatcher,
  type JsonType,
  type Mapping,
  type MatcherKey,
} from './matcher-keys.ts';

export interface MatchOptions {
  /** `forbid`: an argument the pattern does not list fails the match, at any depth. */
  extraArguments: 'allow' | 'forbid';
  /** `loose`: strings compare after NFKC, lower-casing, and dropping whitespace, punctuation and symbols. */
  strings: 'exact' | 'loose';
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = { extraArguments: 'allow', strings: 'exact' };

/**
 * One way in which a call's arguments differ from the pattern, at a path such
 * as `city`, `address.zip` or `items[1].sku`:
 * - value: present, but not what was expected;
 * - missing: absent, and the pattern needs it;
 * - extra: present, not listed, and extra arguments are forbidden;
 * - present: present, and the pattern says `absent: true`;
 * - unparseable: the model sent arguments that are not a JSON object.
 */
export type ArgumentDifference =
  | { kind: 'value'; path: string; actual: unknown; expected: string }
  | { kind: 'missing'; path: string; expected: string }
  | { kind: 'extra'; path: string; actual: unknown }
  | { kind: 'present'; path: string; actual: unknown }
  | { kind: 'unparseable'; raw: string };

const ABSENT: unique symbol = Symbol('absent');
type Actual = unknown | typeof ABSENT;

/**
 * What `strings: loose` compares: NFKC, lower case, no whitespace, punctuation or symbols ("New York, NY" =
 * "newyorkny").
 */
export function looseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

const LEADING_FLAGS = /^\(\?([ims]+)\)/;

/**
 * A `matches` pattern, compiled for the linear-time engine (src/core/user-regex.ts). A leading inline-flag group
 * such as `(?i)` (which other regex dialects accept and JavaScript does not) becomes the pattern's flags. Throws a
 * UserRegexError for an invalid or unsupported pattern.
 */
export function compileMatcherPattern(source: string): UserRegex {
  const flags = LEADING_FLAGS.exec(source);
  return flags
    ? compileUserRegex(source.slice(flags[0].length), [...new Set(flags[1])].join(''))
    : compileUserRegex(source);
}

/**
 * Every difference between a call's arguments and a pattern (the mapping of
 * argument names to literals or matchers); none means the call matches. The
 * top level is always the mapping of argument names, so a tool may have a
 * parameter called `type` or `equals`.
 */
export function argumentDifferences(
  pattern: Mapping,
  actual: Mapping | null,
  options: MatchOptions = DEFAULT_MATCH_OPTIONS,
  rawArguments?: string,
): ArgumentDifference[] {
  if (actual === null) return [{ kind: 'unparseable', raw: rawArguments ?? '' }];
  return mappingDifferences(pattern, actual, '', options);
}

export function argumentsMatch(
  pattern: Mapping,
  actual: Mapping | null,
  options: MatchOptions = DEFAULT_MATCH_OPTIONS,
): boolean {
  return actual !== null && argumentDifferences(pattern, actual, options).length === 0;
}

/** Whether a single value matches a pattern (a literal or a matcher), as an element of `one_of` or `contains` does. */
export function valueMatches(
  pattern: unknown,
  actual: unknown,
  options: MatchOptions = DEFAULT_MATCH_OPTIONS,
): boolean {
  return differences(pattern, actual, '', options).length === 0;
}

function differences(pattern: unknown, actual: Actual, path: string, options: MatchOptions): ArgumentDifference[] {
  if (isMatcher(pattern)) return matcherDifferences(pattern, actual, path, options);
  if (actual === ABSENT) return [{ kind: 'missing', path, expected: describePattern(pattern) }];
  const mismatch: ArgumentDifference[] = [{ kind: 'value', path, actual, expected: describePattern(pattern) }];
  if (Array.isArray(pattern)) {
    if (!Array.isArray(actual) || actual.length !== pattern.length) return mismatch;
    return pattern.flatMap((item, index) => differences(item, actual[index], `${path}[${index}]`, options));
  }
  if (isMapping(pattern)) return isMapping(actual) ? mappingDifferences(pattern, actual, path, options) : mismatch;
  return scalarsEqual(pattern, actual, options) ? [] : mismatch;
}

function mappingDifferences(
  pattern: Mapping,
  actual: Mapping,
  path: string,
  options: MatchOptions,
): ArgumentDifference[] {
  const found: ArgumentDifference[] = [];
  const at = (key: string) => (path === '' ? key : `${path}.${key}`);
  for (const [key, expected] of Object.entries(pattern)) {
    found.push(...differences(expected, Object.hasOwn(actual, key) ? actual[key] : ABSENT, at(key), options));
  }
  if (options.extraArguments === 'forbid') {
    for (const key of Object.keys(actual)) {
      if (!Object.hasOwn(pattern, key)) found.push({ kind: 'extra', path: at(key), actual: actual[key] });
    }
  }
  return found;
}

function matcherDifferences(
  matcher: Partial<Record<MatcherKey, unknown>>,
  actual: Actual,
  path: string,
  options: MatchOptions,
): ArgumentDifference[] {
  if (matcher.absent === true) return actual === ABSENT ? [] : [{ kind: 'present', path, actual }];
  if (actual === ABSENT)
    return matcher.optional === true ? [] : [{ kind: 'missing', path, expected: describePattern(matcher) }];
  return matcherHolds(matcher, actual, options)
    ? []
    : [{ kind: 'value', path, actual, expected: describePattern(matcher) }];
}

/** Every key of the matcher holds for a present value. */
function matcherHolds(matcher: Partial<Record<MatcherKey, unknown>>, actual: unknown, options: MatchOptions): boolean {
  const has = (key: MatcherKey) => Object.hasOwn(matcher, key);
  if (has('equals') && !jsonEqual(matcher.equals, actual, options)) return false;
  if (
    has('one_of') &&
    !(Array.isArray(matcher.one_of) && matcher.one_of.some((option) => valueMatches(option, actual, options)))
  )
    return false;
  if (has('matches') && !regexFinds(matcher.matches, actual)) return false;
  if (has('approx') && !withinTolerance(matcher.approx, matcher.tolerance, actual)) return false;
  if (!inRange(matcher, actual)) return false;
  if (has('type') && !hasJsonType(actual, matcher.type)) return false;
  if (has('contains') && !containsValue(actual, matcher.contains, options)) return false;
  return true;
}

function scalarsEqual(expected: unknown, actual: unknown, options: MatchOptions): boolean {
  if (typeof expected === 'string' && typeof actual === 'string' && options.strings === 'loose')
    return looseText(expected) === looseText(actual);
  return expected === actual;
}

/**
 * `equals`: JSON deep equality, every key on both sides, nothing read as a matcher; strings follow the `strings`
 * option.
 */
function jsonEqual(expected: unknown, actual: unknown, options: MatchOptions): boolean {
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, index) => jsonEqual(item, actual[index], options))
    );
  }
  if (isMapping(expected)) {
    if (!isMapping(actual)) return false;
    const keys = Object.keys(expected);
    return (
      keys.length === Object.keys(actual).length &&
      keys.every((key) => Object.hasOwn(actual, key) && jsonEqual(expected[key], actual[key], options))
    );
  }
  return scalarsEqual(expected, actual, options);
}

function regexFinds(pattern: unknown, actual: unknown): boolean {
  if (typeof pattern !== 'string' || typeof actual !== 'string') return false;
  try {
    return compileMatcherPattern(pattern).test(actual);
  } catch {
    return false;
  }
}

function withinTolerance(target: unknown, tolerance: unknown, actual: unknown): boolean {
  if (typeof target !== 'number' || typeof actual !== 'number') return false;
  const allowed = typeof tolerance === 'number' ? tolerance : DEFAULT_TOLERANCE;
  return Math.abs(actual - target) <= allowed;
}

function inRange(matcher: Partial<Record<MatcherKey, unknown>>, actual: unknown): boolean {
  const bounds = (['gt', 'gte', 'lt', 'lte'] as const).filter((key) => Object.hasOwn(matcher, key));
  if (bounds.length === 0) return true;
  if (typeof actual !== 'number') return false;
  return bounds.every((key) => {
    const bound = matcher[key];
    if (typeof bound !== 'number') return false;
    if (key === 'gt') return actual > bound;
    if (key === 'gte') return actual >= bound;
    if (key === 'lt') return actual < bound;
    return actual <= bound;
  });
}

export function jsonTypeOf(value: unknown): Exclude<JsonType, 'integer'> | 'undefined' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'string' || type === 'boolean' || type === 'object') return type;
  if (type === 'number' || type === 'bigint') return 'number';
  return 'undefined';
}

function hasJsonType(actual: unknown, type: unknown): boolean {
  if (type === 'integer') return typeof actual === 'number' && Number.isInteger(actual);
  return jsonTypeOf(actual) === type;
}

function containsValue(actual: unknown, needle: unknown, options: MatchOptions): boolean {
  if (typeof actual === 'string') {
    if (typeof needle !== 'string') return false;
    return options.strings === 'loose'
      ? looseText(actual).includes(looseText(needle))
      : actual.normalize('NFC').includes(needle.normalize('NFC'));
  }
  if (Array.isArray(actual)) return actual.some((item) => valueMatches(needle, item, options));
  return false;
}
