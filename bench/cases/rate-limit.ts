/**
 * Rate limits (issue 19): `salvo run` from the TypeScript sources (dist/ is
 * rebuilt separately) against a fake provider that answers 429 when 4
 * requests are in flight or 20 were admitted in the last second
 * (__tests__/fakes/rate-limiting-reply.ts), 200 ms per admitted request,
 * 200 scenarios at --concurrency 16. Variants: the refusal's `retry-after: 1`,
 * `retry-after: 0`, no header; single-turn scenarios and 3-turn tool loops;
 * and max_concurrency: 4 declared in salvo.yaml. Targets per variant: no
 * INFRA ERROR, and wall time (spawn to exit) <= 1.25 x the ideal, N x turns /
 * 20 per second.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeLlmServer, type FakeLlmRequest, type FakeReply } from '../../__tests__/fakes/llm-server.ts';
import { rateLimitingReply } from '../../__tests__/fakes/rate-limiting-reply.ts';
import { benchConversationReply } from '../lib/fake-model.ts';
import { check, figure, type BenchSettings, type CaseResult, type Figure } from '../lib/report.ts';
import { BENCH_ANTHROPIC_KEY, BENCH_OPENAI_KEY } from '../lib/salvo-process.ts';
import { scenarioYaml } from '../lib/scenarios.ts';
import { repoRoot, spawnMeasured } from '../lib/spawn-measured.ts';

interface Variant {
  name: string;
  turns: 1 | 3;
  headers: Record<string, string>;
  salvoYaml?: string;
}

export const RATE_LIMIT_VARIANTS: Variant[] = [
  { name: '1-turn retry-after=1', turns: 1, headers: { 'retry-after': '1' } },
  { name: '1-turn retry-after=0', turns: 1, headers: { 'retry-after': '0' } },
  { name: '1-turn no-header', turns: 1, headers: {} },
  { name: '3-turn retry-after=1', turns: 3, headers: { 'retry-after': '1' } },
  { name: '3-turn retry-after=0', turns: 3, headers: { 'retry-after': '0' } },
  { name: '3-turn no-header', turns: 3, headers: {} },
  // The limit declared (max_concurrency: 4): no 429 at all, so this is the best the machine does.
  {
    name: '1-turn max_concurrency=4',
    turns: 1,
    headers: { 'retry-after': '1' },
    salvoYaml: 'providers:\n  openai: {max_concurrency: 4}\n',
  },
  {
    name: '3-turn max_concurrency=4',
    turns: 3,
    headers: { 'retry-after': '1' },
    salvoYaml: 'providers:\n  openai: {max_concurrency: 4}\n',
  },
];

const LIMITS = { maxInFlight: 4, perSecond: 20 };

interface Measured {
  wallSeconds: number;
  /** From the first model request to exit: the wall time without salvo's start-up. */
  fromFirstRequestSeconds: number;
  infraErrors: number;
  passed: number;
  refused: number;
  retries: number;
  mostInFlight: number;
}

const singleTurnYaml = (index: number) => `description: Answer question ${index}
adapter: openai
model: gpt-4o-mini
prompt: "Question ${index}: what is the capital of France?"
assertions:
  - {type: output_contains, value: "You said"}
`;

function writeProject(count: number, variant: Variant): string {
  const dir = mkdtempSync(join(tmpdir(), 'salvo-bench-rate-'));
  mkdirSync(join(dir, 'scenarios'));
  writeFileSync(join(dir, 'salvo.yaml'), `scenarios_dir: scenarios\nstorage_dir: .salvo\n${variant.salvoYaml ?? ''}`);
  for (let index = 0; index < count; index += 1) {
    const yaml = variant.turns === 3 ? scenarioYaml(index, 'openai') : singleTurnYaml(index);
    writeFileSync(join(dir, 'scenarios', `s-${String(index).padStart(4, '0')}.yaml`), yaml);
  }
  return dir;
}

function answer(turns: 1 | 3): (request: FakeLlmRequest) => FakeReply {
  return turns === 3
    ? (request) => benchConversationReply(request).reply
    : (request) => ({ text: `You said: ${request.firstUserMessage}` });
}

