import { compileMatcherPattern } from '../evaluation/argument-matchers.ts';
import { isMapping, JSON_TYPES, MATCHER_KEYS, type MatcherKey } from '../evaluation/matcher-keys.ts';
import type { CrossCheckProblem } from './semantic-checks.ts';
import { closestMatch, didYouMean } from './suggest.ts';
import type { DocPath } from './yaml-source.ts';

/**
 * Load-time checks of argument matchers (in assertions' `arguments` and mock
 * cases' `when`), of conditional mock cases and of call counts, so that
 * `salvo validate` reports them at their file, line and column and nothing is
 * found wrong at run time. Like the other cross checks they read the raw data
 * and tolerate any shape: the schema reports wrong shapes.
 */

const MATCHER_KEY_SET: ReadonlySet<string> = new Set(MATCHER_KEYS);
const RANGE_KEYS = ['gt', 'gte', 'lt', 'lte'] as const;
const MOCK_ANSWER_KEYS = ['response', 'responses', 'error'] as const;
/** Names from other matcher vocabularies that only ever mean one of ours. */
const MATCHER_ALIASES: Record<string, MatcherKey> = {
  regex: 'matches',
  match: 'matches',
  any_of: 'one_of',
  anyof: 'one_of',
  eq: 'equals',
  includes: 'contains',
};

type Mapping = Record<string, unknown>;

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(value: unknown, name: string): unknown {
  return isMapping(value) ? value[name] : undefined;
}

/** The scenario's assertions and every scripted turn's, each with its path. */
export function everyAssertion(data: Mapping): [unknown, DocPath][] {
  const found: [unknown, DocPath][] = list(data.assertions).map((assertion, index) => [
    assertion,
    ['assertions', index],
  ]);
  for (const [turn, userTurn] of list(data.turns).entries()) {
    for (const [index, assertion] of list(field(userTurn, 'assertions')).entries())
      found.push([assertion, ['turns', turn, 'assertions', index]]);
  }
  return found;
}

export function checkMatchers(data: Mapping): CrossCheckProblem[] {
  return [...checkAssertionArguments(data), ...checkMockCases(data)];
}

function checkAssertionArguments(data: Mapping): CrossCheckProblem[] {
  const problems: CrossCheckProblem[] = [];
  for (const [assertion, at] of everyAssertion(data)) {
    const type = field(assertion, 'type');
    if (type === 'tool_called' || type === 'tool_not_called')
      problems.push(...checkArguments(field(assertion, 'arguments'), [...at, 'arguments']));
    if (type === 'tool_called') problems.push(...checkTimes(assertion as Mapping, at));
    if (type === 'tool_calls') {
      for (const [position, call] of list(field(assertion, 'calls')).entries()) {
        problems.push(...checkArguments(field(call, 'arguments'), [...at, 'calls', position, 'arguments']));
      }
    }
  }
  return problems;
}

function checkTimes(assertion: Mapping, at: DocPath): CrossCheckProblem[] {
  const { times, min_times: min, max_times: max } = assertion;
  if (times !== undefined && (min !== undefined || max !== undefined)) {
    const other = min !== undefined ? 'min_times' : 'max_times';
    return [
      {
        path: [...at, other],
        target: 'key',
        message: `'${other}' cannot be combined with 'times' (times: N means exactly N)`,
      },
    ];
  }
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    return [
      {
        path: [...at, 'min_times'],
        target: 'value',
        message: `'min_times' (${min}) is greater than 'max_times' (${max}), so no count could pass`,
      },
    ];
  }
  return [];
}

/** An `arguments` or `when` mapping: argument names (never read as matcher keys) to literals or matchers. */
function checkArguments(value: unknown, path: DocPath): CrossCheckProblem[] {
  if (!isMapping(value)) return [];
  return Object.entries(value).flatMap(([name, pattern]) => checkValue(pattern, [...path, name]));
}

/** Why a key that is not a matcher key was probably meant as one, or undefined. */
export function meantMatcher(key: string): MatcherKey | undefined {
  if (MATCHER_KEY_SET.has(key)) return undefined;
  const snake = key
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/[-\s]/g, '_')
    .toLowerCase();
  if (MATCHER_KEY_SET.has(snake)) return snake as MatcherKey;
  const alias = MATCHER_ALIASES[snake];
  if (alias !== undefined) return alias;
  // Short keys (`at`, `le`) are too often real argument names to second-guess.
  return key.length >= 4 ? (closestMatch(key, MATCHER_KEYS) as MatcherKey | undefined) : undefined;
}

function checkValue(value: unknown, path: DocPath): CrossCheckProblem[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => checkValue(item, [...path, index]));
  if (!isMapping(value)) return [];
  const keys = Object.keys(value);
  const misspelt = keys.map((key) => [key, meantMatcher(key)] as const).filter(([, meant]) => meant !== undefined);
  const matcherLike =
    keys.length > 0 && keys.every((key) => MATCHER_KEY_SET.has(key) || meantMatcher(key) !== undefined);
  if (matcherLike && misspelt.length > 0) {
    // Every key is a matcher key or close to one: a matcher with a typo, not a literal object.
    return misspelt.map(([key, meant]) => ({
      path: [...path, key],
      target: 'key' as const,
      message: `unknown matcher '${key}', did you mean '${meant}'?`,
    }));
  }
  if (keys.length > 0 && keys.every((key) => MATCHER_KEY_SET.has(key))) return checkMatcher(value, path);
  return Object.entries(value).flatMap(([key, item]) => checkValue(item, [...path, key]));
}

