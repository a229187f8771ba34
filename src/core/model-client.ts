/**
 * The seam between the runner and the model providers. The runner speaks only
 * these types; each provider folder under src/providers/ converts them to and
 * from its wire format, so adding a provider never touches the runner.
 */

/** A tool call as the model made it, normalised across providers. */
export interface ToolCall {
  /** Unique within the conversation; providers normalise missing or duplicate ids. */
  id: string;
  name: string;
  /** Parsed arguments, or null when the model sent text that is not a JSON object. */
  arguments: Record<string, unknown> | null;
  /** The argument text exactly as sent, kept when it could not be parsed. */
  rawArguments?: string;
  /** Why the arguments are unusable (invalid JSON, truncated turn); the runner answers with an error result. */
  argumentsError?: string;
}

export type ConversationMessage =
  | { role: 'user'; content: string }
  | {
      role: 'assistant';
      /** Text of the turn; may stand beside tool calls. Null when the model only called tools. */
      content: string | null;
      toolCalls: ToolCall[];
      /**
       * Provider-owned state that must be sent back verbatim on the next turn
       * (Anthropic thinking blocks, OpenAI Responses reasoning items). Opaque to core.
       */
      providerState?: unknown;
    }
  | { role: 'tool'; toolCallId: string; toolName: string; content: string; isError?: boolean };

export interface ToolDefinition {
  name: string;
  description: string;
  /** A JSON Schema object: `{ type: 'object', properties, required }`. */
  parameters: Record<string, unknown>;
}

/** Per-run generation settings, resolved from the scenario and any overrides. */
export interface GenerationSettings {
  model: string;
  temperature?: number;
  seed?: number;
  maxTokens?: number;
  /** Provider-specific parameters passed through to the SDK (already validated). */
  extras: Record<string, unknown>;
  /** OpenAI only: which API drives the model. */
  api?: 'chat_completions' | 'responses';
}

export interface ModelRequest {
  system?: string;
  messages: ConversationMessage[];
  tools: ToolDefinition[];
  settings: GenerationSettings;
  /** Forces the model to call this one tool (the judge's `score_criteria`); absent lets the model choose. */
  forceTool?: string;
  /** Aborts the request (scenario timeout, cancellation). */
  signal?: AbortSignal;
  /**
   * Where prompt caching can pay (the runner's plan); absent = caching off. It never changes what the model sees, so
   * recordings and their staleness ignore it.
   */
  cache?: PromptCacheHint;
}

/** How a request's prefix will be re-sent, as the runner knows it; each provider turns it into its own mechanism. */
export interface PromptCacheHint {
  /** Stable for a scenario (from its file and name): OpenAI's `prompt_cache_key`. */
  key: string;
  /** Tools and system prompt are sent again (another model call, another trial, another scenario of the run). */
  prefixReused: boolean;
  /** The conversation grows over several model calls (a tool loop, scripted turns): each can read the one before. */
  conversationReused: boolean;
}

/**
 * Token usage of one turn, normalised so that one cost formula fits every
 * provider: `inputTokens` counts every prompt token, cached or not, and the
 * cache counts are subsets of it; `reasoningTokens` is a subset of `outputTokens`.
 */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  /** The part of `cacheWriteTokens` written with a 1-hour TTL (Anthropic), priced apart; absent = none. */
  cacheWriteLongTokens?: number;
  reasoningTokens: number;
}

export type FinishReason = 'stop' | 'tool_calls' | 'length' | 'content_filter' | 'refusal' | 'other';

export interface ModelTurn {
  text: string | null;
  toolCalls: ToolCall[];
  usage: Usage;
  finishReason: FinishReason;
  /** The provider's own value (`end_turn`, `tool_calls`, `incomplete:max_output_tokens`, ...). */
  rawFinishReason: string | null;
  /** The model id the provider reports (often a dated snapshot of the requested alias). */
  model: string;
  requestId: string | null;
  latencyMs: number;
  /** Retries the SDK made before this turn succeeded. */
  retries: number;
  /** See ConversationMessage.providerState. */
  providerState?: unknown;
  /** The response body as received, for the trace (redacted and capped there). */
  raw?: unknown;
  /**
   * Settings the provider could not honour for this model or API (e.g. temperature on Anthropic 2026-10-21), for the
   * trace.
   */
  warnings?: string[];
}

export interface ModelClient {
  /** `openai`, `anthropic`, `replay`, ... as shown in reports. */
  readonly provider: string;
  complete(request: ModelRequest): Promise<ModelTurn>;
}

export const emptyUsage = (): Usage => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  reasoningTokens: 0,
});

export function addUsage(total: Usage, turn: Usage): Usage {
  return {
    inputTokens: total.inputTokens + turn.inputTokens,
    outputTokens: total.outputTokens + turn.outputTokens,
    cacheReadTokens: total.cacheReadTokens + turn.cacheReadTokens,
    cacheWriteTokens: total.cacheWriteTokens + turn.cacheWriteTokens,
    ...(total.cacheWriteLongTokens || turn.cacheWriteLongTokens
      ? { cacheWriteLongTokens: (total.cacheWriteLongTokens ?? 0) + (turn.cacheWriteLongTokens ?? 0) }
      : {}),
    reasoningTokens: total.reasoningTokens + turn.reasoningTokens,
  };
}
