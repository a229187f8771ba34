import { join, relative } from 'node:path';
import type { ConfigError, SourceProblem } from '../core/errors.ts';
import { uuidv7 } from '../core/ids.ts';
import type { Clock, RunStore } from '../core/ports.ts';
import type { ModeDecision, RunMode } from '../core/recording/resolve-mode.ts';
import type { Redactor } from '../core/redaction/index.ts';
import { figuresOfScenarioNotRun, type RunResults, type ScenarioResult } from '../core/results.ts';
import { runSuite, type SuiteEvent, type SuiteOptions } from '../core/runner/run-suite.ts';
import { runTotals } from '../core/runner/suite-results.ts';
import { resolveJudgeSettings } from '../core/evaluation/judge-settings.ts';
import { resolveSimulatorSettings } from '../core/runner/simulator-settings.ts';
import { hashScenario } from '../core/scenario/hash.ts';
import type { LoadedScenario } from '../core/scenario/load-scenario.ts';
import { loadScenarios } from '../core/scenario/load-scenarios.ts';
import type { AdapterName } from '../core/scenario/schema.ts';
import { matchesFilters, pathMatchesFilters, type ScenarioFilter } from '../core/scenario/scenario-filter.ts';
import { UsageError } from '../core/errors.ts';
import { filesOfShard, type Shard } from '../core/scenario/shard.ts';
import { recordingPathFor } from '../core/recording/format.ts';
import { readRecordingFile } from '../node-adapters/recording-files.ts';
import { resolve } from 'node:path';
import { SALVO_VERSION } from '../core/version.ts';
import { writeRunFolderReport } from '../node-adapters/html-report-file.ts';
import { FileRunStore } from '../node-adapters/file-run-store.ts';
import { createNodeSourceReader } from '../node-adapters/node-source-reader.ts';
import type { Project } from '../node-adapters/project.ts';
import { expandScenarioPaths } from '../node-adapters/scenario-files.ts';
import { systemClock } from '../node-adapters/system-clock.ts';
import { WorkerToolHandlers } from '../node-adapters/worker-tool-handlers.ts';
import { createModelClient, RateLimitRegistry, type ProviderSettings } from '../providers/registry.ts';
import { ClientResolver } from './client-resolver.ts';
import { plural } from '../core/format.ts';

/** What a shell asks of the engine, read once from its flags or inputs. */
export interface EngineRequest {
  /** Where relative paths start, and where results are written relative to. */
  cwd: string;
  project: Project;
  /** Scenario files, folders or globs. */
  patterns: string[];
  /**
   * `stop`: an invalid file means nothing runs (the CLI: no spend on a half-valid suite).
   * `report`: invalid files become skipped rows beside the scenarios that did run (the Action).
   */
  onInvalidFiles: 'stop' | 'report';
  mode: RunMode;
  /** Set for `--record`: write what the live model said as recordings, labelled when scripted. */
  record: { scriptedLabel: string | null } | null;
  providers: Record<AdapterName, ProviderSettings>;
  /** `--model` / `--adapter`: instead of each scenario's. */
  overrides: { model: string | null; adapter: AdapterName | null };
  /**
   * `--judge-model` / the Action's `judge-model`: for judge assertions that name no model (nor do their scenario and
   * salvo.yaml).
   */
  judgeModel?: string | null;
  /**
   * `--simulator-model` / the Action's `simulator-model`: for simulated users that name no model (nor does salvo.yaml
   * `simulator.model`).
   */
  simulatorModel?: string | null;
  /** `--trials` / the `trials` input: wins over each scenario's `trials`; null keeps them (default 1). */
  trials: number | null;
  /** `--filter` / the `filter` input: only the scenarios matching every filter run. */
  filters?: readonly ScenarioFilter[];
  /** `--shard i/n` / the `shard` input: only this slice of the scenario files runs. */
  shard?: Shard | null;
  concurrency: number;
  maxCostUsd: number | null;
  timeoutMs: number | null;
  /**
   * `--request-timeout-seconds` / the Action's input: per provider request, over salvo.yaml's
   * request_timeout_seconds.
   */
  requestTimeoutMs: number | null;
  earlyStop: boolean;
  /** `--no-prompt-cache` / the Action's `prompt-caching: off`: no scenario caches, whatever salvo.yaml or it says. */
  noPromptCache?: boolean;
  redactor: Redactor;
  signal: AbortSignal;
  onEvent?(event: SuiteEvent): void;
  /** For tests: where the run is stored, and the clock; the file store and the system clock otherwise. */
  store?: RunStore;
  clock?: Clock;
}

/** What ran each scenario (live, replay, skip, error) and why. */
export interface ModeLine {
  file: string;
  decision: ModeDecision;
}

