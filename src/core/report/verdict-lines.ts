import { describeError } from '../errors.ts';
import { plural, verdictLabel } from '../format.ts';
import type { ScenarioResult, ScenarioStats } from '../results.ts';

/** The k shown beside the pass rate: "will it pass three times in a row?" (fewer when fewer trials ran). */
export const DISPLAYED_PASS_K = 3;

export interface VerdictLineOptions {
  /** Failing assertions listed under a scenario that did not pass. */
  topFailures?: number;
}

/**
 * Per-scenario verdict lines for the terminal: verdict, trials passed, pass
 * rate with its 95 % interval, pass^k, then (when it did not pass) the top
 * failing assertions with file:line and an example reason.
 *
 *   PARTIAL      refunds  3/5 passed  rate 0.60 (95 % 0.23-0.88)  pass^3 0.10  retries 2
 *     - tool_sequence in_order [a, b] failed 2/5 (scenarios/refunds.yaml:14): expected a before b; got b, a
 *
 * A single trial gets no rate, interval or pass^k: one run is not a statistic.
 */
export function renderVerdictLines(scenarios: Iterable<ScenarioResult>, options: VerdictLineOptions = {}): string {
  return [...verdictLines(scenarios, options)].join('\n');
}

/** The same lines one at a time: a pass sizes the name column, a second renders each scenario as it reaches it. */
export function* verdictLines(
  scenarios: Iterable<ScenarioResult>,
  options: VerdictLineOptions = {},
): Generator<string> {
  const topFailures = options.topFailures ?? 3;
  let longestName = 0;
  for (const scenario of scenarios) longestName = Math.max(longestName, scenario.name.length);
  const nameWidth = Math.min(40, longestName);
  for (const scenario of scenarios) {
    const tooLong = scenario.name.length > nameWidth;
    const name = tooLong ? `${scenario.name.slice(0, nameWidth - 1)}…` : scenario.name.padEnd(nameWidth);
    yield `${verdictLabel(scenario.verdict).padEnd(11)}  ${name}  ${columns(scenario)}`.trimEnd();
    if (scenario.verdict === 'SKIPPED') continue;
    if (scenario.verdict === 'PASS') {
      for (const note of [scenario.stats?.note, scenario.stats?.sample_size_note]) if (note) yield `  note: ${note}`;
      continue;
    }
    yield* detailLines(scenario, topFailures);
  }
}

/** `3/5 passed  rate 0.60 (95 % 0.23-0.88)  pass^3 0.10  retries 2`, or the summary of a scenario that never ran. */
export function columns(scenario: ScenarioResult): string {
  const stats = scenario.stats;
  if (!stats || scenario.verdict === 'SKIPPED') return scenario.summary;
  const parts = [`${stats.passed}/${stats.counted} passed${breakdown(stats)}`];
  const several = stats.trials_planned > 1 || stats.counted > 1;
  if (several && stats.pass_rate !== null) parts.push(`rate ${stats.pass_rate.toFixed(2)}${interval(stats)}`);
  const shown = several ? passK(stats) : null;
  if (shown) parts.push(shown);
  if (stats.infra_errors > 0) parts.push(plural(stats.infra_errors, 'infra error'));
  if (stats.retries.total > 0) parts.push(`retries ${stats.retries.total}`);
  if (stats.early_stop) parts.push(`stopped early ${stats.early_stop.after_trials}/${stats.early_stop.planned_trials}`);
  return parts.join('  ');
}

/** How the counted trials that did not pass split, when it is not simply "failed". */
function breakdown(stats: ScenarioStats): string {
  const ownErrors = stats.errored - stats.infra_errors;
  if (stats.hard_failed === 0 && ownErrors === 0) return '';
  const parts = [
    [stats.failed, 'failed'],
    [stats.hard_failed, 'hard-failed'],
    [ownErrors, 'errored'],
  ] as const;
  return ` (${parts
    .filter(([count]) => count > 0)
    .map(([count, word]) => `${count} ${word}`)
    .join(', ')})`;
}

function interval(stats: ScenarioStats): string {
  const range = stats.pass_rate_interval;
  return range ? ` (95 % ${range.low.toFixed(2)}-${range.high.toFixed(2)})` : '';
}

function passK(stats: ScenarioStats): string | null {
  const entry = stats.pass_hat_k[Math.min(DISPLAYED_PASS_K, stats.pass_hat_k.length) - 1];
  return entry ? `pass^${entry.k} ${entry.value.toFixed(2)}` : null;
}

function detailLines(scenario: ScenarioResult, topFailures: number): string[] {
  const stats = scenario.stats;
  if (!stats) return [`  ${scenario.summary}`];
  const lines: string[] = [];
  for (const failure of stats.failing_assertions.slice(0, topFailures)) {
    const where = failure.line !== undefined ? `${scenario.file}:${failure.line}` : scenario.file;
    const required = failure.required ? ' (required)' : '';
    lines.push(
      `  - ${failure.label}${required} failed ${failure.fail_count}/${failure.evaluated_count} ` +
        `(${where}): ${failure.sample_reasons[0] ?? ''}`,
    );
  }
  for (const error of stats.errors) {
    lines.push(
      `  - ${plural(error.count, 'trial')} ` +
        `errored${error.infrastructure ? ' (infrastructure)' : ''}: ${describeError(error)}`,
    );
    // The way out (`re-record it: salvo run --record ...`) is on the trial's error, not the tally.
    const hint = scenario.trials.find((trial) => trial.error?.code === error.code && trial.error.hint)?.error?.hint;
    if (hint) lines.push(`    hint: ${hint}`);
  }
  if (stats.note) lines.push(`  note: ${stats.note}`);
  if (stats.sample_size_note) lines.push(`  note: ${stats.sample_size_note}`);
  if (stats.early_stop)
    lines.push(
      `  stopped early after ${stats.early_stop.after_trials}/${stats.early_stop.planned_trials} ` +
        `trials: ${stats.early_stop.reason}`,
    );
  if (lines.length === 0) lines.push(`  ${scenario.summary}`);
  return lines;
}
