import { formatCost, verdictLabel } from '../core/format.ts';
import { trialTime } from '../core/report/results-table.ts';
import { describeSkipReason } from '../core/report/run-overview.ts';
import type { ScenarioResult } from '../core/results.ts';
import { fitTo, padTo, paintVerdict, widthOf, type Terminal } from './terminal.ts';

/** `HARD FAIL` is the longest verdict label. */
export const VERDICT_COLUMNS = 9;

/**
 * One line per finished scenario, as wide as the terminal at most:
 *
 *   PASS       Support agent refunds a broken order       3/3 1.00  $0.0026  p50 0.17s
 *
 * The verdict in its colour, the name (already redacted and stripped) cut to
 * what is left, then the pass rate, the agent's cost and
 * the time (a trial's median when there were several). The judge's cost is
 * in the table at the end, never summed with the agent's.
 */
export function renderScenarioLine(result: ScenarioResult, name: string, terminal: Terminal): string {
  const { paint, width } = terminal;
  const verdict = paintVerdict(paint, result.verdict, padTo(verdictLabel(result.verdict), VERDICT_COLUMNS));
  const tail = tailOf(result);
  const nameColumns = width - VERDICT_COLUMNS - 4 - widthOf(tail);
  // Too narrow for the figures: the name matters more.
  if (nameColumns < 12) return fitTo(`${verdict}  ${name}`, width);
  return fitTo(`${verdict}  ${padTo(fitTo(name, nameColumns), nameColumns)}  ${paint.dim(tail)}`, width);
}

function tailOf(result: ScenarioResult): string {
  if (result.status === 'skipped') return `skipped: ${describeSkipReason(result.skip_reason)}`.slice(0, 40);
  const cost = formatCost(result.cost_usd);
  // Fixed widths, so the figures line up under each other from one scenario to the next.
  return `${passRate(result).padEnd(9)}  ${cost.padStart(10)}  ${trialTime(result).padStart(9)}`;
}

/** `3/5 0.60` with several trials, `1/1` with one. */
export function passRate(result: ScenarioResult): string {
  const stats = result.stats;
  if (!stats || result.status === 'skipped') return '-';
  const ratio = `${stats.passed}/${stats.counted}`;
  return stats.counted > 1 && stats.pass_rate !== null ? `${ratio} ${stats.pass_rate.toFixed(2)}` : ratio;
}
