import { describe, expect, it } from 'vitest';
import { WriteBehind } from '../../../src/core/runner/write-behind.ts';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('WriteBehind', () => {
  it('runs writes after the current turn of the event loop, one at a time, in the order they were deferred', async () => {
    const writes = new WriteBehind();
    const log: string[] = [];
    const write = (name: string, ticks: number) => async () => {
      log.push(`start ${name}`);
      for (let tick = 0; tick < ticks; tick += 1) await Promise.resolve();
      log.push(`end ${name}`);
    };
    writes.defer(write('trace', 3));
    writes.defer(write('result', 0));
    await Promise.resolve();
    log.push('same turn');
    await writes.drain();
    expect(log).toEqual(['same turn', 'start trace', 'end trace', 'start result', 'end result']);
  });

  it('runs writes deferred while it flushes, and drains them all', async () => {
    const writes = new WriteBehind();
    const log: number[] = [];
    writes.defer(async () => {
      log.push(1);
      writes.defer(async () => void log.push(3));
    });
    writes.defer(async () => void log.push(2));
    await writes.drain();
    expect(log).toEqual([1, 2, 3]);
    writes.defer(async () => void log.push(4));
    await writes.drain();
    expect(log).toEqual([1, 2, 3, 4]);
  });

  it('stops at the first failed write and reports it from drain', async () => {
    const writes = new WriteBehind();
    const log: string[] = [];
    writes.defer(async () => void log.push('first'));
    writes.defer(async () => {
      throw new Error('ENOSPC: no space left on device');
    });
    writes.defer(async () => void log.push('after the failure'));
    expect(writes.failed).toBe(false);
    await nextTurn();
    await nextTurn();
    expect(writes.failed).toBe(true);
    await expect(writes.drain()).rejects.toThrow('ENOSPC');
    expect(log).toEqual(['first']);
  });
});
