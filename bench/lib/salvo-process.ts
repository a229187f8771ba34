/**
 * Drives `node bin/salvo.js run` (the published CLI, i.e. the bundle) over a
 * generated project against the fake model, and checks the run really did the
 * named workload: exit 0, three model requests per scenario, every scenario
 * passed in the stored results. A figure from a run that did less is no figure.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeModel } from './fake-model.ts';
import type { BenchProject } from './scenarios.ts';
import { buildRoot, spawnMeasured, type MeasuredRun } from './spawn-measured.ts';

export const BENCH_OPENAI_KEY = 'sk-bench-0penai-key-9f3c2a7d51e84b06';
export const BENCH_ANTHROPIC_KEY = 'sk-ant-bench-key-2c8e61f0a94d';

export interface SuiteRun extends MeasuredRun {
  modelRequests: number;
  maxInFlight: number;
  /** Driver performance.now() of spawn and of the first model request. */
  spawnedAt: number;
  firstRequestAt: number | null;
}

export function providerEnv(fake: FakeModel): Record<string, string> {
  return {
    OPENAI_API_KEY: BENCH_OPENAI_KEY,
    OPENAI_BASE_URL: fake.openaiBaseUrl,
    ANTHROPIC_API_KEY: BENCH_ANTHROPIC_KEY,
    ANTHROPIC_BASE_URL: fake.anthropicBaseUrl,
    // A CI log, as on a runner: plain progress lines, no terminal redraws.
    CI: 'true',
  };
}

export async function runSalvoSuite(
  fake: FakeModel,
  project: BenchProject,
  options: { concurrency: number; probe?: boolean; timeoutMs?: number; env?: Record<string, string> },
): Promise<SuiteRun> {
  rmSync(project.storageDir, { recursive: true, force: true });
  fake.reset();
  let spawnedAt = 0;
  const run = await spawnMeasured({
    args: [join(buildRoot(), 'bin', 'salvo.js'), 'run', '--concurrency', String(options.concurrency)],
    cwd: project.dir,
    env: { ...providerEnv(fake), ...options.env },
    probe: options.probe ?? true,
    onSpawn: (at) => (spawnedAt = at),
    timeoutMs: options.timeoutMs ?? 600_000,
  });
  const stats = { ...fake.stats };
  const problem = verifyRun(run, stats.requests, stats.unexpected, project);
  rmSync(project.storageDir, { recursive: true, force: true });
  if (problem) throw new Error(`salvo run did not do the benchmark's workload: ${problem}\n${run.stderrTail}`);
  return {
    ...run,
    modelRequests: stats.requests,
    maxInFlight: stats.maxInFlight,
    spawnedAt,
    firstRequestAt: stats.firstRequestAt,
  };
}

function verifyRun(run: MeasuredRun, requests: number, unexpected: number, project: BenchProject): string | null {
  if (run.exitCode !== 0) return `exit code ${run.exitCode}`;
  if (requests !== project.count * 3)
    return `the fake model saw ${requests} requests, expected ${project.count * 3} (3 per scenario)`;
  if (unexpected > 0) return `${unexpected} requests did not follow the 3-turn conversation`;
  const latest = join(project.storageDir, 'latest');
  if (!existsSync(latest)) return 'no run was stored';
  const runId = readFileSync(latest, 'utf8').trim();
  const results = JSON.parse(readFileSync(join(project.storageDir, 'runs', runId, 'results.json'), 'utf8')) as {
    totals: { total: number; passed: number };
  };
  if (results.totals.total !== project.count || results.totals.passed !== project.count) {
    return (
      `stored results: ${results.totals.passed} of ${results.totals.total} passed, ` +
      `expected ${project.count} of ${project.count}`
    );
  }
  return null;
}