function checkMatcher(matcher: Mapping, path: DocPath): CrossCheckProblem[] {
  const problems: CrossCheckProblem[] = [];
  const bad = (key: string, message: string, target: 'key' | 'value' = 'value') =>
    problems.push({ path: [...path, key], target, message });
  const has = (key: MatcherKey) => Object.hasOwn(matcher, key);
  for (const key of ['optional', 'absent'] as const) {
    if (has(key) && typeof matcher[key] !== 'boolean') bad(key, `'${key}' must be true or false`);
  }
  if (matcher.absent === true && Object.keys(matcher).length > 1) {
    bad(
      'absent',
      `'absent: true' cannot be combined with other matchers: it matches only an argument that is not there`,
      'key',
    );
  }
  for (const key of ['approx', 'tolerance', ...RANGE_KEYS] as const) {
    if (has(key) && (typeof matcher[key] !== 'number' || !Number.isFinite(matcher[key])))
      bad(key, `'${key}' must be a number`);
  }
  if (has('tolerance') && typeof matcher.tolerance === 'number' && matcher.tolerance < 0)
    bad('tolerance', `'tolerance' must be at least 0`);
  if (has('tolerance') && !has('approx'))
    bad('tolerance', `'tolerance' only applies to 'approx' (write approx: N, tolerance: T)`, 'key');
  const emptyRange = describeEmptyRange(matcher);
  if (emptyRange) bad(emptyRange.key, emptyRange.message);
  if (has('type')) checkType(matcher.type, bad);
  if (has('matches')) checkRegex(matcher.matches, bad);
  if (has('one_of')) {
    if (!Array.isArray(matcher.one_of) || matcher.one_of.length === 0)
      bad('one_of', `'one_of' must be a list of at least one alternative`);
    else problems.push(...matcher.one_of.flatMap((option, index) => checkValue(option, [...path, 'one_of', index])));
  }
  if (has('contains')) problems.push(...checkValue(matcher.contains, [...path, 'contains']));
  return problems;
}

function checkType(type: unknown, bad: (key: string, message: string) => void): void {
  if (typeof type === 'string' && (JSON_TYPES as readonly string[]).includes(type)) return;
  const suggestion = typeof type === 'string' ? didYouMean(type, JSON_TYPES) : '';
  const literal = suggestion ? '' : `; to match an object that has a key 'type', write {equals: {...}}`;
  bad(
    'type',
    `unknown type ${typeof type === 'string' ? `'${type}'` : JSON.stringify(type)}` +
      `${suggestion || ` (one of: ${JSON_TYPES.join(', ')})`}${literal}`,
  );
}

function checkRegex(pattern: unknown, bad: (key: string, message: string) => void): void {
  if (typeof pattern !== 'string') return bad('matches', `'matches' must be a regular expression, as a string`);
  try {
    compileMatcherPattern(pattern);
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: /, '');
    bad('matches', `invalid regular expression: ${reason}`);
  }
}

/** gt/gte above lt/lte: the matcher could never match. */
function describeEmptyRange(matcher: Mapping): { key: string; message: string } | null {
  const number = (key: string) => (typeof matcher[key] === 'number' ? (matcher[key] as number) : undefined);
  const lower = number('gt') ?? number('gte');
  const upper = number('lt') ?? number('lte');
  if (lower === undefined || upper === undefined) return null;
  const strict = number('gt') !== undefined || number('lt') !== undefined;
  if (lower < upper || (lower === upper && !strict)) return null;
  const key = number('gt') !== undefined ? 'gt' : 'gte';
  return {
    key,
    message:
      `no number is ${key === 'gt' ? 'greater than' : 'at least'} ${lower} ` +
      `and ${number('lt') !== undefined ? 'less than' : 'at most'} ${upper}`,
  };
}

function checkMockCases(data: Mapping): CrossCheckProblem[] {
  const problems: CrossCheckProblem[] = [];
  for (const [toolIndex, tool] of list(data.tools).entries()) {
    const parameters = Object.keys(asMapping(field(field(tool, 'parameters'), 'properties')));
    const toolName = typeof field(tool, 'name') === 'string' ? (field(tool, 'name') as string) : `#${toolIndex + 1}`;
    for (const [caseIndex, mockCase] of list(field(tool, 'mocks')).entries()) {
      if (!isMapping(mockCase)) continue;
      const at: DocPath = ['tools', toolIndex, 'mocks', caseIndex];
      problems.push(...checkAnswerKeys(mockCase, at));
      const when = mockCase.when;
      if (!isMapping(when)) continue;
      for (const name of Object.keys(when)) {
        if (parameters.includes(name)) continue;
        const known =
          parameters.length > 0 ? ` (parameters: ${parameters.join(', ')})` : ' (it declares no parameters)';
        problems.push({
          path: [...at, 'when', name],
          target: 'key',
          message: `'${name}' is not a parameter of tool '${toolName}'${didYouMean(name, parameters) || known}`,
        });
      }
      problems.push(...checkArguments(when, [...at, 'when']));
    }
  }
  return problems;
}

function checkAnswerKeys(mockCase: Mapping, at: DocPath): CrossCheckProblem[] {
  const given = MOCK_ANSWER_KEYS.filter((key) => mockCase[key] !== undefined);
  if (given.length === 1) return [];
  if (given.length === 0) {
    // "unknown field 'respone', did you mean 'response'?" from the schema says it all.
    if (Object.keys(mockCase).some((key) => closestMatch(key, MOCK_ANSWER_KEYS) !== undefined)) return [];
    return [
      {
        path: at,
        target: 'value',
        message: `a mock case needs one of 'response', 'responses' or 'error' (the answer when it matches)`,
      },
    ];
  }
  return given.slice(1).map((key) => ({
    path: [...at, key],
    target: 'key' as const,
    message: `a mock case takes exactly one of 'response', 'responses' and 'error'; this one also has '${given[0]}'`,
  }));
}

function asMapping(value: unknown): Mapping {
  return isMapping(value) ? value : {};
}
