import { everyAssertion } from './matcher-checks.ts';
import type { CrossCheckProblem } from './semantic-checks.ts';

/**
 * Load-time checks of tools with state: a tool is answered by a mock or by a
 * handler, never both, and `state` assertions need state to read. (Their
 * expressions are compiled with the `jmespath` ones, in semantic-checks.ts.)
 */

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkState(data: Record<string, unknown>): CrossCheckProblem[] {
  return [...checkHandlerOrMock(data), ...checkStateAssertionsHaveState(data)];
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
        message:
          `tool has a 'handler', so it cannot also have '${key}': ` + 'a tool is answered by a mock or by its handler',
      });
    }
  }
  return problems;
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
