import { describe, expect, it } from 'vitest';
import {
  estimateCacheSaving,
  estimateCost,
  estimateTokens,
  isLongEnoughToCache,
  promptCacheMinimum,
  PRICE_TABLE,
} from '../../src/core/cost/index.ts';
import type { Usage } from '../../src/core/model-client.ts';

const usage = (overrides: Partial<Usage>): Usage => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  reasoningTokens: 0,
  ...overrides,
});

describe('cache pricing', () => {
  it('prices Anthropic cache writes by TTL: 5 minutes at 1.25x input, 1 hour at 2x', () => {
    const fiveMinutes = usage({ inputTokens: 1_000_000, cacheWriteTokens: 1_000_000 });
    const oneHour = usage({ inputTokens: 1_000_000, cacheWriteTokens: 1_000_000, cacheWriteLongTokens: 1_000_000 });
    expect(estimateCost('claude-sonnet-4-6', fiveMinutes)).toBeCloseTo(3.75);
    expect(estimateCost('claude-sonnet-4-6', oneHour)).toBeCloseTo(6);
    const small = usage({ inputTokens: 10_000, cacheWriteTokens: 10_000, cacheWriteLongTokens: 10_000 });
    expect(estimateCost('claude-haiku-5-5', small)).toBeCloseTo(0.002, 6);
    for (const row of PRICE_TABLE.filter((candidate) => candidate.provider === 'anthropic'))
      expect(row.cacheWriteLong).toBeCloseTo(row.input * 2);
  });

  it('saves what reads cost under plain input, minus the writes premium; nothing without cache tokens', () => {
    // 10,000 read at 0.3 instead of 3, 2,000 written at 3.75 instead of 3: (27,000 - 1,500) micro-dollars.
    const turn = usage({ inputTokens: 13_000, cacheReadTokens: 10_000, cacheWriteTokens: 2_000, outputTokens: 50 });
    expect(estimateCacheSaving('claude-sonnet-4-6', turn)).toBeCloseTo(0.0255, 6);
    expect(
      estimateCacheSaving('claude-sonnet-4-6', usage({ inputTokens: 5_000, cacheWriteTokens: 5_000 })),
    ).toBeCloseTo(-0.00375, 6);
    expect(estimateCacheSaving('claude-sonnet-4-6', usage({ inputTokens: 5_000 }))).toBeNull();
    expect(estimateCacheSaving('no-such-model', turn)).toBeNull();
  });
});

describe('prompt-cache minimums', () => {
  it('keeps the documented minimum in the model table with its source; unlisted models get the largest', () => {
    expect(promptCacheMinimum('anthropic', 'claude-sonnet-4-5-20250929')).toMatchObject({ tokens: 1024 });
    expect(promptCacheMinimum('anthropic', 'claude-sonnet-4-6').tokens).toBe(2048);
    expect(promptCacheMinimum('anthropic', 'claude-haiku-4-5').source).toMatch(/prompt-caching page/);
    expect(promptCacheMinimum('anthropic', 'claude-sonnet-5-5')).toMatchObject({ tokens: 4096 });
    expect(promptCacheMinimum('anthropic', 'claude-something-new').tokens).toBe(4096);
    expect(promptCacheMinimum('openai', 'gpt-4.1').tokens).toBe(1024);
  });

  it('needs the estimate (4 characters a token) to clear the minimum by the 10 % margin', () => {
    expect(estimateTokens('x'.repeat(4000))).toBe(1000);
    expect(isLongEnoughToCache('anthropic', 'claude-sonnet-4-5', 1126)).toBe(false);
    expect(isLongEnoughToCache('anthropic', 'claude-sonnet-4-5', 1127)).toBe(true);
  });
});
