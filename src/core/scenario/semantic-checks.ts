import { compile as compileJmespath } from '@jmespath-community/jmespath';
import { safeExcerpt } from '../redaction/excerpt.ts';
import { USER_REGEX_FLAGS, userRegexProblem } from '../user-regex.ts';
import { checkMatchers, everyAssertion } from './matcher-checks.ts';
import { checkState } from './state-checks.ts';
import { didYouMean } from './suggest.ts';
import type { DocPath } from './yaml-source.ts';

/**
 * Rules the schema cannot express because they relate fields to each other.
 * They run on the raw (not yet validated) data and tolerate any shape, so a
 * file's schema problems and these are reported together.
 */

export interface CrossCheckProblem {
  path: DocPath;
  target: 'key' | 'value';
  message: string;
}

export interface CrossCheckInput {
  data: Record<string, unknown>;
  /** False when an include failed: the tool list is partial, so missing tools are not blamed. */
  toolsComplete: boolean;
  /** Describes where a path is, for "first defined at ..." hints. */
  describePlace(path: DocPath): string;
}

export function crossCheck(input: CrossCheckInput): CrossCheckProblem[] {
  return [
    ...checkToolNames(input),
    ...checkToolReferences(input),
    ...checkApi(input.data),
    ...checkPromptOrTurns(input.data),
    ...checkPatterns(input.data),
    ...checkMatchers(input.data),
    ...checkState(input.data),
  ];
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function checkToolNames(input: CrossCheckInput): CrossCheckProblem[] {
  const problems: CrossCheckProblem[] = [];
  const firstIndex = new Map<string, number>();
  for (const [index, tool] of list(input.data.tools).entries()) {
    const name = field(tool, 'name');
    if (typeof name !== 'string') continue;
    const first = firstIndex.get(name);
    if (first === undefined) {
      firstIndex.set(name, index);
      continue;
    }
    const where = input.describePlace(['tools', first, 'name']);
    problems.push({
      path: ['tools', index, 'name'],
      target: 'value',
      message: `duplicate tool name '${name}' (first defined at ${where}); tool names must be unique`,
    });
  }
  return problems;
}

function checkToolReferences(input: CrossCheckInput): CrossCheckProblem[] {
  if (!input.toolsComplete) return [];
  const names = list(input.data.tools).map((tool) => field(tool, 'name'));
  const defined = [...new Set(names.filter((name): name is string => typeof name === 'string'))];
  const problems: CrossCheckProblem[] = [];
  const check = (name: unknown, path: DocPath, type: string) => {
    if (typeof name !== 'string' || defined.includes(name)) return;
    const known = defined.length > 0 ? ` (tools: ${defined.join(', ')})` : ' (it defines no tools)';
    problems.push({
      path,
      target: 'value',
      message:
        `'${type}' assertion names tool '${name}', ` +
        `which the scenario does not define${didYouMean(name, defined) || known}`,
    });
  };
  for (const [assertion, path] of everyAssertion(input.data)) {
    const type = field(assertion, 'type');
    if (type === 'tool_called' || type === 'tool_not_called') check(field(assertion, 'tool'), [...path, 'tool'], type);
    if (type === 'tool_calls') {
      for (const [position, call] of list(field(assertion, 'calls')).entries())
        check(field(call, 'tool'), [...path, 'calls', position, 'tool'], type);
    }
    if (type === 'tool_sequence') {
      for (const [position, name] of list(field(assertion, 'sequence')).entries()) {
        check(name, [...path, 'sequence', position], type);
      }
    }
  }
  return problems;
}

function checkPromptOrTurns(data: Record<string, unknown>): CrossCheckProblem[] {
  const problems: CrossCheckProblem[] = [];
  for (const [turn, userTurn] of list(data.turns).entries()) {
    for (const [index, assertion] of list(field(userTurn, 'assertions')).entries()) {
      const type = field(assertion, 'type');
      const why =
        type === 'cost_limit'
          ? 'cost is priced per trial'
          : type === 'judge'
            ? 'a judge sees the whole conversation'
            : null;
      if (why === null) continue;
      const message =
        `'${String(type)}' is not allowed in a turn's assertions ` + `(${why}); put it in the scenario's 'assertions'`;
      problems.push({ path: ['turns', turn, 'assertions', index, 'type'], target: 'value', message });
    }
  }
  return [...problems, ...checkPromptXorTurns(data)];
}

/** A scenario's user speaks through exactly one of `prompt`, `turns` and `user_simulator`. */
function checkPromptXorTurns(data: Record<string, unknown>): CrossCheckProblem[] {
  if (data.prompt !== undefined && data.turns !== undefined) {
    return [
      {
        path: ['turns'],
        target: 'key',
        message: `a scenario has 'prompt' (one user message) or 'turns' (a scripted conversation), not both`,
      },
    ];
  }
  if (data.user_simulator !== undefined && (data.turns !== undefined || data.prompt !== undefined)) {
    const other = data.turns !== undefined ? `'turns' (a scripted conversation)` : `'prompt' (one user message)`;
    const hint = data.turns !== undefined ? '' : `; give the first message as user_simulator.opening`;
    return [
      {
        path: ['user_simulator'],
        target: 'key',
        message: `a scenario has ${other} or 'user_simulator' (a simulated user), not both${hint}`,
      },
    ];
  }
  if (data.prompt === undefined && data.turns === undefined && data.user_simulator === undefined) {
    return [
      {
        path: [],
        target: 'key',
        message:
          "missing required field 'prompt' " +
          "(or 'turns' for a scripted conversation, 'user_simulator' for a simulated user)",
      },
    ];
  }
  return [];
}

function checkApi(data: Record<string, unknown>): CrossCheckProblem[] {
  if (data.api === undefined || data.adapter !== 'anthropic') return [];
  return [
    {
      path: ['api'],
      target: 'key',
      message:
        "'api' chooses between OpenAI's APIs; " +
        "it is only allowed with adapter 'openai' (this scenario uses 'anthropic')",
    },
  ];
}

function checkPatterns(data: Record<string, unknown>): CrossCheckProblem[] {
  const problems: CrossCheckProblem[] = [];
  const compile = (pattern: unknown, flags: unknown, path: DocPath) => {
    if (typeof pattern !== 'string') return;
    // Bad flags are the schema's to report; compile the pattern alone then.
    const reason = userRegexProblem(pattern, typeof flags === 'string' && USER_REGEX_FLAGS.test(flags) ? flags : '');
    if (reason !== null) problems.push({ path, target: 'value', message: `invalid regular expression: ${reason}` });
  };
  for (const [assertion, path] of everyAssertion(data)) {
    const type = field(assertion, 'type');
    if (type === 'output_matches')
      compile(field(assertion, 'pattern'), field(assertion, 'flags'), [...path, 'pattern']);
    if ((type === 'jmespath' || type === 'state') && field(assertion, 'operator') === 'regex')
      compile(field(assertion, 'value'), '', [...path, 'value']);
    if (type === 'jmespath' || type === 'state')
      checkExpression(field(assertion, 'expression'), [...path, 'expression'], problems);
  }
  return problems;
}

/** A broken expression is the file's mistake: said by validate, not discovered at run time as a model FAIL. */
function checkExpression(expression: unknown, path: DocPath, problems: CrossCheckProblem[]): void {
  if (typeof expression !== 'string' || expression === '') return;
  try {
    compileJmespath(expression);
  } catch (error) {
    problems.push({
      path,
      target: 'value',
      message: `invalid JMESPath expression: ${safeExcerpt(error instanceof Error ? error.message : String(error))}`,
    });
  }
}
