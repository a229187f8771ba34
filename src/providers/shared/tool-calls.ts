/**
 * Tool-call normalisation shared by every provider: defensive argument
 * parsing (llm-apis.md §5.1) and conversation-unique, pattern-safe ids (§5.3).
 */
import type { ConversationMessage, ToolCall } from '../../core/model-client.ts';

/** A tool call as a provider returned it, before normalisation. */
export interface WireToolCall {
  id: string | null | undefined;
  name: string;
  /** A JSON string (OpenAI), an object (Anthropic, some compatible servers), or missing. */
  arguments: unknown;
}

export interface NormalisedToolCalls {
  toolCalls: ToolCall[];
  /** Our id -> the provider's id, for the ids we had to replace (empty when none were). */
  replacedIds: Record<string, string>;
}

const SAFE_ID = /^[a-zA-Z0-9_-]{1,64}$/;

/** Every tool-call id already used in the conversation, so a new turn never repeats one. */
export function toolCallIdsIn(messages: ConversationMessage[]): Set<string> {
  const ids = new Set<string>();
  for (const message of messages) {
    if (message.role === 'assistant') for (const call of message.toolCalls) ids.add(call.id);
  }
  return ids;
}

/**
 * Turns the provider's calls into ToolCalls. A truncated turn (the output hit
 * its token limit) marks every call unusable, so no tool runs from it.
 */
export function normaliseToolCalls(
  calls: WireToolCall[],
  options: { usedIds: Set<string>; idPrefix: string; truncated: boolean },
): NormalisedToolCalls {
  const used = new Set(options.usedIds);
  const replacedIds: Record<string, string> = {};
  const toolCalls = calls.map((call, index) => {
    const id = uniqueId(call.id, used, `${options.idPrefix}${used.size + 1}_${index + 1}`);
    if (call.id && id !== call.id) replacedIds[id] = call.id;
    return { id, name: call.name, ...parseArguments(call.arguments, options.truncated) };
  });
  return { toolCalls, replacedIds };
}

function uniqueId(original: string | null | undefined, used: Set<string>, fallback: string): string {
  let candidate = original && SAFE_ID.test(original) ? original : fallback;
  if (original && !SAFE_ID.test(original))
    candidate = original.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 56) || fallback;
  let suffix = 2;
  const base = candidate;
  while (used.has(candidate)) candidate = `${base}_${suffix++}`;
  used.add(candidate);
  return candidate;
}

const TRUNCATED =
  'the turn was cut off at the output token limit, so these arguments may be incomplete; the tool was not run';

export function parseArguments(
  value: unknown,
  truncated: boolean,
): Pick<ToolCall, 'arguments' | 'rawArguments' | 'argumentsError'> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const parsed = value as Record<string, unknown>;
    return truncated ? { arguments: parsed, argumentsError: TRUNCATED } : { arguments: parsed };
  }
  // Some servers send "" (or nothing) for a tool without parameters.
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return truncated ? { arguments: {}, argumentsError: TRUNCATED } : { arguments: {} };
  }
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    const why = truncated ? TRUNCATED : `the arguments are not valid JSON (${(error as Error).message})`;
    return { arguments: null, rawArguments: raw, argumentsError: why };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { arguments: null, rawArguments: raw, argumentsError: 'the arguments are valid JSON but not an object' };
  }
  const object = parsed as Record<string, unknown>;
  return truncated ? { arguments: object, rawArguments: raw, argumentsError: TRUNCATED } : { arguments: object };
}

/** The argument text to send back in history: exactly what the model produced when we kept it. */
export function argumentsText(call: ToolCall): string {
  return call.rawArguments ?? JSON.stringify(call.arguments ?? {});
}

/** Some models stall on an empty tool result (llm-apis.md §5.5). */
export function toolResultText(content: string): string {
  return content.trim() === '' ? '(no output)' : content;
}
