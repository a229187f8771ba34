import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.ts';
import { startFakeGithub, type FakeGithub } from '../fakes/github-rest-server.ts';
import { startFakeLlmServer } from '../fakes/llm-server.ts';
import { runAction } from '../helpers/run-action.ts';
import { runnerVariables } from '../helpers/runner-env.ts';

// The fail policy and the default layout of the bundled action (dist/index.js):
// a check is green only when the agent was actually tested.

/** The log without ::debug:: lines (the settings dump names the fromFork field). */
const userFacing = (log: string) =>
  log
    .split('\n')
    .filter((line) => !line.startsWith('::debug::'))
    .join('\n');

describe('the action fail policy, end to end (node dist/index.js)', () => {
  let root: string;
  let github: FakeGithub;
  let artifacts: FakeArtifactService;
  let down: Awaited<ReturnType<typeof startFakeLlmServer>>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'salvo-action-policy-'));
    github = await startFakeGithub();
    artifacts = await startFakeArtifactService();
    down = await startFakeLlmServer({
      reply: () => ({ error: { status: 503, type: 'overloaded', message: 'try later' } }),
    });
  });
  afterAll(async () => {
    await Promise.all([github.close(), artifacts.close(), down.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  function workspace(name: string, files: Record<string, string>): string {
    const dir = join(root, name);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    return dir;
  }
  const scenarios = {
    'salvo/a.yaml': 'model: gpt-4.1-mini\nprompt: one\n',
    'salvo/b.yaml': 'model: gpt-4.1-mini\nprompt: two\n',
    // Shared tool files live in _shared/ and are no scenarios: the default layout skips them.
    'salvo/_shared/tools.yaml': '- name: lookup\n  description: Looks up.\n',
  };

  const runnerEnv = (dir: string, runId: string, pullRequest: { headRepo: string; author?: string }) => {
    const event = join(root, `event-${runId}.json`);
    writeFileSync(
      event,
      JSON.stringify({
        number: 3,
        pull_request: {
          number: 3,
          user: { login: pullRequest.author ?? 'octocat' },
          head: { repo: { full_name: pullRequest.headRepo } },
        },
      }),
    );
    return runnerVariables({
      workspace: dir,
      event: 'pull_request',
      eventPath: event,
      workflow: 'Policy',
      runId,
      apiUrl: github.apiUrl,
      artifactResultsUrl: artifacts.resultsUrl,
    });
  };

  it('fails a same-repository PR whose key input is empty, naming the input, and skips _shared/', async () => {
    const dir = workspace('empty-key', scenarios);
    const run = await runAction({
      directory: root,
      inputs: { 'openai-api-key': '', 'comment-on-pr': 'false' },
      env: runnerEnv(dir, '1201', { headRepo: 'acme/agents' }),
    });
    expect(run.exitCode, run.log).toBe(1);
    expect(run.outputs).toMatchObject({ total: '2', skipped: '2', passed: '0' });
    expect(run.log).toContain('::error::salvo: nothing was verified: of 2 scenarios, 2 skipped');
    expect(run.log).toContain("The input 'openai-api-key' is empty");
    expect(userFacing(run.log)).not.toMatch(/fork/i);
    expect(run.summary).toContain('Nothing actually ran');
    expect(run.summary).not.toContain('_shared');
  });

  it('keeps a fork PR neutral, with a notice that says fork', async () => {
    const dir = workspace('fork', scenarios);
    const run = await runAction({
      directory: root,
      inputs: { 'comment-on-pr': 'false' },
      env: runnerEnv(dir, '1202', { headRepo: 'someone/agents' }),
    });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toContain('::notice::salvo: nothing was verified');
    expect(run.log).toContain('this pull request comes from a fork');
  });

  it('says Dependabot, not fork, on a Dependabot PR', async () => {
    const dir = workspace('dependabot', scenarios);
    const run = await runAction({
      directory: root,
      inputs: { 'comment-on-pr': 'false' },
      env: runnerEnv(dir, '1203', { headRepo: 'acme/agents', author: 'dependabot[bot]' }),
    });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toContain('this is a Dependabot pull request');
    expect(userFacing(run.log)).not.toMatch(/fork/i);
  });

  it('fails a run that got only infrastructure errors, and annotates them as warnings without a line', async () => {
    const dir = workspace('infra', scenarios);
    const run = await runAction({
      directory: root,
      inputs: {
        'openai-api-key': 'sk-policy-0123456789abcdef',
        'openai-base-url': down.openaiBaseUrl,
        'comment-on-pr': 'false',
      },
      env: runnerEnv(dir, '1204', { headRepo: 'acme/agents' }),
    });
    expect(run.exitCode, run.log).toBe(1);
    expect(run.outputs).toMatchObject({ total: '2', errored: '2', passed: '0' });
    expect(run.log).toContain('2 hit only infrastructure errors, so no scenario tested the agent');
    expect(run.log).toMatch(/::warning title=salvo%3A a hit infrastructure errors::/);
    expect(run.log).not.toMatch(/::error title=[^\n]*file=salvo\/a\.yaml/);
  });

  it("honours salvo.yaml's scenarios_dir, and writes a summary when the default folder holds nothing", async () => {
    const moved = workspace('scenarios-dir', {
      'salvo.yaml': 'scenarios_dir: agents\n',
      'agents/a.yaml': scenarios['salvo/a.yaml'],
    });
    const found = await runAction({
      directory: root,
      inputs: { 'comment-on-pr': 'false' },
      env: runnerEnv(moved, '1205', { headRepo: 'someone/agents' }),
    });
    expect(found.outputs).toMatchObject({ total: '1' });
    expect(found.summary).toContain('agents/a.yaml');
    const empty = workspace('nothing', { 'README.md': 'no scenarios yet\n' });
    const run = await runAction({
      directory: root,
      inputs: { 'comment-on-pr': 'false' },
      env: runnerEnv(empty, '1206', { headRepo: 'acme/agents' }),
    });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('salvo did not run');
    expect(run.summary).toContain("no scenarios found: 'salvo' (the default folder)");
  });
});
