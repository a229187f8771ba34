/**
 * Built-in prices, USD per million tokens, as data rows (prices change monthly;
 * update a row, never code). Sources and dates from
 * shared/reference/llm-apis.md §4 (researched 2026-11-24):
 *   [G]  @pydantic/genai-prices 0.1.8 data (2026-09-23), citing the official pricing pages
 *   [M]  the official OpenAI model page;  [P] Anthropic's pricing page;  [MP] Anthropic's model pages
 *   (secondary) a vendor or blog quoting the official page.
 * cacheWrite: OpenAI 30-minute retention (gpt-5.6 and later; older models bill
 * writes as plain input); Anthropic 5-minute TTL writes. cacheWriteLong:
 * Anthropic 1-hour TTL writes, 2x input on every row of [P].
 *
 * Prompt-cache minimums (Anthropic rows): the shortest prefix a breakpoint can
 * cache, from Anthropic's prompt-caching page ("Cache limitations", minimum
 * cacheable prompt length) [PC], read 2026-12 from its copy in the orq.ai
 * gateway docs (docs.orq.ai/docs/proxy/prompt-caching). Models the page does
 * not list get UNLISTED_CACHE_MINIMUM: the largest minimum documented
 * (llm-apis.md §2.7: "512, 1024 or 4096"), so salvo never counts on a cache
 * that may not form.
 */

export interface PriceTier {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
  /** Writes with the longer TTL (Anthropic 1 hour); absent = the same as cacheWrite. */
  cacheWriteLong?: number;
}

/** The shortest prompt prefix the provider caches for a model, in tokens, and where that figure comes from. */
export interface PromptCacheMinimum {
  tokens: number;
  source: string;
}

export interface PriceRow extends PriceTier {
  provider: 'openai' | 'anthropic';
  /** Exact ids this row prices: the base id first, then listed snapshots and aliases. */
  ids: string[];
  source: string;
  /** When the source was read or the price took effect. */
  date: string;
  /** Whole-request repricing once the prompt (every input token) exceeds a size. */
  longContext?: PriceTier & { aboveInputTokens: number };
  /** Anthropic: the shortest cacheable prefix (OpenAI: OPENAI_CACHE_MINIMUM for every model). */
  cacheMinimum?: PromptCacheMinimum;
}

const PC = '[PC] Anthropic prompt-caching page, minimum cacheable prompt length';
export const UNLISTED_CACHE_MINIMUM: PromptCacheMinimum = {
  tokens: 4096,
  source: 'not listed on [PC]: the largest documented minimum (llm-apis.md §2.7)',
};
/** OpenAI caches prompts of 1,024 tokens or more, for every model (OpenAI prompt-caching guide). */
export const OPENAI_CACHE_MINIMUM: PromptCacheMinimum = {
  tokens: 1024,
  source: 'OpenAI prompt-caching guide: prompts of 1,024 tokens or more',
};

const openai = (
  ids: string[],
  input: number,
  cacheRead: number,
  output: number,
  source: string,
  date: string,
  cacheWrite = input,
): PriceRow => ({
  provider: 'openai',
  ids,
  input,
  cacheRead,
  cacheWrite,
  output,
  source,
  date,
});

/**
 * From gpt-5.4 on, a prompt above 272K tokens is billed at 2x input and cache rates and 1.5x output (official model
 * pages).
 */
const openaiLong = (row: PriceRow): PriceRow => ({
  ...row,
  longContext: {
    aboveInputTokens: 272_000,
    input: row.input * 2,
    cacheRead: row.cacheRead * 2,
    cacheWrite: row.cacheWrite * 2,
    output: row.output * 1.5,
  },
});

const anthropic = (
  ids: string[],
  input: number,
  cacheWrite: number,
  cacheRead: number,
  output: number,
  source: string,
  date: string,
  cacheMinimumTokens?: number,
): PriceRow => ({
  provider: 'anthropic',
  ids,
  input,
  cacheWrite,
  cacheWriteLong: input * 2,
  cacheRead,
  output,
  source,
  date,
  cacheMinimum: cacheMinimumTokens === undefined ? UNLISTED_CACHE_MINIMUM : { tokens: cacheMinimumTokens, source: PC },
});

