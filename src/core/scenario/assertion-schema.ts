import { z } from 'zod';
import { argumentsSchema } from './argument-schema.ts';

/**
 * Assertion schemas: one strict object per `type`, so each type accepts only
 * its own fields and an unknown field is reported against that type.
 */

export const COMMON_ASSERTION_FIELDS = {
  /** Relative importance in the weighted trial score. */
  weight: z
    .number()
    .positive()
    .default(1)
    .describe('Relative importance: its share of the trial score, sum(score × weight) / sum(weight) (default 1).'),
  /** A failed required assertion fails the trial whatever the score (a hard fail). */
  required: z
    .boolean()
    .default(false)
    .describe('When it fails, the trial is a hard fail whatever the score (default false).'),
  /** Optional label shown in reports instead of the generated description. */
  name: z
    .string()
    .min(1)
    .optional()
    .describe('The label shown in reports instead of the generated one (such as `tool_called file_read`).'),
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
  arguments: argumentsSchema
    .optional()
    .describe(
      'Argument names to literals or matchers (one_of, matches, gte, optional, ...); ' +
        'literal mappings match partially, at every depth.',
    ),
  /** `allow` (default): arguments not listed are ignored; `forbid`: they fail the match, at any depth. */
  extra_arguments: z
    .enum(EXTRA_ARGUMENTS_MODES)
    .optional()
    .describe(
      '`allow` (default): arguments not listed are ignored; `forbid`: ' +
        'a call carrying any argument not listed fails, at any depth.',
    ),
  /** `exact` (default), or `loose`: NFKC, lower case, whitespace, punctuation and symbols ignored. */
  strings: z
    .enum(STRING_MODES)
    .optional()
    .describe(
      '`exact` (default), or `loose`: strings compared after Unicode NFKC, ' +
        'lower-casing, and removing whitespace, punctuation and symbols.',
    ),
};

const toolCalled = z.strictObject({
  type: z
    .literal('tool_called')
    .describe('Passes when the tool was called (with matching arguments, as many times as asked).'),
  tool: z.string().min(1).describe("The tool's name."),
  ...argumentMatching,
  /** How many calls must match: exactly `times`, or between `min_times` (default 1) and `max_times`. */
  times: z.int().min(1).optional().describe('Exactly this many calls must match (not with min_times / max_times).'),
  min_times: z
    .int()
    .min(0)
    .optional()
    .describe("At least this many calls must match (default 1; 0 with max_times means 'at most')."),
  max_times: z.int().min(1).optional().describe('At most this many calls may match.'),
  ...COMMON_ASSERTION_FIELDS,
});

const toolNotCalled = z.strictObject({
  type: z
    .literal('tool_not_called')
    .describe('Passes when the tool was never called (with arguments: never with arguments that match these).'),
  tool: z.string().min(1).describe("The tool's name."),
  /** With arguments: the tool may be called, but never with arguments that match these. */
  ...argumentMatching,
  ...COMMON_ASSERTION_FIELDS,
});

const expectedCall = z.strictObject({
  tool: z.string().min(1).describe("The tool's name."),
  arguments: argumentsSchema
    .optional()
    .describe('Argument names to literals or matchers; without it any call of the tool fits.'),
  /** Overrides the assertion's extra_arguments for this call. */
  extra_arguments: z
    .enum(EXTRA_ARGUMENTS_MODES)
    .optional()
    .describe("Overrides the assertion's `extra_arguments` for this call."),
  /** Overrides the assertion's strings for this call. */
  strings: z.enum(STRING_MODES).optional().describe("Overrides the assertion's `strings` for this call."),
});

/** An expected multiset of calls, each matched by a different actual call (a maximum bipartite matching). */
const toolCalls = z.strictObject({
  type: z.literal('tool_calls').describe('Passes when each listed call is matched by a different actual call.'),
  calls: z
    .array(expectedCall)
    .min(1)
    .describe('The expected calls, each `{tool, arguments?, extra_arguments?, strings?}`.'),
  /** `any`: in any order; `in_order`: in this order, other calls may come between. */
  order: z
    .enum(CALL_ORDERS)
    .default('any')
    .describe(
      '`any` (default): in any order; `in_order`: ' +
        'the matched calls appear in the listed order, other calls may come between.',
    ),
  /** `forbid`: no call beyond the listed ones. */
  others: z
    .enum(OTHER_CALLS_MODES)
    .default('allow')
    .describe('`allow` (default), or `forbid`: no call beyond the listed ones.'),
  /** The default of every listed call. */
  strings: z
    .enum(STRING_MODES)
    .default('exact')
    .describe("The default `strings` of every listed call (`exact` or `loose`); a call's own value wins."),
  /** The default of every listed call. */
  extra_arguments: z
    .enum(EXTRA_ARGUMENTS_MODES)
    .default('allow')
    .describe("The default `extra_arguments` of every listed call (`allow` or `forbid`); a call's own value wins."),
  ...COMMON_ASSERTION_FIELDS,
});

const toolSequence = z.strictObject({
  type: z.literal('tool_sequence').describe('Passes when the tools were called in this sequence.'),
  sequence: z.array(z.string().min(1)).min(1).describe('Tool names, in the expected order.'),
  mode: z
    .enum(SEQUENCE_MODES)
    .default('in_order')
    .describe(
      '`exact`: exactly these calls in this order; `in_order` (default): ' +
        'in this order, others may come between; `any_order`: all of them, in any order.',
    ),
  ...COMMON_ASSERTION_FIELDS,
});