async function measure(
  cli: string,
  count: number,
  concurrency: number,
  latencyMs: number,
  variant: Variant,
): Promise<Measured> {
  const limiter = rateLimitingReply({ ...LIMITS, latencyMs, headers: variant.headers, answer: answer(variant.turns) });
  let firstRequestAt: number | null = null;
  const fake = await startFakeLlmServer({
    record: false,
    reply: (request) => {
      firstRequestAt ??= performance.now();
      return limiter.reply(request);
    },
  });
  let spawnedAt = 0;
  const dir = writeProject(count, variant);
  try {
    const run = await spawnMeasured({
      args: [cli, 'run', '--concurrency', String(concurrency)],
      cwd: dir,
      env: {
        OPENAI_API_KEY: BENCH_OPENAI_KEY,
        OPENAI_BASE_URL: fake.openaiBaseUrl,
        ANTHROPIC_API_KEY: BENCH_ANTHROPIC_KEY,
        ANTHROPIC_BASE_URL: fake.anthropicBaseUrl,
        CI: 'true',
      },
      probe: false,
      onSpawn: (at) => (spawnedAt = at),
      timeoutMs: 900_000,
    });
    const storage = join(dir, '.salvo');
    const runId = readFileSync(join(storage, 'latest'), 'utf8').trim();
    const results = JSON.parse(readFileSync(join(storage, 'runs', runId, 'results.json'), 'utf8')) as {
      totals: { passed: number };
      scenarios: { verdict: string; trials: { retries: number }[] }[];
    };
    if (run.exitCode !== 0 && run.exitCode !== 3)
      throw new Error(`salvo run exited ${run.exitCode}\n${run.stderrTail}`);
    return {
      wallSeconds: run.wallMs / 1000,
      fromFirstRequestSeconds: (spawnedAt + run.wallMs - (firstRequestAt ?? spawnedAt)) / 1000,
      infraErrors: results.scenarios.filter((scenario) => scenario.verdict === 'INFRA_ERROR').length,
      passed: results.totals.passed,
      refused: limiter.stats.refused,
      retries: results.scenarios.reduce(
        (sum, scenario) => sum + scenario.trials.reduce((total, trial) => total + trial.retries, 0),
        0,
      ),
      mostInFlight: limiter.stats.mostInFlight,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await fake.close();
  }
}

const SOURCES = join(repoRoot, 'src', 'cli', 'index.ts');

/**
 * `cli`: the entry run with node. Default: the sources, so the layer is measured whatever state dist/ is
 * in; a bundle built from this tree (bin/salvo.js beside a fresh dist/) starts in a tenth of the time.
 */
export async function rateLimitCase(
  settings: BenchSettings,
  only: string[] | null = null,
  cli = SOURCES,
): Promise<CaseResult> {
  const sizes = settings.smoke
    ? { scenarios: 20, concurrency: 16, model_delay_ms: 200 }
    : { scenarios: 200, concurrency: 16, model_delay_ms: 200 };
  const variants = only
    ? RATE_LIMIT_VARIANTS.filter((variant) => only.some((name) => variant.name.includes(name)))
    : RATE_LIMIT_VARIANTS;
  const figures: Figure[] = [];
  const details: Record<string, Measured[]> = {};
  for (const variant of variants) {
    const runs: Measured[] = [];
    for (let repeat = 0; repeat < settings.repeats; repeat += 1)
      runs.push(await measure(cli, sizes.scenarios, sizes.concurrency, sizes.model_delay_ms, variant));
    details[variant.name] = runs;
    const ideal = (sizes.scenarios * variant.turns) / LIMITS.perSecond;
    const infra = Math.max(...runs.map((run) => run.infraErrors));
    figures.push(
      check(`${variant.name}: INFRA ERRORs (most ${infra})`, infra === 0, '= 0'),
      figure(
        `${variant.name}: wall / ideal ${ideal} s`,
        runs.map((run) => run.wallSeconds / ideal),
        'x',
        { max: 1.25 },
      ),
      figure(
        `${variant.name}: wall time`,
        runs.map((run) => run.wallSeconds),
        's',
      ),
      figure(
        `${variant.name}: first request to exit / ideal`,
        runs.map((run) => run.fromFirstRequestSeconds / ideal),
        'x',
      ),
      figure(
        `${variant.name}: 429s answered`,
        runs.map((run) => run.refused),
        '',
      ),
      figure(
        `${variant.name}: retries in the results`,
        runs.map((run) => run.retries),
        '',
      ),
    );
  }
  const title = `Rate limits (4 in flight, 20 per second; salvo from ${cli.replace(`${repoRoot}/`, '')})`;
  return {
    case: cli === SOURCES ? 'rate-limit' : 'rate-limit-other-cli',
    title,
    sizes: { ...sizes, limit_in_flight: 4, limit_per_second: 20 },
    repeats: settings.repeats,
    figures,
    details: { cli, runs: details },
  };
}
