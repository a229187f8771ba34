import type { Usage } from '../model-client.ts';
import type { AdapterName } from '../scenario/schema.ts';
import type { Price } from '../scenario/project-config-schema.ts';

/**
 * The runner's two collaborators from the providers issue (issue 4): the cost
 * table and the extras guard. INTERIM until that branch lands on main: the
 * cost here knows only the user's salvo.yaml prices (anything else is
 * unknown, never 0), and extras are only copied. When `src/core/cost/` and
 * `src/core/extras.ts` land, this file becomes two re-exports.
 */
export function estimateCost(model: string, usage: Usage, userPrices: Record<string, Price> = {}): number | null {
  const price = userPrices[model];
  if (!price) return null;
  const uncachedInput = usage.inputTokens - usage.cacheReadTokens - usage.cacheWriteTokens;
  const dollars =
    uncachedInput * price.input +
    usage.cacheReadTokens * (price.cache_read ?? price.input) +
    usage.cacheWriteTokens * (price.cache_write ?? price.input) +
    usage.outputTokens * price.output;
  return dollars / 1e6;
}

export function validateExtras(extras: Record<string, unknown>, _adapter: AdapterName): Record<string, unknown> {
  return { ...extras };
}
