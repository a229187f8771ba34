import type { WorkflowArtifacts } from '../core/ports.ts';

export interface WorkflowArtifactsTarget {
  token: string | null;
  /** Passed to getOctokit explicitly: @actions/github reads GITHUB_API_URL when imported, not when called. */
  apiUrl: string;
  serverUrl: string;
  owner: string;
  repo: string;
  /** The workflow's file name (`agents.yml`), from GITHUB_WORKFLOW_REF; null when the runner did not say. */
  workflowFile: string | null;
}

/**
 * WorkflowArtifacts over GitHub: the workflow's runs through the REST API,
 * artifacts through @actions/artifact (the results service for the current
 * run, `findBy` and the REST API for another run). Both clients are imported
 * lazily, so a run that reads no artifact never loads them.
 */
export function createGithubWorkflowArtifacts(target: WorkflowArtifactsTarget): WorkflowArtifacts {
  const findBy = (runId: number) => {
    if (target.token === null)
      throw Object.assign(new Error('no github-token to read another run with'), { status: 401 });
    return { token: target.token, workflowRunId: runId, repositoryOwner: target.owner, repositoryName: target.repo };
  };
  const client = async () => new (await import('@actions/artifact')).DefaultArtifactClient();
  return {
    async successfulRuns(branch, limit) {
      if (target.token === null || target.workflowFile === null) return [];
      const { getOctokit } = await import('@actions/github');
      const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
      const { data } = await octokit.rest.actions.listWorkflowRuns({
        owner: target.owner,
        repo: target.repo,
        workflow_id: target.workflowFile,
        branch,
        status: 'success',
        per_page: limit,
      });
      return data.workflow_runs.map((run) => ({
        id: run.id,
        url: run.html_url || `${target.serverUrl}/${target.owner}/${target.repo}/actions/runs/${run.id}`,
      }));
    },
    async list(runId) {
      const listed = await (await client()).listArtifacts(runId === null ? {} : { findBy: findBy(runId) });
      return listed.artifacts.map((artifact) => ({ id: artifact.id, name: artifact.name }));
    },
    async download(artifact, runId, directory) {
      await (
        await client()
      ).downloadArtifact(
        artifact.id,
        runId === null ? { path: directory } : { path: directory, findBy: findBy(runId) },
      );
    },
  };
}

/** `acme/agents/.github/workflows/agents.yml@refs/heads/main` → `agents.yml`. */
export function workflowFileOf(workflowRef: string | undefined): string | null {
  const path = workflowRef?.split('@')[0] ?? '';
  const match = /\/\.github\/workflows\/([^/]+)$/.exec(path);
  return match?.[1] ?? null;
}
