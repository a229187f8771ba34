import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.ts';
import { startFakeGithub, type FakeGithub } from '../fakes/github-rest-server.ts';
import { startFakeLlmServer } from '../fakes/llm-server.ts';
import { runAction, type ActionRun } from '../helpers/run-action.ts';
import { runnerVariables } from '../helpers/runner-env.ts';

// A pull request compared with main, end to end: the bundled action (dist/index.js) runs once on main (a push), the
// fake GitHub lists that run as the base branch's latest success and serves its artifact through the real listing and
// download endpoints, then the action runs on a pull request whose agent got worse at one thing and better at another.

const TOKEN = 'ghs_baselineToken0123456789';
const MARKER = '<!-- salvo-run-action:Agent tests/agents -->';

const scenario = (prompt: string, extra = '') =>
  `model: gpt-4.1-mini\nprompt: ${prompt}\nassertions:\n  - type: output_contains\n    value: ok\n${extra}`;
const files: Record<string, string> = {
  'salvo/steady.yaml': scenario('steady'),
  'salvo/worse.yaml': scenario('worse'),
  'salvo/better.yaml': scenario('better'),
  'salvo/guard.yaml': scenario('guard', '  - type: cost_limit\n    max_usd: 0.05\n'),
  'salvo.yaml': 'prices:\n  gpt-4.1-mini: { input: 0.4, output: 1.6 }\n',
};

