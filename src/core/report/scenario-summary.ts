import type { ScenarioResult } from '../results.ts';
import { formatCosts, formatCount, formatSeconds, plural } from '../format.ts';
import { verdictLabel } from '../format.ts';
import { columns } from './verdict-lines.ts';

/**
 * The seed's per-scenario summary, printed as each scenario finishes:
 * scenario, model and provider, turns (and whether max turns was hit), tool
 * calls, tokens, cost, latency and the scenario hash.
 */
export function renderScenarioSummary(result: ScenarioResult): string {
  const turns = `${result.turns}${result.max_turns_hit ? ' (max turns hit)' : ''}`;
  const trials = result.trials.length > 1 ? ` over ${result.trials.length} trials` : '';
  const cost =
    result.cost_usd === null && result.judge_cost_usd === undefined
      ? 'unknown'
      : `${formatCosts(result.cost_usd, result.judge_cost_usd, result.simulator_cost_usd)} (estimated)`;
  const lines = [
    `Scenario: ${result.name} (${result.file})`,
    `Model:    ${result.model} (${result.provider}${result.mode === 'replay' ? ', replayed' : ''})`,
    `Status:   ${statusWord(result)}${statusDetail(result)}`,
  ];
  if (result.stats && (result.stats.trials_planned > 1 || result.stats.retries.total > 0))
    lines.push(`Trials:   ${columns(result)}`);
  if (result.trials.length > 0) {
    lines.push(
      `Turns:    ${turns}${trials}`,
      `Tools:    ${plural(result.tool_calls, 'call')}`,
      `Tokens:   ${formatCount(result.input_tokens)} in / ${formatCount(result.output_tokens)} out`,
      `Cost:     ${cost}`,
      `Latency:  ${formatSeconds(result.latency_seconds)}`,
    );
  }
  if (result.scenario_hash) lines.push(`Hash:     ${result.scenario_hash.slice(0, 12)}`);
  return lines.join('\n');
}

/** Why it did not pass; for a pass, only what the reader must know (no assertions were checked). */
function statusDetail(result: ScenarioResult): string {
  if (result.status !== 'passed') return ` - ${result.summary}`;
  return result.stats?.note ? ` - ${result.stats.note}` : '';
}

/** What a reader sees in the status column: the verdict, or why it was skipped. */
export function statusWord(result: ScenarioResult): string {
  if (result.status === 'skipped') return `SKIPPED (${result.skip_reason ?? 'skipped'})`;
  return verdictLabel(result.verdict);
}
