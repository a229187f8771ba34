/**
 * Cost of a turn (or a sum of turns) from the normalised Usage, in USD.
 * Usage counts every prompt token in `inputTokens` with cache reads and writes
 * as subsets, so one formula fits both providers: each input token is billed
 * at exactly one of the input, cache-read or cache-write rates (llm-apis.md §4.3).
 */
import type { Usage } from '../model-client.ts';
import type { Price } from '../scenario/project-config-schema.ts';
import { PRICE_TABLE, type PriceRow, type PriceTier } from './price-table.ts';

export interface ResolvedPrice {
  tier: PriceTier;
  longContext?: PriceRow['longContext'];
  /** Where the price came from: "salvo.yaml prices" or the row's source. */
  source: string;
  /** The id that matched (after normalisation). */
  matchedId: string;
}

/** null = unknown model: the cost is unknown, never 0. */
export function estimateCost(model: string, usage: Usage, userPrices: Record<string, Price> = {}): number | null {
  const price = findPrice(model, userPrices);
  return price === null ? null : costAt(price, usage);
}

export function costAt(price: ResolvedPrice, usage: Usage): number {
  const long = price.longContext;
  const tier = long && usage.inputTokens > long.aboveInputTokens ? long : price.tier;
  const uncached = Math.max(0, usage.inputTokens - usage.cacheReadTokens - usage.cacheWriteTokens);
  // Writes are priced by TTL: the 1-hour share at its own rate, the rest at the 5-minute (or only) rate.
  const longWrites = Math.min(usage.cacheWriteLongTokens ?? 0, usage.cacheWriteTokens);
  const micro =
    uncached * tier.input +
    usage.cacheReadTokens * tier.cacheRead +
    (usage.cacheWriteTokens - longWrites) * tier.cacheWrite +
    longWrites * (tier.cacheWriteLong ?? tier.cacheWrite) +
    usage.outputTokens * tier.output;
  return micro / 1_000_000;
}

/**
 * What caching saved on this usage: its cost had every prompt token been billed as plain input, minus its cost.
 * Negative when writes were never read back. null when no cache was read or written, or the model is unknown.
 */
export function estimateCacheSaving(
  model: string,
  usage: Usage,
  userPrices: Record<string, Price> = {},
): number | null {
  const price = findPrice(model, userPrices);
  if (price === null || (usage.cacheReadTokens === 0 && usage.cacheWriteTokens === 0)) return null;
  const withoutCache = { ...usage, cacheReadTokens: 0, cacheWriteTokens: 0, cacheWriteLongTokens: 0 };
  return costAt(price, withoutCache) - costAt(price, usage);
}

/** User prices first (exact id, then the normalised forms), then the built-in table; never a prefix match. */
export function findPrice(model: string, userPrices: Record<string, Price> = {}): ResolvedPrice | null {
  const candidates = candidateIds(model);
  for (const id of candidates) {
    const user = userPrices[id];
    if (user) return { tier: fromUserPrice(user), source: 'salvo.yaml prices', matchedId: id };
  }
  for (const id of candidates) {
    const row = rowsById.get(id);
    if (row) return { tier: row, longContext: row.longContext, source: `${row.source}, ${row.date}`, matchedId: id };
  }
  return null;
}

const rowsById = new Map<string, PriceRow>(PRICE_TABLE.flatMap((row) => row.ids.map((id) => [id, row] as const)));

function fromUserPrice(price: Price): PriceTier {
  // Without cache prices, cached tokens cost what plain input costs (a self-hosted model has no cache discount).
  return {
    input: price.input,
    output: price.output,
    cacheRead: price.cache_read ?? price.input,
    cacheWrite: price.cache_write ?? price.input,
  };
}

/**
 * The ids to try, most specific first (llm-apis.md §4.4): as given; without a
 * gateway or cloud prefix/suffix (`openai/`, Bedrock `us.anthropic.…-v1:0`,
 * Vertex `@20250805`); then without a snapshot date (OpenAI `-2024-08-06`,
 * Anthropic `-20250929`). Fine-tuned ids (`ft:`) are priced differently and
 * stay unknown.
 */
export function candidateIds(model: string): string[] {
  const given = model.trim();
  if (given.startsWith('ft:')) return [given];
  const normalised = given
    .toLowerCase()
    .replace(/^(openai|anthropic)\//, '')
    .replace(/^(us|eu|apac|global)\./, '')
    .replace(/^anthropic\./, '')
    .replace(/-v\d+(:\d+)?$/, '')
    .replace(/@\d{8}$/, '');
  const undated = normalised.replace(/-\d{4}-\d{2}-\d{2}$/, '').replace(/^(claude-.+)-\d{8}$/, '$1');
  return [...new Set([given, normalised, undated])];
}
