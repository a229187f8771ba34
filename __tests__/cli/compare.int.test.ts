import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer, simpleAgentReply, type FakeLlmServer } from '../fakes/llm-server.ts';
import { runCli } from '../helpers/run-cli.ts';

/** What the fake model does for the "refund" scenario: main's agent refunds, the PR's refuses. */
let refundBehaviour: 'refunds' | 'refuses' = 'refunds';
let server: FakeLlmServer;
beforeAll(async () => {
  server = await startFakeLlmServer({
    reply: (request) => {
      if (request.firstUserMessage.includes('refund') && request.toolResults.length > 0) {
        return { text: refundBehaviour === 'refunds' ? 'Refund approved for order 42.' : 'I cannot help with that.' };
      }
      return simpleAgentReply(request);
    },
  });
});
afterAll(async () => server.close());

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'salvo-compare-'));
  dirs.push(dir);
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

const refund = `model: gpt-4o-mini
prompt: Please refund order 42
tools:
  - name: refund_order
    description: Refund an order
    mock_response: ok
assertions:
  - type: output_contains
    value: Refund approved
`;

const weather = (costLimit: number) => `model: gpt-4o-mini
prompt: Weather in Paris?
tools:
  - name: get_weather
    description: Current weather for a city
    mock_response: sunny
assertions:
  - type: tool_called
    tool: get_weather
    required: true
  - type: cost_limit
    max_usd: ${costLimit}
`;

const env = () => ({ OPENAI_API_KEY: 'sk-compare-test', OPENAI_BASE_URL: server.openaiBaseUrl });

function runIdOf(stdout: string): string {
  return /Run saved: ([0-9a-f-]{36})/.exec(stdout)![1]!;
}

