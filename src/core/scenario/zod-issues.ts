import { z } from 'zod';
import type { SourceProblem } from '../errors.ts';
import { safeExcerpt } from '../redaction/excerpt.ts';
import { closestMatch, didYouMean } from './suggest.ts';
import type { DocPath } from './yaml-source.ts';

/**
 * zod issues -> problems a user can act on: plain words, the offending field
 * named, a suggestion for typos, and a position from the caller's locator.
 */

export type Place = Omit<SourceProblem, 'message'>;
/** Maps a path into the validated data to a place in a file; `key` for unknown fields, `value` otherwise. */
export type Locate = (path: DocPath, target: 'key' | 'value') => Place;

type Issue = z.core.$ZodIssue;

export function describeIssues(
  issues: readonly Issue[],
  input: unknown,
  schema: z.ZodType,
  locate: Locate,
): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const misspelt = misspeltFields(issues, input, schema);
  for (const issue of issues) {
    // "unknown field 'modle', did you mean 'model'?" says it all; "missing 'model'" would only repeat it.
    if (issue.code === 'invalid_type' && misspelt.has(issue.path.join('.'))) continue;
    for (const described of describeIssue(issue, input, schema)) {
      const problemPath = (described.problemPath ?? described.path).join('.');
      problems.push({ ...locate(described.path, described.target), message: described.message, path: problemPath });
    }
  }
  return problems;
}

/** Paths of fields that are missing because an unknown field is a typo of them. */
function misspeltFields(issues: readonly Issue[], input: unknown, schema: z.ZodType): Set<string> {
  const paths = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = knownKeys(schemaAt(schema, issue.path as DocPath, input));
    for (const key of issue.keys) {
      const meant = closestMatch(key, allowed);
      if (meant !== undefined) paths.add([...issue.path, meant].join('.'));
    }
  }
  return paths;
}

interface Described {
  /** Where to point. */
  path: DocPath;
  /** The field the problem is about, when it differs (a missing field is pointed at its parent). */
  problemPath?: DocPath;
  target: 'key' | 'value';
  message: string;
}

function describeIssue(issue: Issue, input: unknown, schema: z.ZodType): Described[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const value = valueAt(input, path);
  const field = fieldName(path);
  const at = (message: string, target: 'key' | 'value' = 'value', where: DocPath = path): Described[] => [
    { path: where, target, message },
  ];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = knownKeys(schemaAt(schema, path, input));
      const owner = assertionContext(path, input);
      return issue.keys.map((key) => ({
        path: [...path, key],
        target: 'key' as const,
        message: `unknown field '${key}'${owner}${didYouMean(key, allowed) || listAllowed(allowed)}`,
      }));
    }
    case 'invalid_type': {
      if (value === undefined) {
        const message = `missing required field '${field}'${assertionContext(path.slice(0, -1), input)}`;
        return [{ path: path.slice(0, -1), problemPath: path, target: 'value', message }];
      }
      return at(`'${field}' must be ${describeExpected(issue.expected)}, got ${describeValue(value)}`);
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined && issue.errors.length === 0)
        return describeBadAssertionType(issue, path, value);
      const expected = issue.errors.flatMap((branch) =>
        branch.filter((inner) => inner.code === 'invalid_type').map((inner) => describeExpected(inner.expected)),
      );
      if (expected.length === 0) return at(`'${field}' is invalid: ${issue.message}`);
      return at(`'${field}' must be ${joinWords(expected, 'or')}, got ${describeValue(value)}`);
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (options.length === 1) return at(`'${field}' must be '${options[0]}', got ${describeValue(value)}`);
      const suggestion = typeof value === 'string' ? didYouMean(value, options) : '';
      return at(`unknown ${field} ${describeValue(value)}${suggestion} (one of: ${options.join(', ')})`);
    }
    case 'too_small':
      return at(describeBound(field, value, issue.origin, 'at least', 'greater than', issue.minimum, issue.inclusive));
    case 'too_big':
      return at(describeBound(field, value, issue.origin, 'at most', 'less than', issue.maximum, issue.inclusive));
    case 'invalid_format':
      return at(`'${field}' ${describeValue(value)} is not valid: ${issue.message}`);
    default:
      return at(`'${field}': ${issue.message}`);
  }
}

