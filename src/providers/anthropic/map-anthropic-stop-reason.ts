import type { FinishReason } from '../../core/model-client.ts';

/** Tool calls come from the content: `tool_use` with no tool_use block is a plain stop (llm-apis.md §5.2). */
export function mapAnthropicStopReason(raw: string | null | undefined, hasToolCalls: boolean): FinishReason {
  switch (raw) {
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'refusal':
      return 'refusal';
    case 'pause_turn':
      return 'other';
    default:
      return hasToolCalls
        ? 'tool_calls'
        : raw === 'end_turn' || raw === 'stop_sequence' || raw === 'tool_use' || !raw
          ? 'stop'
          : 'other';
  }
}

export const isTruncatedStop = (raw: string | null | undefined) =>
  raw === 'max_tokens' || raw === 'model_context_window_exceeded';