describe('salvo compare', () => {
  it('compares two stored runs and two extracted artifacts: regression with counts, loosened check, cost', async () => {
    const dir = tempDir();
    write(dir, {
      'salvo.yaml': 'scenarios_dir: salvo\n',
      'salvo/refund.yaml': refund,
      'salvo/weather.yaml': weather(0.05),
    });
    refundBehaviour = 'refunds';
    const main = await runCli(['run', '--trials', '6'], { cwd: dir, env: env() });
    expect(main.code).toBe(0);
    const baseId = runIdOf(main.stdout);

    refundBehaviour = 'refuses';
    write(dir, { 'salvo/weather.yaml': weather(1) });
    const pr = await runCli(['run', '--trials', '6'], { cwd: dir, env: env() });
    expect(pr.code).toBe(1);
    const headId = runIdOf(pr.stdout);

    const text = await runCli(['compare', baseId.slice(0, 30)], { cwd: dir });
    expect(text.stderr).toBe('');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /^1 regressed, 0 improved, 1 unchanged, 1 loosened check · cost \$[\d.]+ \(.\d+ % vs baseline\)$/m,
    );
    expect(text.stdout).toContain('Regressed:\n  refund (salvo/refund.yaml)');
    expect(text.stdout).toMatch(/pass rate 6\/6 → 0\/6, significant \(p = 0\.002, q = 0\.004\)/);
    expect(text.stdout).toContain('Loosened checks:\n  weather: cost_limit $0.05: max_usd 0.05 → 1');

    const json = await runCli(['compare', baseId, headId, '--json'], { cwd: dir });
    const document = JSON.parse(json.stdout);
    expect(document.counts).toMatchObject({ regressed: 1, unchanged: 1, improved: 0 });
    const row = document.scenarios.find((scenario: { name: string }) => scenario.name === 'refund');
    expect(row).toMatchObject({ class: 'regressed', base: { passed: 6, counted: 6 }, head: { passed: 0, counted: 6 } });
    expect(row.p_value).toBeCloseTo(0.002165, 5);
    expect(row.deltas).toHaveProperty('cost_per_trial');

    // The same runs as the action uploads them, extracted into folders outside any project.
    const elsewhere = tempDir();
    for (const [name, id] of [
      ['main-artifact', baseId],
      ['pr-artifact', headId],
    ] as const) {
      mkdirSync(join(elsewhere, name, 'salvo-results'), { recursive: true });
      cpSync(join(dir, '.salvo', 'runs', id, 'results.json'), join(elsewhere, name, 'salvo-results', 'results.json'));
    }
    const folders = await runCli(['compare', 'main-artifact', 'pr-artifact', '--json'], { cwd: elsewhere });
    expect(folders.code).toBe(1);
    expect(JSON.parse(folders.stdout)).toMatchObject({
      base_origin: 'main-artifact/salvo-results/results.json',
      counts: document.counts,
    });
  });

  it('names the file and field of a document that is not a results file', async () => {
    const dir = tempDir();
    write(dir, { 'a.json': JSON.stringify({ run_id: 'x', totals: {}, scenarios: [{ name: 'n' }] }), 'b.json': '{}' });
    const run = await runCli(['compare', 'a.json', 'b.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a.json: field scenarios.0: expected a scenario result with a name and trials');
  });

  it('reads one trial each as noise and says so', async () => {
    const dir = tempDir();
    const results = (passed: boolean) =>
      readFileSync(
        join(import.meta.dirname, '..', 'fixtures', 'compare', passed ? 'one-pass.json' : 'one-fail.json'),
        'utf8',
      );
    write(dir, { 'base.json': results(true), 'head.json': results(false) });
    const run = await runCli(['compare', 'base.json', 'head.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 regressed, 0 improved, 1 changed (not significant), 0 unchanged');
    expect(run.stdout).toContain(
      'one trial each can never show a difference; about 4 trials per side would show a difference this size',
    );
  });

  it('run --baseline compares afterwards; --estimate forecasts from baseline or recordings, runs nothing', async () => {
    const dir = tempDir();
    write(dir, {
      'salvo.yaml': 'scenarios_dir: salvo\n',
      'salvo/refund.yaml': refund,
      'salvo/weather.yaml': weather(0.05),
    });
    refundBehaviour = 'refunds';
    const main = await runCli(['run', '--trials', '4', '--record'], { cwd: dir, env: env() });
    expect(main.code).toBe(0);
    const baseId = runIdOf(main.stdout);
    const stored = JSON.parse(readFileSync(join(dir, '.salvo', 'runs', baseId, 'results.json'), 'utf8'));
    const perTrial = stored.totals.cost_usd / 8;

    refundBehaviour = 'refuses';
    const pr = await runCli(['run', '--trials', '4', '--baseline', baseId], { cwd: dir, env: env() });
    expect(pr.stdout).toContain(`Compared with baseline: run ${baseId}`);
    // Before it runs, a run with a baseline says what it should cost, priced from the baseline.
    const forecastAt = pr.stdout.search(
      /^Forecast: about \$[\d.]+ for 2 scenarios × 4 trials \(2 from the baseline\)$/m,
    );
    expect(forecastAt).toBeGreaterThanOrEqual(0);
    expect(forecastAt).toBeLessThan(pr.stdout.indexOf('Run saved:'));
    // 4/4 → 0/4 is p = 0.029 alone, but two scenarios were compared: BH asks p ≤ 0.025 of the stronger one.
    expect(pr.stdout).toMatch(
      /^0 regressed, 0 improved, 1 changed \(not significant\), 1 unchanged · cost \$[\d.]+ \(.\d+ % vs baseline\)$/m,
    );
    expect(pr.stdout).toContain(
      'pass rate 4/4 → 0/4, not significant (p = 0.029, q = 0.057); ' +
        '4 and 4 trials can never show a difference; about 5 trials per side would show a difference this size',
    );

    const requestsBefore = server.requests.length;
    const estimate = await runCli(
      ['run', '--estimate', '--trials', '10', '--baseline', baseId, '--max-cost-usd', String(perTrial * 10 * 0.5)],
      { cwd: dir, env: env() },
    );
    expect(estimate.code).toBe(0);
    expect(estimate.stdout).toMatch(/^Forecast: about \$[\d.]+ for 2 scenarios × 10 trials \(2 from the baseline\)$/m);
    // The first scenario alone spends about twice the cap, so the second never starts.
    expect(estimate.stdout).toMatch(/^The spend cap \$[\d.]+ will leave out about 1 scenario\.$/m);
    const fromRecordings = await runCli(['run', '--estimate', '--json', '--trials', '2'], { cwd: dir, env: env() });
    const forecast = JSON.parse(fromRecordings.stdout);
    expect(forecast.scenarios.map((row: { source: string }) => row.source)).toEqual(['recording', 'recording']);
    expect(forecast.total_usd).toBeCloseTo(perTrial * 2 * 2, 6);
    expect(server.requests.length).toBe(requestsBefore);
  });
});