const G = '[G] genai-prices 0.1.8';

export const PRICE_TABLE: readonly PriceRow[] = [
  // OpenAI, Standard tier.
  openai(['gpt-4o', 'gpt-4o-2024-08-06', 'gpt-4o-2024-11-20'], 2.5, 1.25, 10, G, '2026-09-23'),
  openai(['gpt-4o-2024-05-13'], 5, 5, 15, G, '2026-09-23'),
  openai(['gpt-4o-mini', 'gpt-4o-mini-2024-07-18'], 0.15, 0.075, 0.6, G, '2026-09-23'),
  openai(['gpt-4.1', 'gpt-4.1-2025-04-14'], 2, 0.5, 8, G, '2026-09-23'),
  openai(['gpt-4.1-mini'], 0.4, 0.1, 1.6, G, '2026-09-23'),
  openai(['gpt-4.1-nano'], 0.1, 0.025, 0.4, G, '2026-09-23'),
  openai(['o3', 'o3-2025-04-16'], 2, 0.5, 8, `${G} (price since 2025-06-10)`, '2026-09-23'),
  openai(['o4-mini', 'o4-mini-2025-04-16'], 1.1, 0.275, 4.4, G, '2026-09-23'),
  openai(['gpt-5', 'gpt-5-2025-08-07'], 1.25, 0.125, 10, G, '2026-09-23'),
  openai(['gpt-5-mini'], 0.25, 0.025, 2, G, '2026-09-23'),
  openai(['gpt-5-nano'], 0.05, 0.005, 0.4, G, '2026-09-23'),
  openai(['gpt-5.1', 'gpt-5.1-2025-11-13'], 1.25, 0.125, 10, G, '2026-09-23'),
  openai(['gpt-5.2', 'gpt-5.2-2025-12-11'], 1.75, 0.175, 14, G, '2026-09-23'),
  openaiLong(openai(['gpt-5.4'], 2.5, 0.25, 15, G, '2026-09-23')),
  openaiLong(openai(['gpt-5.4-mini'], 0.75, 0.075, 4.5, G, '2026-09-23')),
  openaiLong(openai(['gpt-5.4-nano'], 0.2, 0.02, 1.25, G, '2026-09-23')),
  openaiLong(openai(['gpt-5.4-pro'], 30, 30, 180, G, '2026-09-23')),
  openaiLong(openai(['gpt-5.5', 'gpt-5.5-2026-04-23'], 5, 0.5, 30, G, '2026-09-23')),
  openaiLong(openai(['gpt-5.5-pro'], 30, 30, 180, G, '2026-09-23')),
  openaiLong(openai(['gpt-5.6-sol', 'gpt-5.6'], 4, 0.4, 20, `${G} (price since 2026-08-21)`, '2026-08-21', 5)),
  openaiLong(openai(['gpt-5.6-terra'], 2, 0.2, 12, `${G} (price since 2026-07-30)`, '2026-07-30', 2.5)),
  openaiLong(openai(['gpt-5.6-luna'], 0.2, 0.02, 1.2, `${G} (price since 2026-07-30)`, '2026-07-30', 0.25)),
  openaiLong(openai(['gpt-6-astra'], 10, 1, 50, G, '2026-09-23', 12.5)),
  openaiLong(openai(['gpt-6-sol'], 2, 0.2, 10, `${G}; [M] model page`, '2026-09-22', 2.5)),
  openaiLong(openai(['gpt-6-luna'], 0.1, 0.01, 0.5, G, '2026-09-22', 0.125)),
  openaiLong(
    openai(
      ['gpt-6.1-sol'],
      2,
      0.1,
      10,
      '(secondary) LiteLLM blog; codexometer / AILSA release notes quoting the model page',
      '2026-10-01',
      2.5,
    ),
  ),
  openaiLong(openai(['gpt-6.1-terra'], 1, 0.05, 5, '(secondary) LiteLLM blog, apidog, PromptFuel', '2026-10-26', 1.25)),
  openaiLong(openai(['gpt-6.2-sol'], 2, 0.1, 10, '[M] model page (stored copy)', '2026-11-17', 2.5)),

  // Anthropic, standard speed: input, 5-minute cache write, cache read, output (then the [PC] cache minimum).
  anthropic(['claude-3-haiku-20240307'], 0.25, 0.3, 0.03, 1.25, G, '2026-09-23', 2048),
  anthropic(['claude-3-5-sonnet-20240620', 'claude-3-5-sonnet-20241022'], 3, 3.75, 0.3, 15, G, '2026-09-23', 1024),
  anthropic(['claude-3-7-sonnet-20250219'], 3, 3.75, 0.3, 15, G, '2026-09-23', 1024),
  anthropic(['claude-3-5-haiku-20241022'], 0.8, 1, 0.08, 4, G, '2026-09-23', 2048),
  anthropic(['claude-sonnet-4-20250514', 'claude-sonnet-4-0'], 3, 3.75, 0.3, 15, G, '2026-09-23', 1024),
  anthropic(['claude-opus-4-20250514', 'claude-opus-4-0'], 15, 18.75, 1.5, 75, `[P]; ${G}`, '2026-09', 1024),
  anthropic(['claude-opus-4-1-20250805', 'claude-opus-4-1'], 15, 18.75, 1.5, 75, '[P] pricing page', '2026-09', 1024),
  {
    ...anthropic(['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5'], 3, 3.75, 0.3, 15, G, '2026-09-23', 1024),
    longContext: {
      aboveInputTokens: 200_000,
      input: 6,
      cacheWrite: 7.5,
      cacheWriteLong: 12,
      cacheRead: 0.6,
      output: 22.5,
    },
  },
  anthropic(['claude-haiku-4-5-20251001', 'claude-haiku-4-5'], 1, 1.25, 0.1, 5, `[MP]; ${G}`, '2026-09-23', 4096),
  anthropic(['claude-opus-4-5-20251101', 'claude-opus-4-5'], 5, 6.25, 0.5, 25, '[P] pricing page', '2026-09', 4096),
  anthropic(['claude-opus-4-6'], 5, 6.25, 0.5, 25, '[P] pricing page', '2026-09', 4096),
  anthropic(['claude-opus-4-7'], 5, 6.25, 0.5, 25, '[P] pricing page', '2026-09'),
  anthropic(['claude-opus-4-8'], 5, 6.25, 0.5, 25, '[P] pricing page', '2026-09'),
  anthropic(['claude-sonnet-4-6'], 3, 3.75, 0.3, 15, `${G} (flat since 2026-03-13)`, '2026-09-23', 2048),
  anthropic(['claude-sonnet-5'], 2, 2.5, 0.2, 10, '[MP] model page', '2026-06-30'),
  anthropic(['claude-opus-5'], 5, 6.25, 0.5, 25, '[P]; [MP]', '2026-07-24'),
  anthropic(['claude-fable-5', 'claude-mythos-5'], 10, 12.5, 1, 50, '[P] pricing page', '2026-09'),
  anthropic(['claude-fable-5-1', 'claude-mythos-5-1'], 10, 12.5, 0.25, 50, '[P] pricing page', '2026-09'),
  anthropic(['claude-opus-5-5'], 4, 5, 0.2, 20, '[MP]; PromptFuel v1.0.21 (secondary)', '2026-09-22'),
  anthropic(['claude-sonnet-5-5'], 2, 2.5, 0.1, 10, '[MP] migration guide (read price since 2026-10-07)', '2026-10-07'),
  {
    ...anthropic(['claude-haiku-5-5'], 0.1, 0.125, 0.01, 0.5, '[MP] model page', '2026-10-07'),
    // The tier counts input, cache reads and cache writes together, and reprices the whole request.
    longContext: {
      aboveInputTokens: 100_000,
      input: 0.5,
      cacheWrite: 0.625,
      cacheWriteLong: 1,
      cacheRead: 0.05,
      output: 2.5,
    },
  },
  anthropic(['claude-fable-5-2'], 8, 10, 0.2, 40, '[MP] models overview; rightsize v0.10.2 (secondary)', '2026-11-09'),
];
