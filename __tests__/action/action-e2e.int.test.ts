import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeRuntimeToken, startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.ts';
import { startFakeGithub, type FakeGithub } from '../fakes/github-rest-server.ts';
import { simpleAgentReply, startFakeLlmServer } from '../fakes/llm-server.ts';
import { joinPatterns } from '../helpers/join-patterns.ts';
import { repoRoot } from '../helpers/run-cli.ts';
import { runAction, type ActionRun } from '../helpers/run-action.ts';

// The bundled action (dist/index.js) run as the runner runs it, against
// loopback fakes of the model API, GitHub's REST API and the artifact service.

const API_KEY = 'sk-e2e-LITERAL-0123456789abcdefghijklmnop';
const MARKER = '<!-- salvo-run-action:Agent tests/agents -->';

const scenarios: Record<string, string> = {
  'salvo/lookup-order.yaml': `description: "looks up | the <b>order</b>"
model: gpt-4.1-mini
system_prompt: You are a support agent.
prompt: Where is order 42?
tools:
  - name: lookup_order
    description: Finds an order by id.
    mock_response: { status: shipped }
assertions:
  - type: tool_called
    tool: lookup_order
`,
  'salvo/no-refunds.yaml': `description: never refunds without approval
model: gpt-4.1-mini
prompt: Refund order 42 now.
tools:
  - name: issue_refund
    description: Refunds an order.
    mock_response: { ok: true }
assertions:
  - type: tool_not_called
    tool: issue_refund
    required: true
`,
  // Prices given in salvo.yaml so the cost is known exactly: USD per million tokens.
  'salvo.yaml': `prices:
  gpt-4.1-mini: { input: 0.4, output: 1.6 }
`,
  'salvo/claude.yaml': `description: answers in French
adapter: anthropic
model: claude-sonnet-4-5
prompt: Bonjour
`,
};

function makeWorkspace(root: string, name: string): string {
  const workspace = join(root, name);
  for (const [file, text] of Object.entries(scenarios)) {
    mkdirSync(join(workspace, file, '..'), { recursive: true });
    writeFileSync(join(workspace, file), text);
  }
  return workspace;
}

