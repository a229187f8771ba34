import { describeError } from '../errors.ts';
import type { ScenarioStats, ScenarioStatus, TrialResult, Verdict } from '../results.ts';
import type { CheckedScenario } from './evaluate-trial.ts';
import { computeStats, type SummaryContext } from './scenario-stats.ts';
import { countTrials, decideVerdict, statusOfVerdict } from './verdict.ts';
import { plural } from '../format.ts';

export type { SummaryContext } from './scenario-stats.ts';

export interface ScenarioSummary {
  status: ScenarioStatus;
  verdict: Verdict;
  /** One sentence saying what happened and, when it did not pass, the main reason why. */
  summary: string;
  stats: ScenarioStats;
}

/**
 * Turns a scenario's trials into its verdict (rules in verdict.ts and
 * docs/verdicts.md), its statistics, and a sentence for tables and annotations.
 */
export function summariseScenario(
  trials: readonly TrialResult[],
  loaded: CheckedScenario,
  context: SummaryContext = {},
): ScenarioSummary {
  const stats = computeStats(trials, loaded, context);
  const counts = countTrials(trials);
  const verdict = decideVerdict(counts, stats.required_pass_rate);
  return { status: statusOfVerdict(verdict, counts), verdict, summary: sentenceFor(verdict, stats), stats };
}

function ratio(stats: ScenarioStats): string {
  return `${stats.passed}/${stats.counted} trials passed`;
}

function required(stats: ScenarioStats): string {
  return stats.required_pass_rate >= 1 ? 'every trial must pass' : `required pass rate ${stats.required_pass_rate}`;
}

function sentenceFor(verdict: Verdict, stats: ScenarioStats): string {
  const parts: string[] = [];
  switch (verdict) {
    case 'SKIPPED':
      parts.push(stats.cancelled > 0 ? 'cancelled before any trial finished' : 'no trials ran');
      break;
    case 'INFRA_ERROR':
      parts.push(
        `${stats.infra_errors === 1 ? 'the only trial' : `all ${stats.infra_errors} trials`} ` +
          `hit infrastructure errors${firstError(stats, true)}`,
      );
      break;
    case 'HARD_FAIL': {
      const top = stats.failing_assertions.find((failure) => failure.required);
      const what = top
        ? `required assertion '${top.label}' failed in ` +
          `${top.fail_count}/${top.evaluated_count} trials: ${top.sample_reasons[0]}`
        : 'a required assertion failed';
      parts.push(`${what} (${ratio(stats)})`);
      break;
    }
    case 'PASS':
      parts.push(ratio(stats));
      if (stats.required_pass_rate < 1) parts.push(required(stats));
      break;
    case 'FAIL':
    case 'PARTIAL':
      parts.push(`${ratio(stats)}${verdict === 'PARTIAL' ? `, ${required(stats)}` : ''}`);
      parts.push(topReason(stats));
      break;
  }
  if (verdict !== 'INFRA_ERROR' && stats.infra_errors > 0) {
    parts.push(`${plural(stats.infra_errors, 'trial')} left out after infrastructure errors${firstError(stats, true)}`);
  }
  if (stats.note) parts.push(stats.note);
  if (stats.early_stop)
    parts.push(
      `stopped early after ${stats.early_stop.after_trials}/${stats.early_stop.planned_trials} ` +
        `trials: ${stats.early_stop.reason}`,
    );
  return parts.filter((part) => part !== '').join('; ');
}

function topReason(stats: ScenarioStats): string {
  const top = stats.failing_assertions[0];
  if (top)
    return (
      `most failing: '${top.label}' failed in ` +
      `${top.fail_count}/${top.evaluated_count} trials: ${top.sample_reasons[0]}`
    );
  const own = stats.errors.find((error) => !error.infrastructure);
  if (own) return `${plural(own.count, 'trial')} errored: ${describeError(own)}`;
  return '';
}

function firstError(stats: ScenarioStats, infrastructure: boolean): string {
  const error = stats.errors.find((candidate) => candidate.infrastructure === infrastructure);
  return error ? ` (${describeError(error)})` : '';
}
