import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.ts';
import { startFakeGithub, type FakeGithub } from '../fakes/github-rest-server.ts';
import { simpleAgentReply, startFakeLlmServer, type FakeReply } from '../fakes/llm-server.ts';
import { runAction } from '../helpers/run-action.ts';
import { runnerVariables } from '../helpers/runner-env.ts';

// The run options of the bundled action (dist/index.js): trials, model,
// filter, junit, as the runner passes them.

const API_KEY = 'sk-options-e2e-0123456789abcdefghij';

/** The judge's vote: it finds a polite answer to "Hello" polite, and nothing else. */
function judgeVote(judged: string): FakeReply {
  const score = judged.includes('Hello') ? 0.9 : 0.1;
  return {
    toolCalls: [
      { name: 'score_criteria', arguments: { scores: [{ criterion: 'polite', score, reason: `polite ${score}` }] } },
    ],
    usage: { input: 400, output: 40 },
  };
}

describe('the action run options, end to end (node dist/index.js)', () => {
  let root: string;
  let github: FakeGithub;
  let artifacts: FakeArtifactService;
  let llm: Awaited<ReturnType<typeof startFakeLlmServer>>;
  let calls = 0;
  let throttled = 0;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'salvo-action-options-'));
    github = await startFakeGithub();
    artifacts = await startFakeArtifactService();
    // A flaky agent: every third first turn forgets to call the tool.
    llm = await startFakeLlmServer({
      reply: (request) => {
        // A provider at its rate limit: the first two requests of this prompt are refused.
        if (request.firstUserMessage === 'Throttle me' && ++throttled <= 2)
          return { error: { status: 429, message: 'Rate limit reached', headers: { 'retry-after': '0' } } };
        if (request.toolNames.includes('score_criteria')) return judgeVote(request.firstUserMessage);
        if (request.turn === 0 && request.firstUserMessage === 'Where is order 42?' && ++calls % 3 === 0)
          return { text: 'It is on its way.' };
        return simpleAgentReply(request);
      },
    });
  });
  afterAll(async () => {
    await Promise.all([github.close(), artifacts.close(), llm.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  function workspace(name: string): string {
    const dir = join(root, name);
    mkdirSync(join(dir, 'salvo'), { recursive: true });
    writeFileSync(
      join(dir, 'salvo/lookup.yaml'),
      'description: looks up the order\ntags: { team: orders }\nmodel: gpt-4.1-mini\nprompt: ' +
        'Where is order 42?\ntools:\n  - name: lookup_order\n    description: Finds an order.\n' +
        '    mock_response: { status: shipped }\nassertions:\n  - type: tool_called\n    tool: lookup_order\n',
    );
    writeFileSync(
      join(dir, 'salvo/greeting.yaml'),
      'description: greets\ntags: { team: front }\nmodel: gpt-4.1-mini\nprompt: Hello\n',
    );
    return dir;
  }

  const runnerEnv = (dir: string, runId: string) => {
    const event = join(root, `event-${runId}.json`);
    writeFileSync(
      event,
      JSON.stringify({ number: 9, pull_request: { number: 9, head: { repo: { full_name: 'acme/agents' } } } }),
    );
    return runnerVariables({
      workspace: dir,
      event: 'pull_request',
      eventPath: event,
      workflow: 'Options',
      runId,
      apiUrl: github.apiUrl,
      artifactResultsUrl: artifacts.resultsUrl,
    });
  };
  const keyInputs = () => ({
    'openai-api-key': API_KEY,
    'openai-base-url': llm.openaiBaseUrl,
    'github-token': 'ghs_optionsToken0123456789',
  });

  it('trials: 5 runs each scenario 5 times; outputs, summary, comment and JUnit give trial statistics', async () => {
    const dir = workspace('trials');
    const run = await runAction({
      directory: root,
      inputs: { ...keyInputs(), trials: '5', junit: 'reports/salvo.xml' },
      env: runnerEnv(dir, '1101'),
    });
    const results = JSON.parse(readFileSync(run.outputs['results-file'] ?? '', 'utf8')) as {
      scenarios: { file: string; stats: { trials_run: number; passed: number } }[];
    };
    expect(results.scenarios.map((row) => [row.file, row.stats.trials_run])).toEqual([
      ['salvo/greeting.yaml', 5],
      ['salvo/lookup.yaml', 5],
    ]);
    const lookupPassed = results.scenarios[1]?.stats.passed ?? -1;
    expect(lookupPassed).toBeLessThan(5);
    expect(run.outputs).toMatchObject({
      'trials-run': '10',
      flaky: '1',
      'pass-rate': ((5 + lookupPassed) / 10).toFixed(4),
    });
    expect(run.exitCode, run.log).toBe(1);
    expect(run.summary).toContain('| Scenario | Provider / model | Mode | Status | Trials |');
    expect(run.summary).toContain(`Trials: ${5 + lookupPassed} of 10 passed`);
    expect(run.summary).toMatch(
      new RegExp(`\\| ${lookupPassed}/5 passed · rate 0\\.\\d\\d \\(95 % 0\\.\\d\\d\\-[01]\\.\\d\\d\\) \\|`),
    );
    const comment = github.comments('acme', 'agents', 9).at(-1)?.body ?? '';
    expect(comment).toContain(`Trials: ${5 + lookupPassed} of 10 passed`);
    expect(comment).toContain(`${lookupPassed}/5 trials passed`);
    expect(readFileSync(join(dir, 'reports/salvo.xml'), 'utf8')).toMatch(/<testsuites[^>]*tests="2"/);
  });

  it('model and filter change what runs', async () => {
    const dir = workspace('filter');
    const before = llm.requests.length;
    const run = await runAction({
      directory: root,
      inputs: {
        ...keyInputs(),
        model: 'gpt-4.1-nano',
        filter: 'team=front\n# only the greeting',
        'comment-on-pr': 'false',
      },
      env: runnerEnv(dir, '1102'),
    });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ total: '1', passed: '1' });
    const sent = llm.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent.map((request) => (request.body as { model?: string }).model))).toEqual(
      new Set(['gpt-4.1-nano']),
    );
    expect(run.summary).toContain('salvo/greeting.yaml');
    expect(run.summary).not.toContain('salvo/lookup.yaml');
  });

  it('shard: 2/2 runs its slice, uploads it as <name>-shard-2-of-2, writes a summary, posts no comment', async () => {
    const dir = workspace('shard');
    const comments = github.comments('acme', 'agents', 9).length;
    const run = await runAction({
      directory: root,
      inputs: { ...keyInputs(), shard: '2/2' },
      env: runnerEnv(dir, '1104'),
    });
    expect(run.outputs).toMatchObject({ total: '1' });
    expect(run.summary).toContain('salvo/lookup.yaml');
    expect(run.summary).not.toContain('salvo/greeting.yaml');
    expect(
      artifacts.artifacts.filter((artifact) => artifact.runBackendId === 'run-1104').map((artifact) => artifact.name),
    ).toEqual(['salvo-traces-shard-2-of-2']);
    expect(github.comments('acme', 'agents', 9)).toHaveLength(comments);
  });

  it('judge-model: judge assertions that name no model are scored by it, shown with their cost apart', async () => {
    const dir = workspace('judge');
    writeFileSync(
      join(dir, 'salvo/greeting.yaml'),
      'description: greets\nmodel: gpt-4.1-mini\nprompt: Hello\nassertions:\n' +
        '  - type: judge\n    name: answers politely\n    k: 3\n    criteria:\n' +
        '      - {name: polite, description: Greets the user back politely}\n',
    );
    const before = llm.requests.length;
    const run = await runAction({
      directory: root,
      inputs: { ...keyInputs(), 'judge-model': 'gpt-4.1-nano', filter: 'greeting.yaml' },
      env: runnerEnv(dir, '1105'),
    });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ total: '1', passed: '1' });
    const judgeRequests = llm.requests
      .slice(before)
      .filter((request) => JSON.stringify(request.body).includes('score_criteria'));
    expect(judgeRequests.map((request) => (request.body as { model?: string }).model)).toEqual([
      'gpt-4.1-nano',
      'gpt-4.1-nano',
      'gpt-4.1-nano',
    ]);
    const results = JSON.parse(readFileSync(run.outputs['results-file'] ?? '', 'utf8')) as {
      scenarios: {
        judge_cost_usd?: number;
        trials: { assertions: { type: string; passed: boolean; reason: string }[] }[];
      }[];
    };
    const judged = results.scenarios[0]!.trials[0]!.assertions.find((assertion) => assertion.type === 'judge');
    expect(judged).toMatchObject({ passed: true });
    expect(judged!.reason).toContain('3 of 3 usable votes passed');
    expect(results.scenarios[0]!.judge_cost_usd).toBeGreaterThan(0);
    expect(run.summary).toMatch(/\$[\d.]+ agent \+ \$[\d.]+ judge/);
    expect(github.comments('acme', 'agents', 9).at(-1)?.body ?? '').toMatch(/\$[\d.]+ agent \+ \$[\d.]+ judge/);
  });

  it('a rate-limited run still passes; the log, summary and results.json say how often it was throttled', async () => {
    const dir = workspace('throttled');
    writeFileSync(join(dir, 'salvo/throttled.yaml'), 'model: gpt-4.1-mini\nprompt: Throttle me\n');
    writeFileSync(join(dir, 'salvo.yaml'), 'providers:\n  openai: {max_concurrency: 2}\n');
    throttled = 0;
    const run = await runAction({
      directory: root,
      inputs: { ...keyInputs(), filter: 'throttled', 'comment-on-pr': 'false' },
      env: runnerEnv(dir, '1106'),
    });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ total: '1', passed: '1' });
    const line = `Rate limits: openai at ${llm.openaiBaseUrl} throttled 2 times (HTTP 429/529) in 3 requests`;
    expect(run.log).toContain(line);
    expect(run.summary).toContain(`⏳ ${line.replace('(HTTP 429/529)', '\\(HTTP 429/529\\)')}`);
    const results = JSON.parse(readFileSync(run.outputs['results-file'] ?? '', 'utf8')) as { rate_limits: unknown };
    expect(results.rate_limits).toEqual([
      expect.objectContaining({ provider: 'openai', requests: 3, throttled: 2, retries: 2, gave_up: 0 }),
    ]);
  });

  it('names the input when a filter matches nothing', async () => {
    const dir = workspace('no-match');
    const run = await runAction({
      directory: root,
      inputs: { ...keyInputs(), filter: 'team=nobody', 'comment-on-pr': 'false' },
      env: runnerEnv(dir, '1103'),
    });
    expect(run.exitCode).toBe(1);
    expect(run.log).toContain("matches the filter 'team=nobody'");
  });
});
