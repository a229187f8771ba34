import { formatCosts, plural } from '../format.ts';
import type { RunResults, ScenarioResult } from '../results.ts';
import { runTotals } from '../runner/suite-results.ts';

/** A stored run as `salvo runs` lists it. */
export interface ListedRun {
  runId: string;
  /** The run document; null for a run killed before it finished (its journal's scenarios are counted). */
  results: RunResults | null;
  scenarios: ScenarioResult[];
}

/** `salvo runs`: one line per stored run, newest first: id, start time, counts, cost. */
export function renderRunsList(runs: ListedRun[], more: number): string {
  if (runs.length === 0) return 'No stored runs yet: `salvo run` stores each run under .salvo/runs/.';
  const rows = runs.map((run) => {
    const totals = run.results?.totals ?? runTotals(run.scenarios);
    const started = run.results ? run.results.started_at.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : 'unfinished';
    const counts = [
      `${totals.passed} passed`,
      totals.failed > 0 ? `${totals.failed} failed` : '',
      totals.errored > 0 ? `${totals.errored} errored` : '',
      totals.skipped > 0 ? `${totals.skipped} skipped` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const flags = run.results?.interrupted ? ' (interrupted)' : '';
    return [
      run.runId,
      started,
      `${plural(totals.total, 'scenario')}: ${counts}${flags}`,
      formatCosts(totals.cost_usd, totals.judge_cost_usd, totals.simulator_cost_usd),
    ];
  });
  const header = ['Run', 'Started', 'Scenarios', 'Cost'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  const lines = [line(header), ...rows.map(line)];
  if (more > 0) lines.push(`… and ${plural(more, 'older run')} (--limit shows more)`);
  return lines.join('\n');
}
