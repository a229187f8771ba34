import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer, simpleAgentReply, type FakeLlmServer } from '../fakes/llm-server.ts';
import { repoRoot, runCli } from '../helpers/run-cli.ts';

const OPENAI_KEY = 'sk-e2e-openai-KEY-4b1f9c';
const ANTHROPIC_KEY = 'e2e-anthropic-plainsecret-77';

let server: FakeLlmServer;
let throttledRequests = 0;
beforeAll(async () => {
  server = await startFakeLlmServer({
    reply: (request) => {
      // A provider that echoes what it was sent, credentials included.
      if (request.firstUserMessage.includes('ECHO')) {
        if (request.turn === 0 && request.toolNames.length > 0) return simpleAgentReply(request);
        return { text: `headers were ${JSON.stringify(request.headers)}` };
      }
      if (request.firstUserMessage.includes('SLOW')) return { text: 'slow answer', delayMs: 30_000 };
      if (request.firstUserMessage.includes('THROTTLED')) {
        throttledRequests += 1;
        return { error: { status: 429, message: 'Rate limit reached', headers: { 'retry-after': '30' } } };
      }
      if (request.firstUserMessage.includes('REFUSE'))
        return { error: { status: 401, type: 'authentication_error', message: 'invalid api key' } };
      return simpleAgentReply(request);
    },
  });
});
afterAll(async () => server.close());

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'salvo-run-'));
  projects.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const env = () => ({
  OPENAI_API_KEY: OPENAI_KEY,
  ANTHROPIC_API_KEY: ANTHROPIC_KEY,
  OPENAI_BASE_URL: server.openaiBaseUrl,
  ANTHROPIC_BASE_URL: server.anthropicBaseUrl,
});

const scenario = (fields: { adapter?: string; model?: string; prompt: string; mock?: string; extra?: string }) => `
adapter: ${fields.adapter ?? 'openai'}
model: ${fields.model ?? 'gpt-4o-mini'}
system_prompt: You answer questions about the weather.
prompt: ${JSON.stringify(fields.prompt)}
tools:
  - name: get_weather
    description: Current weather for a city
    parameters:
      type: object
      properties:
        city: { type: string }
    mock_response: ${fields.mock ?? '{ temp_c: 21, sky: clear }'}
${fields.extra ?? ''}`;

function allStoredText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

