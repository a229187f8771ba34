import type { ToolCall } from '../model-client.ts';
import type { RunTrace, TraceMessage, TraceTurn } from '../trace.ts';

/** Characters, as the earlier salvo counted them. */
export const TRACE_LIMITS = {
  messageContent: 50_000,
  rawResponse: 100_000,
  /** The final state of the tool handlers, as JSON. */
  finalState: 100_000,
  trace: 5_000_000,
} as const;

/**
 * Characters of one error message kept. A provider's error body is quoted in its message, and one 20 MB
 * HTML error page made an 84 MB results.json (the message is stored four times per row); 150 MB crashed
 * the run with `Invalid string length`.
 */
export const ERROR_MESSAGE_LIMIT = 4_000;

export type TraceLimits = { [K in keyof typeof TRACE_LIMITS]: number };

/** Cuts `value` to `max` characters with a marker saying how much went. */
export function truncateText(value: string, max: number): string {
  if (value.length <= max) return value;
  return `${value.slice(0, max)}... [truncated ${value.length - max} chars]`;
}

/**
 * Enforces the size limits on an already redacted trace: each message's
 * content and tool arguments, each raw response, then the trace as a whole
 * (raw responses go first, then the middle of the conversation, keeping the
 * prompt and the final answer). Sets `truncated` when anything was cut.
 */
export function limitTrace(trace: RunTrace, limits: TraceLimits = TRACE_LIMITS): RunTrace {
  let truncated = trace.truncated === true;
  const cutText = (value: string | null, max: number): string | null => {
    if (value === null || value.length <= max) return value;
    truncated = true;
    return truncateText(value, max);
  };
  const cutCalls = (calls: ToolCall[]): ToolCall[] =>
    calls.map((call) => {
      const size = call.arguments === null ? 0 : JSON.stringify(call.arguments).length;
      const raw =
        call.rawArguments === undefined ? undefined : (cutText(call.rawArguments, limits.messageContent) ?? undefined);
      if (size <= limits.messageContent) return raw === undefined ? call : { ...call, rawArguments: raw };
      truncated = true;
      return {
        ...call,
        arguments: null,
        rawArguments: truncateText(JSON.stringify(call.arguments), limits.messageContent),
      };
    });
  const messages: TraceMessage[] = trace.messages.map((message) => {
    const limited: TraceMessage = { ...message, content: cutText(message.content, limits.messageContent) };
    if (message.tool_calls) limited.tool_calls = cutCalls(message.tool_calls);
    return limited;
  });
  const turns: TraceTurn[] = trace.turns.map((turn) => {
    if (turn.raw === undefined) return turn;
    const rawText = JSON.stringify(turn.raw) ?? '';
    if (rawText.length <= limits.rawResponse) return turn;
    truncated = true;
    return { ...turn, raw: truncateText(rawText, limits.rawResponse) };
  });
  const limited: RunTrace = {
    ...trace,
    messages,
    turns,
    tool_calls_made: cutCalls(trace.tool_calls_made),
    final_content: cutText(trace.final_content, limits.messageContent),
    ...limitFinalState(trace.final_state, limits.finalState, () => (truncated = true)),
  };
  const whole = enforceTraceLimit(limited, limits.trace);
  return whole === limited && !truncated ? limited : { ...whole, truncated: true };
}

/** Key of the one entry a cut final state keeps: its JSON, cut with the usual marker. */
export const CUT_STATE_KEY = '[truncated]';

/**
 * A final state whose JSON is over the limit becomes `{"[truncated]": "<its JSON, cut>"}` and the trace says
 * `final_state_truncated`, so a state assertion fails saying why instead of reading half a document.
 */
function limitFinalState(
  state: RunTrace['final_state'],
  max: number,
  markTruncated: () => void,
): Pick<RunTrace, 'final_state' | 'final_state_truncated'> {
  if (state === undefined) return {};
  const json = JSON.stringify(state);
  if (json.length <= max) return { final_state: state };
  markTruncated();
  return { final_state: { [CUT_STATE_KEY]: truncateText(json, max) }, final_state_truncated: true };
}

const OMITTED = '[omitted: trace size limit]';

function enforceTraceLimit(trace: RunTrace, max: number): RunTrace {
  let size = JSON.stringify(trace).length;
  if (size <= max) return trace;
  const turns = trace.turns.map((turn) => {
    if (turn.raw === undefined) return turn;
    size -= (JSON.stringify(turn.raw) ?? '').length - JSON.stringify(OMITTED).length;
    return { ...turn, raw: OMITTED };
  });
  const messages = [...trace.messages];
  const toolCallsMade = size > max ? trace.tool_calls_made.map(omitArguments) : trace.tool_calls_made;
  if (toolCallsMade !== trace.tool_calls_made)
    size = JSON.stringify({ ...trace, turns, tool_calls_made: toolCallsMade }).length;
  // Oldest first after the prompt: the start of the task and the final answer are what a reader needs most.
  for (let index = 1; index < messages.length - 1 && size > max; index += 1) {
    const message = messages[index]!;
    const before = JSON.stringify(message).length;
    const after: TraceMessage = { ...message, content: message.content === null ? null : OMITTED };
    if (message.tool_calls) after.tool_calls = message.tool_calls.map(omitArguments);
    messages[index] = after;
    size -= before - JSON.stringify(after).length;
  }
  return { ...trace, turns, messages, tool_calls_made: toolCallsMade };
}

function omitArguments(call: ToolCall): ToolCall {
  return { id: call.id, name: call.name, arguments: null, rawArguments: OMITTED };
}
