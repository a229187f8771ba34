import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { formatProblem } from '../../core/errors.ts';
import type { Redactor } from '../../core/redaction/index.ts';
import { runOutcome } from '../../core/evaluation/run-outcome.ts';
import { renderJUnit } from '../../core/report/junit.ts';
import { resultsTableLines } from '../../core/report/results-table.ts';
import { verdictLines } from '../../core/report/verdict-lines.ts';
import { formatCosts, formatSeconds, plural } from '../../core/format.ts';
import type { RunResults, Verdict } from '../../core/results.ts';
import { runEngine } from '../../engine/run-engine.ts';
import { writeFileAtomic } from '../../node-adapters/atomic-write.ts';
import { RESULTS_FILE } from '../../node-adapters/file-run-store.ts';
import { loadProject } from '../../node-adapters/project.ts';
import { defaultScenarioFolder } from '../../node-adapters/scenario-files.ts';
import { writeLine, writeLines, type CliIO } from '../cli-io.ts';
import { createCliRedaction, escapeC1, type CliRedaction } from '../cli-redaction.ts';
import { ExitCode, type ExitCodeValue } from '../exit-codes.ts';
import type { CommandRegistrar } from '../command.ts';
import { createProgress } from '../progress.ts';
import { readRunSettings, type RunFlags } from '../read-run-settings.ts';
import {
  MODE_OPTIONS,
  readModeSettings,
  renderModeSummary,
  renderRecordingLines,
  type ModeFlags,
} from '../run-modes.ts';
import { lineWrapper, paintVerdict, readTerminal, type Terminal } from '../terminal.ts';
import {
  addBaselineToViewer,
  BASELINE_OPTIONS,
  printComparison,
  announceForecast,
  printForecast,
  readBaseline,
  type BaselineFlags,
} from './run-baseline.ts';

/** How a CLI user chooses scenarios when the default folder holds none. */
const CHOOSE_SCENARIOS =
  'Add scenarios there (salvo init writes an example), pass files, ' +
  'folders or globs (salvo run examples), or set scenarios_dir in salvo.yaml.';

