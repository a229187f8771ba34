/**
 * The vocabulary of argument matchers (docs/assertions.md, "Argument
 * matchers"): which keys make a mapping a matcher, the JSON type names, and the
 * default tolerance. Shared by matching (argument-matchers.ts), describing
 * (describe-arguments.ts) and load-time checking (scenario/matcher-checks.ts).
 */

export const MATCHER_KEYS = [
  'equals',
  'one_of',
  'matches',
  'approx',
  'tolerance',
  'gt',
  'gte',
  'lt',
  'lte',
  'type',
  'contains',
  'optional',
  'absent',
] as const;
export type MatcherKey = (typeof MATCHER_KEYS)[number];

export const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'object', 'null'] as const;
export type JsonType = (typeof JSON_TYPES)[number];

export const DEFAULT_TOLERANCE = 1e-9;

export type Mapping = Record<string, unknown>;

const MATCHER_KEY_SET: ReadonlySet<string> = new Set(MATCHER_KEYS);

export function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A mapping with at least one matcher key and no other key. */
export function isMatcher(value: unknown): value is Partial<Record<MatcherKey, unknown>> {
  if (!isMapping(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => MATCHER_KEY_SET.has(key));
}
