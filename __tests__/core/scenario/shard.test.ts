import { describe, expect, it } from 'vitest';
import { filesOfShard, parseShard, shardLabel } from '../../../src/core/scenario/shard.ts';

const files = ['s/e.yaml', 's/a.yaml', 's/d.yaml', 's/b.yaml', 's/c.yaml'];

describe('shards', () => {
  it('split the files by path, every file in exactly one shard, whatever order they came in', () => {
    const shards = [1, 2, 3].map((index) => filesOfShard(files, { index, count: 3 }, () => null));
    expect(shards).toEqual([['s/a.yaml', 's/d.yaml'], ['s/b.yaml', 's/e.yaml'], ['s/c.yaml']]);
    expect(filesOfShard([...files].reverse(), { index: 2, count: 3 }, () => null)).toEqual(shards[1]);
  });

  it('balance by recorded duration when recordings give it, files without one counting as average', () => {
    const durations: Record<string, number> = {
      's/a.yaml': 9000,
      's/b.yaml': 1000,
      's/c.yaml': 1000,
      's/d.yaml': 1000,
    };
    const shards = [1, 2].map((index) => filesOfShard(files, { index, count: 2 }, (file) => durations[file] ?? null));
    expect(shards).toEqual([['s/a.yaml'], ['s/b.yaml', 's/c.yaml', 's/d.yaml', 's/e.yaml']]);
  });

  it('parse i/n and name themselves', () => {
    expect(parseShard(' 2/3 ', '--shard')).toEqual({ index: 2, count: 3 });
    expect(shardLabel({ index: 2, count: 3 })).toBe('shard-2-of-3');
    expect(() => parseShard('4/3', '--shard')).toThrow("--shard is '4/3'; expected i/n with 1 <= i <= n <= 256");
    expect(() => parseShard('two', "input 'shard'")).toThrow("input 'shard' is 'two'");
  });
});
