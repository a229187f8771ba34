import type { Usage } from '../../core/model-client.ts';
import type { AnthropicUsageWire } from './anthropic-wire.ts';

/**
 * Anthropic's `input_tokens` excludes cache reads and writes; Usage counts
 * every prompt token, so they are added back (llm-apis.md §5.11).
 */
export function convertAnthropicUsage(usage: AnthropicUsageWire | null | undefined): Usage {
  const cacheRead = usage?.cache_read_input_tokens ?? 0;
  const cacheWrite = usage?.cache_creation_input_tokens ?? 0;
  return {
    inputTokens: (usage?.input_tokens ?? 0) + cacheRead + cacheWrite,
    outputTokens: usage?.output_tokens ?? 0,
    cacheReadTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
    // The 1-hour share of the writes is priced apart; salvo itself only writes the 5-minute cache.
    ...(usage?.cache_creation?.ephemeral_1h_input_tokens
      ? { cacheWriteLongTokens: usage.cache_creation.ephemeral_1h_input_tokens }
      : {}),
    reasoningTokens: usage?.output_tokens_details?.thinking_tokens ?? 0,
  };
}
