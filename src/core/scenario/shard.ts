import { UsageError } from '../errors.ts';

/** One of `count` slices of the scenario files, 1-based: `--shard 2/3`, the action's `shard: 2/3`. */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string, where: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > 256 || index < 1 || index > count) {
    throw new UsageError(`${where} is '${text}'; expected i/n with 1 <= i <= n <= 256, e.g. 2/3`);
  }
  return { index, count };
}

/** `shard-2-of-3`: what artifact names and comment keys carry. */
export function shardLabel(shard: Shard): string {
  return `shard-${shard.index}-of-${shard.count}`;
}

/**
 * The files of one shard. Deterministic, so every matrix leg computes the
 * same split from the same files: with a weight for every file (the
 * recorded duration), the heaviest file goes to the lightest shard (ties to
 * the lower shard, files in path order); without weights, the files in path
 * order are dealt round-robin. Every file lands in exactly one shard.
 */
export function filesOfShard(
  files: readonly string[],
  shard: Shard,
  weightOf: (file: string) => number | null,
): string[] {
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const weights = sorted.map(weightOf);
  const known = weights.filter((weight): weight is number => weight !== null && weight > 0);
  if (known.length === 0) return sorted.filter((_, position) => position % shard.count === shard.index - 1);
  // Files without a recording count as an average one.
  const fallback = known.reduce((sum, weight) => sum + weight, 0) / known.length;
  const order = sorted.map((file, position) => ({ file, weight: weights[position] ?? fallback }));
  order.sort((a, b) => b.weight - a.weight || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const loads = new Array<number>(shard.count).fill(0);
  const mine: string[] = [];
  for (const { file, weight } of order) {
    let lightest = 0;
    for (let candidate = 1; candidate < loads.length; candidate++)
      if ((loads[candidate] ?? 0) < (loads[lightest] ?? 0)) lightest = candidate;
    loads[lightest] = (loads[lightest] ?? 0) + weight;
    if (lightest === shard.index - 1) mine.push(file);
  }
  return mine.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