describe('salvo run against the loopback fake LLM server', () => {
  it('runs OpenAI and Anthropic scenarios, prints summaries and the table; report and show read it back', async () => {
    const dir = project({
      'salvo.yaml': 'scenarios_dir: checks\n',
      'checks/openai-weather.yaml': scenario({
        prompt: 'Weather in Paris?',
        extra: 'assertions:\n  - type: tool_called\n    tool: get_weather\n',
      }),
      'checks/anthropic-weather.yaml': scenario({
        adapter: 'anthropic',
        model: 'claude-haiku-4-5',
        prompt: 'Weather in Rome?',
      }),
    });
    const run = await runCli(['run'], { cwd: dir, env: env() });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^PASS {7}openai-weather +1\/1 +\$[\d.]+ +[\d.]+s$/m);
    expect(run.stdout).toMatch(/^openai-weather +gpt-4o-mini +PASS +1\/1 +live +2 +1 /m);
    expect(run.stdout).toMatch(/^anthropic-weather +claude-haiku-4-5 +PASS /m);
    expect(run.stdout).toMatch(/^Scenario\s+Model\s+Verdict\s+Passed/m);
    expect(run.stdout).toMatch(/^Total\s+2\/2 passed/m);
    const runId = /Run saved: ([0-9a-f-]{36})/.exec(run.stdout)![1]!;
    const runDir = join(dir, '.salvo', 'runs', runId);
    const results = JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8'));
    expect(results.scenarios.map((s: { status: string }) => s.status)).toEqual(['passed', 'passed']);
    expect(readdirSync(join(runDir, 'traces'))).toHaveLength(2);
    expect(readFileSync(join(dir, '.salvo', 'latest'), 'utf8').trim()).toBe(runId);

    const report = await runCli(['report'], { cwd: dir });
    expect(report.code).toBe(0);
    expect(report.stdout).toContain(`Run ${runId}`);
    expect(report.stdout).toMatch(/^Total\s+2\/2 passed/m);
    expect(report.stdout).toContain('Trial 1: passed');

    const show = await runCli(['show'], { cwd: dir });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('-> get_weather({})');
    expect(show.stdout).toContain('[tool get_weather]');
    expect(show.stdout).toContain('Final answer: Done. result: {"temp_c":21,"sky":"clear"}');
    const traceId = results.scenarios[1].trials[0].trace_id as string;
    const one = await runCli(['show', traceId.slice(0, 30)], { cwd: dir });
    expect(one.stdout).toContain(`Trace ${traceId}`);
    expect(one.stdout).not.toContain('====');
  });

  it('never stores or prints a configured key, even when the provider and a mock echo it', async () => {
    const dir = project({
      'salvo/echo-openai.yaml': scenario({
        prompt: 'ECHO please',
        mock: JSON.stringify(`the key is ${OPENAI_KEY} and ${ANTHROPIC_KEY}`),
      }),
      'salvo/echo-anthropic.yaml': scenario({
        adapter: 'anthropic',
        model: 'claude-haiku-4-5',
        prompt: 'ECHO please',
        mock: JSON.stringify(`key ${ANTHROPIC_KEY}`),
      }),
    });
    const run = await runCli(['run', '--json'], { cwd: dir, env: env() });
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.scenarios).toHaveLength(2);
    const stored = allStoredText(join(dir, '.salvo'));
    expect(stored).toContain('headers were');
    expect(stored).toContain('[REDACTED]');
    for (const text of [stored, run.stdout, run.stderr]) {
      expect(text).not.toContain(OPENAI_KEY);
      expect(text).not.toContain(ANTHROPIC_KEY);
    }
    const show = await runCli(['show'], { cwd: dir });
    expect(show.stdout).not.toContain(OPENAI_KEY);
    expect(show.stdout).not.toContain(ANTHROPIC_KEY);
  });

  it('works the same from the committed bundle (bin/salvo.js), loading the SDKs lazily', async () => {
    const dir = project({
      'salvo/openai.yaml': scenario({ prompt: 'Weather?' }),
      'salvo/anthropic.yaml': scenario({ adapter: 'anthropic', model: 'claude-haiku-4-5', prompt: 'Weather?' }),
    });
    const run = await runCli(['run'], { cwd: dir, env: env(), bundled: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Total\s+2\/2 passed/m);
    const show = await runCli(['show'], { cwd: dir, bundled: true });
    expect(show.stdout).toContain('Final answer: Done.');
  });

  it('--json prints only the results document on stdout', async () => {
    const dir = project({ 'salvo/one.yaml': scenario({ prompt: 'Weather?' }) });
    const run = await runCli(['run', '--json', '--model', 'gpt-4o'], { cwd: dir, env: env() });
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.run_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(document.scenarios[0].model).toBe('gpt-4o');
    expect(run.stderr).toContain(`Run saved: ${document.run_id}`);
  });
});

describe('salvo run examples', () => {
  it('runs the shipped examples on both providers, prints the table; report and show read the run back', async () => {
    const dir = project({});
    cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
    const run = await runCli(['run', 'examples', '--concurrency', '3'], { cwd: dir, env: env() });
    // The fake agent calls every tool with {}, so argument checks fail: exit 1 is the honest verdict.
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Total\s+\d\/9 passed/m);
    expect(run.stdout).toContain('claude-haiku');
    expect(run.stdout).toContain('gpt-');
    const runId = /Run saved: ([0-9a-f-]{36})/.exec(run.stdout)![1]!;
    const report = await runCli(['report', runId], { cwd: dir });
    expect(report.code).toBe(0);
    expect(report.stdout.match(/^ {2}Trial 1: /gm)).toHaveLength(9);
    const show = await runCli(['show', runId], { cwd: dir });
    expect(show.code).toBe(0);
    expect(show.stdout.match(/^Trace [0-9a-f-]{36}$/gm)).toHaveLength(9);
    const stored = allStoredText(join(dir, '.salvo'));
    expect(stored).not.toContain(OPENAI_KEY);
    expect(stored).not.toContain(ANTHROPIC_KEY);
  });
});

