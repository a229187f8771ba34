import type { RateLimitFigures, RunResults } from './results.ts';
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
    ...mergedRateLimits(inputs),
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
      `shard ${index} of ${merged.shardCount} (shard-${index}-of-${merged.shardCount}) never reported; ` +
      'its scenarios were not verified.',
  );
}

/** The shards' rate-limit figures, summed per provider and base URL (each shard had its own limiter). */
function mergedRateLimits(inputs: readonly RunResults[]): { rate_limits?: RateLimitFigures[] } {
  const merged = new Map<string, RateLimitFigures>();
  for (const entry of inputs.flatMap((input) => input.rate_limits ?? [])) {
    const key = `${entry.provider} ${entry.base_url ?? ''}`;
    const sum = merged.get(key);
    merged.set(
      key,
      sum
        ? {
            ...sum,
            requests: sum.requests + entry.requests,
            throttled: sum.throttled + entry.throttled,
            retries: sum.retries + entry.retries,
            waited_seconds: Math.round((sum.waited_seconds + entry.waited_seconds) * 10) / 10,
            gave_up: sum.gave_up + entry.gave_up,
            // Each shard settled on its own; the least is what held them all.
            concurrency:
              sum.concurrency === null || entry.concurrency === null
                ? (sum.concurrency ?? entry.concurrency)
                : Math.min(sum.concurrency, entry.concurrency),
          }
        : { ...entry },
    );
  }
  return merged.size > 0 ? { rate_limits: [...merged.values()] } : {};
}
