import type { ServerResponse } from 'node:http';
import type { FakeArtifactService } from './artifact-service.ts';
import { sendJson } from './loopback.ts';

/**
 * The GitHub REST Actions endpoints a baseline lookup and @actions/artifact's
 * `findBy` use, shaped as GitHub's REST reference documents them:
 * - GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs (branch, event, status, per_page, page)
 * - GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts (name, per_page, page)
 * - GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip: 302 to the blob
 * A workflow run's artifacts are the artifact service's artifacts with its run backend id.
 */

export interface FakeWorkflowRun {
  id: number;
  /** The workflow file name, as GITHUB_WORKFLOW_REF names it (`agents.yml`), or its numeric id. */
  workflowFile: string;
  headBranch: string;
  event: string;
  conclusion: 'success' | 'failure' | 'cancelled';
  /** The run backend id its artifacts were uploaded under (the runtime token's claim). */
  runBackendId: string;
}

export interface ActionsFakeState {
  forbidActions: boolean;
  workflowRuns: FakeWorkflowRun[];
  artifactService: FakeArtifactService | null;
  serverUrl: string;
  apiUrl: string;
}

const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow',
  status: '403',
};

const WORKFLOW_ID = 161_335;

export function answerActionsRequest(state: ActionsFakeState, url: URL, response: ServerResponse): void {
  if (state.forbidActions) return sendJson(response, 403, FORBIDDEN);
  const runs = /^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)\/runs$/.exec(url.pathname);
  const runArtifacts = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/artifacts$/.exec(url.pathname);
  const download = /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname);
  const page = <T>(items: T[]): T[] => {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const number = Number(url.searchParams.get('page') ?? 1);
    return items.slice((number - 1) * perPage, number * perPage);
  };
  if (runs) {
    const [, owner = '', repo = '', workflow = ''] = runs;
    const query = url.searchParams;
    const matching = state.workflowRuns
      .filter(
        (run) =>
          (run.workflowFile === workflow || String(WORKFLOW_ID) === workflow) &&
          (!query.get('branch') || run.headBranch === query.get('branch')) &&
          (!query.get('event') || run.event === query.get('event')) &&
          (!query.get('status') || ['completed', run.conclusion].includes(query.get('status') ?? '')),
      )
      .sort((a, b) => b.id - a.id);
    const shown = page(matching).map((run) => workflowRun(state, owner, repo, run));
    return sendJson(response, 200, { total_count: matching.length, workflow_runs: shown });
  }
  if (runArtifacts) {
    const [, owner = '', repo = '', runId = '0'] = runArtifacts;
    const run = state.workflowRuns.find((candidate) => candidate.id === Number(runId));
    if (!run) return sendJson(response, 404, { message: 'Not Found', status: '404' });
    const name = url.searchParams.get('name');
    const matching = (state.artifactService?.artifacts ?? []).filter(
      (artifact) =>
        artifact.finalized && artifact.runBackendId === run.runBackendId && (!name || artifact.name === name),
    );
    const shown = page(matching).map((artifact) => ({
      id: artifact.id,
      node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
      name: artifact.name,
      size_in_bytes: artifact.size ?? 0,
      url: `${state.apiUrl}/repos/${owner}/${repo}/actions/artifacts/${artifact.id}`,
      archive_download_url: `${state.apiUrl}/repos/${owner}/${repo}/actions/artifacts/${artifact.id}/zip`,
      expired: false,
      digest: artifact.hash,
      created_at: artifact.createdAt,
      updated_at: artifact.createdAt,
      expires_at: artifact.expiresAt,
      workflow_run: { id: run.id, repository_id: 1296269, head_repository_id: 1296269, head_branch: run.headBranch },
    }));
    return sendJson(response, 200, { total_count: matching.length, artifacts: shown });
  }
  if (download) {
    const artifact = state.artifactService?.artifacts.find(
      (candidate) => candidate.finalized && String(candidate.id) === download[3],
    );
    if (!artifact || !state.artifactService) return sendJson(response, 404, { message: 'Not Found', status: '404' });
    response.writeHead(302, { location: state.artifactService.downloadUrl(artifact.id) });
    return void response.end();
  }
  sendJson(response, 404, { message: 'Not Found', path: url.pathname });
}

function workflowRun(state: ActionsFakeState, owner: string, repo: string, run: FakeWorkflowRun) {
  const time = new Date(Date.UTC(2026, 10, 24, 8, 0, run.id % 3600)).toISOString();
  return {
    id: run.id,
    name: 'Agent tests',
    node_id: `WFR_${run.id}`,
    head_branch: run.headBranch,
    head_sha: 'acb5820ced9479c074f688cc328bf03f341a511d',
    path: `.github/workflows/${run.workflowFile}`,
    run_number: run.id,
    run_attempt: 1,
    event: run.event,
    status: 'completed',
    conclusion: run.conclusion,
    workflow_id: WORKFLOW_ID,
    url: `${state.apiUrl}/repos/${owner}/${repo}/actions/runs/${run.id}`,
    html_url: `${state.serverUrl}/${owner}/${repo}/actions/runs/${run.id}`,
    created_at: time,
    updated_at: time,
    run_started_at: time,
  };
}