describe('the action compares a pull request with main (node dist/index.js)', () => {
  let root: string;
  let workspace: string;
  let github: FakeGithub;
  let artifacts: FakeArtifactService;
  let llm: Awaited<ReturnType<typeof startFakeLlmServer>>;
  /** Which side of the change the fake model plays: main's agent or the pull request's. */
  let side: 'main' | 'pr' = 'main';
  let main: ActionRun;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'salvo-action-compare-'));
    workspace = join(root, 'repo');
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(workspace, file, '..'), { recursive: true });
      writeFileSync(join(workspace, file), text);
    }
    github = await startFakeGithub();
    artifacts = await startFakeArtifactService();
    github.artifactService = artifacts;
    llm = await startFakeLlmServer({
      reply: (request) => {
        const good =
          request.firstUserMessage === 'steady' ||
          request.firstUserMessage === 'guard' ||
          (request.firstUserMessage === 'worse') === (side === 'main');
        return { text: good ? 'ok, done' : 'sorry', usage: { input: 100, output: 10 } };
      },
    });
    main = await runAction({
      directory: root,
      inputs: inputs({ 'fail-on': 'regression' }),
      env: runnerEnv('900', { event: 'push', ref: 'refs/heads/main' }),
    });
    // What GitHub lists: main's run, a newer failed run on main, a success on another branch (both passed over).
    github.workflowRuns.push(
      {
        id: 900,
        workflowFile: 'agents.yml',
        headBranch: 'main',
        event: 'push',
        conclusion: 'success',
        runBackendId: 'run-900',
      },
      {
        id: 910,
        workflowFile: 'agents.yml',
        headBranch: 'main',
        event: 'push',
        conclusion: 'failure',
        runBackendId: 'run-910',
      },
      {
        id: 920,
        workflowFile: 'agents.yml',
        headBranch: 'topic',
        event: 'push',
        conclusion: 'success',
        runBackendId: 'run-920',
      },
    );
    side = 'pr';
    // The pull request also raises guard's cost limit: a loosened check.
    writeFileSync(join(workspace, 'salvo/guard.yaml'), scenario('guard', '  - type: cost_limit\n    max_usd: 0.2\n'));
  });
  afterAll(async () => {
    await Promise.all([github.close(), artifacts.close(), llm.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  function inputs(extra: Record<string, string> = {}): Record<string, string> {
    return {
      'openai-api-key': 'sk-baseline-0123456789abcdefghijklmnop',
      'openai-base-url': llm.openaiBaseUrl,
      'github-token': TOKEN,
      trials: '6',
      ...extra,
    };
  }

  function runnerEnv(
    runId: string,
    trigger: { event: 'push'; ref: string } | { event: 'pull_request'; pr: number; base: string },
  ) {
    const eventPath = join(root, `event-${runId}.json`);
    writeFileSync(
      eventPath,
      JSON.stringify(
        trigger.event === 'push'
          ? { ref: trigger.ref }
          : {
              number: trigger.pr,
              pull_request: {
                number: trigger.pr,
                head: { repo: { full_name: 'acme/agents' } },
                base: { ref: trigger.base },
              },
            },
      ),
    );
    return {
      ...runnerVariables({
        workspace,
        event: trigger.event,
        eventPath,
        workflow: 'Agent tests',
        runId,
        apiUrl: github.apiUrl,
        artifactResultsUrl: artifacts.resultsUrl,
      }),
      GITHUB_WORKFLOW_REF:
        'acme/agents/.github/workflows/agents.yml@' +
        `${trigger.event === 'push' ? trigger.ref : `refs/pull/${trigger.pr}/merge`}`,
    };
  }

  const commentOn = (pr: number) => github.comments('acme', 'agents', pr).find((c) => c.body.includes(MARKER))?.body;

  it('runs green on main with fail-on: regression (a failure there is no regression) and compares nothing', () => {
    expect(main.exitCode, main.log).toBe(0);
    expect(main.log).toContain('but nothing regressed (no baseline to compare with)');
    expect(main.outputs).toMatchObject({ regressed: '', improved: '', 'baseline-run-id': '' });
    expect(main.summary).not.toContain('Compared with');
  });

  describe('a pull request against main', () => {
    let pr: ActionRun;
    beforeAll(async () => {
      github.requests.length = 0;
      pr = await runAction({
        directory: root,
        inputs: inputs({ 'fail-on': 'regression' }),
        env: { ...runnerEnv('1001', { event: 'pull_request', pr: 7, base: 'main' }), GITHUB_BASE_REF: 'main' },
      });
    });

    it("finds main's latest successful run and downloads its artifact through the REST endpoints", () => {
      const gets = github.requests.filter((request) => request.method === 'GET').map((request) => request.path);
      expect(github.requests[0]).toMatchObject({
        path: '/repos/acme/agents/actions/workflows/agents.yml/runs',
        query: { branch: 'main', status: 'success' },
        authorization: `token ${TOKEN}`,
      });
      expect(gets).toContain('/repos/acme/agents/actions/runs/900/artifacts');
      expect(gets.some((path) => /^\/repos\/acme\/agents\/actions\/artifacts\/\d+\/zip$/.test(path))).toBe(true);
      expect(gets).not.toContain('/repos/acme/agents/actions/runs/920/artifacts');
      expect(pr.outputs['baseline-run-id']).toBe('900');
    });

    it('forecasts the cost from the baseline before running, in the log and the summary', () => {
      expect(pr.log).toMatch(/Forecast: about \$[\d.]+ for 4 scenarios × 6 trials \(4 from the baseline\)/);
      expect(pr.summary).toMatch(
        /> 💸 Forecast: about \$[\d.]+ for 4 scenarios × 6 trials \\?\(4 from the baseline\\?\)/,
      );
    });

    it('shows the regressed, improved and loosened rows in the comment and the summary', () => {
      const comment = commentOn(7) ?? '';
      for (const body of [comment, pr.summary]) {
        expect(body).toContain('### Compared with main');
        // The headline's cost carries the change against main too.
        const headline = body.split('\n').find((line) => line.includes('**salvo:'));
        expect(headline).toMatch(/· cost \$[\d.]+ \(±0 % vs main\)/);
        expect(body).toMatch(
          /\*\*1 regressed, 1 improved, 2 unchanged, 1 loosened check · cost \$[\d.]+ \\\(±0 % vs main\\\)\*\*/,
        );
        expect(body).toMatch(
          /\*\*Regressed\*\*\n\n\| Scenario .*\n.*\n\| worse \| 6\/6 → 0\/6 \|.*significant \\\(p = 0\.002/,
        );
        expect(body).toMatch(/\*\*Improved\*\*\n\n\| Scenario .*\n.*\n\| better \| 0\/6 → 6\/6 \|/);
        expect(body).toMatch(/\| guard \| .*max\\_usd 0\.05 → 0\.2 \|/);
        expect(body).toContain(
          'Baseline: [artifact salvo\\-traces of run 900](https://github.com/acme/agents/actions/runs/900)',
        );
      }
    });

    it("puts the comparison in the artifact's HTML viewer too", () => {
      const viewer = (run: ActionRun) =>
        artifacts
          .filesById(run.outputs['artifact-id'] ?? '')
          .get('report.html')
          ?.toString() ?? '';
      expect(viewer(pr)).toMatch(/"baseline":\{"origin":"[^"]*run 900/);
      expect(viewer(main)).toContain('"baseline":null');
    });

    it('sets the comparison outputs and fails for the regression (fail-on: regression)', () => {
      expect(pr.outputs).toMatchObject({ regressed: '1', improved: '1', 'baseline-run-id': '900' });
      expect(pr.exitCode, pr.log).toBe(1);
      expect(pr.log).toContain('::error::salvo: 1 regressed vs main (fail-on: regression); see the job summary.');
    });
  });

  it('fails for a loosened check only when fail-on-loosened asks for it', async () => {
    side = 'main';
    const loose = await runAction({
      directory: root,
      inputs: inputs({ 'fail-on': 'regression', 'fail-on-loosened': 'true' }),
      env: runnerEnv('1002', { event: 'pull_request', pr: 8, base: 'main' }),
    });
    side = 'pr';
    expect(loose.outputs).toMatchObject({ regressed: '0', improved: '0' });
    expect(loose.exitCode, loose.log).toBe(1);
    expect(loose.log).toContain('salvo: 1 check was removed or loosened compared with main (fail-on-loosened: true)');
  });

  it('says in one line that the token lacks actions: read, and reports everything else', async () => {
    github.forbidActions = true;
    const forbidden = await runAction({
      directory: root,
      inputs: inputs(),
      env: runnerEnv('1003', { event: 'pull_request', pr: 9, base: 'main' }),
    }).finally(() => {
      github.forbidActions = false;
    });
    const line =
      "> ℹ️ Not compared with a baseline: the token cannot read this repository's " +
      "workflow runs \\(HTTP 403\\); add 'actions: read' to the job's permissions.";
    for (const body of [forbidden.summary, commentOn(9) ?? '']) {
      expect(body.split('\n').filter((text) => text.includes('baseline'))).toEqual([line]);
      expect(body).toContain('worse');
    }
    expect(forbidden.exitCode).toBe(1);
    expect(forbidden.outputs).toMatchObject({ total: '4', failed: '1', regressed: '', 'baseline-run-id': '' });
    expect(forbidden.outputs['comment-url']).toMatch(/pull\/9#issuecomment-/);
  });

  it('says in one line that the base branch has no such run, and reports everything else', async () => {
    const missing = await runAction({
      directory: root,
      inputs: inputs(),
      env: runnerEnv('1004', { event: 'pull_request', pr: 10, base: 'release' }),
    });
    const lines = missing.summary.split('\n').filter((text) => text.includes('baseline'));
    expect(lines).toEqual([
      '> ℹ️ Not compared with a baseline: ' +
        "no successful run of this workflow on 'release' has an artifact named 'salvo\\-traces'.",
    ]);
    expect(missing.outputs).toMatchObject({ total: '4', regressed: '' });
  });

  it('compares with an explicit file, and baseline: none turns the comparison off', async () => {
    const mainResults = join(root, 'main-results.json');
    writeFileSync(mainResults, artifacts.filesById(main.outputs['artifact-id'] ?? '').get('results.json') ?? '');
    const explicit = await runAction({
      directory: root,
      inputs: inputs({ baseline: mainResults }),
      env: runnerEnv('1005', { event: 'pull_request', pr: 11, base: 'main' }),
    });
    expect(explicit.summary).toContain('### Compared with baseline');
    expect(explicit.outputs).toMatchObject({ regressed: '1', improved: '1', 'baseline-run-id': '' });
    const off = await runAction({
      directory: root,
      inputs: inputs({ baseline: 'none' }),
      env: runnerEnv('1006', { event: 'pull_request', pr: 12, base: 'main' }),
    });
    expect(off.summary).not.toMatch(/Compared with|Not compared/);
    expect(off.outputs.regressed).toBe('');
  });
});