const outputContains = z.strictObject({
  type: z.literal('output_contains').describe('Passes when the final output contains the text.'),
  value: z.string().min(1).describe('The text to find in the final output.'),
  ignore_case: z.boolean().default(false).describe('Compare without regard to case (default false).'),
  ...COMMON_ASSERTION_FIELDS,
});

const outputNotContains = z.strictObject({
  type: z.literal('output_not_contains').describe('Passes when the final output does not contain the text.'),
  value: z.string().min(1).describe('The text that must not appear in the final output.'),
  ignore_case: z.boolean().default(false).describe('Compare without regard to case (default false).'),
  ...COMMON_ASSERTION_FIELDS,
});

const outputMatches = z.strictObject({
  type: z
    .literal('output_matches')
    .describe('Passes when the regular expression finds a match anywhere in the final output.'),
  /** A regular expression (src/core/user-regex.ts: linear time), searched anywhere in the final output. */
  pattern: z
    .string()
    .min(1)
    .describe(
      'A regular expression, searched anywhere in the final output; linear-time, without backreferences or lookaround.',
    ),
  flags: z
    .string()
    .regex(/^[imsu]*$/, 'flags may only use i, m, s and u')
    .optional()
    .describe('Regular expression flags: any of i, m, s and u.'),
  ...COMMON_ASSERTION_FIELDS,
});

/** How `jmespath` and `state` compare an expression's result. */
const JMESPATH_COMPARISON = {
  operator: z
    .enum(JMESPATH_OPERATORS)
    .describe(
      'eq / ne: equals / differs from value; gt, gte, lt, lte: compared as a number; ' +
        'contains: text containing value or a list with such an element; ' +
        'regex: text matching value; exists: neither null nor an empty list.',
    ),
  /** Compared with the expression's result; not used by `exists`. */
  value: z.unknown().optional().describe("Compared with the expression's result; not used by `exists`."),
};

const jmespath = z.strictObject({
  type: z.literal('jmespath').describe('Passes when a JMESPath expression over the trace satisfies the operator.'),
  expression: z
    .string()
    .min(1)
    .describe('A JMESPath expression over the trace (response.content, tool_calls, metadata.turn_count, ...).'),
  ...JMESPATH_COMPARISON,
  ...COMMON_ASSERTION_FIELDS,
});

/** Like `jmespath`, over the final state the scenario's tool handlers left (`state.initial`, changed by handlers). */
const state = z.strictObject({
  type: z
    .literal('state')
    .describe('Passes when a JMESPath expression over the final state the tool handlers left satisfies the operator.'),
  expression: z
    .string()
    .min(1)
    .describe('A JMESPath expression over the final state (`state.initial`, changed by handlers).'),
  ...JMESPATH_COMPARISON,
  ...COMMON_ASSERTION_FIELDS,
});

const costLimit = z.strictObject({
  type: z.literal('cost_limit').describe('Passes when the trial cost at most max_usd.'),
  max_usd: z.number().nonnegative().describe('The most the trial may cost, in USD (>= 0).'),
  /** Count the judge's votes on the trial too; by default the limit is on the agent's cost alone. */
  include_judge: z
    .boolean()
    .default(false)
    .describe("Count the judge's votes on the trial too; by default the limit is on the agent's cost alone."),
  ...COMMON_ASSERTION_FIELDS,
});

const latencyLimit = z.strictObject({
  type: z.literal('latency_limit').describe('Passes when the trial took at most max_seconds.'),
  max_seconds: z.number().positive().describe('The longest the trial may take, in seconds (> 0).'),
  ...COMMON_ASSERTION_FIELDS,
});

const turnLimit = z.strictObject({
  type: z.literal('turn_limit').describe('Passes when the trial used at most max_turns model turns.'),
  max_turns: z.int().min(1).describe('The most model turns the trial may use (>= 1).'),
  ...COMMON_ASSERTION_FIELDS,
});

const judgeCriterion = z.strictObject({
  name: z.string().min(1).describe("The criterion's name, shown in reports."),
  description: z.string().min(1).describe('What the judge checks, in words.'),
  weight: z.number().positive().default(1).describe("The criterion's share of the judge's score (default 1)."),
});

export const judgeAssertionSchema = z.strictObject({
  type: z.literal('judge').describe('A model judges the final output against the criteria, by majority of k votes.'),
  criteria: z.array(judgeCriterion).min(1).describe('What the judge checks: each `{name, description, weight}`.'),
  judge_model: z
    .string()
    .min(1)
    .optional()
    .describe("The judge's model; else the scenario's `judge_model`, salvo.yaml `judge.model`, then `--judge-model`."),
  k: z.int().min(1).max(21).optional().describe('Votes asked for, a majority decides (1-21, default 3).'),
  threshold: z.number().min(0).max(1).optional().describe('The judge score needed to pass (0-1, default 0.7).'),
  include_system_prompt: z
    .boolean()
    .default(false)
    .describe("Show the judge the agent's system prompt too (default false)."),
  custom_prompt: z.string().min(1).optional().describe("Replaces the judge's instructions."),
  ...COMMON_ASSERTION_FIELDS,
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
