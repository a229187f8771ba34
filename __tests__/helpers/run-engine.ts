import type { RunStore } from '../../src/core/ports.ts';
import type { RunMode } from '../../src/core/recording/resolve-mode.ts';
import { createRedactor } from '../../src/core/redaction/index.ts';
import type { RunResults } from '../../src/core/results.ts';
import type { AdapterName } from '../../src/core/scenario/schema.ts';
import { runEngine as runTheEngine, type ModeLine } from '../../src/engine/run-engine.ts';
import { loadProject } from '../../src/node-adapters/project.ts';
import { MemoryRunStore } from '../fakes/memory-run-store.ts';

export interface EngineRun {
  results: RunResults;
  store: MemoryRunStore;
  modes: ModeLine[];
  recordings: { file: string; trials: number }[];
}

/**
 * The engine both shells call, in process, with the run kept in memory: for
 * tests that look at the traces and results it stored.
 */
export async function runEngine(options: {
  cwd: string;
  paths: string[];
  mode?: RunMode;
  record?: { scriptedLabel: string | null } | null;
  keys?: Partial<Record<AdapterName, string>>;
  baseUrls?: Partial<Record<AdapterName, string>>;
  trials?: number;
  maxCostUsd?: number;
  concurrency?: number;
  judgeModel?: string;
  simulatorModel?: string;
  /** Also store the run here (a FileRunStore for commands that read runs back). */
  alsoStore?: RunStore;
  /** As `--request-timeout-seconds` gives it. */
  requestTimeoutMs?: number | null;
}): Promise<EngineRun> {
  const project = await loadProject(options.cwd);
  const keys = options.keys ?? {};
  const store = new MemoryRunStore();
  const providerSettings = (adapter: AdapterName) => ({
    apiKey: keys[adapter],
    baseUrl: options.baseUrls?.[adapter],
    keySource: `environment variable ${adapter === 'openai' ? 'OPENAI_API_KEY' : 'ANTHROPIC_API_KEY'}`,
    maxRetries: 0,
  });
  const outcome = await runTheEngine({
    cwd: options.cwd,
    project,
    patterns: options.paths,
    onInvalidFiles: 'stop',
    mode: options.mode ?? 'auto',
    record: options.record ?? null,
    providers: { openai: providerSettings('openai'), anthropic: providerSettings('anthropic') },
    overrides: { model: null, adapter: null },
    trials: options.trials ?? 1,
    concurrency: options.concurrency ?? 4,
    maxCostUsd: options.maxCostUsd ?? null,
    judgeModel: options.judgeModel ?? null,
    simulatorModel: options.simulatorModel ?? null,
    timeoutMs: null,
    requestTimeoutMs: options.requestTimeoutMs ?? null,
    earlyStop: false,
    redactor: createRedactor({ secrets: Object.values(keys), extraPatterns: project.config.redaction_patterns }),
    signal: new AbortController().signal,
    store: options.alsoStore ? both(store, options.alsoStore) : store,
  });
  if (outcome.kind !== 'ran')
    throw new Error(`invalid scenario files: ${outcome.problems.map((problem) => problem.message).join('; ')}`);
  return { results: outcome.results, store, modes: outcome.modes, recordings: outcome.recordings };
}

function both(first: RunStore, second: RunStore): RunStore {
  return {
    saveTrace: async (runId, trace) =>
      void (await Promise.all([first.saveTrace(runId, trace), second.saveTrace(runId, trace)])),
    saveScenarioResult: async (runId, result) =>
      void (await Promise.all([first.saveScenarioResult(runId, result), second.saveScenarioResult(runId, result)])),
    finishRun: async (results) => void (await Promise.all([first.finishRun(results), second.finishRun(results)])),
  };
}
