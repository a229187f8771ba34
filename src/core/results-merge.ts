import type { RunResults } from './results.ts';
import { runTotals } from './runner/suite-results.ts';

export interface MergedRun {
  results: RunResults;
  /** Shards (1-based) of the split the inputs name that no input covers: they never reported. */
  missingShards: number[];
  /** How many shards the inputs say the suite was split into, or null when none was a shard. */
  shardCount: number | null;
}

/**
 * One run document from several (the shards of a matrix, or its legs):
 * every scenario row once per input, sorted by file, the totals recomputed,
 * the earliest start and latest finish. Missing shards are named, never
 * papered over: the caller reports them and judges the run by them.
 */
export function mergeRunResults(inputs: readonly RunResults[], runId: string): MergedRun {
  const scenarios = inputs
    .flatMap((input) => input.scenarios)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const caps = inputs.map((input) => input.max_cost_usd).filter((cap): cap is number => cap !== null);
  const uncounted = [...new Set(inputs.flatMap((input) => input.uncounted_cost_models ?? []))].sort();
  const first = inputs[0];
  const results: RunResults = {
    schema_version: first?.schema_version ?? 1,
    run_id: runId,
    salvo_version: first?.salvo_version ?? 'unknown',
    started_at: inputs.map((input) => input.started_at).sort()[0] ?? new Date(0).toISOString(),
    finished_at:
      inputs
        .map((input) => input.finished_at)
        .sort()
        .at(-1) ?? new Date(0).toISOString(),
    interrupted: inputs.some((input) => input.interrupted),
    max_cost_usd: caps.length > 0 ? caps.reduce((sum, cap) => sum + cap, 0) : null,
    totals: runTotals(scenarios),
    scenarios,
    ...(inputs.some((input) => input.budget_exhausted) ? { budget_exhausted: true } : {}),
    ...(uncounted.length > 0 ? { uncounted_cost_models: uncounted } : {}),
  };
  const counts = [...new Set(inputs.flatMap((input) => (input.shard ? [input.shard.count] : [])))];
  const shardCount = counts.length > 0 ? Math.max(...counts) : null;
  const seen = new Set(inputs.flatMap((input) => (input.shard ? [input.shard.index] : [])));
  const missingShards =
    shardCount === null
      ? []
      : Array.from({ length: shardCount }, (_, index) => index + 1).filter((index) => !seen.has(index));
  return { results, missingShards, shardCount };
}

/** `shard 2 of 3 (shard-2-of-3) never reported; its scenarios were not verified.`, one line per missing shard. */
export function missingShardLines(merged: Pick<MergedRun, 'missingShards' | 'shardCount'>): string[] {
  return merged.missingShards.map(
    (index) =>
      `shard ${index} of ${merged.shardCount} (shard-${index}-of-${merged.shardCount}) never reported; its scenarios were not verified.`,
  );
}
