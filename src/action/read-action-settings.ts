import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { MIN_SECRET_LENGTH } from '../core/redaction/index.ts';
import { withoutCredentials } from '../core/safe-text.ts';
import { parseScenarioFilters, type ScenarioFilter } from '../core/scenario/scenario-filter.ts';
import { ADAPTERS, type AdapterName } from '../core/scenario/schema.ts';
import { parseShard, shardLabel, type Shard } from '../core/scenario/shard.ts';
import { collectSecrets, type NamedSecret } from '../engine/secrets.ts';
import { workflowFileOf } from './workflow-artifacts.ts';
import {
  ACTION_MODES,
  FAIL_ON,
  Input,
  PROMPT_CACHING,
  SECRET_INPUTS,
  type ActionMode,
  type FailOn,
} from './action-names.ts';

/** Everything the action needs from its inputs and the runner's environment, read once and validated. */
export interface ActionSettings {
  /** Files, folders or globs relative to workingDirectory; empty for salvo.yaml's scenarios_dir (default `salvo`). */
  scenarios: string[];
  /** Absolute. */
  workingDirectory: string;
  openaiApiKey: string | null;
  anthropicApiKey: string | null;
  openaiBaseUrl: string | null;
  anthropicBaseUrl: string | null;
  /** `merge` runs nothing: it merges the current run's shard artifacts. */
  mode: ActionMode;
  concurrency: number;
  /** Per-trial wall-clock limit, or null for the scenario's own timeout_seconds. */
  trialTimeoutSeconds: number | null;
  /** Null: each scenario's own `trials` (or salvo.yaml's, else 1). */
  trials: number | null;
  model: string | null;
  adapter: AdapterName | null;
  filters: ScenarioFilter[];
  earlyStop: boolean;
  /** `prompt-caching: off`: no scenario caches; `auto` (default) leaves it to salvo.yaml and the scenarios. */
  noPromptCache: boolean;
  /** Where to write JUnit XML, absolute, or null. */
  junitPath: string | null;
  /** This leg's slice of the scenario files (`shard: 2/3`), or null for all of them. */
  shard: Shard | null;
  /** Per provider request, or null for salvo.yaml's request_timeout_seconds or the default (120 s). */
  requestTimeoutSeconds: number | null;
  maxCostUsd: number | null;
  /** For judge assertions that no scenario or salvo.yaml gives a model. */
  judgeModel: string | null;
  /** For simulated users that no scenario or salvo.yaml gives a model. */
  simulatorModel: string | null;
  failOn: FailOn;
  /** Fail the step when a pull request removed or loosened a check of its baseline. */
  failOnLoosened: boolean;
  /**
   * What a pull request is compared with: `auto` (the base branch's latest successful run of this workflow), `none`,
   * or an absolute path to a results.json or an extracted artifact folder.
   */
  baseline: { kind: 'auto' } | { kind: 'none' } | { kind: 'file'; path: string };
  commentOnPr: boolean;
  githubToken: string | null;
  artifactName: string;
  /** 1-90, or null for the repository default. */
  retentionDays: number | null;
  /**
   * Every secret value the action knows of, for the redactor (src/engine/secrets.ts, the CLI's too):
   * its key inputs and token, every `*_API_KEY`, `*_TOKEN`, `*_SECRET`, `*_PASSWORD` environment
   * variable (a workflow's `env:` lands there), and the credentials of any URL in either.
   */
  secrets: NamedSecret[];
  github: GithubRunContext;
}

export interface GithubRunContext {
  workflow: string;
  job: string;
  runId: string;
  runAttempt: string;
  owner: string;
  repo: string;
  serverUrl: string;
  apiUrl: string;
  eventName: string;
  /** The PR number on pull_request(_target) events, else null. */
  pullRequestNumber: number | null;
  /** The commit the run tested: a PR's head commit (not the merge commit GITHUB_SHA names), else GITHUB_SHA. */
  commitSha: string | null;
  /** True when the PR comes from another repository (a fork: read-only token, no secrets). */
  fromFork: boolean;
  /** True when Dependabot opened or updated the PR (no secrets either). */
  fromDependabot: boolean;
  workspace: string;
  /** Where the runner wants step-summary Markdown appended; null outside a runner. */
  stepSummaryFile: string | null;
  /** The pull request's base branch (GITHUB_BASE_REF, else the event's), or null outside pull requests. */
  baseRef: string | null;
  /** The workflow's file name (`agents.yml`, from GITHUB_WORKFLOW_REF), to find its earlier runs; null when unknown. */
  workflowFile: string | null;
  /** Scratch space cleaned after the job. */
  tempDirectory: string;
}

type Env = Record<string, string | undefined>;

export const DEFAULT_ARTIFACT_NAME = 'salvo-traces';

