import { compile } from '@jmespath-community/jmespath';
import { everyAssertion } from './matcher-checks.ts';
import type { CrossCheckProblem } from './semantic-checks.ts';
import type { DocPath } from './yaml-source.ts';

/**
 * Load-time checks of tools with state: a tool is answered by a mock or by a
 * handler, never both; `state` and `jmespath` expressions must compile (a typo
 * would otherwise fail every trial with the same message, found only after a run).
 */

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkState(data: Record<string, unknown>): CrossCheckProblem[] {
  return [...checkHandlerOrMock(data), ...checkExpressions(data), ...checkStateAssertionsHaveState(data)];
}

function checkHandlerOrMock(data: Record<string, unknown>): CrossCheckProblem[] {
  const problems: CrossCheckProblem[] = [];
  for (const [index, tool] of (Array.isArray(data.tools) ? data.tools : []).entries()) {
    if (!isMapping(tool) || tool.handler === undefined) continue;
    for (const key of ['mock_response', 'mocks']) {
      if (tool[key] === undefined) continue;
      problems.push({
        path: ['tools', index, key],
        target: 'key',
        message: `tool has a 'handler', so it cannot also have '${key}': a tool is answered by a mock or by its handler`,
      });
    }
  }
  return problems;
}

function checkExpressions(data: Record<string, unknown>): CrossCheckProblem[] {
  const problems: CrossCheckProblem[] = [];
  for (const [assertion, path] of everyAssertion(data)) {
    if (!isMapping(assertion) || (assertion.type !== 'state' && assertion.type !== 'jmespath')) continue;
    if (typeof assertion.expression !== 'string' || assertion.expression === '') continue;
    const problem = compileProblem(assertion.expression, [...path, 'expression']);
    if (problem) problems.push(problem);
  }
  return problems;
}

function compileProblem(expression: string, path: DocPath): CrossCheckProblem | null {
  try {
    compile(expression);
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { path, target: 'value', message: `the JMESPath expression does not compile: ${reason}` };
  }
}

function checkStateAssertionsHaveState(data: Record<string, unknown>): CrossCheckProblem[] {
  const stateful =
    data.state !== undefined ||
    (Array.isArray(data.tools) && data.tools.some((tool) => isMapping(tool) && tool.handler !== undefined));
  if (stateful) return [];
  return everyAssertion(data)
    .filter(([assertion]) => isMapping(assertion) && assertion.type === 'state')
    .map(([, path]) => ({
      path: [...path, 'type'],
      target: 'value' as const,
      message: `a 'state' assertion needs state: add 'state: {initial: ...}' or a tool with a 'handler'`,
    }));
}
