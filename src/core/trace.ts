import type { FinishReason, ToolCall, Usage } from './model-client.ts';

/**
 * The trace of one trial: everything that was said, every tool call, and what
 * it cost. Traces are public documents (stored under .salvo/, uploaded as
 * artifacts, read by `salvo show` and `reeval`), so their fields are
 * snake_case like the scenario format, and they are redacted before they are
 * stored anywhere. Add fields freely; never rename one without bumping
 * TRACE_SCHEMA_VERSION.
 */
export const TRACE_SCHEMA_VERSION = 1;

export interface TraceMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  /** Assistant messages: the calls the model made in this turn. */
  tool_calls?: ToolCall[];
  /** Tool messages: which call this answers, and the tool's name. */
  tool_call_id?: string;
  tool_name?: string;
  /**
   * Tool messages: true when salvo answered with an error (invalid arguments, truncated turn, a mock case's `error`).
   */
  is_error?: boolean;
  /** Tool messages: the 1-based case of the tool's `mocks` that answered; absent when mock_response (or salvo) did. */
  mock_case?: number;
  /** The 1-based user turn this message belongs to (absent on the system prompt). */
  user_turn?: number;
}

/** One user turn of a conversation: the user's message and the tool loop it started. */
export interface TraceUserTurn {
  /** 1-based. */
  user_turn: number;
  /** How many entries of `tool_calls_made` and `turns` this user turn added, in order. */
  tool_call_count: number;
  model_turn_count: number;
  /** The agent's last text in this turn. */
  final_content: string | null;
  /** Why this turn's tool loop ended. */
  stop_reason: StopReason;
}

/** One model request/response of the loop. */
export interface TraceTurn {
  index: number;
  /** The model id the provider reported for this turn. */
  model: string;
  request_id: string | null;
  latency_ms: number;
  usage: Usage;
  finish_reason: FinishReason;
  raw_finish_reason: string | null;
  /** Retries the SDK needed for this turn (rate limits, overload). */
  retries: number;
  /** The provider's response body, redacted and capped at 100 KB. */
  raw?: unknown;
  /** The 1-based user turn this model turn answered. */
  user_turn?: number;
}

/** Why the loop ended. */
export type StopReason =
  'final_answer' | 'max_turns' | 'max_tool_calls' | 'loop_detected' | 'timeout' | 'cancelled' | 'error';

/** What the judge's votes on a trial cost, kept apart from the agent's usage and cost. */
export interface JudgeUsage {
  /** The judge models that answered. */
  models: string[];
  /** Votes asked for (k per judge assertion). */
  calls: number;
  input_tokens: number;
  output_tokens: number;
  /** USD, or null when a judge model has no known price. */
  cost_usd: number | null;
}

/** What the simulated user's replies on a trial cost, kept apart from the agent's usage and cost. */
export interface SimulatorUsage {
  model: string;
  /** Requests made to the simulator. */
  calls: number;
  input_tokens: number;
  output_tokens: number;
  /** USD, or null when the simulator model has no known price. */
  cost_usd: number | null;
}

/** Why the simulated user ended the conversation, in its own words (the `finish` tool's reason). */
export type SimulatorFinishReason = 'goal_met' | 'gave_up' | 'off_track';

/** Why a conversation with a simulated user ended. */
export type ConversationEnd =
  /** The simulator called `finish`; `note` is its one-sentence explanation. */
  | { by: 'simulator'; reason: SimulatorFinishReason; note: string | null }
  /** The agent answered the last user message `max_user_turns` allows. */
  | { by: 'max_user_turns'; max_user_turns: number }
  /** A limit stopped the agent's tool loop (`max_turns`, `max_tool_calls`, a loop), so no user message followed. */
  | { by: 'agent_limit'; stop_reason: StopReason }
  /** The trial errored, timed out or was cancelled. */
  | { by: 'error'; stop_reason: StopReason };

export interface RunTrace {
  schema_version: number;
  trace_id: string;
  scenario_name: string;
  scenario_file: string;
  /** SHA-256 of the resolved scenario, stable across key order and formatting. */
  scenario_hash: string;
  /** Which trial of the scenario this was (1-based); absent in traces written before it was recorded. */
  trial?: number;
  provider: string;
  /** The model the scenario asked for (the provider may report a dated snapshot per turn). */
  model: string;
  /** `live` for a real model call, `replay` when served from a recording. */
  mode: 'live' | 'replay';
  timestamp: string;
  messages: TraceMessage[];
  tool_calls_made: ToolCall[];
  turns: TraceTurn[];
  turn_count: number;
  usage: Usage;
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  latency_seconds: number;
  final_content: string | null;
  finish_reason: FinishReason | null;
  stop_reason: StopReason;
  max_turns_hit: boolean;
  /** USD, or null when the model has no known price ("unknown", never 0). */
  cost_usd: number | null;
  /**
   * USD prompt caching saved against billing every prompt token as plain input (negative when writes were never read);
   * absent when the trial touched no cache or its model has no price.
   */
  cache_saving_usd?: number;
  extras_resolved: Record<string, unknown>;
  /** The user turns reached, in order (one for a `prompt` scenario). Absent in traces written before conversations. */
  user_turns?: TraceUserTurn[];
  /**
   * The state the tool handlers left at the end of the trial (`state.initial`, changed by handlers); absent without
   * state.
   */
  final_state?: Record<string, unknown>;
  /** Set when the final state was over the size limit: `final_state` then holds its JSON, cut, under "[truncated]". */
  final_state_truncated?: boolean;
  /** Set when size limits cut anything; the cut places carry a visible marker. */
  truncated?: boolean;
  /** Set when the trial ended in an error; the trace holds what happened before it. */
  error?: { code: string; message: string };
  /** Set when judge assertions were evaluated: their tokens and cost, not counted in `cost_usd`. */
  judge?: JudgeUsage;
  /** Scenarios with a `user_simulator`: why the conversation ended. */
  conversation_end?: ConversationEnd;
  /** Scenarios with a `user_simulator`: the simulator's tokens and cost, not counted in `cost_usd`. */
  simulator?: SimulatorUsage;
}