/** The runner's convention (@actions/core getInput): INPUT_<NAME>, upper-cased, spaces to _, hyphens kept. */
function readInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * Reads and validates the inputs. Secrets are registered with
 * `registerSecret` (core.setSecret) first, line by line too, before any other
 * input is read or any message could quote them: the secret inputs whatever
 * their length (as the runner masks them), the environment's secrets from
 * MIN_SECRET_LENGTH characters (masking a shorter value would shred the log).
 */
export function readActionSettings(env: Env, registerSecret: (secret: string) => void): ActionSettings {
  const inputs: NamedSecret[] = [];
  for (const name of SECRET_INPUTS) {
    const value = readInput(env, name);
    if (value) inputs.push({ source: `action input '${name}'`, value });
  }
  const secrets = collectSecrets(env, inputs);
  for (const { value } of secrets) {
    if (!inputs.some((input) => input.value === value) && value.length < MIN_SECRET_LENGTH) continue;
    registerSecret(value);
    for (const line of value.split(/\r?\n/)) if (line.trim() && line.trim() !== value) registerSecret(line.trim());
  }
  const optional = (name: string) => readInput(env, name) || null;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = resolve(workspace, readInput(env, Input.workingDirectory) || '.');
  const scenarios = readLines(env, Input.scenarios);
  const junit = optional(Input.junit);
  return {
    scenarios,
    workingDirectory,
    openaiApiKey: optional(Input.openaiApiKey),
    anthropicApiKey: optional(Input.anthropicApiKey),
    openaiBaseUrl: readUrl(env, Input.openaiBaseUrl),
    anthropicBaseUrl: readUrl(env, Input.anthropicBaseUrl),
    mode: readChoice(env, Input.mode, ACTION_MODES, 'auto'),
    concurrency: readNumber(env, Input.concurrency, { integer: true, min: 1, max: 64 }) ?? 4,
    trialTimeoutSeconds: readNumber(env, Input.trialTimeoutSeconds, { integer: false, min: 0.001, max: 21_600 }),
    trials: readNumber(env, Input.trials, { integer: true, min: 1, max: 100 }),
    model: optional(Input.model),
    adapter: readInput(env, Input.adapter) ? readChoice(env, Input.adapter, ADAPTERS, 'openai') : null,
    filters: parseScenarioFilters(readLines(env, Input.filter), `input '${Input.filter}'`),
    earlyStop: readBoolean(env, Input.earlyStop, false),
    noPromptCache: readChoice(env, Input.promptCaching, PROMPT_CACHING, 'auto') === 'off',
    junitPath: junit === null ? null : resolve(workingDirectory, junit),
    shard: readInput(env, Input.shard) ? parseShard(readInput(env, Input.shard), `input '${Input.shard}'`) : null,
    requestTimeoutSeconds: readNumber(env, Input.requestTimeoutSeconds, { integer: false, min: 0.1, max: 3600 }),
    maxCostUsd: readNumber(env, Input.maxCostUsd, { integer: false, min: 0, max: 1_000_000 }),
    judgeModel: optional(Input.judgeModel),
    simulatorModel: optional(Input.simulatorModel),
    failOn: readChoice(env, Input.failOn, FAIL_ON, 'failure'),
    failOnLoosened: readBoolean(env, Input.failOnLoosened, false),
    baseline: readBaseline(readInput(env, Input.baseline), workingDirectory),
    commentOnPr: readBoolean(env, Input.commentOnPr, true),
    githubToken: optional(Input.githubToken),
    artifactName: readArtifactName(env),
    retentionDays: readNumber(env, Input.retentionDays, { integer: true, min: 1, max: 90 }),
    secrets,
    github: readGithubContext(env, workspace),
  };
}

