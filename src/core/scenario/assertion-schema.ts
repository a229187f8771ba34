import { z } from 'zod';
import { argumentsSchema } from './argument-schema.ts';

/**
 * Assertion schemas: one strict object per `type`, so each type accepts only
 * its own fields and an unknown field is reported against that type.
 */

const common = {
  /** Relative importance in the weighted trial score. */
  weight: z.number().positive().default(1),
  /** A failed required assertion fails the trial whatever the score (a hard fail). */
  required: z.boolean().default(false),
  /** Optional label shown in reports instead of the generated description. */
  name: z.string().min(1).optional(),
};

export const JMESPATH_OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'contains', 'regex', 'exists'] as const;
export const SEQUENCE_MODES = ['exact', 'in_order', 'any_order'] as const;
export const EXTRA_ARGUMENTS_MODES = ['allow', 'forbid'] as const;
export const STRING_MODES = ['exact', 'loose'] as const;
export const CALL_ORDERS = ['any', 'in_order'] as const;
export const OTHER_CALLS_MODES = ['allow', 'forbid'] as const;

/**
 * How a call's arguments are matched (docs/assertions.md, "Argument matchers").
 * Optional rather than defaulted, so that scenarios written before they
 * existed keep their scenario_hash; the checks apply the defaults.
 */
const argumentMatching = {
  /** Literals or matchers; literal mappings match partially, at every depth. */
  arguments: argumentsSchema.optional(),
  /** `allow` (default): arguments not listed are ignored; `forbid`: they fail the match, at any depth. */
  extra_arguments: z.enum(EXTRA_ARGUMENTS_MODES).optional(),
  /** `exact` (default), or `loose`: NFKC, lower case, whitespace, punctuation and symbols ignored. */
  strings: z.enum(STRING_MODES).optional(),
};

const toolCalled = z.strictObject({
  type: z.literal('tool_called'),
  tool: z.string().min(1),
  ...argumentMatching,
  /** How many calls must match: exactly `times`, or between `min_times` (default 1) and `max_times`. */
  times: z.int().min(1).optional(),
  min_times: z.int().min(0).optional(),
  max_times: z.int().min(1).optional(),
  ...common,
});

const toolNotCalled = z.strictObject({
  type: z.literal('tool_not_called'),
  tool: z.string().min(1),
  /** With arguments: the tool may be called, but never with arguments that match these. */
  ...argumentMatching,
  ...common,
});

const expectedCall = z.strictObject({
  tool: z.string().min(1),
  arguments: argumentsSchema.optional(),
  /** Overrides the assertion's extra_arguments for this call. */
  extra_arguments: z.enum(EXTRA_ARGUMENTS_MODES).optional(),
  /** Overrides the assertion's strings for this call. */
  strings: z.enum(STRING_MODES).optional(),
});

/** An expected multiset of calls, each matched by a different actual call (a maximum bipartite matching). */
const toolCalls = z.strictObject({
  type: z.literal('tool_calls'),
  calls: z.array(expectedCall).min(1),
  /** `any`: in any order; `in_order`: in this order, other calls may come between. */
  order: z.enum(CALL_ORDERS).default('any'),
  /** `forbid`: no call beyond the listed ones. */
  others: z.enum(OTHER_CALLS_MODES).default('allow'),
  /** The default of every listed call. */
  strings: z.enum(STRING_MODES).default('exact'),
  /** The default of every listed call. */
  extra_arguments: z.enum(EXTRA_ARGUMENTS_MODES).default('allow'),
  ...common,
});

const toolSequence = z.strictObject({
  type: z.literal('tool_sequence'),
  sequence: z.array(z.string().min(1)).min(1),
  mode: z.enum(SEQUENCE_MODES).default('in_order'),
  ...common,
});

const outputContains = z.strictObject({
  type: z.literal('output_contains'),
  value: z.string().min(1),
  ignore_case: z.boolean().default(false),
  ...common,
});

const outputNotContains = z.strictObject({
  type: z.literal('output_not_contains'),
  value: z.string().min(1),
  ignore_case: z.boolean().default(false),
  ...common,
});

const outputMatches = z.strictObject({
  type: z.literal('output_matches'),
  /** A regular expression (src/core/user-regex.ts: linear time), searched anywhere in the final output. */
  pattern: z.string().min(1),
  flags: z
    .string()
    .regex(/^[imsu]*$/, 'flags may only use i, m, s and u')
    .optional(),
  ...common,
});

const jmespath = z.strictObject({
  type: z.literal('jmespath'),
  expression: z.string().min(1),
  operator: z.enum(JMESPATH_OPERATORS),
  /** Compared with the expression's result; not used by `exists`. */
  value: z.unknown().optional(),
  ...common,
});

/** Like `jmespath`, over the final state the scenario's tool handlers left (`state.initial`, changed by handlers). */
const state = z.strictObject({
  type: z.literal('state'),
  expression: z.string().min(1),
  operator: z.enum(JMESPATH_OPERATORS),
  value: z.unknown().optional(),
  ...common,
});

const costLimit = z.strictObject({
  type: z.literal('cost_limit'),
  max_usd: z.number().nonnegative(),
  /** Count the judge's votes on the trial too; by default the limit is on the agent's cost alone. */
  include_judge: z.boolean().default(false),
  ...common,
});

const latencyLimit = z.strictObject({
  type: z.literal('latency_limit'),
  max_seconds: z.number().positive(),
  ...common,
});

const turnLimit = z.strictObject({
  type: z.literal('turn_limit'),
  max_turns: z.int().min(1),
  ...common,
});

const judgeCriterion = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  weight: z.number().positive().default(1),
});

export const judgeAssertionSchema = z.strictObject({
  type: z.literal('judge'),
  criteria: z.array(judgeCriterion).min(1),
  judge_model: z.string().min(1).optional(),
  k: z.int().min(1).max(21).optional(),
  threshold: z.number().min(0).max(1).optional(),
  include_system_prompt: z.boolean().default(false),
  custom_prompt: z.string().min(1).optional(),
  ...common,
});

export const assertionSchema = z.discriminatedUnion('type', [
  toolCalled,
  toolNotCalled,
  toolCalls,
  toolSequence,
  outputContains,
  outputNotContains,
  outputMatches,
  jmespath,
  state,
  costLimit,
  latencyLimit,
  turnLimit,
  judgeAssertionSchema,
]);

export type Assertion = z.infer<typeof assertionSchema>;
export type AssertionType = Assertion['type'];
export type AssertionOf<T extends AssertionType> = Extract<Assertion, { type: T }>;

export const ASSERTION_TYPES: readonly AssertionType[] = assertionSchema.options.map(
  (option) => option.shape.type.value,
);

/** The fields each assertion type accepts, for "did you mean" suggestions. */
export function fieldsOfAssertionType(type: AssertionType): string[] {
  const option = assertionSchema.options.find((candidate) => candidate.shape.type.value === type);
  return option ? Object.keys(option.shape) : [];
}
