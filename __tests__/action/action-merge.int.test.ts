import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeRuntimeToken, startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.ts';
import { startFakeGithub, type FakeGithub } from '../fakes/github-rest-server.ts';
import { startFakeLlmServer } from '../fakes/llm-server.ts';
import { runAction, type ActionRun } from '../helpers/run-action.ts';

// A sharded matrix end to end: shard legs of the bundled action (dist/index.js) upload their slices to the fake
// artifact service, then a `mode: merge` job of the same workflow run lists and downloads them with @actions/artifact
// and reports the whole suite once.

const files: Record<string, string> = {
  'salvo/alpha.yaml': 'model: gpt-4.1-mini\nprompt: alpha\nassertions:\n  - type: output_contains\n    value: ok\n',
  'salvo/bravo.yaml': 'model: gpt-4.1-mini\nprompt: bravo\nassertions:\n  - type: output_contains\n    value: ok\n',
  'salvo/charlie.yaml': 'model: gpt-4.1-mini\nprompt: charlie\nassertions:\n  - type: output_contains\n    value: ok\n',
  'salvo/delta.yaml': 'model: gpt-4.1-mini\nprompt: delta\nassertions:\n  - type: output_contains\n    value: ok\n',
};
const NAMES = ['alpha', 'bravo', 'charlie', 'delta'];

describe('shards merged into one report (node dist/index.js)', () => {
  let root: string;
  let workspace: string;
  let github: FakeGithub;
  let artifacts: FakeArtifactService;
  let llm: Awaited<ReturnType<typeof startFakeLlmServer>>;
  let legs = 0;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'salvo-action-merge-'));
    workspace = join(root, 'repo');
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(workspace, file, '..'), { recursive: true });
      writeFileSync(join(workspace, file), text);
    }
    github = await startFakeGithub();
    artifacts = await startFakeArtifactService();
    github.artifactService = artifacts;
    // charlie's agent misbehaves, so the merged run has a failure to report and fail on.
    llm = await startFakeLlmServer({
      reply: (request) => ({
        text: request.firstUserMessage === 'charlie' ? 'no' : 'ok',
        usage: { input: 50, output: 5 },
      }),
    });
  });
  afterAll(async () => {
    await Promise.all([github.close(), artifacts.close(), llm.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  /** One job of workflow run `runId` on pull request 5: the same run backend id, its own job backend id. */
  function leg(runId: string, job: string, extra: Record<string, string>): Promise<ActionRun> {
    const eventPath = join(root, `event-${runId}.json`);
    writeFileSync(
      eventPath,
      JSON.stringify({ number: 5, pull_request: { number: 5, head: { repo: { full_name: 'acme/agents' } } } }),
    );
    return runAction({
      directory: root,
      inputs: {
        'openai-api-key': 'sk-merge-0123456789abcdefghijklmnop',
        'openai-base-url': llm.openaiBaseUrl,
        'github-token': 'ghs_mergeToken0123456789',
        ...extra,
      },
      env: {
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/agents',
        GITHUB_WORKFLOW: `Agent tests ${runId}`,
        GITHUB_JOB: job,
        GITHUB_RUN_ID: runId,
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: github.apiUrl,
        ACTIONS_RESULTS_URL: artifacts.resultsUrl,
        ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(`run-${runId}`, `job-${runId}-${(legs += 1)}`),
      },
    });
  }
  const marked = (workflow: string) =>
    github.comments('acme', 'agents', 5).filter((comment) => comment.body.includes(`salvo-run-action:${workflow}/`));

  describe('three shards and a merge job', () => {
    let shards: ActionRun[];
    let merge: ActionRun;
    beforeAll(async () => {
      shards = [];
      for (const index of [1, 2, 3]) shards.push(await leg('3000', 'shard', { shard: `${index}/3` }));
      merge = await leg('3000', 'report', { mode: 'merge' });
    });

    it('each shard uploads its slice under a shard name and posts no comment', () => {
      expect(shards.map((run) => Number(run.outputs.total))).toEqual([2, 1, 1]);
      const names = artifacts.artifacts.filter((a) => a.runBackendId === 'run-3000').map((a) => a.name);
      expect(names).toEqual(
        expect.arrayContaining(['salvo-traces-shard-1-of-3', 'salvo-traces-shard-2-of-3', 'salvo-traces-shard-3-of-3']),
      );
      expect(shards.every((run) => run.outputs['comment-url'] === '')).toBe(true);
    });

    it('merges every scenario into one summary, one comment, one artifact and the outputs', () => {
      for (const name of NAMES) expect(merge.summary).toContain(`salvo/${name}.yaml`);
      expect(merge.summary).toContain(
        'Merged from 3 shard artifacts: salvo\\-traces\\-shard\\-1\\-of\\-3, ' +
          'salvo\\-traces\\-shard\\-2\\-of\\-3, salvo\\-traces\\-shard\\-3\\-of\\-3.',
      );
      expect(merge.outputs).toMatchObject({ total: '4', passed: '3', failed: '1' });
      const comments = marked('Agent tests 3000');
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain('charlie');
      expect(comments[0]?.body).toContain('Merged from 3 shard artifacts');
      const uploaded = JSON.parse(
        artifacts
          .filesById(merge.outputs['artifact-id'] ?? '')
          .get('results.json')
          ?.toString() ?? '{}',
      ) as {
        scenarios: { name: string }[];
      };
      expect(uploaded.scenarios).toHaveLength(4);
      expect(artifacts.artifacts.find((a) => String(a.id) === merge.outputs['artifact-id'])?.name).toBe('salvo-traces');
    });

    it('fails the merge job per the fail policy', () => {
      expect(merge.exitCode, merge.log).toBe(1);
      expect(merge.log).toContain('::error::salvo: 1 failed (fail-on: failure); see the job summary.');
    });
  });

  it('names a shard that never reported, and does not pass the run', async () => {
    // Shard 3 (charlie, the failing scenario) never reports: everything that did report passed.
    await leg('3100', 'shard', { shard: '1/3' });
    await leg('3100', 'shard', { shard: '2/3' });
    const merge = await leg('3100', 'report', { mode: 'merge' });
    expect(merge.summary).toContain(
      '> ⚠️ Missing: shard 3 of 3 \\(shard\\-3\\-of\\-3\\) never reported; its scenarios were not verified.',
    );
    expect(merge.outputs).toMatchObject({ total: '3', passed: '3' });
    expect(merge.exitCode, merge.log).toBe(1);
    expect(merge.log).toContain(
      '::error::salvo: shard 3 of 3 (shard-3-of-3) never reported; its scenarios were not verified. (fail-on: failure)',
    );
  });

  it('a merge job with no shard artifacts says what it looked for', async () => {
    const merge = await leg('3200', 'report', { mode: 'merge' });
    expect(merge.exitCode).toBe(1);
    expect(merge.summary).toContain(
      "mode merge found no shard artifacts in this run (names like 'salvo-traces-shard-1-of-3')",
    );
  });

  it('matrix legs that are not shards keep one comment each, keyed by their artifact name', async () => {
    await leg('3300', 'agents', { filter: 'alpha' });
    await leg('3300', 'agents', { filter: 'bravo' });
    const comments = marked('Agent tests 3300');
    expect(comments).toHaveLength(2);
    expect(comments.map((comment) => comment.body.split('\n')[0]).sort()).toEqual([
      '<!-- salvo-run-action:Agent tests 3300/agents -->',
      '<!-- salvo-run-action:Agent tests 3300/agents/salvo-traces-agents -->',
    ]);
  });
});
