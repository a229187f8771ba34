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
  type: z.literal('object'),
  properties: z.record(z.string(), z.unknown()).default({}),
  required: z.array(z.string()).default([]),
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
  when: argumentsSchema.optional(),
  response: mockResponseSchema.optional(),
  responses: z.array(mockResponseSchema).min(1).optional(),
  error: mockResponseSchema.optional(),
});

export const toolSchema = z.strictObject({
  name: z.string().regex(TOOL_NAME_PATTERN, 'tool names use only letters, digits, _ and -, at most 64 characters'),
  description: z.string().min(1),
  parameters: toolParametersSchema.default({ type: 'object', properties: {}, required: [] }),
  /** The answer when no case of `mocks` matches. */
  mock_response: mockResponseSchema.optional(),
  /** Conditional mocks: the first case whose `when` matches the call answers it. */
  mocks: z.array(mockCaseSchema).min(1).optional(),
  /**
   * Project code that answers the tool instead of a mock: `./path/module.mjs#exportName`, relative to
   * the scenario file and inside the project. The export is `(args, state) => result` and may change state.
   */
  handler: z.string().regex(HANDLER_PATTERN, "write the handler as './path/to/module.mjs#exportName'").optional(),
});

/** The world a trial's tool handlers share: deep-copied from `initial` for every trial. */
export const stateSchema = z.strictObject({
  initial: z.record(z.string(), z.unknown()).default({}),
  /** Time limit of one handler call; a handler that runs past it makes the trial errored. */
  handler_timeout_seconds: z.number().positive().max(600).default(5),
});

/**
 * One scripted user turn: the message, then assertions judged on this turn
 * alone (its tool calls and its final text).
 */
export const userTurnSchema = z.strictObject({
  user: z.string().min(1),
  assertions: z.array(assertionSchema).default([]),
});

/**
 * A simulated user: a model salvo drives with this persona and goal, which writes each user message
 * from the conversation so far, or ends the conversation by calling its `finish` tool.
 */
export const userSimulatorSchema = z.strictObject({
  /** Else salvo.yaml's `simulator.model`, else `--simulator-model` / the Action's `simulator-model`. */
  model: z.string().min(1).optional(),
  /** Who the user is and how they behave. */
  persona: z.string().min(1),
  /** What the user wants from the agent. */
  goal: z.string().min(1),
  /** The first user message as written; without it the simulator writes it. */
  opening: z.string().min(1).optional(),
  /** User messages the conversation may have at most (the opening included). */
  max_user_turns: z.int().min(1).max(50).default(10),
  /** When the user is done, in words; the simulator then calls `finish`. */
  stop_when: z.string().min(1).optional(),
  /** Shows the agent's tool calls and results to the simulator; hidden by default, as a real user never sees them. */
  show_tool_calls: z.boolean().default(false),
});

export const scenarioSchema = z.strictObject({
  description: z.string().default(''),
  tags: z.record(z.string(), z.string()).default({}),
  adapter: z.enum(ADAPTERS).default('openai'),
  model: z.string().min(1),
  /** OpenAI only: Chat Completions (default, and what compatible servers speak) or the Responses API. */
  api: z.enum(['chat_completions', 'responses']).optional(),
  system_prompt: z.string().default(''),
  /** The one-turn shorthand; a scenario has `prompt` or `turns`, not both (semantic-checks.ts). */
  prompt: z.string().min(1).optional(),
  /** A scripted conversation: each user message starts its own tool loop. */
  turns: z.array(userTurnSchema).min(1).optional(),
  /** A simulated user instead of scripted messages; not with `prompt` or `turns`. */
  user_simulator: userSimulatorSchema.optional(),
  tools: z.array(toolSchema).default([]),
  state: stateSchema.optional(),
  assertions: z.array(assertionSchema).default([]),
  /** The weighted score a trial must reach to pass. */
  threshold: z.number().min(0).max(1).default(0.8),
  /** How many times the scenario runs; `--trials` / the action's `trials` input win over it. */
  trials: z.int().min(1).max(100).optional(),
  /** The share of trials that must pass for the scenario to PASS (1 = every trial). */
  required_pass_rate: z.number().min(0).max(1).default(1),
  /** Model turns allowed per user turn. */
  max_turns: z.int().min(1).max(100).default(10),
  /** Tool calls allowed per user turn, a second safety net beside max_turns. */
  max_tool_calls: z.int().min(1).max(1000).default(50),
  /** Per-trial wall-clock limit. */
  timeout_seconds: z.number().positive().max(3600).optional(),
  temperature: z.number().min(0).max(2).optional(),
  seed: z.int().optional(),
  max_tokens: z.int().min(1).optional(),
  extras: z.record(z.string(), z.unknown()).default({}),
  /** The model judge assertions use when they name none (before salvo.yaml's `judge.model` and --judge-model). */
  judge_model: z.string().min(1).optional(),
  /** `auto`: cache the prompt prefix where a re-send makes it pay; `off`: never. Over salvo.yaml's `prompt_caching`. */
  prompt_caching: z.enum(['auto', 'off']).optional(),
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