/** A multi-line input: one value a line; blank lines and # comments ignored. */
function readLines(env: Env, name: string): string[] {
  return readInput(env, name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

function readChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const value = readInput(env, name);
  if (!value) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`input '${name}' is '${value}'; expected one of: ${choices.join(', ')}`);
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const value = readInput(env, name);
  if (!value) return fallback;
  // The YAML 1.2 core schema's booleans, like core.getBooleanInput.
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input '${name}' is '${value}'; expected true or false`);
}

function readNumber(env: Env, name: string, rule: { integer: boolean; min: number; max: number }): number | null {
  const value = readInput(env, name);
  if (!value) return null;
  const number = Number(value);
  const kind = rule.integer ? 'a whole number' : 'a number';
  if (
    !Number.isFinite(number) ||
    (rule.integer && !Number.isInteger(number)) ||
    number < rule.min ||
    number > rule.max
  ) {
    throw new UsageError(`input '${name}' is '${value}'; expected ${kind} from ${rule.min} to ${rule.max}`);
  }
  return number;
}

function readUrl(env: Env, name: string): string | null {
  const value = readInput(env, name);
  if (!value) return null;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new UsageError(`input '${name}' is '${withoutCredentials(value)}'; expected an http(s) URL`);
  }
  const url = new URL(value);
  if (url.username || url.password) {
    // Node's fetch refuses such a URL, and its message would quote it; say what to do instead, without them.
    throw new UsageError(
      `input '${name}' carries credentials (${withoutCredentials(value)}); ` +
        "Node's fetch refuses a URL with a user or password",
      {
        hint:
          `give the key in '${name === Input.openaiBaseUrl ? Input.openaiApiKey : Input.anthropicApiKey}', ` +
          "or put the gateway's credentials in its own configuration",
      },
    );
  }
  return value;
}

/** `baseline`: empty for auto, `none`, or a path relative to working-directory. */
function readBaseline(value: string, workingDirectory: string): ActionSettings['baseline'] {
  if (!value || value === 'auto') return { kind: 'auto' };
  if (value === 'none') return { kind: 'none' };
  return { kind: 'file', path: resolve(workingDirectory, value) };
}

/** Artifact names may not contain " : < > | * ? \r \n \ / (gha-notes §4.1). */
function readArtifactName(env: Env): string {
  const base = readInput(env, Input.artifactName) || DEFAULT_ARTIFACT_NAME;
  const shard = readInput(env, Input.shard);
  // A shard's artifact carries its place (`salvo-traces-shard-2-of-3`), so a merge step can find every shard.
  const value = shard ? `${base}-${shardLabel(parseShard(shard, `input '${Input.shard}'`))}` : base;
  if (/[":<>|*?\r\n\\/]/.test(value)) {
    throw new UsageError(
      `input '${Input.artifactName}' is '${value}'; artifact names may not contain " : < > | * ? \\ / or line breaks`,
    );
  }
  return value;
}

function readGithubContext(env: Env, workspace: string): GithubRunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const pullRequest = readPullRequest(env.GITHUB_EVENT_PATH);
  const isPullRequestEvent = eventName === 'pull_request' || eventName === 'pull_request_target';
  return {
    workflow: env.GITHUB_WORKFLOW ?? 'workflow',
    job: env.GITHUB_JOB ?? 'job',
    runId: env.GITHUB_RUN_ID ?? '0',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    owner,
    repo,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    // Passed to getOctokit explicitly: @actions/github reads GITHUB_API_URL at import time.
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    eventName,
    pullRequestNumber: isPullRequestEvent ? (pullRequest?.number ?? null) : null,
    commitSha: (isPullRequestEvent ? pullRequest?.headSha : null) ?? (env.GITHUB_SHA || null),
    fromFork:
      isPullRequestEvent &&
      pullRequest !== null &&
      pullRequest.headRepo !== null &&
      pullRequest.headRepo !== `${owner}/${repo}`,
    fromDependabot: isPullRequestEvent && (env.GITHUB_ACTOR === DEPENDABOT || pullRequest?.author === DEPENDABOT),
    workspace: isAbsolute(workspace) ? workspace : resolve(workspace),
    stepSummaryFile: env.GITHUB_STEP_SUMMARY || null,
    baseRef: isPullRequestEvent ? env.GITHUB_BASE_REF || pullRequest?.baseRef || null : null,
    workflowFile: workflowFileOf(env.GITHUB_WORKFLOW_REF),
    tempDirectory: env.RUNNER_TEMP || resolve(workspace, '.salvo', 'tmp'),
  };
}

const DEPENDABOT = 'dependabot[bot]';

function readPullRequest(eventPath: string | undefined): {
  number: number;
  headRepo: string | null;
  headSha: string | null;
  baseRef: string | null;
  author: string | null;
} | null {
  if (!eventPath) return null;
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: {
        number?: unknown;
        head?: { repo?: { full_name?: unknown } | null; sha?: unknown };
        base?: { ref?: unknown } | null;
        user?: { login?: unknown } | null;
      };
      number?: unknown;
    };
    const number = payload.pull_request?.number ?? payload.number;
    if (typeof number !== 'number') return null;
    const headRepo = payload.pull_request?.head?.repo?.full_name;
    const author = payload.pull_request?.user?.login;
    const baseRef = payload.pull_request?.base?.ref;
    const headSha = payload.pull_request?.head?.sha;
    return {
      baseRef: typeof baseRef === 'string' && baseRef ? baseRef : null,
      number,
      headRepo: typeof headRepo === 'string' ? headRepo : null,
      headSha: typeof headSha === 'string' ? headSha : null,
      author: typeof author === 'string' ? author : null,
    };
  } catch {
    return null;
  }
}