function describeBadAssertionType(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: DocPath,
  value: unknown,
): Described[] {
  const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
  const assertionPath = path.slice(0, -1);
  if (value === undefined) {
    const message =
      "assertion has no 'type'; use one of: " +
      `${options.join(', ')} (or the shorthand {path: <expression>, <operator>: <value>})`;
    return [{ path: assertionPath, target: 'value', message }];
  }
  const message =
    'unknown assertion type ' +
    `${describeValue(value)}${didYouMean(String(value), options) || ` (one of: ${options.join(', ')})`}`;
  return [{ path, target: 'value', message }];
}

function describeBound(
  field: string,
  value: unknown,
  origin: string,
  inclusiveWord: string,
  exclusiveWord: string,
  bound: number | bigint,
  inclusive: boolean | undefined,
): string {
  if (origin === 'array' || origin === 'set') {
    return `'${field}' needs ${inclusiveWord} ${bound} ${Number(bound) === 1 ? 'item' : 'items'}`;
  }
  if (origin === 'string') {
    if (inclusiveWord === 'at least' && Number(bound) === 1) return `'${field}' must not be empty`;
    return `'${field}' must be ${inclusiveWord} ${bound} characters long`;
  }
  const word = inclusive === false ? exclusiveWord : inclusiveWord;
  return `'${field}' must be ${word} ${bound}, got ${describeValue(value)}`;
}

function assertionContext(path: DocPath, input: unknown): string {
  if (path.length !== 2 || path[0] !== 'assertions') return '';
  const type = valueAt(input, [...path, 'type']);
  return typeof type === 'string' ? ` for assertion type '${type}'` : '';
}

function listAllowed(allowed: string[]): string {
  return allowed.length > 0 && allowed.length <= 12 ? ` (allowed: ${allowed.join(', ')})` : '';
}

function fieldName(path: DocPath): string {
  const last = [...path].reverse().find((segment) => typeof segment === 'string');
  const index = path.at(-1);
  if (typeof index === 'number') return `${last ?? 'item'}[${index}]`;
  return last ?? 'document';
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  record: 'a mapping',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
};

function describeExpected(expected: string): string {
  return EXPECTED_WORDS[expected] ?? expected;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${safeExcerpt(value)}'`;
  return String(value);
}

function joinWords(words: string[], conjunction: string): string {
  const unique = [...new Set(words)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} ${conjunction} ${unique.at(-1)}`;
}

export function valueAt(input: unknown, path: DocPath): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** The schema that validates the value at `path`, following arrays, records, wrappers and the assertion union. */
export function schemaAt(schema: z.ZodType, path: DocPath, input: unknown): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (let index = 0; index <= path.length && current; index += 1) {
    current = unwrap(current, valueAt(input, path.slice(0, index)));
    const segment = path[index];
    if (segment === undefined || !current) break;
    if (current instanceof z.ZodObject) current = current.shape[String(segment)] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else current = undefined;
  }
  return current;
}

function unwrap(schema: z.ZodType, value: unknown): z.ZodType | undefined {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodDiscriminatedUnion) {
      const type = valueAt(value, ['type']);
      const options = current.options as z.ZodType[];
      const match = options.find((option) => option instanceof z.ZodObject && literalOf(option.shape.type) === type);
      if (!match) return undefined;
      current = match;
    } else {
      return current;
    }
  }
}

function literalOf(schema: unknown): unknown {
  return schema instanceof z.ZodLiteral ? schema.value : undefined;
}

function knownKeys(schema: z.ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}