export const registerRun: CommandRegistrar = (program, io, setExitCode) => {
  const command = program
    .command('run')
    .description('run scenarios against their models and store the results under .salvo/')
    .argument('[paths...]', 'scenario files, directories or globs (default: the scenarios_dir of salvo.yaml)')
    .option('--concurrency <n>', 'scenarios and trials run at once (default 4, or salvo.yaml concurrency)')
    .option('--max-cost-usd <usd>', 'stop starting scenarios once this much was spent')
    .option('--timeout-seconds <s>', 'time limit per trial (overrides timeout_seconds of the scenarios)')
    .option(
      '--request-timeout-seconds <s>',
      'time limit per provider request, per attempt (default 120, or salvo.yaml request_timeout_seconds)',
    )
    .option(
      '-n, --trials <n>',
      "trials per scenario (default each scenario's trials, or salvo.yaml trials, or 1)",
      undefined,
    )
    .option(
      '--shard <i/n>',
      'run only slice i of n of the scenario files ' +
        '(deterministic; balanced by recorded duration when recordings exist)',
    )
    .option(
      '--filter <filter>',
      'run only matching scenarios: tag key=value, or a glob of the name or path; repeat to narrow',
      collect,
      [],
    )
    .option('--early-stop', 'stop running trials of a scenario once they can no longer change its verdict')
    .option('--no-prompt-cache', 'never mark prompts for caching (over salvo.yaml and scenario prompt_caching)')
    .option('--model <id>', "use this model instead of each scenario's")
    .option('--adapter <name>', "use this provider instead of each scenario's (openai, anthropic)")
    .option(
      '--judge-model <id>',
      'model for judge assertions that name none (nor do their scenario and salvo.yaml judge.model)',
    )
    .option(
      '--simulator-model <id>',
      'model for simulated users (user_simulator) that name none (nor does salvo.yaml simulator.model)',
    )
    .option('--json', 'print the results document as JSON on stdout, nothing else')
    .option('--junit <path>', 'also write the results as JUnit XML to this file (one test case per scenario)');
  for (const [flag, description] of [...MODE_OPTIONS, ...BASELINE_OPTIONS]) command.option(flag, description);
  command.action(async (paths: string[], flags: RunFlags & ModeFlags & BaselineFlags) => {
    setExitCode(await runCommand(paths, flags, io));
  });
};

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export async function runCommand(
  paths: string[],
  flags: RunFlags & ModeFlags & BaselineFlags,
  io: CliIO,
): Promise<ExitCodeValue> {
  const project = await loadProject(io.cwd);
  const settings = readRunSettings(paths, flags, io.env, project.config);
  const modes = readModeSettings(flags);
  const patterns = paths.length > 0 ? paths : [await defaultScenarioFolder(project, io.cwd, CHOOSE_SCENARIOS)];
  const redaction = createCliRedaction(io, settings.secrets, settings.redactionPatterns);
  const { redactor } = redaction;
  const baseline = await readBaseline(flags, io);
  const { model, adapter, trials, maxCostUsd } = settings;
  // The forecast takes one trial count: the flag, else salvo.yaml's (a scenario's own `trials` is not forecast yet).
  const forecastRequest = {
    cwd: io.cwd,
    project,
    patterns,
    overrides: { model, adapter },
    trials: trials ?? project.config.trials ?? 1,
    maxCostUsd,
    baseline: baseline?.results ?? null,
  };
  if (flags.estimate) return printForecast(forecastRequest, settings.json, io, redaction);
  // With a baseline or a spend cap the run says up front what it should cost and what the cap will leave out.
  if (baseline || maxCostUsd !== null) await announceForecast(forecastRequest, settings.json, io, redaction);
  const terminal = readTerminal(io);
  const progress = createProgress(io, { json: settings.json, shown: redaction.shown, terminal });
  const onInterrupt = () =>
    writeLine(io.stderr, '\nInterrupted: finishing turns in flight, then saving (press Ctrl-C again to stop at once).');
  io.interrupt.addEventListener('abort', onInterrupt, { once: true });
  let outcome: Awaited<ReturnType<typeof runEngine>>;
  try {
    outcome = await runEngine({
      cwd: io.cwd,
      project,
      patterns,
      onInvalidFiles: 'stop',
      mode: modes.mode,
      record: modes.record ? { scriptedLabel: modes.recordLabel } : null,
      providers: settings.providers,
      overrides: { model: settings.model, adapter: settings.adapter },
      judgeModel: settings.judgeModel,
      simulatorModel: settings.simulatorModel,
      trials: settings.trials,
      filters: settings.filters,
      shard: settings.shard,
      concurrency: settings.concurrency,
      maxCostUsd: settings.maxCostUsd,
      timeoutMs: settings.timeoutMs,
      requestTimeoutMs: settings.requestTimeoutMs,
      earlyStop: settings.earlyStop,
      noPromptCache: settings.noPromptCache,
      redactor,
      signal: io.interrupt,
      onEvent: progress.onEvent,
    });
  } finally {
    progress.clear();
    io.interrupt.removeEventListener('abort', onInterrupt);
  }
  if (outcome.kind === 'invalid') {
    // An invalid scenario file is a configuration error for `run` (nothing ran); `validate` reports it as exit 1.
    for (const problem of outcome.problems) writeLine(io.stderr, redaction.shown(`error: ${formatProblem(problem)}`));
    writeLine(
      io.stderr,
      `${outcome.invalidFiles} of ${plural(outcome.files, 'scenario file')} ` +
        `${outcome.invalidFiles === 1 ? 'is' : 'are'} invalid; ` +
        'nothing was run. Fix them (salvo validate) and run again.',
    );
    return ExitCode.usage;
  }
  const { results } = outcome;
  const notes = [renderModeSummary(outcome.modes), renderRecordingLines(outcome.recordings)].filter(Boolean).join('\n');
  if (settings.junitPath !== null) await writeJUnit(results, resolve(io.cwd, settings.junitPath), redactor, io);
  if (settings.json)
    await printDocument(join(outcome.runDirectory, RESULTS_FILE), results.run_id, redaction, io, notes);
  else printResults(results, redaction, io, notes, terminal, await wrapperFor(terminal));
  if (baseline) printComparison(baseline, results, settings.json, redaction, io);
  if (baseline) await addBaselineToViewer(baseline, results, outcome.runDirectory, project);
  return exitCodeFor(results);
}

async function writeJUnit(results: RunResults, path: string, redactor: Redactor, io: CliIO): Promise<void> {
  // Results were redacted as they were built; deep() again is cheap insurance for a file CI uploads.
  await writeFileAtomic(path, renderJUnit(redactor.deep(results)));
  writeLine(io.stderr, `JUnit XML written: ${relative(io.cwd, path) || path}`);
}

/**
 * --json: the full run document, as stored: copied from results.json (its
 * scenarios went through the redactor before they were stored).
 */
