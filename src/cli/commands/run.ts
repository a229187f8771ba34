import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { formatProblem } from '../../core/errors.ts';
import { uuidv7 } from '../../core/ids.ts';
import { createRedactor, type Redactor } from '../../core/redaction/index.ts';
import { runOutcome } from '../../core/checks/run-outcome.ts';
import { renderJUnit } from '../../core/report/junit.ts';
import { resultsTableLines } from '../../core/report/results-table.ts';
import { verdictLines } from '../../core/report/verdict-lines.ts';
import type { FinishedRun } from '../../core/results.ts';
import { mapRows } from '../../core/scenario-rows.ts';
import { evaluateTrial } from '../../core/checks/evaluate-trial.ts';
import { summariseScenario } from '../../core/checks/summarise-scenario.ts';
import { runSuite, type SuiteHooks } from '../../core/runner/run-suite.ts';
import { hashScenario } from '../../core/scenario/hash.ts';
import type { LoadedScenario } from '../../core/scenario/load-scenario.ts';
import { loadScenarios } from '../../core/scenario/load-scenarios.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { FileRunStore } from '../../io/file-run-store.ts';
import { withSuiteSpool, type ScenarioSpool } from '../../io/scenario-spool.ts';
import { nodeSourceReader } from '../../io/node-source-reader.ts';
import { loadProject } from '../../io/project.ts';
import { expandScenarioPaths } from '../../io/scenario-files.ts';
import { systemClock } from '../../io/system-clock.ts';
import type { ClientResolver } from '../../io/client-resolver.ts';
import type { ProviderSettings } from '../../providers/registry.ts';
import { writeLine, writeLines, type CliIO } from '../cli-io.ts';
import { ExitCode, type ExitCodeValue } from '../exit-codes.ts';
import type { CommandRegistrar } from '../main.ts';
import { createProgress } from '../progress.ts';
import { readRunSettings, type RunFlags, type RunSettings } from '../read-run-settings.ts';
import { createClientResolver, MODE_OPTIONS, readModeSettings, renderModeLines, renderRecordingLines, type ModeFlags } from '../run-modes.ts';
import { SALVO_VERSION } from '../version.ts';

export const registerRun: CommandRegistrar = (program, io, setExitCode) => {
  const command = program
    .command('run')
    .description('run scenarios against their models and store the results under .salvo/')
    .argument('[paths...]', 'scenario files, directories or globs (default: the scenarios_dir of salvo.yaml)')
    .option('--concurrency <n>', 'scenarios and trials run at once (default 4, or salvo.yaml concurrency)')
    .option('--max-cost-usd <usd>', 'stop starting scenarios once this much was spent')
    .option('--timeout-seconds <s>', 'time limit per trial (overrides timeout_seconds of the scenarios)')
    .option('-n, --trials <n>', 'trials per scenario', undefined)
    .option('--early-stop', 'stop running trials of a scenario once they can no longer change its verdict')
    .option('--model <id>', "use this model instead of each scenario's")
    .option('--adapter <name>', "use this provider instead of each scenario's (openai, anthropic)")
    .option('--json', 'print the results document as JSON on stdout, nothing else')
    .option('--junit <path>', 'also write the results as JUnit XML to this file (one test case per scenario)');
  for (const [flag, description] of MODE_OPTIONS) command.option(flag, description);
  command.action(async (paths: string[], flags: RunFlags & ModeFlags) => {
    setExitCode(await runCommand(paths, flags, io));
  });
};

export async function runCommand(paths: string[], flags: RunFlags & ModeFlags, io: CliIO): Promise<ExitCodeValue> {
  const project = await loadProject(io.cwd);
  const settings = readRunSettings(paths, flags, io.env, project.config);
  const modes = readModeSettings(flags);
  const patterns = paths.length > 0 ? paths : [relative(io.cwd, join(project.root, project.config.scenarios_dir)) || '.'];
  const files = await expandScenarioPaths(patterns, io.cwd);
  return withSuiteSpool(files.length, (spool) => loadAndRun(files, { project, settings, modes, spool }, io));
}

interface RunContext {
  project: Awaited<ReturnType<typeof loadProject>>;
  settings: RunSettings;
  modes: ReturnType<typeof readModeSettings>;
  spool: ScenarioSpool;
}

async function loadAndRun(files: string[], { project, settings, modes, spool }: RunContext, io: CliIO): Promise<ExitCodeValue> {
  const loaded = await loadAll(files, project, settings, spool, io);
  // An invalid scenario file is a configuration error for `run` (nothing ran); `validate` reports it as exit 1.
  if (!loaded) return ExitCode.usage;
  // Only the files are needed after the run: the loaded scenarios go to runSuite, which drops each once it finished.
  const scenarioFiles = loaded.map((scenario) => scenario.file);

  const redactor = createRedactor({ secrets: settings.secrets, extraPatterns: settings.redactionPatterns });
  const resolver = createClientResolver({ modes, providers: settings.providers, cwd: io.cwd, redactor });
  const runId = uuidv7(systemClock);
  const store = new FileRunStore(resolve(project.root, project.config.storage_dir));
  const progress = createProgress(io, { total: scenarioFiles.length, json: settings.json });
  const onInterrupt = () => writeLine(io.stderr, '\nInterrupted: finishing turns in flight, then saving (press Ctrl-C again to stop at once).');
  io.interrupt.addEventListener('abort', onInterrupt, { once: true });
  let results: FinishedRun;
  try {
    results = await runSuite(loaded.splice(0), {
      runId,
      salvoVersion: SALVO_VERSION,
      trials: settings.trials,
      concurrency: settings.concurrency,
      maxCostUsd: settings.maxCostUsd,
      timeoutMs: settings.timeoutMs,
      earlyStop: settings.earlyStop,
      signal: io.interrupt,
      clock: systemClock,
      store,
      redactor,
      hooks: { ...suiteHooks(resolver), onEvent: progress.onEvent },
      prices: project.config.prices,
    });
  } finally {
    progress.clear();
    io.interrupt.removeEventListener('abort', onInterrupt);
  }
  // Recordings of whatever finished, even when the run was interrupted.
  const recorded = await resolver.saveRecordings();
  const notes = [renderModeLines(scenarioFiles, resolver), renderRecordingLines(recorded)].filter(Boolean);
  if (settings.junitPath !== null) await writeJUnit(results, resolve(io.cwd, settings.junitPath), redactor, io);
  if (settings.json) await printDocument(store.resultsFile(runId), runId, redactor, io, notes.join('\n'));
  else printResults(results, redactor, io, notes.join('\n'));
  return exitCodeFor(results);
}