export type EngineOutcome =
  | { kind: 'invalid'; problems: SourceProblem[]; invalidFiles: number; files: number }
  | {
      kind: 'ran';
      results: RunResults;
      /** The run store's directory (redacted traces and the run document). */
      runDirectory: string;
      /** Problems of the invalid files that became skipped rows (`report`). */
      invalidProblems: SourceProblem[];
      modes: ModeLine[];
      recordings: { file: string; trials: number }[];
    };

/**
 * The one engine both shells call: find the scenario files, load them, choose
 * a live, replayed or skipped client per scenario, run the suite, store it.
 * One RateLimitRegistry per run: every trial and judge vote of a provider
 * shares its limits, and the run's interrupt ends their waits at once.
 */
export async function runEngine(request: EngineRequest): Promise<EngineOutcome> {
  const { project, cwd } = request;
  const allFiles = await expandScenarioPaths(request.patterns, cwd, project.root);
  const files = request.shard
    ? filesOfShard(allFiles, request.shard, await recordedDurations(allFiles, cwd))
    : allFiles;
  const loaded: LoadedScenario[] = [];
  const invalid: { file: string; error: ConfigError }[] = [];
  const filters = request.filters ?? [];
  for await (const outcome of loadScenarios(files, {
    reader: createNodeSourceReader(cwd),
    projectRoot: project.root,
    config: project.config,
  })) {
    if ('loaded' in outcome) {
      const { name, file, scenario } = outcome.loaded;
      if (matchesFilters({ name, file, tags: scenario.tags }, filters))
        loaded.push(withOverrides(outcome.loaded, request.overrides, request.trials));
    } else if (pathMatchesFilters(outcome.file, filters)) invalid.push(outcome);
  }
  if (filters.length > 0 && loaded.length === 0 && invalid.length === 0) {
    throw new UsageError(
      `no scenario of the ${plural(files.length, 'file')} found matches the ` +
        `filter ${filters.map((filter) => `'${filter.text}'`).join(' and ')}`,
    );
  }
  const problems = invalid.flatMap((entry) => entry.error.problems);
  if (invalid.length > 0 && request.onInvalidFiles === 'stop') {
    return { kind: 'invalid', problems, invalidFiles: invalid.length, files: files.length };
  }

  const clock = request.clock ?? systemClock;
  const runId = uuidv7(clock);
  const fileStore = new FileRunStore(join(project.root, project.config.storage_dir));
  const store = request.store ?? fileStore;
  const { resolver, rateLimits } = clientResolver(request, requestTimeoutOf(request));
  const results = await runSuite(loaded, {
    runId,
    salvoVersion: SALVO_VERSION,
    trials: 1,
    concurrency: request.concurrency,
    maxCostUsd: request.maxCostUsd,
    timeoutMs: request.timeoutMs,
    earlyStop: request.earlyStop,
    promptCaching: { mode: project.config.prompt_caching ?? 'auto', forcedOff: request.noPromptCache === true },
    signal: request.signal,
    clock,
    store,
    redactor: request.redactor,
    prices: project.config.prices,
    clientFor: (scenario) => resolver.clientFor(scenario),
    handlers: new WorkerToolHandlers({ projectRoot: project.root, cwd: request.cwd }),
    ...helperModels(request, resolver),
    ...(request.onEvent ? { onEvent: request.onEvent } : {}),
  });
  // Recordings of whatever finished, even when the run was interrupted.
  const recordings = await resolver.saveRecordings();
  const modes = loaded.flatMap((scenario) => {
    const decision = resolver.decisionFor(scenario.file);
    return decision ? [{ file: scenario.file, decision }] : [];
  });
  const invalidRows = invalid.map((entry) =>
    request.redactor.deep(invalidScenarioRow(relative(cwd, entry.file) || entry.file, entry.error)),
  );
  const document = {
    ...withInvalidRows(results, invalidRows),
    ...(request.shard ? { shard: { ...request.shard } } : {}),
    ...rateLimitsOf(rateLimits, request.redactor),
  };
  await finishStoredRun(document, store, fileStore, project.config.prices);
  return {
    kind: 'ran',
    results: document,
    runDirectory: fileStore.runDir(runId),
    invalidProblems: problems,
    modes,
    recordings,
  };
}

/** How often each live provider throttled the run (none when nothing went live); base URLs pass the redactor. */
function rateLimitsOf(rateLimits: RateLimitRegistry, redactor: Redactor): Pick<RunResults, 'rate_limits'> {
  const figures = rateLimits.stats();
  return figures.length > 0 ? { rate_limits: redactor.deep(figures) } : {};
}

