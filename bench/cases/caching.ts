/**
 * Case 7: what prompt caching saves (issue 26). salvo runs as a real process
 * (bin/salvo.js) against the loopback fake, which bills Anthropic cache reads
 * and writes as the API does (__tests__/fakes/llm-cache.ts), once with
 * `prompt_caching: auto` (the default) and once with `--no-prompt-cache`:
 *  - shared: 20 Anthropic scenarios sharing a ~3,000-token system prompt and
 *    tools, 5 model turns each (a tool loop), 5 trials: billed input cost with
 *    auto <= 0.45 of off;
 *  - unique: 20 single-turn, single-trial scenarios, each with a system prompt
 *    of its own: auto never costs more than off.
 * Billed input cost = the run's cost minus its output tokens at the output
 * price (outputs are the same in both runs). Costs, not times: the figures do
 * not depend on the machine.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPrice } from '../../src/core/cost/index.ts';
import type { RunResults } from '../../src/core/results.ts';
import { startFakeLlmServer, type FakeLlmRequest, type FakeReply } from '../../__tests__/fakes/llm-server.ts';
import { check, figure, type BenchSettings, type CaseResult } from '../lib/report.ts';
import { BENCH_ANTHROPIC_KEY } from '../lib/salvo-process.ts';
import { buildRoot, spawnMeasured } from '../lib/spawn-measured.ts';

const MODEL = 'claude-sonnet-4-6';
const MODEL_TURNS = 5;
/** ~3,000 tokens at the fake's 4 bytes a token. */
const SHARED_POLICY = 'Every refund follows the written shop policy; quote the clause you rely on. '.repeat(160);

/** Turns 0-3 call the step tool, turn 4 answers: five model turns per trial, decided from the request alone. */
function fiveTurnReply(request: FakeLlmRequest): FakeReply {
  if (request.toolNames.length > 0 && request.turn < MODEL_TURNS - 1)
    return { toolCalls: [{ name: 'check_step', arguments: { step: request.turn + 1 } }] };
  return { text: `Done: ${request.firstUserMessage.slice(0, 40)}` };
}

function sharedScenario(index: number, trials: number): string {
  return `model: ${MODEL}
adapter: anthropic
system_prompt: ${SHARED_POLICY}
prompt: "Case ${index}: the customer wants a refund for order R${1000 + index}."
trials: ${trials}
max_turns: ${MODEL_TURNS + 1}
tools:
  - name: check_step
    description: Runs one step of the refund checklist and returns what it found.
    parameters: {type: object, properties: {step: {type: integer}}, required: [step]}
    mock_response: {ok: true, note: step passed}
  - name: lookup_order
    description: Fetch an order by its id, with its items, totals and delivery status.
    parameters: {type: object, properties: {order_id: {type: string}}, required: [order_id]}
    mock_response: {status: delivered}
assertions:
  - {type: tool_called, tool: check_step}
`;
}

function uniqueScenario(index: number): string {
  const policy = `Shop ${index} policy, clause ${index} says refunds within ${index + 10} days. `.repeat(200);
  return `model: ${MODEL}\nadapter: anthropic\nsystem_prompt: ${policy}\nprompt: Refund order U${index}?\n`;
}

function writeProject(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'salvo-bench-caching-'));
  mkdirSync(join(dir, 'scenarios'));
  writeFileSync(join(dir, 'salvo.yaml'), 'scenarios_dir: scenarios\n');
  files.forEach((content, index) =>
    writeFileSync(join(dir, 'scenarios', `s${String(index).padStart(3, '0')}.yaml`), content),
  );
  return dir;
}

interface Billed {
  inputUsd: number;
  savingUsd: number;
  requests: number;
}

/** One `salvo run` against a fresh fake (an empty cache); checks it did the whole workload. */
async function billedRun(dir: string, expectedRequests: number, flags: string[]): Promise<Billed> {
  let requests = 0;
  const server = await startFakeLlmServer({
    promptCache: true,
    record: false,
    reply: (request) => {
      requests += 1;
      return fiveTurnReply(request);
    },
  });
  try {
    const run = await spawnMeasured({
      args: [join(buildRoot(), 'bin', 'salvo.js'), 'run', '--json', ...flags],
      cwd: dir,
      env: { ANTHROPIC_API_KEY: BENCH_ANTHROPIC_KEY, ANTHROPIC_BASE_URL: server.anthropicBaseUrl, CI: 'true' },
      probe: false,
      timeoutMs: 600_000,
    });
    if (run.exitCode !== 0) throw new Error(`salvo run exited ${run.exitCode}\n${run.stderrTail}`);
    if (requests !== expectedRequests)
      throw new Error(`the fake saw ${requests} requests, expected ${expectedRequests}`);
    const runId = readFileSync(join(dir, '.salvo', 'latest'), 'utf8').trim();
    const results = JSON.parse(readFileSync(join(dir, '.salvo', 'runs', runId, 'results.json'), 'utf8')) as RunResults;
    if (results.totals.passed !== results.totals.total) throw new Error('not every scenario passed');
    const output = findPrice(MODEL)!.tier.output;
    return {
      inputUsd: results.totals.cost_usd - (results.totals.output_tokens * output) / 1e6,
      savingUsd: results.totals.cache_saving_usd ?? 0,
      requests,
    };
  } finally {
    rmSync(join(dir, '.salvo'), { recursive: true, force: true });
    await server.close();
  }
}

export async function cachingCase(settings: BenchSettings): Promise<CaseResult> {
  const scenarios = settings.smoke ? 4 : 20;
  const trials = settings.smoke ? 2 : 5;
  const shared = writeProject(Array.from({ length: scenarios }, (_, index) => sharedScenario(index, trials)));
  const unique = writeProject(Array.from({ length: scenarios }, (_, index) => uniqueScenario(index)));
  const sharedRequests = scenarios * trials * MODEL_TURNS;
  try {
    const auto = await billedRun(shared, sharedRequests, []);
    const off = await billedRun(shared, sharedRequests, ['--no-prompt-cache']);
    const uniqueAuto = await billedRun(unique, scenarios, []);
    const uniqueOff = await billedRun(unique, scenarios, ['--no-prompt-cache']);
    const ratio = auto.inputUsd / off.inputUsd;
    return {
      case: 'caching',
      title: '7. Prompt caching',
      sizes: {
        scenarios,
        trials,
        model_turns: MODEL_TURNS,
        model: MODEL,
        system_prompt_tokens: SHARED_POLICY.length / 4,
      },
      repeats: 1,
      figures: [
        figure('shared: billed input, auto', [auto.inputUsd], 'USD'),
        figure('shared: billed input, off', [off.inputUsd], 'USD'),
        figure('shared: auto / off', [ratio], '', { max: 0.45, text: '<= 0.45' }),
        figure('shared: saving reported by salvo', [auto.savingUsd], 'USD'),
        figure('unique single-turn: billed input, auto', [uniqueAuto.inputUsd], 'USD'),
        figure('unique single-turn: billed input, off', [uniqueOff.inputUsd], 'USD'),
        check('unique single-turn: auto <= off', uniqueAuto.inputUsd <= uniqueOff.inputUsd + 1e-12, 'never more'),
      ],
    };
  } finally {
    rmSync(shared, { recursive: true, force: true });
    rmSync(unique, { recursive: true, force: true });
  }
}
