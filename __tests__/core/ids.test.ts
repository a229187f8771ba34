import { describe, expect, it } from 'vitest';
import { uuidv7, UUID_PATTERN } from '../../src/core/ids.ts';

describe('uuidv7', () => {
  it('is a version 7, RFC 9562 variant UUID carrying the clock time', () => {
    const id = uuidv7({ now: () => 1_700_000_000_000 });
    expect(id).toMatch(UUID_PATTERN);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(1_700_000_000_000);
  });

  it('sorts in creation order, even within one millisecond', () => {
    const clock = { now: () => 1_700_000_000_123 };
    const ids = Array.from({ length: 200 }, () => uuidv7(clock));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
