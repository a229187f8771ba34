import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArtifactRef, WorkflowArtifacts, WorkflowRunRef } from '../../src/core/ports.ts';
import type { RunResults } from '../../src/core/results.ts';

/** One stored run for the memory WorkflowArtifacts: its branch, whether it succeeded, its artifacts' results. */
export interface MemoryRun {
  id: number;
  branch: string;
  success: boolean;
  artifacts: Record<string, RunResults>;
}

/**
 * The test implementation of the WorkflowArtifacts port: runs held in memory,
 * `current` the run a merge step belongs to, downloads written as the
 * artifact's results.json. `forbidden` answers like a token without `actions: read`.
 */
export function memoryWorkflowArtifacts(
  runs: MemoryRun[],
  options: { current?: number; forbidden?: boolean } = {},
): WorkflowArtifacts & { downloads: string[] } {
  const downloads: string[] = [];
  const refuse = () => {
    if (options.forbidden) throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
  };
  const runOf = (runId: number | null) => runs.find((run) => run.id === (runId ?? options.current));
  const refsOf = (run: MemoryRun | undefined): ArtifactRef[] =>
    Object.keys(run?.artifacts ?? {}).map((name, index) => ({ id: (run?.id ?? 0) * 100 + index, name }));
  return {
    downloads,
    async successfulRuns(branch, limit): Promise<WorkflowRunRef[]> {
      refuse();
      return runs
        .filter((run) => run.branch === branch && run.success)
        .sort((a, b) => b.id - a.id)
        .slice(0, limit)
        .map((run) => ({ id: run.id, url: `https://github.com/acme/agents/actions/runs/${run.id}` }));
    },
    async list(runId) {
      if (runId !== null) refuse();
      return refsOf(runOf(runId));
    },
    async download(artifact, runId, directory) {
      const results = runOf(runId)?.artifacts[artifact.name];
      if (!results) throw new Error(`no artifact ${artifact.name}`);
      downloads.push(artifact.name);
      await mkdir(directory, { recursive: true });
      await writeFile(join(directory, 'results.json'), JSON.stringify(results));
    },
  };
}
