import type { JSONValue } from '@jmespath-community/jmespath';
import type { ToolCall } from '../model-client.ts';
import type { RunTrace, TraceMessage } from '../trace.ts';

/**
 * The document `jmespath` assertions query: a small, documented view of the
 * trace that stays stable when the trace format grows (docs/assertions.md).
 * Its shape follows the earlier salvo so that existing expressions keep
 * working: tool messages appear as role `tool_result`.
 *
 *   response  {content, finish_reason}
 *   turns     [{role, content, tool_calls?, tool_call_id?, tool_name?, is_error?, mock_case?}]   every message in order
 *   tool_calls [{id, name, arguments}]   arguments parsed (null when the model sent invalid JSON)
 *   metadata  {model, provider, cost_usd, latency_seconds, input_tokens, output_tokens, total_tokens,
 *              turn_count, finish_reason, stop_reason, max_turns_hit, mode, tool_call_count}
 */
export interface TraceView {
  [key: string]: JSONValue;
  response: { content: string | null; finish_reason: string | null };
  turns: JSONValue[];
  tool_calls: JSONValue[];
  metadata: { [key: string]: JSONValue };
}

function viewOfCall(call: ToolCall): JSONValue {
  // Arguments come from JSON.parse, so they are JSON values already.
  return { id: call.id, name: call.name, arguments: (call.arguments ?? null) as JSONValue };
}

function viewOfMessage(message: TraceMessage): JSONValue {
  const turn: { [key: string]: JSONValue } = {
    role: message.role === 'tool' ? 'tool_result' : message.role,
    content: message.content,
  };
  if (message.role === 'assistant') turn.tool_calls = (message.tool_calls ?? []).map(viewOfCall);
  if (message.tool_call_id !== undefined) turn.tool_call_id = message.tool_call_id;
  if (message.tool_name !== undefined) turn.tool_name = message.tool_name;
  if (message.is_error !== undefined) turn.is_error = message.is_error;
  if (message.mock_case !== undefined) turn.mock_case = message.mock_case;
  return turn;
}

export function traceView(trace: RunTrace): TraceView {
  return {
    response: { content: trace.final_content, finish_reason: trace.finish_reason },
    turns: trace.messages.map(viewOfMessage),
    tool_calls: trace.tool_calls_made.map(viewOfCall),
    metadata: {
      model: trace.model,
      provider: trace.provider,
      cost_usd: trace.cost_usd,
      latency_seconds: trace.latency_seconds,
      input_tokens: trace.input_tokens,
      output_tokens: trace.output_tokens,
      total_tokens: trace.total_tokens,
      turn_count: trace.turn_count,
      finish_reason: trace.finish_reason,
      stop_reason: trace.stop_reason,
      max_turns_hit: trace.max_turns_hit,
      mode: trace.mode,
      tool_call_count: trace.tool_calls_made.length,
    },
  };
}
