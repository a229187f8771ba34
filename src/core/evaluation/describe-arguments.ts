/**
 * Argument matchers in words, for the reasons a failed check or an unmatched
 * conditional mock gives: what a pattern expects (`one of 'Paris', 'Paris
 * FR'`, `a number at least 1 and less than 5`) and how a value is shown.
 */
import { describeValue } from './check.ts';
import { DEFAULT_TOLERANCE, isMatcher, type JsonType, type MatcherKey } from './matcher-keys.ts';

/** A value in a reason: strings quoted, the rest as JSON, both cut to one readable line. */
export function showValue(value: unknown, max = 80): string {
  if (typeof value === 'string') {
    const flat = value.replace(/\s+/g, ' ');
    return `'${flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`}'`;
  }
  return value === undefined ? 'undefined' : describeValue(value, max);
}

const TYPE_WORDS: Record<JsonType, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** What a pattern expects, in words: `'Paris'`, `one of 'Paris', 'Paris FR'`, `a number at least 1 and less than 5`. */
export function describePattern(pattern: unknown): string {
  if (!isMatcher(pattern)) return showValue(pattern);
  const parts: string[] = [];
  const has = (key: MatcherKey) => Object.hasOwn(pattern, key);
  if (has('equals')) parts.push(`exactly ${showValue(pattern.equals)}`);
  if (has('one_of')) {
    const alternatives = Array.isArray(pattern.one_of)
      ? pattern.one_of.map(describeAlternative).join(', ')
      : showValue(pattern.one_of);
    parts.push(`one of ${alternatives}`);
  }
  if (has('matches')) parts.push(`a string matching /${String(pattern.matches)}/`);
  if (has('approx'))
    parts.push(
      `a number within ${String(typeof pattern.tolerance === 'number' ? pattern.tolerance : DEFAULT_TOLERANCE)}` +
        ` of ${String(pattern.approx)}`,
    );
  const range = describeRange(pattern);
  if (range) parts.push(range);
  if (has('type')) parts.push(TYPE_WORDS[pattern.type as JsonType] ?? `of type ${showValue(pattern.type)}`);
  if (has('contains')) parts.push(describeContains(pattern.contains));
  if (parts.length === 0) return pattern.absent === true ? 'nothing' : 'any value';
  return parts.join(' and ');
}

function describeContains(needle: unknown): string {
  if (typeof needle === 'string') return `a string or list containing ${showValue(needle)}`;
  return `a list containing ${isMatcher(needle) ? describePattern(needle) : showValue(needle)}`;
}

function describeAlternative(pattern: unknown): string {
  return isMatcher(pattern) ? `(${describePattern(pattern)})` : showValue(pattern);
}

function describeRange(pattern: Partial<Record<MatcherKey, unknown>>): string {
  const words: [MatcherKey, string][] = [
    ['gt', 'greater than'],
    ['gte', 'at least'],
    ['lt', 'less than'],
    ['lte', 'at most'],
  ];
  const parts = words
    .filter(([key]) => Object.hasOwn(pattern, key))
    .map(([key, word]) => `${word} ${String(pattern[key])}`);
  return parts.length === 0 ? '' : `a number ${parts.join(' and ')}`;
}