async function printDocument(
  resultsFile: string,
  runId: string,
  redaction: CliRedaction,
  io: CliIO,
  notes: string,
): Promise<void> {
  const document = escapeC1(await readFile(resultsFile, 'utf8'));
  io.stdout.write(document.endsWith('\n') ? document : `${document}\n`);
  if (notes) writeLine(io.stderr, redaction.shown(notes));
  writeLine(io.stderr, `Run saved: ${runId}`);
}

/**
 * `notes`: what ran the scenarios (live, replay, skip) and why, and the recordings written. The table fits the
 * terminal, and the scenarios that did not pass come last, with their reasons and file:line, where the eye lands.
 */
/** Lines broken to the terminal's width when it is known; left whole for a pipe or a file. */
async function wrapperFor(terminal: Terminal): Promise<(text: string) => string> {
  return terminal.widthKnown ? lineWrapper(terminal.width) : (text) => text;
}

function printResults(
  results: RunResults,
  redaction: CliRedaction,
  io: CliIO,
  notes: string,
  terminal: Terminal,
  wrapped: (text: string) => string,
): void {
  // Error messages come from providers and mocks: every cell passes through the redactor like the traces did,
  // and model text reaches the terminal without its control sequences, before it is measured and coloured.
  const layout = {
    width: terminal.width,
    shown: redaction.shown,
    paintVerdict: (verdict: Verdict, text: string) => paintVerdict(terminal.paint, verdict, text),
  };
  const fitted = (text: string) => paintVerdictLabels(wrapped(redaction.shown(text)), terminal);
  writeLine(io.stdout);
  writeLines(io.stdout, resultsTableLines(results, layout), (text) => wrapped(redaction.redactor.text(text)));
  if (notes) writeLine(io.stdout, fitted(`\n${notes}`));
  // Like vitest: what needs a look is repeated last, where the eye lands, with reasons and file:line.
  const needsLook = results.scenarios.filter(
    (scenario) => scenario.status !== 'passed' || scenario.stats?.note || scenario.stats?.sample_size_note,
  );
  if (needsLook.length > 0) {
    const failing = needsLook.filter((scenario) => scenario.status !== 'passed').length;
    const title = failing > 0 ? `Did not pass: ${failing}` : 'Notes';
    writeLine(io.stdout, `\n${terminal.paint.bold(title)}`);
    writeLines(io.stdout, verdictLines(needsLook), fitted);
  }
  writeLine(io.stdout, `\n${wrapped(runLine(results))}`);
  writeLine(io.stdout, `Run saved: ${results.run_id}`);
}

/** Colours the verdict that opens a verdict line (after redaction and wrapping, which would strip or split it). */
function paintVerdictLabels(text: string, terminal: Terminal): string {
  if (!terminal.colour) return text;
  return text.replace(/^(PASS|FAIL|HARD FAIL|PARTIAL|INFRA ERROR|SKIPPED)\b/gm, (label) =>
    paintVerdict(terminal.paint, label.replace(' ', '_') as Verdict, label),
  );
}

/** `Ran 8 scenarios in 1.9s (wall time) · $0.021`. */
function runLine(results: RunResults): string {
  const wall = (Date.parse(results.finished_at) - Date.parse(results.started_at)) / 1000;
  const { totals } = results;
  const cost =
    `${totals.cost_incomplete ? '≥ ' : ''}` +
    `${formatCosts(totals.cost_usd, totals.judge_cost_usd, totals.simulator_cost_usd)}`;
  return (
    `Ran ${plural(totals.total, 'scenario')} in ` +
    `${Number.isFinite(wall) ? formatSeconds(Math.max(0, wall)) : '?'} (wall time) · ${cost}`
  );
}

/**
 * 130 when interrupted; otherwise the run's outcome (core/evaluation/run-outcome.ts, the same one the
 * action's step outcome reads): 1 when any scenario FAIL, HARD_FAIL or PARTIAL, 4 when nothing was
 * verified (all skipped or infrastructure errors), 3 when some scenarios hit infrastructure errors among
 * real results, 0 when every scenario that ran passed.
 */
export function exitCodeFor(results: RunResults): ExitCodeValue {
  if (results.interrupted) return ExitCode.interrupted;
  switch (runOutcome(results)) {
    case 'failed':
      return ExitCode.failed;
    case 'infrastructure':
      return ExitCode.infrastructure;
    case 'unverified':
      return ExitCode.unverified;
    case 'passed':
      return ExitCode.ok;
  }
}
