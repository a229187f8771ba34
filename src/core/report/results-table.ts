import { rateLimitLines } from './rate-limit-lines.ts';
import type { RunResults, ScenarioResult, Verdict } from '../results.ts';
import { formatCacheSaving, formatCost, formatCount, formatSeconds, plural } from '../format.ts';
import { statusWord } from './scenario-summary.ts';
import { columnsOf, cutTo } from './text-width.ts';

// Mode says whether the model was called (live) or a recording served (replay), for every scenario.
// Time is a trial's: the median with several trials (a sum would grow with -n).
// The judge's cost has its own column: the two are never summed into one figure.
const HEADER = [
  'Scenario',
  'Model',
  'Verdict',
  'Passed',
  'Mode',
  'Turns',
  'Tools',
  'Tokens in/out',
  'Cost',
  'Judge',
  'Time',
];
const NUMERIC = new Set([3, 5, 6, 7, 8, 9, 10]);
const JUDGE = 9;
const SCENARIO = 0;
/** Columns left out, in this order, while the table is wider than the terminal: the least read first. */
const DROP_ORDER = [6, 5, 7, 4, 1, 9, 3];
/** Narrower than this, a name says too little: drop a column instead. */
const MIN_NAME_COLUMNS = 18;

type TableInput = Pick<
  RunResults,
  'scenarios' | 'totals' | 'interrupted' | 'max_cost_usd' | 'budget_exhausted' | 'uncounted_cost_models' | 'rate_limits'
>;

export interface TableLayout {
  /** Columns a line may take; names are cut and low-value columns dropped to fit. Unlimited when absent. */
  width?: number;
  /** Applied to every cell before it is measured (the CLI's redactor and control-sequence stripping). */
  shown?(text: string): string;
  /** Colours a verdict cell (already padded); plain when absent. */
  paintVerdict?(verdict: Verdict, text: string): string;
}

/** The end-of-run table: one row per scenario, then the totals and what the reader must know about them. */
export function renderResultsTable(results: TableInput, layout: TableLayout = {}): string {
  return [...resultsTableLines(results, layout)].join('\n');
}

/**
 * The table's lines, one at a time: a first pass over the rows sizes the
 * columns, a second renders each row as it reaches it, so a run of thousands
 * of scenarios never holds every row's cells (or the whole table) at once.
 */
export function* resultsTableLines(results: TableInput, layout: TableLayout = {}): Generator<string> {
  const shown = layout.shown ?? ((text: string) => text);
  const cellsOf = (cells: string[]) => cells.map(shown);
  const totalsRow = cellsOf(totalsCells(results));
  const widths = HEADER.map((cell) => columnsOf(cell));
  const widen = (cells: string[]) =>
    cells.forEach((cell, column) => (widths[column] = Math.max(widths[column]!, columnsOf(cell))));
  for (const scenario of results.scenarios) widen(cellsOf(scenarioRow(scenario)));
  widen(totalsRow);
  const judged = results.scenarios.some((scenario) => scenario.judge_cost_usd !== undefined);
  const visible = fitColumns(widths, layout.width ?? Number.POSITIVE_INFINITY, judged);
  const line = (cells: string[], verdict?: Verdict) => alignedLine(cells, widths, visible, verdict, layout);
  const header = line(HEADER);
  const rule = '-'.repeat(visible.reduce((sum, column) => sum + widths[column]!, 2 * (visible.length - 1)));
  yield header;
  yield rule;
  for (const scenario of results.scenarios) yield line(cellsOf(scenarioRow(scenario)), scenario.verdict);
  yield rule;
  yield line(totalsRow);
  yield '';
  yield countsLine(results.totals);
  const { totals } = results;
  if (totals.cache_saving_usd !== undefined)
    yield `Cost ${formatCost(totals.cost_usd)}${formatCacheSaving(totals.cache_saving_usd)}.`;
  // The table's columns are the agent's and the judge's; a simulated user's cost is its own line.
  if (totals.simulator_cost_usd !== undefined)
    yield `Simulated users cost ${formatCost(totals.simulator_cost_usd)} more (not in the Cost column).`;
  if (totals.cost_incomplete)
    yield 'Cost is a lower bound: some models have no known price (add them under `prices:` in salvo.yaml).';
  if (results.max_cost_usd !== null) yield spendLine(results);
  yield* rateLimitLines(results.rate_limits);
  if (results.interrupted) yield 'Interrupted: finished results were saved; the rest are marked cancelled.';
}