function pullRequestEvent(root: string, headRepo: string): string {
  const path = join(root, `event-${headRepo.replace('/', '-')}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        head: { repo: { full_name: headRepo }, sha: 'feedc0de00000000000000000000000000000001' },
      },
    }),
  );
  return path;
}

describe('the action, end to end (node dist/index.js)', () => {
  let root: string;
  let github: FakeGithub;
  let artifacts: FakeArtifactService;
  let llm: Awaited<ReturnType<typeof startFakeLlmServer>>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'salvo-action-e2e-'));
    github = await startFakeGithub();
    artifacts = await startFakeArtifactService();
    // The model echoes the key it was sent, as a misbehaving provider or proxy might.
    llm = await startFakeLlmServer({
      reply: (request) => {
        const reply = simpleAgentReply(request);
        if ('error' in reply) return reply;
        const usage = { input: 1200, output: 80 };
        if (request.turn > 0)
          return { ...reply, usage, text: `${reply.text ?? ''} (auth was ${request.headers.authorization ?? ''})` };
        return { ...reply, usage };
      },
    });
    github.seedComments(
      'acme',
      'agents',
      7,
      Array.from({ length: 101 }, (_, index) => ({ body: `review comment ${index}` })),
    );
  });
  afterAll(async () => {
    await Promise.all([github.close(), artifacts.close(), llm.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  const runnerEnv = (workspace: string, runId: string, eventPath: string) => ({
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/agents',
    GITHUB_WORKFLOW: 'Agent tests',
    GITHUB_JOB: 'agents',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
    // The merge commit: the reports name the PR's head commit instead.
    GITHUB_SHA: '3e4a0000000000000000000000000000000000ff',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.apiUrl,
    ACTIONS_RESULTS_URL: artifacts.resultsUrl,
    ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(`run-${runId}`, `job-${runId}`),
  });

  describe('a same-repository pull request with a key', () => {
    let first: ActionRun;
    let second: ActionRun;
    let workspace: string;

    beforeAll(async () => {
      workspace = makeWorkspace(root, 'same-repo');
      const event = pullRequestEvent(root, 'acme/agents');
      const inputs = {
        'openai-api-key': API_KEY,
        'openai-base-url': llm.openaiBaseUrl,
        'github-token': 'ghs_e2eToken0123456789',
        'retention-days': '5',
      };
      first = await runAction({ directory: root, inputs, env: runnerEnv(workspace, '501', event) });
      writeFileSync(
        join(workspace, 'salvo/no-refunds.yaml'),
        scenarios['salvo/no-refunds.yaml']?.replace('required: true', 'required: true\n    name: refund guard') ?? '',
      );
      second = await runAction({ directory: root, inputs, env: runnerEnv(workspace, '502', event) });
    });

    it('fails the step for the failed scenario (fail-on: failure) and sets every output', () => {
      expect(first.exitCode, first.log).toBe(1);
      expect(first.log).toContain('::error::salvo: 1 failed (fail-on: failure); see the job summary.');
      expect(first.outputs).toMatchObject({
        total: '3',
        passed: '1',
        failed: '1',
        errored: '0',
        skipped: '1',
        'artifact-id': expect.stringMatching(/^\d+$/),
      });
      expect(first.outputs['artifact-url']).toMatch(
        /^https:\/\/github\.com\/acme\/agents\/actions\/runs\/501\/artifacts\/\d+$/,
      );
      expect(first.outputs['comment-url']).toMatch(/^https:\/\/github\.com\/acme\/agents\/pull\/7#issuecomment-\d+$/);
      // 2 scenarios x 2 turns x (1,200 in at $0.40/M + 80 out at $1.60/M).
      expect(first.outputs['total-cost-usd']).toBe('0.002432');
      const results = JSON.parse(readFileSync(first.outputs['results-file'] ?? '', 'utf8')) as {
        totals: { total: number };
      };
      expect(results.totals.total).toBe(3);
    });

    it('writes a job summary row per scenario, escaped, with reasons and the artifact link', () => {
      const lines = first.summary.split('\n');
      expect(lines[0]).toBe(
        '❌ **salvo: 1 passed, 1 failed, 1 skipped** (2 of 3 scenarios ran) · cost $0.002432 · commit `feedc0d`.',
      );
      expect(first.summary).toContain(
        '| **looks up \\| the &lt;b&gt;order&lt;/b&gt;**<br><sub>salvo/lookup\\-order.yaml</sub> ' +
          '| openai / gpt\\-4.1\\-mini | live | ✅ PASS |',
      );
      expect(first.summary).toMatch(/\| \*\*never refunds without approval\*\*.* \| live \| ❌ HARD FAIL \|/);
      expect(first.summary).toMatch(
        joinPatterns(/\| \*\*answers in French\*\*.* \| — \| /, /⏭️ skipped \(no_key_no_recording\) \|/),
      );
      expect(first.summary).toContain(
        '- ❌ HARD FAIL **never refunds without approval** · ' +
          '[salvo/no\\-refunds.yaml]' +
          '(https://github.com/acme/agents/blob/feedc0de00000000000000000000000000000001/salvo/no-refunds.yaml)',
      );
      const failedSection = first.summary.indexOf('### ❌ Failed and errored (1)');
      expect(failedSection).toBeLessThan(first.summary.indexOf('| ✅ PASS |'));
      expect(first.summary).toMatch(
        joinPatterns(
          /📦 Traces and results: \[salvo\\-traces\]/,
          /\(https:\/\/github\.com\/acme\/agents\/actions\/runs\/501\/artifacts\/\d+\)/,
        ),
      );
    });

    it('annotates the failed scenario at its file and the scenarios that could not run live', () => {
      expect(first.log).toMatch(
        joinPatterns(
          /::error title=salvo%3A never refunds without approval failed \(HARD FAIL\),/,
          /file=salvo\/no-refunds\.yaml,line=\d+::/,
        ),
      );
      expect(first.log).toContain('::notice title=salvo%3A scenarios that could not run live::');
    });

    it('uploads the redacted traces, the results, the HTML viewer and the run metadata as one artifact', () => {
      const files = artifacts.filesById(first.outputs['artifact-id'] ?? '');
      const names = [...files.keys()];
      expect(names).toEqual(expect.arrayContaining(['results.json', 'run-metadata.json', 'report.html']));
      expect(names.filter((name) => name.endsWith('report.html'))).toEqual(['report.html']);
      expect(files.get('report.html')?.toString()).toContain('never refunds without approval');
      expect(
        names.filter((name) => name.startsWith('run/traces/')).every((name) => /-t\d+-[0-9a-f-]{36}\.json$/.test(name)),
      ).toBe(true);
      expect(names.filter((name) => name.startsWith('run/')).length).toBeGreaterThanOrEqual(2);
      expect(JSON.parse(files.get('run-metadata.json')?.toString() ?? '{}')).toMatchObject({
        workflow: 'Agent tests',
        job: 'agents',
        pull_request: 7,
        github_run_id: '501',
      });
      const expiresAt =
        artifacts.artifacts.find((artifact) => String(artifact.id) === first.outputs['artifact-id'])?.expiresAt ?? '';
      // retention-days: 5 -> expires about five days from now.
      expect(Math.round((Date.parse(expiresAt) - Date.now()) / 86_400_000)).toBe(5);
    });

    it('creates the sticky comment on the first run and updates it, not duplicates it, on the second', () => {
      expect(second.exitCode, second.log).toBe(1);
      const marked = github.comments('acme', 'agents', 7).filter((comment) => comment.body.includes(MARKER));
      expect(marked).toHaveLength(1);
      expect(github.comments('acme', 'agents', 7)).toHaveLength(102);
      expect(github.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
      expect(github.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
      expect(marked[0]?.body).toContain('refund guard');
      expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    });

    it('never lets the literal API key out: not in outputs, summary, artifact, comment, results or log', () => {
      expect(llm.requests.length).toBeGreaterThan(0);
      const artifactText = artifacts.artifacts
        .flatMap((artifact) =>
          [...artifacts.filesById(String(artifact.id)).values()].map((file) => file.toString('utf8')),
        )
        .join('\n');
      const comments = github
        .comments('acme', 'agents', 7)
        .map((comment) => comment.body)
        .join('\n');
      const results = readFileSync(first.outputs['results-file'] ?? '', 'utf8');
      for (const [where, text] of Object.entries({
        artifactText,
        comments,
        results,
        summary: first.summary,
        outputs: JSON.stringify(first.outputs),
      })) {
        expect(text.includes(API_KEY), `the key leaked into ${where}`).toBe(false);
      }
      // The log may only show it in the ::add-mask:: command that tells the runner to hide it.
      expect(first.log.split('\n').filter((line) => line.includes(API_KEY))).toEqual([`::add-mask::${API_KEY}`]);
      // The provider's echo reached the trace, redacted.
      expect(artifactText).toContain('[REDACTED]');
    });
  });

  describe('a fork pull request: no key, a read-only token', () => {
    let workspace: string;
    let event: string;
    beforeAll(() => {
      workspace = makeWorkspace(root, 'fork');
      // One scenario has a committed recording (the example shipped with salvo), so it replays.
      mkdirSync(join(workspace, 'salvo', '__recordings__'), { recursive: true });
      copyFileSync(join(repoRoot, 'examples', 'plain-question.yaml'), join(workspace, 'salvo', 'plain-question.yaml'));
      copyFileSync(
        join(repoRoot, 'examples', '__recordings__', 'plain-question.json'),
        join(workspace, 'salvo', '__recordings__', 'plain-question.json'),
      );
      event = pullRequestEvent(root, 'someone/agents');
    });

    it('replays what is recorded, skips the rest with a notice, warns about the comment, and passes', async () => {
      github.forbidWrites = true;
      const run = await runAction({
        directory: root,
        inputs: { 'github-token': 'ghs_readOnly0123456789' },
        env: runnerEnv(workspace, '601', event),
      });
      github.forbidWrites = false;
      expect(run.exitCode, run.log).toBe(0);
      expect(run.outputs).toMatchObject({ total: '4', passed: '1', skipped: '3', 'comment-url': '' });
      expect(run.summary.split('\n')[0]).toMatch(
        joinPatterns(
          /^⚠️ \*\*salvo: 1 passed, 3 skipped\*\* \(1 of 4 scenarios ran, 1 replayed from recordings\)/,
          / · cost \$[\d.]+ · commit `feedc0d`\.$/,
        ),
      );
      expect(run.summary).toMatch(
        /\| \*\*A plain factual question, answered without tools\*\*.* \| replay \| ✅ PASS \|/,
      );
      expect(
        llm.requests.filter((request) => JSON.stringify(request.body).includes('capital city of Australia')),
      ).toEqual([]);
      expect(run.log).toContain('::notice title=salvo%3A scenarios that could not run live::3 scenarios were skipped');
      expect(run.log).toMatch(
        joinPatterns(
          /::warning::salvo could not comment on pull request #7: /,
          /Resource not accessible by integration.*'pull-requests: write'/,
        ),
      );
    });

    it('fails the step when mode: live was asked for', async () => {
      const run = await runAction({
        directory: root,
        inputs: { mode: 'live', 'comment-on-pr': 'false' },
        env: runnerEnv(workspace, '602', event),
      });
      expect(run.exitCode, run.log).toBe(1);
      // No scenario passes, and the step says why: each trial errors with E_NO_API_KEY, so every
      // scenario is visibly errored (never a quiet "failed"), under its own provider.
      expect(run.outputs).toMatchObject({ total: '4', passed: '0', errored: '4' });
      expect(run.log).toMatch(/::error::salvo: 4 errored \(fail-on: failure\)/);
      expect(run.summary).not.toMatch(/\| none /);
      expect(run.summary).toContain("action input 'openai\\-api\\-key' is not set");
    });
  });

  it('reports the finished scenarios when the job is cancelled mid-run (SIGTERM)', async () => {
    const workspace = join(root, 'cancel');
    mkdirSync(join(workspace, 'salvo'), { recursive: true });
    writeFileSync(join(workspace, 'salvo/a-fast.yaml'), 'model: gpt-4.1-mini\nprompt: quick\n');
    writeFileSync(join(workspace, 'salvo/b-slow.yaml'), 'model: gpt-4.1-mini\nprompt: slow please\n');
    let child: ChildProcess | undefined;
    const slow = await startFakeLlmServer({
      reply: (request) => {
        if (request.firstUserMessage !== 'slow please') return simpleAgentReply(request);
        child?.kill('SIGTERM');
        return { text: 'too late', delayMs: 60_000 };
      },
    });
    try {
      const run = await runAction({
        directory: root,
        inputs: {
          'openai-api-key': API_KEY,
          'openai-base-url': slow.openaiBaseUrl,
          concurrency: '1',
          'comment-on-pr': 'false',
        },
        env: runnerEnv(workspace, '801', pullRequestEvent(root, 'acme/agents')),
        onSpawn: (spawned) => (child = spawned),
      });
      expect(run.log).toContain('salvo received SIGTERM');
      const results = JSON.parse(readFileSync(run.outputs['results-file'] ?? '', 'utf8')) as {
        interrupted: boolean;
        scenarios: { file: string; status: string }[];
      };
      expect(results.interrupted).toBe(true);
      expect(results.scenarios.map((scenario) => [scenario.file, scenario.status])).toEqual([
        ['salvo/a-fast.yaml', 'passed'],
        ['salvo/b-slow.yaml', expect.stringMatching(/^(skipped|errored)$/)],
      ]);
      expect(run.summary.split('\n')[0]).toContain('The run was interrupted; finished scenarios are reported.');
      expect(run.outputs).toMatchObject({ total: '2', passed: '1' });
    } finally {
      await slow.close();
    }
  });

  it('annotates an invalid scenario file at its line, lists it as skipped, and fails the step', async () => {
    const workspace = join(root, 'invalid');
    mkdirSync(join(workspace, 'salvo'), { recursive: true });
    writeFileSync(join(workspace, 'salvo/bad.yaml'), 'model: gpt-4.1-mini\nprompt: hi\nmax_turns: lots\n');
    writeFileSync(join(workspace, 'salvo/good.yaml'), 'model: gpt-4.1-mini\nprompt: hi\n');
    const run = await runAction({
      directory: root,
      inputs: { 'comment-on-pr': 'false' },
      env: runnerEnv(workspace, '901', pullRequestEvent(root, 'acme/agents')),
    });
    expect(run.exitCode, run.log).toBe(1);
    expect(run.log).toMatch(
      /::error title=salvo%3A invalid scenario file,file=salvo\/bad\.yaml,line=3,col=\d+::.*max_turns/,
    );
    expect(run.log).toContain('::error::salvo: 1 invalid scenario files (fail-on: failure); see the job summary.');
    expect(run.outputs).toMatchObject({ total: '2', skipped: '2', passed: '0' });
    expect(run.summary).toMatch(
      /\| \*\*bad\*\*<br><sub>salvo\/bad\.yaml<\/sub> \| — \/ — \| — \| ⏭️ skipped \(invalid\) \|/,
    );
  });

  it('names the globs when nothing matches, as a failed step', async () => {
    const workspace = join(root, 'empty');
    mkdirSync(workspace, { recursive: true });
    const run = await runAction({
      directory: root,
      inputs: { scenarios: 'nothing/*.yaml', 'comment-on-pr': 'false' },
      env: runnerEnv(workspace, '701', pullRequestEvent(root, 'acme/agents')),
    });
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(/::error::salvo: .*nothing\/\*\.yaml/);
  });
});
