/**
 * When a prompt prefix is long enough for the provider to cache it. The
 * decision is made before the request is sent, so the length is an estimate:
 * one token per 4 characters of the text as sent (JSON for tools). Real
 * tokenizers give about one token per 3 to 4 characters of English and fewer
 * characters per token for JSON and code, and Anthropic's newer tokenizer
 * counts about 30 % more (llm-apis.md §2.7), so the estimate rarely over-counts;
 * on top of it the estimate must clear the minimum by CACHE_LENGTH_MARGIN.
 * A wrong guess costs nothing either way: a breakpoint under the minimum is
 * ignored by the API (no write is billed), it only wastes one of the four.
 */
import { findPrice } from './estimate-cost.ts';
import { OPENAI_CACHE_MINIMUM, PRICE_TABLE, UNLISTED_CACHE_MINIMUM, type PromptCacheMinimum } from './price-table.ts';

export const CHARACTERS_PER_TOKEN = 4;
/** The estimate must exceed the model's minimum by this factor (10 %) before salvo places a breakpoint. */
export const CACHE_LENGTH_MARGIN = 1.1;
/** Anthropic accepts at most this many `cache_control` breakpoints in one request. */
export const MAX_ANTHROPIC_BREAKPOINTS = 4;

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARACTERS_PER_TOKEN);
}

/** The model's documented minimum; an Anthropic model not in the table gets the largest documented one. */
export function promptCacheMinimum(provider: 'openai' | 'anthropic', model: string): PromptCacheMinimum {
  if (provider === 'openai') return OPENAI_CACHE_MINIMUM;
  const matched = findPrice(model);
  const row = matched && PRICE_TABLE.find((candidate) => candidate.ids.includes(matched.matchedId));
  return row?.provider === 'anthropic' && row.cacheMinimum ? row.cacheMinimum : UNLISTED_CACHE_MINIMUM;
}

export function isLongEnoughToCache(provider: 'openai' | 'anthropic', model: string, estimatedTokens: number): boolean {
  return estimatedTokens >= promptCacheMinimum(provider, model).tokens * CACHE_LENGTH_MARGIN;
}
