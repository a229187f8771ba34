import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readActionSettings } from '../../src/action/read-action-settings.ts';
import { UsageError } from '../../src/core/errors.ts';

const base = {
  GITHUB_WORKSPACE: '/work/repo',
  GITHUB_REPOSITORY: 'acme/agents',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_JOB: 'agents',
};

describe('readActionSettings', () => {
  it('applies the documented defaults', () => {
    const settings = readActionSettings(base, () => undefined);
    expect(settings).toMatchObject({
      scenarios: [],
      workingDirectory: '/work/repo',
      mode: 'auto',
      concurrency: 4,
      failOn: 'failure',
      commentOnPr: true,
      artifactName: 'salvo-traces',
      retentionDays: null,
      maxCostUsd: null,
      requestTimeoutSeconds: null,
      openaiApiKey: null,
      secrets: [],
    });
    expect(settings.github).toMatchObject({
      owner: 'acme',
      repo: 'agents',
      apiUrl: 'https://api.github.com',
      pullRequestNumber: null,
    });
  });

  it('reads INPUT_* with hyphens kept, trims, and splits scenario globs by line', () => {
    const settings = readActionSettings(
      {
        ...base,
        INPUT_SCENARIOS: ' a/*.yaml\n\n# comment\nb/**/*.yml ',
        'INPUT_WORKING-DIRECTORY': 'sub',
        'INPUT_MAX-COST-USD': '2.5',
        'INPUT_REQUEST-TIMEOUT-SECONDS': '90',
        'INPUT_FAIL-ON': 'never',
        'INPUT_COMMENT-ON-PR': 'false',
      },
      () => undefined,
    );
    expect(settings).toMatchObject({
      scenarios: ['a/*.yaml', 'b/**/*.yml'],
      workingDirectory: '/work/repo/sub',
      maxCostUsd: 2.5,
      requestTimeoutSeconds: 90,
      failOn: 'never',
      commentOnPr: false,
    });
  });

  it("reads the CLI's run options: trials, model, adapter, filter lines, early stop, junit, trial timeout", () => {
    const settings = readActionSettings(
      {
        ...base,
        INPUT_TRIALS: '5',
        INPUT_MODEL: 'gpt-4.1-nano',
        INPUT_ADAPTER: 'anthropic',
        INPUT_FILTER: 'team=billing\n# comment\nrefund*',
        'INPUT_EARLY-STOP': 'true',
        INPUT_JUNIT: 'out/j.xml',
        'INPUT_TRIAL-TIMEOUT-SECONDS': '90',
      },
      () => undefined,
    );
    expect(settings).toMatchObject({
      trials: 5,
      model: 'gpt-4.1-nano',
      adapter: 'anthropic',
      earlyStop: true,
      junitPath: '/work/repo/out/j.xml',
      trialTimeoutSeconds: 90,
    });
    expect(settings.filters.map((filter) => filter.text)).toEqual(['team=billing', 'refund*']);
    expect(readActionSettings(base, () => undefined)).toMatchObject({
      trials: null,
      model: null,
      adapter: null,
      filters: [],
      earlyStop: false,
      junitPath: null,
      trialTimeoutSeconds: null,
    });
  });

  it('registers every secret (and each line of a multi-line one) before reading anything else', () => {
    const registered: string[] = [];
    const env = {
      ...base,
      'INPUT_OPENAI-API-KEY': 'sk-test-1234567890',
      'INPUT_ANTHROPIC-API-KEY': 'line-one\nline-two',
      'INPUT_GITHUB-TOKEN': 'ghs_abc',
      INPUT_CONCURRENCY: 'lots',
    };
    expect(() => readActionSettings(env, (secret) => registered.push(secret))).toThrow(UsageError);
    expect(registered).toEqual(['sk-test-1234567890', 'line-one\nline-two', 'line-one', 'line-two', 'ghs_abc']);
  });

  it("treats the environment's secrets as secrets too, registering those long enough to redact", () => {
    const registered: string[] = [];
    const env = {
      ...base,
      'INPUT_OPENAI-API-KEY': 'local',
      DB_PASSWORD: 'db-password-from-env-42',
      SHORT_TOKEN: 'tiny',
      DATABASE_URL: 'postgres://app:url-password-77@db/app',
      HOME: '/home/runner',
    };
    const settings = readActionSettings(env, (secret) => registered.push(secret));
    expect(settings.secrets).toEqual([
      { source: "action input 'openai-api-key'", value: 'local' },
      { source: 'environment variable DB_PASSWORD', value: 'db-password-from-env-42' },
      { source: 'environment variable SHORT_TOKEN', value: 'tiny' },
      { source: 'the credentials in environment variable DATABASE_URL', value: 'url-password-77' },
      { source: 'the credentials in environment variable DATABASE_URL', value: 'app' },
    ]);
    // Inputs are masked whatever their length (as the runner does); the environment's short values would shred the log.
    expect(registered).toEqual(['local', 'db-password-from-env-42', 'url-password-77']);
  });

  it('refuses a base URL with credentials without quoting them', () => {
    const attempt = () =>
      readActionSettings(
        { ...base, 'INPUT_OPENAI-BASE-URL': 'https://bob:gateway-pass-99@gw.example/v1' },
        () => undefined,
      );
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow("input 'openai-base-url' carries credentials (https://[REDACTED]@gw.example/v1)");
    expect(() =>
      readActionSettings({ ...base, 'INPUT_OPENAI-BASE-URL': 'ftp://bob:gateway-pass-99@x' }, () => undefined),
    ).toThrow("is 'ftp://[REDACTED]@x'");
  });

  it.each([
    ['INPUT_MODE', 'sometimes', "input 'mode' is 'sometimes'; expected one of: auto, live, replay"],
    ['INPUT_CONCURRENCY', '0', "input 'concurrency' is '0'; expected a whole number from 1 to 64"],
    ['INPUT_RETENTION-DAYS', '91', "input 'retention-days' is '91'; expected a whole number from 1 to 90"],
    ['INPUT_COMMENT-ON-PR', 'yes', "input 'comment-on-pr' is 'yes'; expected true or false"],
    ['INPUT_OPENAI-BASE-URL', 'ftp://x', "input 'openai-base-url' is 'ftp://x'; expected an http(s) URL"],
    ['INPUT_ARTIFACT-NAME', 'a/b', "input 'artifact-name' is 'a/b'; artifact names may not contain"],
    ['INPUT_TRIALS', '0', "input 'trials' is '0'; expected a whole number from 1 to 100"],
    ['INPUT_ADAPTER', 'gemini', "input 'adapter' is 'gemini'; expected one of: openai, anthropic"],
    ['INPUT_TRIAL-TIMEOUT-SECONDS', '-1', "input 'trial-timeout-seconds' is '-1'; expected a number"],
    ['INPUT_EARLY-STOP', 'maybe', "input 'early-stop' is 'maybe'; expected true or false"],
    ['INPUT_FILTER', 'team=', "input 'filter': 'team=' is not a tag filter"],
  ])('rejects %s=%s with a message naming the input and value', (name, value, message) => {
    expect(() => readActionSettings({ ...base, [name]: value }, () => undefined)).toThrow(message);
  });

  it('finds the PR number and whether the PR comes from a fork in the event payload', () => {
    const eventPath = join(mkdtempSync(join(tmpdir(), 'salvo-event-')), 'event.json');
    writeFileSync(
      eventPath,
      JSON.stringify({ pull_request: { number: 42, head: { repo: { full_name: 'someone/agents' } } } }),
    );
    const settings = readActionSettings(
      { ...base, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath },
      () => undefined,
    );
    expect(settings.github).toMatchObject({ pullRequestNumber: 42, fromFork: true });
    const onPush = readActionSettings(
      { ...base, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventPath },
      () => undefined,
    );
    expect(onPush.github.pullRequestNumber).toBeNull();
  });
});