/**
 * Which columns fit: every one when the table is narrow enough, else the
 * low-value ones are dropped until the name column keeps a useful width, which
 * then shrinks (names are cut with an ellipsis) to the width left.
 */
function fitColumns(widths: number[], width: number, judged: boolean): number[] {
  let visible = widths.map((_, column) => column).filter((column) => judged || column !== JUDGE);
  const othersWidth = () => visible.reduce((sum, column) => (column === SCENARIO ? sum : sum + widths[column]! + 2), 0);
  for (const column of DROP_ORDER) {
    if (widths[SCENARIO]! + othersWidth() <= width || width - othersWidth() >= MIN_NAME_COLUMNS) break;
    visible = visible.filter((kept) => kept !== column);
  }
  widths[SCENARIO] = Math.max(8, Math.min(widths[SCENARIO]!, width - othersWidth()));
  return visible;
}

function totalsCells(results: TableInput): string[] {
  const { totals } = results;
  const totalCost = `${formatCost(totals.cost_usd)}${totals.cost_incomplete ? '+' : ''}`;
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
    totals.judge_cost_usd === undefined ? '' : formatCost(totals.judge_cost_usd),
    '',
  ];
}

/** Left-aligned text columns, right-aligned number columns, separated by two spaces; a long name is cut. */
function alignedLine(
  cells: string[],
  widths: number[],
  visible: number[],
  verdict: Verdict | undefined,
  layout: TableLayout,
): string {
  return visible
    .map((column) => {
      const width = widths[column]!;
      const cell = column === SCENARIO ? cutTo(cells[column]!, width) : cells[column]!;
      const padding = ' '.repeat(Math.max(0, width - columnsOf(cell)));
      const aligned = NUMERIC.has(column) ? padding + cell : cell + padding;
      return column === 2 && verdict && layout.paintVerdict ? layout.paintVerdict(verdict, aligned) : aligned;
    })
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
    ran ? formatCost(result.cost_usd) : '-',
    ran && result.judge_cost_usd !== undefined ? formatCost(result.judge_cost_usd) : '',
    ran ? trialTime(result) : '-',
  ];
}

/** A trial's time: the median over several trials, else the one trial's. */
export function trialTime(result: ScenarioResult): string {
  const median = result.stats?.latency_seconds?.p50;
  if (result.trials.length > 1 && median !== undefined) return `p50 ${formatSeconds(median)}`;
  return formatSeconds(result.latency_seconds);
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
  return `${plural(totals.total, 'scenario')}: ${parts.join(', ')}`;
}

function spendLine(
  results: Pick<RunResults, 'totals' | 'max_cost_usd' | 'budget_exhausted' | 'uncounted_cost_models'>,
): string {
  const { totals } = results;
  const helpers = [
    totals.judge_cost_usd === undefined ? '' : 'judge',
    totals.simulator_cost_usd === undefined ? '' : 'simulated user',
  ];
  const counted = helpers.filter(Boolean);
  const sum = totals.cost_usd + (totals.judge_cost_usd ?? 0) + (totals.simulator_cost_usd ?? 0);
  const spent =
    `Spent ${formatCost(sum)}` +
    `${counted.length === 0 ? '' : ` (${['agent', ...counted].join(', ').replace(/, ([^,]+)$/, ' and $1')})`} ` +
    `of the ${formatCost(results.max_cost_usd)} cap`;
  const reached = results.budget_exhausted ? '; the cap was reached, so later scenarios were skipped' : '';
  const uncounted = results.uncounted_cost_models?.length
    ? `; the cap could not count ${results.uncounted_cost_models.join(', ')} (unknown price)`
    : '';
  return `${spent}${reached}${uncounted}.`;
}
