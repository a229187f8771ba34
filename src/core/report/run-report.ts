import type { RunResults, ScenarioResult, TrialResult } from '../results.ts';
import { runTotals } from '../runner/suite-results.ts';
import { formatCosts, formatSeconds, oneLine, plural } from '../format.ts';
import { renderResultsTable } from './results-table.ts';
import { renderScenarioSummary } from './scenario-summary.ts';
import { renderVerdictLines } from './verdict-lines.ts';

/** `salvo report`: the stored run's table again, then each scenario's details. */
export function renderRunReport(run: {
  runId: string;
  results: RunResults | null;
  scenarios: ScenarioResult[];
}): string {
  const results = run.results;
  const header = results
    ? `Run ${run.runId}  started ${results.started_at}  salvo ` +
      `${results.salvo_version}${results.interrupted ? '  (interrupted)' : ''}`
    : `Run ${run.runId}  (unfinished: showing the ${plural(run.scenarios.length, 'scenario')} saved before it stopped)`;
  const table = renderResultsTable(
    results ?? { scenarios: run.scenarios, totals: runTotals(run.scenarios), interrupted: true, max_cost_usd: null },
  );
  const verdicts = run.scenarios.length > 0 ? ['', 'Verdicts:', renderVerdictLines(run.scenarios)] : [];
  const details = run.scenarios.map(renderScenarioDetails);
  return [header, '', table, ...verdicts, ...details.flatMap((detail) => ['', detail])].join('\n');
}

function renderScenarioDetails(result: ScenarioResult): string {
  const lines = [renderScenarioSummary(result)];
  if (result.error?.hint) lines.push(`Hint:     ${result.error.hint}`);
  for (const trial of result.trials) lines.push(...renderTrial(trial));
  return lines.join('\n');
}

function renderTrial(trial: TrialResult): string[] {
  const score = trial.score === null ? '-' : trial.score.toFixed(2);
  const lines = [
    `  Trial ${trial.trial}: ${trial.status}  score ${score}  ` +
      `${plural(trial.turns, 'turn')}  ${plural(trial.tool_calls, 'tool call')}  ` +
      `${formatCosts(trial.cost_usd, trial.judge?.cost_usd, trial.simulator?.cost_usd)}  ` +
      `${formatSeconds(trial.latency_seconds)}  trace ${trial.trace_id ?? '-'}`,
  ];
  if (trial.retries > 0) lines[0] += `  retries ${trial.retries}`;
  if (trial.error) lines.push(`    error: [${trial.error.code}] ${trial.error.message}`);
  for (const assertion of trial.assertions) {
    lines.push(
      `    ${assertion.passed ? 'ok  ' : 'FAIL'} ` +
        `${assertion.label}${assertion.required ? ' (required)' : ''}: ${oneLine(assertion.reason, 160)}`,
    );
  }
  if (trial.final_content_preview) lines.push(`    answer: ${oneLine(trial.final_content_preview, 160)}`);
  return lines;
}