describe('salvo run failure paths', () => {
  it('exits 2 (configuration error) naming file, line and field of an invalid scenario, running nothing', async () => {
    const dir = project({ 'salvo/bad.yaml': 'model: gpt-4o-mini\nprompt: hi\nmax_turns: zero\n' });
    const before = server.requests.length;
    const run = await runCli(['run'], { cwd: dir, env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/salvo\/bad\.yaml:3:\d+/);
    expect(run.stderr).toContain('nothing was run');
    expect(server.requests.length).toBe(before);
  });

  it('exits 2 for a path that matches nothing and for a bad flag value', async () => {
    const dir = project({ 'salvo/one.yaml': scenario({ prompt: 'Weather?' }) });
    const missing = await runCli(['run', 'nowhere/*.yaml'], { cwd: dir, env: env() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere/*.yaml');
    const flag = await runCli(['run', '--concurrency', '0'], { cwd: dir, env: env() });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--concurrency must be a whole number from 1 to 64');
  });

  it("reports a missing key and a missing mock as that scenario's result, exit 1", async () => {
    const dir = project({
      'salvo/a-nomock.yaml':
        `model: gpt-4o-mini\nprompt: Weather?\ntools:\n` + `  - name: get_weather\n    description: weather\n`,
      'salvo/b-anthropic.yaml': scenario({ adapter: 'anthropic', model: 'claude-haiku-4-5', prompt: 'Weather?' }),
    });
    const run = await runCli(['run'], {
      cwd: dir,
      env: { OPENAI_API_KEY: OPENAI_KEY, OPENAI_BASE_URL: server.openaiBaseUrl },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("the model called tool 'get_weather', which has no mock_response");
    expect(run.stdout).toContain('ANTHROPIC_API_KEY');
    expect(run.stdout).toMatch(/Run saved: [0-9a-f-]{36}/);
  });

  it('exits 4 (nothing verified) when the only scenario hit infrastructure errors', async () => {
    const dir = project({ 'salvo/refused.yaml': scenario({ prompt: 'REFUSE' }) });
    const run = await runCli(['run'], { cwd: dir, env: env() });
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('INFRA ERROR');
  });
});

describe('salvo run interrupted', () => {
  it('on SIGTERM saves the finished results, marks the rest cancelled, exits 130, and report reads it', async () => {
    const dir = project({
      'salvo/a-fast.yaml': scenario({ prompt: 'Weather in Oslo?' }),
      'salvo/b-slow.yaml': scenario({ prompt: 'SLOW Weather in Lima?' }),
      'salvo/c-later.yaml': scenario({ prompt: 'Weather in Kyiv?' }),
    });
    const child = spawn(process.execPath, [join(repoRoot, 'src', 'cli', 'index.ts'), 'run', '--concurrency', '1'], {
      cwd: dir,
      env: { ...process.env, ...env(), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // Wait until the first scenario's result is on disk (the slow one is then in flight).
    for (let waited = 0; !/^PASS +a-fast /m.test(stdout) && waited < 30_000; waited += 50)
      await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    const code = await exited;
    expect(code).toBe(130);
    const runId = /Run saved: ([0-9a-f-]{36})/.exec(stdout)![1]!;
    const results = JSON.parse(readFileSync(join(dir, '.salvo', 'runs', runId, 'results.json'), 'utf8'));
    expect(results.interrupted).toBe(true);
    expect(results.scenarios.map((s: { name: string; status: string }) => `${s.name}:${s.status}`)).toEqual([
      'a-fast:passed',
      'b-slow:skipped',
      'c-later:skipped',
    ]);
    expect(results.scenarios[1].trials[0].status).toBe('cancelled');
    expect(results.scenarios[1].skip_reason).toBe('cancelled');
    expect(results.scenarios[2].skip_reason).toBe('cancelled');
    const report = await runCli(['report', runId.slice(0, 20)], { cwd: dir });
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('(interrupted)');
  });

  it('on SIGTERM ends a wait for a rate limit at once, before the grace period, and keeps what finished', async () => {
    const dir = project({
      'salvo/a-fast.yaml': scenario({ prompt: 'Weather in Oslo?' }),
      'salvo/b-throttled.yaml': scenario({ prompt: 'THROTTLED Weather in Lima?' }),
    });
    throttledRequests = 0;
    const child = spawn(process.execPath, [join(repoRoot, 'src', 'cli', 'index.ts'), 'run', '--concurrency', '1'], {
      cwd: dir,
      env: { ...process.env, ...env(), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // The throttled request was refused: it now waits the 30 s the server asked for.
    for (let waited = 0; throttledRequests === 0 && waited < 30_000; waited += 50)
      await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 200));
    const killedAt = performance.now();
    child.kill('SIGTERM');
    const code = await exited;
    // The run's grace period for requests in flight is 3 s; a request waiting to be retried is not in flight.
    expect(performance.now() - killedAt).toBeLessThan(2_500);
    expect(code).toBe(130);
    expect(throttledRequests).toBe(1);
    const runId = /Run saved: ([0-9a-f-]{36})/.exec(stdout)![1]!;
    const results = JSON.parse(readFileSync(join(dir, '.salvo', 'runs', runId, 'results.json'), 'utf8'));
    expect(results.interrupted).toBe(true);
    expect(results.scenarios.map((s: { name: string; status: string }) => `${s.name}:${s.status}`)).toEqual([
      'a-fast:passed',
      'b-throttled:skipped',
    ]);
    expect(results.scenarios[1].trials[0].status).toBe('cancelled');
    expect(results.rate_limits).toEqual([expect.objectContaining({ provider: 'openai', throttled: 1, gave_up: 0 })]);
    expect(stdout).toMatch(/^Rate limits: openai at \S+ throttled 1 time \(HTTP 429\/529\) in 3 requests/m);
  });
});
