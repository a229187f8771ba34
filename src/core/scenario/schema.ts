import { z } from 'zod';
import { argumentsSchema } from './argument-schema.ts';
import { assertionSchema } from './assertion-schema.ts';

/**
 * The scenario file format. Field names follow the earlier salvo so that its
 * users' files keep working; every object is strict, so a typo is an error.
 */

export const ADAPTERS = ['openai', 'anthropic'] as const;
export type AdapterName = (typeof ADAPTERS)[number];

/** The providers' shared tool-name rule (OpenAI's, which Anthropic accepts too). */
export const TOOL_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** `./fakes/shop.mjs#issueRefund`: a module path, then the name of one of its exports. */
export const HANDLER_PATTERN = /^[^#]+\.m?js#[A-Za-z_$][\w$]*$/;

export const toolParametersSchema = z.strictObject({
  type: z.literal('object').describe("Always `object`: the tool's arguments are a mapping."),
  properties: z
    .record(z.string(), z.unknown())
    .default({})
    .describe('The arguments, as JSON Schema properties (anything is allowed inside).'),
  required: z.array(z.string()).default([]).describe('The names of the arguments the model must give.'),
});

/** What the runner feeds back when the model calls the tool: strings as they are, the rest as JSON. */
export const mockResponseSchema = z.union([
  z.string(),
  z.record(z.string(), z.unknown()),
  z.array(z.unknown()),
  z.number(),
  z.boolean(),
]);

/**
 * One case of a conditional mock: when the call's arguments match `when`
 * (argument matchers; no `when` matches every call), it answers with
 * `response`, the next of `responses` (per trial, the last repeating), or a
 * failed tool result `error`. Exactly one of the three (semantic-checks.ts).
 */
export const mockCaseSchema = z.strictObject({
  when: argumentsSchema
    .optional()
    .describe(
      'Argument matchers the call must match for this case to answer; without it, the case matches every call.',
    ),
  response: mockResponseSchema
    .optional()
    .describe('The answer of this case: strings as they are, anything else as JSON.'),
  responses: z
    .array(mockResponseSchema)
    .min(1)
    .optional()
    .describe('Answers given in turn, one per matching call within a trial; the last repeats.'),
  error: mockResponseSchema
    .optional()
    .describe('A failed tool result: the model is told the call failed, with this content.'),
});

export const toolSchema = z.strictObject({
  name: z
    .string()
    .regex(TOOL_NAME_PATTERN, 'tool names use only letters, digits, _ and -, at most 64 characters')
    .describe("The tool's name: letters, digits, _ and -, at most 64 characters; unique within the scenario."),
  description: z.string().min(1).describe('What the tool does, as the model sees it.'),
  parameters: toolParametersSchema
    .default({ type: 'object', properties: {}, required: [] })
    .describe('JSON Schema of the arguments: only `type: object`, `properties` and `required` at the top.'),
  /** The answer when no case of `mocks` matches. */
  mock_response: mockResponseSchema
    .optional()
    .describe(
      'What the tool returns to the model when no case of `mocks` matches: strings as they are, anything else as JSON.',
    ),
  /** Conditional mocks: the first case whose `when` matches the call answers it. */
  mocks: z
    .array(mockCaseSchema)
    .min(1)
    .optional()
    .describe(
      'Conditional mocks: the first case whose `when` matches the call answers it with `response`, ' +
        'its next `responses` item or `error`; then `mock_response`.',
    ),
  /**
   * Project code that answers the tool instead of a mock: `./path/module.mjs#exportName`, relative to
   * the scenario file and inside the project. The export is `(args, state) => result` and may change state.
   */
  handler: z
    .string()
    .regex(HANDLER_PATTERN, "write the handler as './path/to/module.mjs#exportName'")
    .optional()
    .describe(
      'Project code that answers the tool instead of a mock: `./path/module.mjs#exportName`, ' +
        'relative to this file and inside the project; called as `(args, state) => result`.',
    ),
});

/** The world a trial's tool handlers share: deep-copied from `initial` for every trial. */
export const stateSchema = z.strictObject({
  initial: z
    .record(z.string(), z.unknown())
    .default({})
    .describe('The state every trial starts from (deep-copied for each trial); handlers read and change it.'),
  /** Time limit of one handler call; a handler that runs past it makes the trial errored. */
  handler_timeout_seconds: z
    .number()
    .positive()
    .max(600)
    .default(5)
    .describe('Time limit of one handler call (default 5); a handler that runs past it makes the trial errored.'),
});

/**
 * One scripted user turn: the message, then assertions judged on this turn
 * alone (its tool calls and its final text).
 */
export const userTurnSchema = z.strictObject({
  user: z.string().min(1).describe("The user's message for this turn; it starts its own tool loop."),
  assertions: z
    .array(assertionSchema)
    .default([])
    .describe('Assertions judged on this turn alone (its tool calls and its final text).'),
});

/**
 * A simulated user: a model salvo drives with this persona and goal, which writes each user message
 * from the conversation so far, or ends the conversation by calling its `finish` tool.
 */
export const userSimulatorSchema = z.strictObject({
  /** Else salvo.yaml's `simulator.model`, else `--simulator-model` / the Action's `simulator-model`. */
  model: z
    .string()
    .min(1)
    .optional()
    .describe(
      "The simulator's model; else salvo.yaml `simulator.model`, " +
        "else `--simulator-model` / the action's `simulator-model`.",
    ),
  /** Who the user is and how they behave. */
  persona: z.string().min(1).describe('Who the simulated user is and how they behave.'),
  /** What the user wants from the agent. */
  goal: z.string().min(1).describe('What the simulated user wants from the agent.'),
  /** The first user message as written; without it the simulator writes it. */
  opening: z
    .string()
    .min(1)
    .optional()
    .describe('The first user message as written; without it the simulator writes it.'),
  /** User messages the conversation may have at most (the opening included). */
  max_user_turns: z
    .int()
    .min(1)
    .max(50)
    .default(10)
    .describe('User messages the conversation may have at most, the opening included (default 10).'),
  /** When the user is done, in words; the simulator then calls `finish`. */
  stop_when: z
    .string()
    .min(1)
    .optional()
    .describe('When the user is done, in words; the simulator then ends the conversation by calling `finish`.'),
  /** Shows the agent's tool calls and results to the simulator; hidden by default, as a real user never sees them. */
  show_tool_calls: z
    .boolean()
    .default(false)
    .describe(
      "Shows the agent's tool calls and results to the simulator; hidden by default, as a real user never sees them.",
    ),
});

export const scenarioSchema = z.strictObject({
  description: z
    .string()
    .default('')
    .describe('What the scenario checks; its name in reports (the file name when empty).'),
  tags: z
    .record(z.string(), z.string())
    .default({})
    .describe(
      'Free labels, e.g. `{suite: support}`; ' +
        "`--filter suite=support` (or the action's `filter`) runs only the scenarios carrying it.",
    ),
  adapter: z
    .enum(ADAPTERS)
    .default('openai')
    .describe(
      'The provider (default `openai`, or salvo.yaml `default_adapter`); OpenAI-compatible servers use `openai`.',
    ),
  model: z
    .string()
    .min(1)
    .describe(
      'The model id, e.g. `gpt-5.4-mini`, `claude-haiku-5-5`; required unless salvo.yaml sets `default_model`.',
    ),
  /** OpenAI only: Chat Completions (default, and what compatible servers speak) or the Responses API. */
  api: z
    .enum(['chat_completions', 'responses'])
    .optional()
    .describe('OpenAI only: Chat Completions (default, and what compatible servers speak) or the Responses API.'),
  system_prompt: z.string().default('').describe('The system prompt; not sent when empty.'),
  /** The one-turn shorthand; a scenario has `prompt` or `turns`, not both (semantic-checks.ts). */
  prompt: z
    .string()
    .min(1)
    .optional()
    .describe('The user message; a scenario has `prompt`, `turns` or `user_simulator`, exactly one.'),
  /** A scripted conversation: each user message starts its own tool loop. */
  turns: z
    .array(userTurnSchema)
    .min(1)
    .optional()
    .describe(
      'A scripted conversation instead of `prompt`: each user message starts its own tool loop, ' +
        "and each turn's assertions are judged on that turn alone.",
    ),
  /** A simulated user instead of scripted messages; not with `prompt` or `turns`. */
  user_simulator: userSimulatorSchema
    .optional()
    .describe(
      'A simulated user instead of `prompt` or `turns`: ' +
        'a model that writes each user message from the conversation so far, or ends it by calling `finish`.',
    ),
  tools: z.array(toolSchema).default([]).describe('Tools offered to the model, each answered by a mock or a handler.'),
  state: stateSchema
    .optional()
    .describe(
      'The state tool handlers share in a trial, deep-copied from `initial`; ' +
        '`{type: state, ...}` assertions read what it ends as.',
    ),
  assertions: z
    .array(assertionSchema)
    .default([])
    .describe("What a trial must show: each assertion's score, weighted, makes the trial score."),
  /** The weighted score a trial must reach to pass. */
  threshold: z.number().min(0).max(1).default(0.8).describe('The weighted score a trial needs to pass (default 0.8).'),
  /** How many times the scenario runs; `--trials` / the action's `trials` input win over it. */
  trials: z
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe(
      'How many times this scenario runs (else salvo.yaml `trials`, else 1); ' +
        "`--trials` and the action's `trials` input win over it.",
    ),
  /** The share of trials that must pass for the scenario to PASS (1 = every trial). */
  required_pass_rate: z
    .number()
    .min(0)
    .max(1)
    .default(1)
    .describe('The share of trials that must pass for the scenario to pass (default 1: every trial).'),
  /** Model turns allowed per user turn. */
  max_turns: z
    .int()
    .min(1)
    .max(100)
    .default(10)
    .describe('Model turns allowed in one trial, per user turn in a conversation (default 10).'),
  /** Tool calls allowed per user turn, a second safety net beside max_turns. */
  max_tool_calls: z
    .int()
    .min(1)
    .max(1000)
    .default(50)
    .describe('Tool calls allowed in one trial, per user turn in a conversation (default 50).'),
  /** Per-trial wall-clock limit. */
  timeout_seconds: z.number().positive().max(3600).optional().describe('Wall-clock limit of one trial, in seconds.'),
  temperature: z
    .number()
    .min(0)
    .max(2)
    .optional()
    .describe('Sampling temperature (provider default when unset); leave it out for Anthropic models that reject it.'),
  seed: z.int().optional().describe('Sampling seed, where the provider supports one.'),
  max_tokens: z.int().min(1).optional().describe('Output token limit per model call.'),
  extras: z
    .record(z.string(), z.unknown())
    .default({})
    .describe('Provider-specific request parameters, passed through after checks.'),
  /** The model judge assertions use when they name none (before salvo.yaml's `judge.model` and --judge-model). */
  judge_model: z
    .string()
    .min(1)
    .optional()
    .describe(
      'The model judge assertions use when they name none (before salvo.yaml `judge.model` and `--judge-model`).',
    ),
  /** `auto`: cache the prompt prefix where a re-send makes it pay; `off`: never. Over salvo.yaml's `prompt_caching`. */
  prompt_caching: z
    .enum(['auto', 'off'])
    .optional()
    .describe(
      "`auto` marks the prompt prefix for the provider's cache where it is sent again; " +
        "`off` never does. Over salvo.yaml's `prompt_caching`; changes the bill, never what the model sees.",
    ),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type UserTurn = z.infer<typeof userTurnSchema>;
export type UserSimulator = z.infer<typeof userSimulatorSchema>;

/** The user turns a scenario scripts: `turns`, or its `prompt` as the only one. */
export function userTurnsOf(scenario: Pick<Scenario, 'prompt' | 'turns'>): UserTurn[] {
  if (scenario.turns) return scenario.turns;
  return [{ user: scenario.prompt ?? '', assertions: [] }];
}
export type MockResponse = z.infer<typeof mockResponseSchema>;
export type MockCase = z.infer<typeof mockCaseSchema>;
