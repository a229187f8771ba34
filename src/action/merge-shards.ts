import { join } from 'node:path';
import type { WorkflowArtifacts } from '../core/ports.ts';
import type { Redactor } from '../core/redaction/index.ts';
import type { ShardMerge } from '../core/report/comparison-section.ts';
import { missingShardLines } from '../core/results-merge.ts';
import { mergeShardArtifacts } from '../engine/workflow-results.ts';
import type { ActionLog } from './action-log.ts';
import type { ActionSettings } from './read-action-settings.ts';
import type { EngineOutcome } from './report-run.ts';

/**
 * `mode: merge`: downloads this run's shard artifacts, merges their results
 * (core/results-merge.ts, as `salvo merge` does) and hands the merged run to
 * the same reports as a run. The shards' traces stay in their own artifacts.
 */
export async function mergeShards(
  settings: ActionSettings,
  artifacts: WorkflowArtifacts,
  redaction: { redactor: Redactor; log: ActionLog },
): Promise<{ outcome: EngineOutcome; shards: ShardMerge }> {
  const { merged, artifacts: names } = await mergeShardArtifacts(artifacts, {
    artifactName: settings.artifactName,
    directory: join(settings.github.tempDirectory, 'salvo-shards'),
    // Each shard redacted its own document; again with this job's secrets.
    redact: (results) => redaction.redactor.deep(results),
  });
  const missing = missingShardLines(merged);
  redaction.log.info(
    `salvo: merged ${names.length} shard artifacts (${names.join(', ')}): ${merged.results.totals.total} scenarios.`,
  );
  for (const line of missing) redaction.log.warning(`salvo: missing ${line}`);
  return {
    outcome: { results: merged.results, runDirectory: null, invalidProblems: [] },
    shards: { artifacts: names, missing },
  };
}
