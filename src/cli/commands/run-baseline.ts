import { formatProblem } from '../../core/errors.ts';
import { compareRuns } from '../../core/compare/compare-runs.ts';
import { forecastLines } from '../../core/compare/cost-forecast.ts';
import { renderComparisonText } from '../../core/report/comparison-report.ts';
import type { RunResults } from '../../core/results.ts';
import { forecastRun, type ForecastRequest } from '../../engine/forecast-run.ts';
import { writeRunFolderReport } from '../../node-adapters/html-report-file.ts';
import type { Project } from '../../node-adapters/project.ts';
import { readResultsSide, type ResultsSide } from '../../node-adapters/results-source.ts';
import { writeLine, type CliIO } from '../cli-io.ts';
import type { CliRedaction } from '../cli-redaction.ts';
import { ExitCode, type ExitCodeValue } from '../exit-codes.ts';
import { lazyArchive } from '../open-archive.ts';
import { plural } from '../../core/format.ts';

/** The flags `salvo run` takes for comparing with a baseline and forecasting cost. */
export interface BaselineFlags {
  baseline?: string;
  estimate?: boolean;
}

export const BASELINE_OPTIONS: readonly [string, string][] = [
  ['--baseline <run>', 'after the run, compare it with this run id, results.json or artifact folder'],
  ['--estimate', 'print the cost forecast (from --baseline, else the recordings) and run nothing'],
];

/** Read before the run starts, so a wrong reference fails before anything is spent. */
export async function readBaseline(flags: BaselineFlags, io: CliIO): Promise<ResultsSide | null> {
  return flags.baseline === undefined ? null : readResultsSide(flags.baseline, io.cwd, lazyArchive(io));
}

/** `--estimate`: the forecast on stdout (JSON with --json), nothing run. */
export async function printForecast(
  request: ForecastRequest,
  json: boolean,
  io: CliIO,
  redaction: CliRedaction,
): Promise<ExitCodeValue> {
  const outcome = await forecastRun(request);
  if (outcome.kind === 'invalid') {
    for (const problem of outcome.problems) writeLine(io.stderr, redaction.shown(`error: ${formatProblem(problem)}`));
    writeLine(
      io.stderr,
      `${outcome.invalidFiles} of ${plural(outcome.files, 'scenario file')} ` +
        `${outcome.invalidFiles === 1 ? 'is' : 'are'} invalid; fix them (salvo validate) and estimate again.`,
    );
    return ExitCode.usage;
  }
  if (json) writeLine(io.stdout, redaction.json(outcome.forecast));
  else writeLine(io.stdout, redaction.shown(forecastLines(outcome.forecast).join('\n')));
  return ExitCode.ok;
}

/**
 * The forecast printed before a run with a baseline or a spend cap (stderr with --json, which keeps stdout for the
 * document); invalid files say nothing here: the run reports them with their file and line.
 */
export async function announceForecast(
  request: ForecastRequest,
  json: boolean,
  io: CliIO,
  redaction: CliRedaction,
): Promise<void> {
  const outcome = await forecastRun(request).catch(() => null);
  if (outcome?.kind !== 'forecast') return;
  writeLine(json ? io.stderr : io.stdout, redaction.shown(forecastLines(outcome.forecast).join('\n')));
}

/** `--baseline`: the comparison after the results (on stderr with --json, which keeps stdout for the document). */
export function printComparison(
  baseline: ResultsSide,
  results: RunResults,
  json: boolean,
  redaction: CliRedaction,
  io: CliIO,
): void {
  const text = renderComparisonText(compareRuns(baseline.results, results), {
    baseLabel: 'baseline',
    baseOrigin: baseline.origin,
  });
  writeLine(json ? io.stderr : io.stdout, redaction.shown(`\n${text}`));
}

/** `--baseline`: the run's report.html again, with the delta against the baseline in its overview. */
export async function addBaselineToViewer(
  baseline: ResultsSide,
  results: RunResults,
  runDirectory: string,
  project: Project,
): Promise<void> {
  const comparison = { comparison: compareRuns(baseline.results, results), origin: baseline.origin };
  await writeRunFolderReport(runDirectory, results, { prices: project.config.prices, comparison });
}
