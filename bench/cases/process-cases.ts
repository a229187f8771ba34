/**
 * Cases 1-3: salvo as a real process (`node bin/salvo.js run`, the bundle)
 * over generated scenarios against the loopback fake model in this process.
 */
import { rmSync } from 'node:fs';
import { fileCreationCostMs } from '../lib/disk-probe.ts';
import { startFakeModel } from '../lib/fake-model.ts';
import { check, figure, median, type BenchSettings, type CaseResult } from '../lib/report.ts';
import { runSalvoSuite, type SuiteRun } from '../lib/salvo-process.ts';
import { writeBenchProject, type BenchAdapter } from '../lib/scenarios.ts';

interface MeasuredRun extends SuiteRun {
  /** The disk's system CPU per file created, measured just before the run (disk-probe.ts). */
  fileCreationMs: number;
}

async function repeatSuite(
  count: number,
  options: { concurrency: number; delayMs: number; repeats: number; adapter: BenchAdapter },
): Promise<MeasuredRun[]> {
  const fake = await startFakeModel({ delayMs: options.delayMs });
  const project = writeBenchProject(count, options.adapter);
  try {
    const runs: MeasuredRun[] = [];
    for (let run = 0; run < options.repeats; run += 1) {
      const fileCreationMs = fileCreationCostMs(project.dir);
      runs.push({ ...(await runSalvoSuite(fake, project, { concurrency: options.concurrency })), fileCreationMs });
    }
    return runs;
  } finally {
    rmSync(project.dir, { recursive: true, force: true });
    await fake.close();
  }
}

const cpuPerTurn = (run: SuiteRun) => ((run.userCpuMs ?? 0) + (run.systemCpuMs ?? 0)) / run.modelRequests;

export async function overheadCase(settings: BenchSettings, adapter: BenchAdapter): Promise<CaseResult> {
  const sizes = {
    scenarios: settings.smoke ? 12 : 1000,
    turns_per_scenario: 3,
    concurrency: 8,
    model_delay_ms: 0,
    adapter,
  };
  const runs = await repeatSuite(sizes.scenarios, { concurrency: 8, delayMs: 0, repeats: settings.repeats, adapter });
  return {
    case: adapter === 'openai' ? 'overhead' : `overhead-${adapter}`,
    title: `1. Overhead (${adapter})`,
    sizes,
    repeats: runs.length,
    figures: [
      figure(
        'wall time, spawn to exit',
        runs.map((run) => run.wallMs / 1000),
        's',
        { max: 10 },
      ),
      figure('salvo CPU (user+sys) per model turn', runs.map(cpuPerTurn), 'ms', { max: 2, text: '<= 2 ms' }),
      figure(
        'peak RSS',
        runs.map((run) => run.maxRssMb ?? 0),
        'MB',
      ),
      figure(
        'salvo CPU, user',
        runs.map((run) => (run.userCpuMs ?? 0) / 1000),
        's',
      ),
      figure(
        'salvo CPU, system',
        runs.map((run) => (run.systemCpuMs ?? 0) / 1000),
        's',
      ),
      figure(
        'model requests seen by the fake',
        runs.map((run) => run.modelRequests),
        '',
      ),
      figure(
        'this disk: system CPU to create a file (one per trace)',
        runs.map((run) => run.fileCreationMs),
        'ms',
      ),
    ],
  };
}

/** 200 scenarios x 3 turns at 16 in flight, against a model answering in `delayMs`: how close to the ideal. */
export async function concurrencyCase(
  settings: BenchSettings,
  delayMs: number,
  minimumEfficiency: number,
): Promise<CaseResult> {
  const sizes = settings.smoke
    ? { scenarios: 8, turns_per_scenario: 3, concurrency: 4, model_delay_ms: 20 }
    : { scenarios: 200, turns_per_scenario: 3, concurrency: 16, model_delay_ms: delayMs };
  const runs = await repeatSuite(sizes.scenarios, {
    concurrency: sizes.concurrency,
    delayMs: sizes.model_delay_ms,
    repeats: settings.repeats,
    adapter: 'openai',
  });
  const idealSeconds = (Math.ceil(sizes.scenarios / sizes.concurrency) * 3 * sizes.model_delay_ms) / 1000;
  const maxInFlight = Math.max(...runs.map((run) => run.maxInFlight));
  return {
    case: delayMs === 200 ? 'concurrency' : `concurrency-${delayMs}ms`,
    title: `2. Concurrency efficiency at ${delayMs} ms`,
    sizes,
    repeats: runs.length,
    figures: [
      figure('ideal wall time ceil(N/c) x 3 x delay', [idealSeconds], 's'),
      figure(
        'actual wall time, spawn to exit',
        runs.map((run) => run.wallMs / 1000),
        's',
      ),
      figure(
        'efficiency ideal / actual',
        runs.map((run) => idealSeconds / (run.wallMs / 1000)),
        '',
        { min: minimumEfficiency },
      ),
      check(
        `max requests in flight at the fake (${maxInFlight})`,
        maxInFlight === sizes.concurrency,
        `= ${sizes.concurrency}`,
      ),
    ],
  };
}

export async function memoryCase(settings: BenchSettings): Promise<CaseResult> {
  const small = settings.smoke ? 12 : 1000;
  const large = settings.smoke ? 60 : 10000;
  const smallRuns = await repeatSuite(small, {
    concurrency: 8,
    delayMs: 0,
    repeats: settings.repeats,
    adapter: 'openai',
  });
  const largeRuns = await repeatSuite(large, {
    concurrency: 8,
    delayMs: 0,
    repeats: settings.repeats,
    adapter: 'openai',
  });
  const smallRss = smallRuns.map((run) => run.maxRssMb ?? 0);
  const largeRss = largeRuns.map((run) => run.maxRssMb ?? 0);
  const growth = median(largeRss) / median(smallRss);
  return {
    case: 'memory',
    title: '3. Memory growth',
    sizes: { small_scenarios: small, large_scenarios: large, turns_per_scenario: 3, concurrency: 8, model_delay_ms: 0 },
    repeats: settings.repeats,
    figures: [
      figure(`peak RSS at ${small} scenarios`, smallRss, 'MB'),
      figure(`peak RSS at ${large} scenarios`, largeRss, 'MB', { max: 250 }),
      figure(`ratio ${large} / ${small} (of the medians)`, [growth], 'x', { max: 1.5 }),
      figure(
        `wall time at ${large} scenarios`,
        largeRuns.map((run) => run.wallMs / 1000),
        's',
      ),
      figure(`CPU per model turn at ${large} scenarios`, largeRuns.map(cpuPerTurn), 'ms'),
    ],
  };
}