async function writeJUnit(results: FinishedRun, path: string, redactor: Redactor, io: CliIO): Promise<void> {
  // Results were redacted as they were built; deep() again, row by row, is cheap insurance for a file CI uploads.
  await writeFileAtomic(path, renderJUnit({ ...redactor.deep({ ...results, scenarios: [] }), scenarios: mapRows(results.scenarios, (row) => redactor.deep(row)) }));
  writeLine(io.stderr, `JUnit XML written: ${relative(io.cwd, path) || path}`);
}

/**
 * Loads every file; a broken one is reported with every problem, and nothing runs (no spend on a
 * half-valid suite). The scenarios wait for their turn in the spool, on disk: memory stays small however
 * many files a suite has.
 */
async function loadAll(files: string[], project: RunContext['project'], settings: RunSettings, spool: ScenarioSpool, io: CliIO): Promise<LoadedScenario[] | null> {
  const loaded: LoadedScenario[] = [];
  let invalid = 0;
  for await (const outcome of loadScenarios(files, { reader: nodeSourceReader, projectRoot: project.root, config: project.config })) {
    if ('loaded' in outcome) {
      if (invalid === 0) loaded.push(spool.add(applyOverrides(outcome.loaded, settings)));
      continue;
    }
    invalid += 1;
    for (const problem of outcome.error.problems) writeLine(io.stderr, `error: ${formatProblem(problem)}`);
  }
  if (invalid === 0) return loaded;
  writeLine(io.stderr, `${invalid} of ${files.length} scenario file(s) are invalid; nothing was run. Fix them (salvo validate) and run again.`);
  return null;
}

function applyOverrides(loaded: LoadedScenario, settings: RunSettings): LoadedScenario {
  if (settings.model === null && settings.adapter === null) return loaded;
  const scenario = { ...loaded.scenario, model: settings.model ?? loaded.scenario.model, adapter: settings.adapter ?? loaded.scenario.adapter };
  return { ...loaded, scenario, hash: hashScenario(scenario) };
}

/** Live calls, replays or skips per scenario, as --mode and the available keys and recordings decide (run-modes.ts). */
function suiteHooks(resolver: ClientResolver<ProviderSettings>): Omit<SuiteHooks<LoadedScenario>, 'onEvent'> {
  return {
    clientFor: (loaded) => resolver.clientFor(loaded),
    evaluateTrial: (trace, loaded) => evaluateTrial(trace, loaded),
    summariseScenario: (trials, loaded, context) => summariseScenario(trials, loaded, context),
  };
}

/**
 * --json: the full run document, as stored: copied from results.json (its
 * scenarios went through the redactor before they were stored).
 */
async function printDocument(resultsFile: string, runId: string, redactor: Redactor, io: CliIO, notes: string): Promise<void> {
  const document = await readFile(resultsFile, 'utf8');
  io.stdout.write(document.endsWith('\n') ? document : `${document}\n`);
  if (notes) writeLine(io.stderr, redactor.text(notes));
  writeLine(io.stderr, `Run saved: ${runId}`);
}

/** `notes`: what ran each scenario (live, replay, skip) and why, and the recordings written. */
function printResults(results: FinishedRun, redactor: Redactor, io: CliIO, notes: string): void {
  // Error messages come from providers and mocks: they pass through the redactor like the traces did.
  const redact = (text: string) => redactor.text(text);
  writeLines(io.stdout, resultsTableLines(results), redact);
  if (notes) writeLine(io.stdout, redactor.text(`\n${notes}`));
  if (results.scenarios.length > 0) {
    writeLine(io.stdout, '\nVerdicts:');
    writeLines(io.stdout, verdictLines(results.scenarios), redact);
  }
  writeLine(io.stdout, `\nRun saved: ${results.run_id}`);
}

/**
 * 130 when interrupted; otherwise the run's outcome (core/checks/run-outcome.ts, the same one the
 * action's fail-on reads): 1 when any scenario FAIL, HARD_FAIL or PARTIAL, 3 when the only problems
 * were infrastructure errors, 0 when every scenario passed (skipped ones are reported, not failed).
 */
export function exitCodeFor(results: FinishedRun): ExitCodeValue {
  if (results.interrupted) return ExitCode.interrupted;
  switch (runOutcome(results)) {
    case 'failed':
      return ExitCode.failed;
    case 'infrastructure':
      return ExitCode.infrastructure;
    case 'passed':
      return ExitCode.ok;
  }
}

