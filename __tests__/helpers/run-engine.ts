import { evaluateTrial } from '../../src/core/checks/evaluate-trial.ts';
import { summariseScenario } from '../../src/core/checks/summarise-scenario.ts';
import { uuidv7 } from '../../src/core/ids.ts';
import type { RunMode } from '../../src/core/recording/resolve-mode.ts';
import { createRedactor } from '../../src/core/redaction/index.ts';
import type { RunResults } from '../../src/core/results.ts';
import { runSuite } from '../../src/core/runner/run-suite.ts';
import { loadScenario, type LoadedScenario } from '../../src/core/scenario/load-scenario.ts';
import type { AdapterName } from '../../src/core/scenario/schema.ts';
import { ClientResolver } from '../../src/io/client-resolver.ts';
import { createNodeSourceReader } from '../../src/io/node-source-reader.ts';
import { loadProject } from '../../src/io/project.ts';
import { expandScenarioPaths } from '../../src/io/scenario-files.ts';
import { systemClock } from '../../src/io/system-clock.ts';
import { createModelClient, type ProviderSettings } from '../../src/providers/registry.ts';
import type { RunStore } from '../../src/core/ports.ts';
import { MemoryRunStore } from '../fakes/memory-run-store.ts';

export interface EngineRun {
  results: RunResults;
  store: MemoryRunStore;
  resolver: ClientResolver<ProviderSettings>;
  recordings: { file: string; trials: number }[];
}

/**
 * The engine wired the way `salvo run` wires it (loader, mode resolution,
 * providers, runSuite with the real checks), in process, for tests and for
 * scripts/record-examples.ts.
 */
export async function runEngine(options: {
  cwd: string;
  paths: string[];
  mode?: RunMode;
  record?: { scriptedLabel: string | null } | null;
  keys?: Partial<Record<AdapterName, string>>;
  baseUrls?: Partial<Record<AdapterName, string>>;
  trials?: number;
  /** Also store the run here (a FileRunStore for commands that read runs back). */
  alsoStore?: RunStore;
}): Promise<EngineRun> {
  const project = await loadProject(options.cwd);
  const files = await expandScenarioPaths(options.paths, options.cwd);
  const reader = createNodeSourceReader(options.cwd);
  const loaded: LoadedScenario[] = [];
  for (const file of files) loaded.push(await loadScenario(file, { reader, projectRoot: project.root, config: project.config }));
  const keys = options.keys ?? {};
  const redactor = createRedactor({ secrets: Object.values(keys), extraPatterns: project.config.redaction_patterns });
  const resolver = new ClientResolver<ProviderSettings>({
    mode: options.mode ?? 'auto',
    record: options.record ? { scriptedLabel: options.record.scriptedLabel, salvoVersion: '0.1.0', now: () => new Date() } : null,
    cwd: options.cwd,
    redactor,
    settingsFor: (adapter) => ({
      apiKey: keys[adapter],
      baseUrl: options.baseUrls?.[adapter],
      keySource: `environment variable ${adapter === 'openai' ? 'OPENAI_API_KEY' : 'ANTHROPIC_API_KEY'}`,
      maxRetries: 0,
    }),
    createLiveClient: createModelClient,
  });
  const store = new MemoryRunStore();
  const results = await runSuite(loaded, {
    runId: uuidv7(),
    trials: options.trials ?? 1,
    concurrency: 4,
    maxCostUsd: null,
    timeoutMs: null,
    signal: new AbortController().signal,
    clock: systemClock,
    store: options.alsoStore ? both(store, options.alsoStore) : store,
    redactor,
    prices: project.config.prices,
    hooks: {
      clientFor: (scenario) => resolver.clientFor(scenario),
      evaluateTrial: (trace, scenario) => evaluateTrial(trace, scenario),
      summariseScenario: (trials, scenario, context) => summariseScenario(trials, scenario, context),
    },
  });
  const recordings = await resolver.saveRecordings();
  // The stored document, as `report`, --json and the action's results file give it (runSuite's rows are read from it).
  return { results: store.finished ?? { ...results, scenarios: [...results.scenarios] }, store, resolver, recordings };
}

function both(first: RunStore, second: RunStore): RunStore {
  return {
    saveTrace: async (runId, trace) => void (await Promise.all([first.saveTrace(runId, trace), second.saveTrace(runId, trace)])),
    saveScenarioResult: async (runId, index, result) => void (await Promise.all([first.saveScenarioResult(runId, index, result), second.saveScenarioResult(runId, index, result)])),
    finishRun: async (header) => (await Promise.all([first.finishRun(header), second.finishRun(header)]))[0],
  };
}
