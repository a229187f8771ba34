import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunResults } from '../../src/core/results.ts';
import { simpleAgentReply, startFakeLlmServer, type FakeLlmServer } from '../fakes/llm-server.ts';
import { runCli } from '../helpers/run-cli.ts';

// `salvo run` with prompt caching, against the fake that bills Anthropic's
// cache reads and writes: the saving in the terminal and results.json, the
// switches (salvo.yaml, scenario, --no-prompt-cache), and recordings.

const KEY = 'sk-ant-caching-test-0123456789';
let server: FakeLlmServer;
const projects: string[] = [];
beforeAll(async () => {
  server = await startFakeLlmServer({ promptCache: true, reply: (request) => simpleAgentReply(request) });
});
beforeEach(() => void (server.requests.length = 0));
afterAll(async () => {
  await server.close();
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
});

/** About 3,000 tokens of system prompt: worth caching on claude-sonnet-4-6 (minimum 2,048). */
const policy = 'Refunds follow the shop policy to the letter. '.repeat(260);
const scenario = (extra = '') =>
  `model: claude-sonnet-4-6\nadapter: anthropic\nsystem_prompt: ${policy}\nprompt: Where is order 42?\n` +
  `trials: 3\n${extra}tools:\n  - name: lookup_order\n    description: Finds an order.\n` +
  `    mock_response: { status: shipped }\nassertions:\n  - { type: tool_called, tool: lookup_order }\n`;

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'salvo-caching-'));
  projects.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const env = () => ({ ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: server.anthropicBaseUrl });
const marked = () =>
  server.requests.filter((request) => JSON.stringify(request.body).includes('"cache_control"')).length;

async function runJson(dir: string, args: string[] = [], runEnv: Record<string, string> = env()) {
  const run = await runCli(['run', '--json', ...args], { cwd: dir, env: runEnv });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as RunResults;
}

describe('salvo run with prompt caching', () => {
  it('caches by default and reports the saving in the terminal totals and results.json', async () => {
    const dir = project({ 'salvo.yaml': 'scenarios_dir: s\n', 's/refund.yaml': scenario() });
    const run = await runCli(['run', '--concurrency', '1'], { cwd: dir, env: env() });
    expect(run.code, run.stderr).toBe(0);
    expect(marked()).toBe(server.requests.length);
    expect(run.stdout).toMatch(/Cost \$[\d.]+, saved \$[\d.]+ by caching\./);
    const runs = join(dir, '.salvo', 'runs');
    const [runId] = readdirSync(runs);
    const results = JSON.parse(readFileSync(join(runs, runId!, 'results.json'), 'utf8')) as RunResults;
    const saving = results.totals.cache_saving_usd ?? 0;
    expect(saving).toBeGreaterThan(0);
    expect(results.scenarios[0]!.cache_saving_usd).toBeCloseTo(saving, 10);
    // Trials 2 and 3 read what trial 1 wrote: each saves more than the first.
    const [first, second, third] = results.scenarios[0]!.trials.map((trial) => trial.cache_saving_usd ?? 0);
    expect(second).toBeGreaterThan(first!);
    expect(third).toBeCloseTo(second!, 10);
  });

  it('--no-prompt-cache marks nothing, and the run reports no saving', async () => {
    const dir = project({ 'salvo.yaml': 'scenarios_dir: s\n', 's/refund.yaml': scenario() });
    const results = await runJson(dir, ['--no-prompt-cache']);
    expect(server.requests.length).toBeGreaterThan(0);
    expect(marked()).toBe(0);
    expect(results.totals.cache_saving_usd).toBeUndefined();
  });

  it("salvo.yaml's prompt_caching: off holds for scenarios that say nothing; a scenario's own auto wins", async () => {
    const dir = project({
      'salvo.yaml': 'scenarios_dir: s\nprompt_caching: off\n',
      's/plain.yaml': scenario(),
      's/opted.yaml': scenario('prompt_caching: auto\n'),
    });
    const results = await runJson(dir, ['--concurrency', '1']);
    const byFile = Object.fromEntries(results.scenarios.map((row) => [row.file, row.cache_saving_usd]));
    expect(byFile['s/plain.yaml']).toBeUndefined();
    expect(byFile['s/opted.yaml']).toBeGreaterThan(0);
  });

  it('a recording keeps the cache figures it was made with, and replays fresh with caching off', async () => {
    const dir = project({ 'salvo.yaml': 'scenarios_dir: s\n', 's/refund.yaml': scenario() });
    const recorded = await runJson(dir, ['--record', '--concurrency', '1']);
    const recording = readFileSync(join(dir, 's', '__recordings__', 'refund.json'), 'utf8');
    expect(recording).toMatch(/"cache_read_tokens": [1-9]/);
    const replayed = await runJson(dir, ['--mode', 'replay', '--no-prompt-cache'], {});
    const row = replayed.scenarios[0]!;
    expect(row).toMatchObject({ mode: 'replay', status: 'passed' });
    expect(row.cache_saving_usd).toBeCloseTo(recorded.scenarios[0]!.cache_saving_usd!, 10);
    expect(row.cost_usd).toBeCloseTo(recorded.scenarios[0]!.cost_usd!, 10);
  });
});
