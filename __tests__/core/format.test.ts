import { describe, expect, it } from 'vitest';
import { formatCost, formatCount, formatSeconds, plural, verdictLabel } from '../../src/core/format.ts';

describe('the formatters every report shares', () => {
  it('groups thousands as toLocaleString("en-US") does, for whole numbers', () => {
    const values = [
      0,
      7,
      999,
      1000,
      1234,
      99_999,
      100_000,
      1_234_567,
      -1,
      -1000,
      -987_654_321,
      Number.MAX_SAFE_INTEGER,
      1e21,
    ];
    for (const value of values) expect(formatCount(value)).toBe(value.toLocaleString('en-US'));
    expect(formatCount(1234.5678)).toBe('1,235');
  });

  it('prints cost with four significant digits under a dollar and cents above, never float noise', () => {
    expect(formatCost(0.0004630000000000001)).toBe('$0.000463');
    expect(formatCost(0.123456)).toBe('$0.1235');
    expect(formatCost(0)).toBe('$0');
    expect(formatCost(1.925)).toBe('$1.93');
    expect(formatCost(null)).toBe('unknown');
  });

  it('prints seconds one way: 1.23s, 12.3s, 2s', () => {
    expect(formatSeconds(1.234)).toBe('1.23s');
    expect(formatSeconds(12.34)).toBe('12.3s');
    expect(formatSeconds(2)).toBe('2s');
  });

  it('spells verdicts and counts the same everywhere', () => {
    expect(verdictLabel('HARD_FAIL')).toBe('HARD FAIL');
    expect(verdictLabel('INFRA_ERROR')).toBe('INFRA ERROR');
    expect(plural(1, 'scenario')).toBe('1 scenario');
    expect(plural(1200, 'scenario')).toBe('1,200 scenarios');
  });
});
