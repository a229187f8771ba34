import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResults } from '../../src/core/results.ts';
import { startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.ts';
import { startFakeGithub, type FakeGithub } from '../fakes/github-rest-server.ts';
import { simpleAgentReply, startFakeLlmServer, type FakeLlmServer } from '../fakes/llm-server.ts';
import { runAction } from '../helpers/run-action.ts';
import { runnerVariables } from '../helpers/runner-env.ts';

// The bundled action (dist/index.js) with prompt caching: the saving in the
// job summary and results file, and the `prompt-caching: off` input.

const API_KEY = 'sk-ant-caching-action-0123456789';
const policy = 'Refunds follow the shop policy to the letter. '.repeat(260);

describe('the action and prompt caching (node dist/index.js)', () => {
  let root: string;
  let github: FakeGithub;
  let artifacts: FakeArtifactService;
  let llm: FakeLlmServer;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'salvo-action-caching-'));
    github = await startFakeGithub();
    artifacts = await startFakeArtifactService();
    llm = await startFakeLlmServer({ promptCache: true, reply: (request) => simpleAgentReply(request) });
  });
  afterAll(async () => {
    await Promise.all([github.close(), artifacts.close(), llm.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  async function run(name: string, runId: string, inputs: Record<string, string> = {}) {
    const dir = join(root, name);
    mkdirSync(join(dir, 'salvo'), { recursive: true });
    writeFileSync(
      join(dir, 'salvo/refund.yaml'),
      `model: claude-sonnet-4-6\nadapter: anthropic\nsystem_prompt: ${policy}\n` +
        `prompt: Where is order 42?\ntrials: 3\ntools:\n  - name: lookup_order\n` +
        `    description: Finds an order.\n    mock_response: { status: shipped }\n`,
    );
    const before = llm.requests.length;
    const action = await runAction({
      directory: root,
      inputs: {
        'anthropic-api-key': API_KEY,
        'anthropic-base-url': llm.anthropicBaseUrl,
        'comment-on-pr': 'false',
        concurrency: '1',
        ...inputs,
      },
      env: runnerVariables({
        workspace: dir,
        event: 'push',
        workflow: 'Caching',
        runId,
        apiUrl: github.apiUrl,
        artifactResultsUrl: artifacts.resultsUrl,
      }),
    });
    expect(action.exitCode, action.log).toBe(0);
    const results = JSON.parse(readFileSync(action.outputs['results-file'] ?? '', 'utf8')) as RunResults;
    const marked = llm.requests
      .slice(before)
      .filter((request) => JSON.stringify(request.body).includes('cache_control'));
    return { action, results, marked: marked.length };
  }

  it('caches by default and shows the saving in the job summary totals and the results file', async () => {
    const { action, results, marked } = await run('auto', '2601');
    expect(marked).toBe(6);
    expect(results.totals.cache_saving_usd).toBeGreaterThan(0);
    expect(action.summary).toMatch(/\$[\d.]+, saved \$[\d.]+ by caching/);
  });

  it('prompt-caching: off sends no breakpoint and reports no saving', async () => {
    const { action, results, marked } = await run('off', '2602', { 'prompt-caching': 'off' });
    expect(marked).toBe(0);
    expect(results.totals.cache_saving_usd).toBeUndefined();
    expect(action.summary).not.toContain('by caching');
  });
});
