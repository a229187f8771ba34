import type { FinishReason } from '../../core/model-client.ts';

/**
 * Tool calls are decided from the content, never from the finish reason: a
 * named tool_choice gives "stop" with tool calls, and some servers say
 * "tool_calls" with none (llm-apis.md §5.2). Truncation always wins.
 */
export function mapChatFinishReason(
  raw: string | null | undefined,
  hasToolCalls: boolean,
  refused: boolean,
): FinishReason {
  if (raw === 'length') return 'length';
  if (raw === 'content_filter') return 'content_filter';
  if (refused) return 'refusal';
  if (hasToolCalls) return 'tool_calls';
  if (raw === 'stop' || raw === 'tool_calls' || raw === 'function_call' || raw === null || raw === undefined)
    return 'stop';
  return 'other';
}

/** Responses has no finish reason: `status` plus `incomplete_details.reason`. */
export function mapResponsesFinishReason(
  status: string | null | undefined,
  incompleteReason: string | null | undefined,
  hasToolCalls: boolean,
  refused: boolean,
): FinishReason {
  if (status === 'incomplete') {
    if (incompleteReason === 'max_output_tokens') return 'length';
    if (incompleteReason === 'content_filter') return 'content_filter';
    return 'other';
  }
  if (refused) return 'refusal';
  if (status !== 'completed' && status !== null && status !== undefined) return 'other';
  return hasToolCalls ? 'tool_calls' : 'stop';
}

export function rawResponsesFinishReason(
  status: string | null | undefined,
  incompleteReason: string | null | undefined,
): string | null {
  if (!status) return null;
  return status === 'incomplete' && incompleteReason ? `incomplete:${incompleteReason}` : status;
}
