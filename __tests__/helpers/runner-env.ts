import { fakeRuntimeToken } from '../fakes/artifact-service.ts';

/**
 * The GITHUB_* and ACTIONS_* variables a runner gives a job of `acme/agents`, pointed at the loopback GitHub REST
 * and artifact-service fakes; a test adds what its workflow sets apart (GITHUB_WORKFLOW_REF, a token...).
 */
export function runnerVariables(options: {
  workspace: string;
  event: 'push' | 'pull_request';
  /** The event payload file; a push test may leave it out. */
  eventPath?: string;
  workflow: string;
  runId: string;
  apiUrl: string;
  artifactResultsUrl: string;
}): Record<string, string> {
  return {
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.event,
    ...(options.eventPath ? { GITHUB_EVENT_PATH: options.eventPath } : {}),
    GITHUB_REPOSITORY: 'acme/agents',
    GITHUB_WORKFLOW: options.workflow,
    GITHUB_JOB: 'agents',
    GITHUB_RUN_ID: options.runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    ACTIONS_RESULTS_URL: options.artifactResultsUrl,
    ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(`run-${options.runId}`, `job-${options.runId}`),
  };
}
