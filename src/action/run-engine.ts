import { join, relative } from 'node:path';
import { ConfigError, type SourceProblem } from '../core/errors.ts';
import { uuidv7 } from '../core/ids.ts';
import type { Redactor } from '../core/redaction/index.ts';
import { figuresOfScenarioNotRun, type FinishedRun, type ScenarioResult } from '../core/results.ts';
import { concatRows } from '../core/scenario-rows.ts';
import { runSuite, type SuiteEvent } from '../core/runner/run-suite.ts';
import type { LoadedScenario } from '../core/scenario/load-scenario.ts';
import { loadScenarios } from '../core/scenario/load-scenarios.ts';
import type { AdapterName } from '../core/scenario/schema.ts';
import { evaluateTrial } from '../core/checks/evaluate-trial.ts';
import { summariseScenario } from '../core/checks/summarise-scenario.ts';
import { SALVO_VERSION } from '../cli/version.ts';
import { ClientResolver } from '../io/client-resolver.ts';
import { FileRunStore } from '../io/file-run-store.ts';
import { nodeSourceReader } from '../io/node-source-reader.ts';
import { withSuiteSpool, type ScenarioSpool } from '../io/scenario-spool.ts';
import { loadProject } from '../io/project.ts';
import { expandScenarioPaths } from '../io/scenario-files.ts';
import { systemClock } from '../io/system-clock.ts';
import { createModelClient, type ProviderSettings } from '../providers/registry.ts';
import { Input } from './action-names.ts';
import type { ActionSettings } from './read-action-settings.ts';
import type { EngineOutcome } from './report-run.ts';
import * as core from './workflow-commands.ts';

/**
 * The engine as the action drives it: find and load the scenarios (an invalid
 * file becomes a visible skipped row plus its problems, never a crash),
 * choose live, replay or skip per scenario, and run the suite.
 */
export async function runEngine(settings: ActionSettings, redactor: Redactor, signal: AbortSignal): Promise<EngineOutcome> {
  const cwd = settings.workingDirectory;
  const project = await loadProject(cwd);
  const files = await expandScenarioPaths(settings.scenarios, cwd);
  return withSuiteSpool(files.length, (spool) => loadAndRun(files, { settings, project, spool }, redactor, signal));
}

interface EngineContext {
  settings: ActionSettings;
  project: Awaited<ReturnType<typeof loadProject>>;
  spool: ScenarioSpool;
}

async function loadAndRun(files: string[], { settings, project, spool }: EngineContext, redactor: Redactor, signal: AbortSignal): Promise<EngineOutcome> {
  const cwd = settings.workingDirectory;
  const loaded: LoadedScenario[] = [];
  const invalidFiles: SourceProblem[] = [];
  const invalidRows: ScenarioResult[] = [];
  for await (const outcome of loadScenarios(files, { reader: nodeSourceReader, projectRoot: project.root, config: project.config })) {
    if ('loaded' in outcome) {
      // The scenarios wait for their turn in the spool, on disk: memory stays small however many there are.
      loaded.push(spool.add(outcome.loaded));
    } else {
      invalidFiles.push(...outcome.error.problems);
      // A problem message may quote the file's line: redacted like every stored row.
      invalidRows.push(redactor.deep(invalidScenarioRow(relative(cwd, outcome.file) || outcome.file, outcome.error)));
    }
  }
  const runId = uuidv7(systemClock);
  const store = new FileRunStore(join(project.root, project.config.storage_dir));
  // Live where the provider's key was given, the committed recording where not (fork PRs), else skipped.
  const resolver = new ClientResolver<ProviderSettings>({
    mode: settings.mode,
    record: null,
    cwd,
    redactor,
    settingsFor: (adapter) => providerSettings(settings, adapter),
    createLiveClient: createModelClient,
  });
  // Handed over (splice): runSuite drops each loaded scenario once it finished.
  const results = await runSuite<LoadedScenario>(loaded.splice(0), {
    runId,
    salvoVersion: SALVO_VERSION,
    trials: 1,
    concurrency: settings.concurrency,
    maxCostUsd: settings.maxCostUsd ?? project.config.max_cost_usd ?? null,
    timeoutMs: settings.timeoutMinutes === null ? null : Math.round(settings.timeoutMinutes * 60_000),
    signal,
    clock: systemClock,
    store,
    redactor,
    hooks: {
      clientFor: (scenario) => resolver.clientFor(scenario),
      evaluateTrial,
      summariseScenario: (trials, scenario) => summariseScenario(trials, scenario),
      onEvent: createProgressLog(),
    },
    prices: project.config.prices,
  });
  return { results: withInvalidRows(results, invalidRows), runDirectory: store.runDir(runId), invalidFiles };
}

function providerSettings(settings: ActionSettings, adapter: AdapterName): ProviderSettings {
  const [apiKey, baseUrl, input] =
    adapter === 'openai'
      ? [settings.openaiApiKey, settings.openaiBaseUrl, Input.openaiApiKey]
      : [settings.anthropicApiKey, settings.anthropicBaseUrl, Input.anthropicApiKey];
  return { apiKey: apiKey ?? undefined, baseUrl: baseUrl ?? undefined, keySource: `action input '${input}'` };
}

/** One log line per finished scenario; counted here because events can arrive after several scenarios finished. */
function createProgressLog(): (event: SuiteEvent) => void {
  let finished = 0;
  return (event) => {
    if (event.type === 'scenario_finished') {
      const { result } = event;
      finished += 1;
      const why = result.status === 'passed' ? '' : ` - ${result.skip_reason ?? result.summary}`;
      core.info(`[${finished}/${event.total}] ${result.status.toUpperCase()} ${result.name} (${result.file}, ${result.mode ?? 'not run'})${why}`);
    } else if (event.type === 'budget_reached') {
      core.warning(`salvo: the max-cost-usd budget of $${event.maxCostUsd} was reached; scenarios not started yet are skipped.`);
    } else if (event.type === 'interrupted') {
      core.info('salvo: interrupted; reporting the scenarios that finished.');
    }
  };
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
function withInvalidRows(results: FinishedRun, rows: ScenarioResult[]): FinishedRun {
  if (rows.length === 0) return results;
  return {
    ...results,
    scenarios: concatRows(results.scenarios, rows),
    totals: { ...results.totals, total: results.totals.total + rows.length, skipped: results.totals.skipped + rows.length },
  };
}
