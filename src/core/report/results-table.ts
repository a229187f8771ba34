import { rateLimitLines } from './rate-limit-lines.ts';
import type { RunResults, ScenarioResult } from '../results.ts';
import { formatCacheSaving, formatCost, formatCosts, formatCount, formatSeconds } from '../format.ts';
import { statusWord } from './scenario-summary.ts';

// Mode says whether the model was called (live) or a recording served (replay), for every scenario.
const HEADER = ['Scenario', 'Model', 'Verdict', 'Passed', 'Mode', 'Turns', 'Tools', 'Tokens in/out', 'Cost', 'Latency'];
const NUMERIC = new Set([3, 5, 6, 7, 8, 9]);

type TableInput = Pick<
  RunResults,
  'scenarios' | 'totals' | 'interrupted' | 'max_cost_usd' | 'budget_exhausted' | 'uncounted_cost_models' | 'rate_limits'
>;

/** The end-of-run table: one row per scenario, then the totals and what the reader must know about them. */
export function renderResultsTable(results: TableInput): string {
  return [...resultsTableLines(results)].join('\n');
}

/**
 * The table's lines, one at a time: a first pass over the rows sizes the
 * columns, a second renders each row as it reaches it, so a run of thousands
 * of scenarios never holds every row's cells (or the whole table) at once.
 */
export function* resultsTableLines(results: TableInput): Generator<string> {
  const totalsRow = totalsCells(results);
  const widths = HEADER.map((cell) => cell.length);
  const widen = (cells: string[]) =>
    cells.forEach((cell, column) => (widths[column] = Math.max(widths[column]!, cell.length)));
  for (const scenario of results.scenarios) widen(scenarioRow(scenario));
  widen(totalsRow);
  const header = alignedLine(HEADER, widths);
  // The last column is right-aligned, so the header is as long as any line.
  const rule = '-'.repeat(header.length);
  yield header;
  yield rule;
  for (const scenario of results.scenarios) yield alignedLine(scenarioRow(scenario), widths);
  yield rule;
  yield alignedLine(totalsRow, widths);
  yield '';
  yield countsLine(results.totals);
  const { totals } = results;
  if (totals.cache_saving_usd !== undefined)
    yield `Cost ${formatCost(totals.cost_usd)}${formatCacheSaving(totals.cache_saving_usd)}.`;
  if (totals.cost_incomplete)
    yield 'Cost is a lower bound: some models have no known price (add them under `prices:` in salvo.yaml).';
  if (results.max_cost_usd !== null) yield spendLine(results);
  yield* rateLimitLines(results.rate_limits);
  if (results.interrupted) yield 'Interrupted: finished results were saved; the rest are marked cancelled.';
}

function totalsCells(results: TableInput): string[] {
  const { totals } = results;
  const totalCost = `${formatCosts(totals.cost_usd, totals.judge_cost_usd)}${totals.cost_incomplete ? '+' : ''}`;
  return [
    'Total',
    '',
    `${totals.passed}/${totals.total} passed`,
    '',
    '',
    '',
    '',
    `${formatCount(totals.input_tokens)}/${formatCount(totals.output_tokens)}`,
    totalCost,
    formatSeconds(totals.latency_seconds),
  ];
}

/** Left-aligned text columns, right-aligned number columns, separated by two spaces. */
function alignedLine(cells: string[], widths: number[]): string {
  return cells
    .map((cell, column) => (NUMERIC.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
    .join('  ')
    .trimEnd();
}

function scenarioRow(result: ScenarioResult): string[] {
  const ran = result.status !== 'skipped';
  return [
    result.name,
    result.model,
    statusWord(result),
    passedCell(result),
    result.mode ?? '-',
    ran ? `${result.turns}${result.max_turns_hit ? '!' : ''}` : '-',
    ran ? String(result.tool_calls) : '-',
    ran ? `${formatCount(result.input_tokens)}/${formatCount(result.output_tokens)}` : '-',
    ran ? formatCosts(result.cost_usd, result.judge_cost_usd) : '-',
    ran ? formatSeconds(result.latency_seconds) : '-',
  ];
}

/** Trials passed of those counted, and the pass rate once there is more than one trial to rate. */
function passedCell(result: ScenarioResult): string {
  const stats = result.stats;
  if (!stats || result.status === 'skipped') return '-';
  const ratio = `${stats.passed}/${stats.counted}`;
  return stats.counted > 1 && stats.pass_rate !== null ? `${ratio} ${stats.pass_rate.toFixed(2)}` : ratio;
}

function countsLine(totals: RunResults['totals']): string {
  const parts = [
    `${totals.passed} passed`,
    `${totals.failed} failed`,
    `${totals.errored} errored`,
    `${totals.skipped} skipped`,
  ];
  return `${totals.total} scenario(s): ${parts.join(', ')}`;
}

function spendLine(
  results: Pick<RunResults, 'totals' | 'max_cost_usd' | 'budget_exhausted' | 'uncounted_cost_models'>,
): string {
  const spent = `Spent ${formatCost(results.totals.cost_usd + (results.totals.judge_cost_usd ?? 0))}${results.totals.judge_cost_usd === undefined ? '' : ' (agent and judge)'} of the ${formatCost(results.max_cost_usd)} cap`;
  const reached = results.budget_exhausted ? '; the cap was reached, so later scenarios were skipped' : '';
  const uncounted = results.uncounted_cost_models?.length
    ? `; the cap could not count ${results.uncounted_cost_models.join(', ')} (unknown price)`
    : '';
  return `${spent}${reached}${uncounted}.`;
}
