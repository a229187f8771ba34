import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/core/report/format.ts';

describe('formatCount', () => {
  it('groups thousands exactly as toLocaleString("en-US") does', () => {
    const values = [0, 7, 999, 1000, 1234, 99_999, 100_000, 1_234_567, -1, -1000, -987_654_321, Number.MAX_SAFE_INTEGER, 12.5, 1234.5678, 1e21];
    for (const value of values) expect(formatCount(value)).toBe(value.toLocaleString('en-US'));
  });
});
