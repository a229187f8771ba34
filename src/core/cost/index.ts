export {
  estimateCost,
  estimateCacheSaving,
  findPrice,
  costAt,
  candidateIds,
  type ResolvedPrice,
} from './estimate-cost.ts';
export { PRICE_TABLE, type PriceRow, type PriceTier, type PromptCacheMinimum } from './price-table.ts';
export {
  estimateTokens,
  isLongEnoughToCache,
  promptCacheMinimum,
  CACHE_LENGTH_MARGIN,
  MAX_ANTHROPIC_BREAKPOINTS,
} from './prompt-cache.ts';
