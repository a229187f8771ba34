/** Every input and output name of action.yml, in one place (the names are the action's public contract). */

export const Input = {
  scenarios: 'scenarios',
  workingDirectory: 'working-directory',
  openaiApiKey: 'openai-api-key',
  anthropicApiKey: 'anthropic-api-key',
  openaiBaseUrl: 'openai-base-url',
  anthropicBaseUrl: 'anthropic-base-url',
  mode: 'mode',
  concurrency: 'concurrency',
  trialTimeoutSeconds: 'trial-timeout-seconds',
  trials: 'trials',
  model: 'model',
  adapter: 'adapter',
  filter: 'filter',
  earlyStop: 'early-stop',
  promptCaching: 'prompt-caching',
  junit: 'junit',
  shard: 'shard',
  requestTimeoutSeconds: 'request-timeout-seconds',
  maxCostUsd: 'max-cost-usd',
  judgeModel: 'judge-model',
  simulatorModel: 'simulator-model',
  failOn: 'fail-on',
  failOnLoosened: 'fail-on-loosened',
  baseline: 'baseline',
  commentOnPr: 'comment-on-pr',
  githubToken: 'github-token',
  artifactName: 'artifact-name',
  retentionDays: 'retention-days',
} as const;

/** Inputs whose values are secrets: masked with setSecret before anything else is read. */
export const SECRET_INPUTS = [Input.openaiApiKey, Input.anthropicApiKey, Input.githubToken] as const;

export const Output = {
  resultsFile: 'results-file',
  total: 'total',
  passed: 'passed',
  failed: 'failed',
  errored: 'errored',
  skipped: 'skipped',
  totalCostUsd: 'total-cost-usd',
  trialsRun: 'trials-run',
  passRate: 'pass-rate',
  flaky: 'flaky',
  artifactId: 'artifact-id',
  artifactUrl: 'artifact-url',
  commentUrl: 'comment-url',
  regressed: 'regressed',
  improved: 'improved',
  baselineRunId: 'baseline-run-id',
} as const;

export const MODES = ['auto', 'live', 'replay'] as const;
export const PROMPT_CACHING = ['auto', 'off'] as const;
export type RunMode = (typeof MODES)[number];
/** `merge`: run nothing; merge the shard artifacts of this workflow run into one report. */
export const ACTION_MODES = [...MODES, 'merge'] as const;
export type ActionMode = (typeof ACTION_MODES)[number];

export const FAIL_ON = ['failure', 'regression', 'infrastructure', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
