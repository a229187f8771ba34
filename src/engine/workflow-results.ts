import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { uuidv7 } from '../core/ids.ts';
import type { ArtifactRef, WorkflowArtifacts } from '../core/ports.ts';
import { mergeRunResults, type MergedRun } from '../core/results-merge.ts';
import type { RunResults } from '../core/results.ts';
import { readResultsDocuments } from '../node-adapters/results-source.ts';
import { systemClock } from '../node-adapters/system-clock.ts';

/** What a pull request is compared with, or in one sentence why nothing. */
export type BaselineLookup =
  | { kind: 'found'; results: RunResults; runId: number; runUrl: string; artifacts: string[] }
  | { kind: 'unavailable'; reason: string };

/** How many of the base branch's latest successful runs are searched for an artifact of this job. */
export const BASELINE_RUNS_SEARCHED = 10;

/** `salvo-traces-shard-2-of-3` for `salvo-traces`: a shard leg's artifact (read-action-settings.ts names them). */
export function isShardArtifactOf(name: string, artifactName: string): boolean {
  return name.startsWith(`${artifactName}-shard-`) && /^-shard-\d+-of-\d+$/.test(name.slice(artifactName.length));
}

/**
 * The baseline of a pull request: the results of the latest successful run of
 * this workflow on the base branch that has this job's artifact, or (a
 * sharded workflow without a merge job) that run's shard artifacts, merged.
 * A token without `actions: read` (403) or no such run is an answer, never an error.
 */
export async function findBaseline(
  source: WorkflowArtifacts,
  request: { branch: string; artifactName: string; directory: string },
): Promise<BaselineLookup> {
  try {
    const runs = await source.successfulRuns(request.branch, BASELINE_RUNS_SEARCHED);
    for (const run of runs) {
      const artifacts = await source.list(run.id);
      const exact = artifacts.filter((artifact) => artifact.name === request.artifactName);
      const chosen =
        exact.length > 0 ? exact : artifacts.filter((a) => isShardArtifactOf(a.name, request.artifactName));
      if (chosen.length === 0) continue;
      const merged = await downloadAndMerge(source, chosen, run.id, join(request.directory, String(run.id)));
      return {
        kind: 'found',
        results: merged.results,
        runId: run.id,
        runUrl: run.url,
        artifacts: chosen.map((a) => a.name),
      };
    }
    const searched = runs.length === 0 ? 'no successful run' : `none of the latest ${runs.length} successful runs`;
    return {
      kind: 'unavailable',
      reason: `${searched} of this workflow on '${request.branch}' has an artifact named '${request.artifactName}'.`,
    };
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 403 || status === 401)
      return {
        kind: 'unavailable',
        reason:
          `the token cannot read this repository's workflow runs (HTTP ${status}); ` +
          "add 'actions: read' to the job's permissions.",
      };
    return { kind: 'unavailable', reason: `the baseline could not be fetched: ${messageOf(error)}` };
  }
}

/**
 * A merge step's input: every shard artifact of the current run (`<artifactName>-shard-i-of-n`), downloaded and
 * merged. Shards that never reported are named by the merged run, never papered over.
 */
export async function mergeShardArtifacts(
  source: WorkflowArtifacts,
  request: { artifactName: string; directory: string; redact: (results: RunResults) => RunResults },
): Promise<{ merged: MergedRun; artifacts: string[] }> {
  const shards = (await source.list(null)).filter((artifact) => isShardArtifactOf(artifact.name, request.artifactName));
  if (shards.length === 0) {
    throw new UsageError(
      `mode merge found no shard artifacts in this run (names like '${request.artifactName}-shard-1-of-3')`,
      {
        hint:
          "run the shard legs with the 'shard' input and the same 'artifact-name', " +
          'and give the merge job needs: on them',
      },
    );
  }
  const merged = await downloadAndMerge(source, shards, null, request.directory, request.redact);
  return { merged, artifacts: shards.map((shard) => shard.name).sort() };
}

async function downloadAndMerge(
  source: WorkflowArtifacts,
  artifacts: readonly ArtifactRef[],
  runId: number | null,
  directory: string,
  redact: (results: RunResults) => RunResults = (results) => results,
): Promise<MergedRun> {
  const folders: string[] = [];
  for (const artifact of [...artifacts].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const folder = join(directory, artifact.name);
    await mkdir(folder, { recursive: true });
    await source.download(artifact, runId, folder);
    folders.push(folder);
  }
  const { inputs } = await readResultsDocuments(folders, directory);
  if (inputs.length === 1 && inputs[0] && !inputs[0].shard)
    return { results: redact(inputs[0]), missingShards: [], shardCount: null };
  return mergeRunResults(inputs.map(redact), uuidv7(systemClock));
}

function httpStatusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  if ('status' in error && typeof error.status === 'number') return error.status;
  // @actions/artifact's findBy calls report only as text ("... (403) ..." / "Unexpected status: 403").
  const match = /\b(40[13])\b/.exec(messageOf(error));
  return match ? Number(match[1]) : null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
