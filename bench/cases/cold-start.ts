/**
 * Case 4: from process start (spawn, by the driver's clock) to the first
 * model request the fake server receives, for `node dist/index.js` under the
 * runner's environment and for `node bin/salvo.js run` on one scenario; and
 * the size of dist/. No probe is loaded here: it would add to start-up.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startFakeModel, type FakeModel } from '../lib/fake-model.ts';
import { figure, type BenchSettings, type CaseResult, type Figure } from '../lib/report.ts';
import { BENCH_OPENAI_KEY, runSalvoSuite } from '../lib/salvo-process.ts';
import { writeBenchProject, type BenchProject } from '../lib/scenarios.ts';
import { buildRoot, spawnMeasured } from '../lib/spawn-measured.ts';

function directoryBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** What the runner passes: every input (action.yml defaults, then the workflow's), GITHUB_*, RUNNER_*. */
function actionEnv(fake: FakeModel, project: BenchProject): Record<string, string> {
  const metadata = parse(readFileSync(join(buildRoot(), 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(metadata.inputs)) {
    if (input.default !== undefined && !input.default.includes('${{'))
      env[`INPUT_${name.toUpperCase()}`] = input.default;
  }
  const runnerFiles = join(project.dir, '_runner');
  mkdirSync(join(runnerFiles, 'temp'), { recursive: true });
  writeFileSync(join(runnerFiles, 'output'), '');
  writeFileSync(join(runnerFiles, 'summary'), '');
  writeFileSync(join(runnerFiles, 'event.json'), JSON.stringify({ ref: 'refs/heads/main' }));
  return {
    ...env,
    INPUT_SCENARIOS: 'scenarios/**/*.yaml',
    'INPUT_OPENAI-API-KEY': BENCH_OPENAI_KEY,
    'INPUT_OPENAI-BASE-URL': fake.openaiBaseUrl,
    'INPUT_GITHUB-TOKEN': 'ghs_benchTokenNotUsedOnPushEvents000000000',
    'INPUT_COMMENT-ON-PR': 'true',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: project.dir,
    GITHUB_OUTPUT: join(runnerFiles, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerFiles, 'summary'),
    GITHUB_EVENT_PATH: join(runnerFiles, 'event.json'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_RUN_ID: '123456',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'agent tests',
    GITHUB_JOB: 'salvo',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_TEMP: join(runnerFiles, 'temp'),
    RUNNER_OS: 'Linux',
  };
}

async function actionFirstRequest(
  fake: FakeModel,
  project: BenchProject,
): Promise<{ ms: number; exitCode: number | null; stderr: string }> {
  fake.reset();
  rmSync(join(project.dir, '_runner'), { recursive: true, force: true });
  let spawnedAt = 0;
  const run = await spawnMeasured({
    args: [join(buildRoot(), 'dist', 'index.js')],
    cwd: project.dir,
    env: actionEnv(fake, project),
    probe: false,
    onSpawn: (at) => (spawnedAt = at),
    timeoutMs: 60_000,
  });
  if (fake.stats.firstRequestAt === null)
    throw new Error(`the action made no model request (exit ${run.exitCode})\n${run.stderrTail}`);
  return { ms: fake.stats.firstRequestAt - spawnedAt, exitCode: run.exitCode, stderr: run.stderrTail };
}

export async function coldStartCase(settings: BenchSettings): Promise<CaseResult> {
  const repeats = settings.smoke ? 1 : Math.max(settings.repeats, 7);
  const fake = await startFakeModel({ delayMs: 0 });
  const project = writeBenchProject(1, 'openai');
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  try {
    if (existsSync(join(buildRoot(), 'dist', 'index.js')) && existsSync(join(buildRoot(), 'action.yml'))) {
      const samples: number[] = [];
      for (let run = 0; run < repeats; run += 1) {
        const outcome = await actionFirstRequest(fake, project);
        samples.push(outcome.ms);
        details.action_exit_code = outcome.exitCode;
      }
      figures.push(figure('action: start to first model request', samples, 'ms', { max: 300 }));
    } else {
      figures.push({
        name: 'action: start to first model request',
        value: Number.NaN,
        unit: 'ms',
        target: '<= 300 ms',
        met: false,
      });
      details.action = 'dist/index.js is not built on this branch';
    }
    // Node's compile cache lives in the OS temp directory by default; an empty one of its own makes
    // the first of the runs a first run on a new machine, whatever ran here before.
    const env = { TMPDIR: mkdtempSync(join(tmpdir(), 'salvo-bench-cache-')) };
    const cli: number[] = [];
    try {
      for (let run = 0; run < repeats; run += 1) {
        const outcome = await runSalvoSuite(fake, project, { concurrency: 1, probe: false, timeoutMs: 60_000, env });
        cli.push((outcome.firstRequestAt ?? Number.NaN) - outcome.spawnedAt);
      }
    } finally {
      rmSync(env.TMPDIR, { recursive: true, force: true });
    }
    figures.push(figure('CLI (salvo run): start to first model request', cli, 'ms', { max: 300 }));
    figures.push(figure('CLI: the first of those runs (an empty compile cache)', cli.slice(0, 1), 'ms'));
  } finally {
    rmSync(project.dir, { recursive: true, force: true });
    await fake.close();
  }
  figures.push(figure('dist/ size (all bundles)', [directoryBytes(join(buildRoot(), 'dist')) / 1e6], 'MB'));
  figures.push(
    figure(
      'dist/ without dist/cli/ (action)',
      [directoryBytes(join(buildRoot(), 'dist')) / 1e6 - directoryBytes(join(buildRoot(), 'dist', 'cli')) / 1e6],
      'MB',
    ),
  );
  figures.push(figure('dist/cli/ (CLI)', [directoryBytes(join(buildRoot(), 'dist', 'cli')) / 1e6], 'MB'));
  return {
    case: 'cold-start',
    title: '4. Cold start',
    sizes: { scenarios: 1, adapter: 'openai' },
    repeats,
    figures,
    details,
  };
}
