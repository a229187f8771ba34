import { describe, expect, it } from 'vitest';
import { candidateIds, estimateCost, findPrice, PRICE_TABLE } from '../../src/core/cost/index.ts';
import type { Usage } from '../../src/core/model-client.ts';

const usage = (overrides: Partial<Usage>): Usage => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  reasoningTokens: 0,
  ...overrides,
});
const million = usage({ inputTokens: 1_000_000, outputTokens: 1_000_000 });

describe('estimateCost', () => {
  it('prices an exact id, and a dated snapshot at its own row before its base', () => {
    expect(estimateCost('gpt-4o', million)).toBeCloseTo(12.5);
    expect(estimateCost('gpt-4o-2024-08-06', million)).toBeCloseTo(12.5);
    expect(estimateCost('gpt-4o-2024-05-13', million)).toBeCloseTo(20);
    expect(estimateCost('gpt-5.6-sol-2026-08-21', usage({ inputTokens: 100_000, outputTokens: 100_000 }))).toBeCloseTo(
      0.4 + 2,
    );
  });

  it('never prefix-matches across families', () => {
    expect(findPrice('claude-opus-4-5')?.tier.input).toBe(5);
    expect(findPrice('claude-opus-4-20250514')?.tier.input).toBe(15);
    expect(estimateCost('gpt-4o-mini-2024-07-18', million)).toBeCloseTo(0.75);
    expect(estimateCost('gpt-5.6-sol-pro', million)).toBeNull();
    expect(estimateCost('claude-opus-4-9', million)).toBeNull();
  });

  it('normalises Anthropic dated, Bedrock, Vertex and gateway ids', () => {
    expect(findPrice('claude-sonnet-4-5-20250929')?.tier.input).toBe(3);
    expect(findPrice('us.anthropic.claude-sonnet-4-5-20250929-v1:0')?.tier.input).toBe(3);
    expect(findPrice('claude-opus-4-1@20250805')?.tier.input).toBe(15);
    expect(findPrice('openai/gpt-4.1')?.tier.input).toBe(2);
    expect(candidateIds('ft:gpt-4o:org::abc')).toEqual(['ft:gpt-4o:org::abc']);
  });

  it('returns null for unknown models, never 0', () => {
    expect(estimateCost('llama3.1:8b', million)).toBeNull();
    expect(estimateCost('ft:gpt-4o:org::abc', million)).toBeNull();
  });

  it("uses the user's prices first, with cache rates defaulting to the input rate", () => {
    const prices = { 'llama3.1:8b': { input: 0.1, output: 0.2 }, 'gpt-4o': { input: 1, output: 1 } };
    expect(
      estimateCost(
        'llama3.1:8b',
        usage({ inputTokens: 2_000_000, cacheReadTokens: 1_000_000, outputTokens: 1_000_000 }),
        prices,
      ),
    ).toBeCloseTo(0.4);
    expect(estimateCost('gpt-4o', million, prices)).toBeCloseTo(2);
  });

  it('bills each input token at exactly one rate (cached and cache-write are subsets of input)', () => {
    // claude-haiku-4-5: 1 in, 1.25 write, 0.10 read, 5 out.
    const cost = estimateCost(
      'claude-haiku-4-5',
      usage({ inputTokens: 1_000_000, cacheReadTokens: 500_000, cacheWriteTokens: 250_000, outputTokens: 0 }),
    );
    expect(cost).toBeCloseTo(0.25 * 1 + 0.5 * 0.1 + 0.25 * 1.25);
  });

  it('reprices the whole request above a long-context threshold', () => {
    expect(estimateCost('claude-haiku-5-5', usage({ inputTokens: 100_000, outputTokens: 0 }))).toBeCloseTo(0.01);
    expect(estimateCost('claude-haiku-5-5', usage({ inputTokens: 200_000, outputTokens: 1_000_000 }))).toBeCloseTo(
      0.1 + 2.5,
    );
    expect(estimateCost('gpt-6-sol', usage({ inputTokens: 300_000 }))).toBeCloseTo(0.3 * 4);
  });

  it('has a source and date on every row and no id priced twice', () => {
    const ids = PRICE_TABLE.flatMap((row) => row.ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of PRICE_TABLE) {
      expect(row.source).not.toBe('');
      expect(row.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
  });
});