/** The run document, then the HTML viewer beside it (a test's own store keeps no folder to put it in). */
async function finishStoredRun(
  document: RunResults,
  store: RunStore,
  fileStore: FileRunStore,
  prices: Project['config']['prices'],
): Promise<void> {
  await store.finishRun(document);
  if (store === fileStore) await writeRunFolderReport(fileStore.runDir(document.run_id), document, { prices });
}

/**
 * The models beside the agent: judges (for judge assertions) and simulated users, each resolved from the scenario,
 * salvo.yaml and the flag or input, and reached live, recorded or replayed like the agent.
 */
function helperModels(
  request: EngineRequest,
  resolver: ClientResolver<ProviderSettings>,
): Pick<SuiteOptions, 'judgeFor' | 'simulatorFor'> {
  const { config } = request.project;
  return {
    judgeFor: (scenario, mode) => ({
      settingsFor: (assertion) =>
        resolveJudgeSettings(assertion, scenario.scenario.adapter, config.judge, request.judgeModel ?? null),
      clientFor: (settings) => resolver.judgeClientFor(scenario, settings.adapter, mode),
      prices: config.prices,
    }),
    simulatorFor: async (scenario, mode) => {
      const settings = resolveSimulatorSettings(scenario.scenario, config.simulator, request.simulatorModel ?? null);
      if ('missing' in settings) return settings;
      return { model: settings.model, client: await resolver.simulatorClientFor(scenario, settings.adapter, mode) };
    },
  };
}

/** The flag or input, else salvo.yaml, else the providers' default (undefined). */
function requestTimeoutOf(request: EngineRequest): number | undefined {
  const configured = request.project.config.request_timeout_seconds;
  return request.requestTimeoutMs ?? (configured === undefined ? undefined : Math.round(configured * 1000));
}

/** The resolver of the run's clients, and the run's one RateLimitRegistry they all share. */
function clientResolver(
  request: EngineRequest,
  requestTimeoutMs: number | undefined,
): { resolver: ClientResolver<ProviderSettings>; rateLimits: RateLimitRegistry } {
  const { record } = request;
  const rateLimits = new RateLimitRegistry({ interrupted: request.signal });
  const resolver = new ClientResolver<ProviderSettings>({
    mode: request.mode,
    record: record ? { scriptedLabel: record.scriptedLabel, salvoVersion: SALVO_VERSION, now: () => new Date() } : null,
    cwd: request.cwd,
    redactor: request.redactor,
    interrupted: request.signal,
    settingsFor: (adapter) => ({
      ...request.providers[adapter],
      ...(requestTimeoutMs === undefined ? {} : { timeoutMs: requestTimeoutMs }),
      limits: request.project.config.providers[adapter],
    }),
    createLiveClient: (adapter, settings) => createModelClient(adapter, settings, rateLimits),
  });
  return { resolver, rateLimits };
}

function withOverrides(
  loaded: LoadedScenario,
  overrides: EngineRequest['overrides'],
  trials: number | null,
): LoadedScenario {
  if (overrides.model === null && overrides.adapter === null && trials === null) return loaded;
  const { scenario: own } = loaded;
  const scenario = {
    ...own,
    model: overrides.model ?? own.model,
    adapter: overrides.adapter ?? own.adapter,
    ...(trials === null ? {} : { trials }),
  };
  return { ...loaded, scenario, hash: hashScenario(scenario) };
}

function invalidScenarioRow(file: string, error: ConfigError): ScenarioResult {
  const first = error.problems[0];
  return {
    name: file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''),
    file,
    provider: '—',
    model: '—',
    mode: null,
    status: 'skipped',
    verdict: 'SKIPPED',
    skip_reason: 'invalid',
    summary: first ? `line ${first.line}: ${first.message}` : error.message,
    ...figuresOfScenarioNotRun(),
    cost_usd: null,
  };
}

/** Invalid files join the results as skipped rows, so every file the globs matched has a visible status. */
function withInvalidRows(results: RunResults, rows: ScenarioResult[]): RunResults {
  if (rows.length === 0) return results;
  const scenarios = [...results.scenarios, ...rows];
  return { ...results, scenarios, totals: runTotals(scenarios) };
}

/** Mean recorded milliseconds per trial of each file, to balance shards; null where there is no readable recording. */
async function recordedDurations(files: readonly string[], cwd: string): Promise<(file: string) => number | null> {
  const durations = new Map<string, number>();
  for (const file of files) {
    const recording = await readRecordingFile(recordingPathFor(resolve(cwd, file))).catch(() => null);
    if (!recording || recording.trials.length === 0) continue;
    const total = recording.trials.reduce(
      (sum, trial) => sum + trial.turns.reduce((turns, turn) => turns + turn.reply.latency_ms, 0),
      0,
    );
    durations.set(file, total / recording.trials.length);
  }
  return (file) => durations.get(file) ?? null;
}
