import { JMESPATH_OPERATORS } from './assertion-schema.ts';

/**
 * The earlier salvo's shorthand assertion, `{path: <jmespath>, <operator>: <value>}`
 * with `path` defaulting to `response.content`, means the same as a full
 * `jmespath` assertion. Unlike the earlier salvo, other keys are not dropped:
 * they go through to validation like any assertion's fields.
 */

export const SHORTHAND_DEFAULT_PATH = 'response.content';

export type Normalised =
  | { kind: 'unchanged' }
  /** `renames` maps each field of the normalised assertion to the key the user wrote (null: the assertion itself). */
  | { kind: 'shorthand'; assertion: Record<string, unknown>; renames: Record<string, string | null> }
  | { kind: 'invalid'; message: string };

const OPERATORS: readonly string[] = JMESPATH_OPERATORS;

export function normaliseShorthand(raw: unknown): Normalised {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || 'type' in raw) return { kind: 'unchanged' };
  const fields = raw as Record<string, unknown>;
  const operators = Object.keys(fields).filter((key) => OPERATORS.includes(key));
  if (operators.length === 0 && !('path' in fields)) return { kind: 'unchanged' };
  if (operators.length !== 1) {
    const found = operators.length === 0 ? 'none' : operators.join(', ');
    return {
      kind: 'invalid',
      message: `a shorthand assertion needs exactly one operator key (${OPERATORS.join(', ')}); found ${found}`,
    };
  }
  const operator = operators[0] as string;
  if (operator === 'exists' && fields.exists !== true) {
    return {
      kind: 'invalid',
      message:
        "in a shorthand assertion write 'exists: true' " + "(there is no 'not exists'; use a full jmespath assertion)",
    };
  }
  const { path, [operator]: value, ...rest } = fields;
  const assertion: Record<string, unknown> = {
    type: 'jmespath',
    expression: path ?? SHORTHAND_DEFAULT_PATH,
    operator,
    ...rest,
  };
  if (operator !== 'exists') assertion.value = value;
  const renames = { type: null, expression: 'path' in fields ? 'path' : null, operator, value: operator };
  return { kind: 'shorthand', assertion, renames };
}
