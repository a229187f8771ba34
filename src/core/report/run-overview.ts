import { describeError } from '../errors.ts';
import type { RunResults, ScenarioResult, SkipReason } from '../results.ts';
import { formatCosts, formatCount, plural, verdictLabel, formatCacheSaving } from '../format.ts';
import { escapeMarkdown } from './markdown-text.ts';

/**
 * The wording shared by the job summary and the PR comment: the headline,
 * status labels and the reasons a scenario did not pass.
 */

const SKIP_REASON_TEXT: Record<SkipReason, string> = {
  no_key_no_recording: 'no API key and no recording, so it could not run live or replay',
  budget: 'not started: the max-cost-usd budget was reached',
  cancelled: 'not started or stopped: the run was cancelled',
  invalid: 'the scenario file is invalid',
  provider_rejected_key: 'not sent: the provider rejected the API key (HTTP 401/403) earlier in this run',
};

export function describeSkipReason(reason: SkipReason | undefined): string {
  return reason ? SKIP_REASON_TEXT[reason] : 'skipped';
}

export function statusLabel(scenario: ScenarioResult): string {
  switch (scenario.status) {
    case 'passed':
      return `✅ ${verdictLabel(scenario.verdict)}`;
    case 'failed':
      return `❌ ${verdictLabel(scenario.verdict)}`;
    case 'errored':
      return `💥 errored`;
    case 'skipped':
      return `⏭️ skipped (${scenario.skip_reason ?? 'skipped'})`;
  }
}

/** Scenarios that actually called a model (live or replayed), as opposed to skipped ones. */
export function ranCount(results: Pick<RunResults, 'scenarios'>): number {
  return results.scenarios.filter((scenario) => scenario.status !== 'skipped').length;
}

/** What the headline says beside the counts, when the shell knows it. */
export interface HeadlineContext {
  /** The commit the run tested (a PR's head commit), shown as its short SHA. */
  commitSha?: string | null;
  /**
   * The comparison with the baseline run, already Markdown (`+$0.02 vs main`): the slot the baseline comparison
   * fills; shown after the cost.
   */
  baselineDelta?: string | null;
}

/**
 * The first line of every report: outcome, counts, cost, baseline delta and
 * commit. It must say plainly when nothing ran, so a green-looking step with
 * zero executed scenarios is never mistaken for success.
 */
export function renderHeadline(results: RunResults, context: HeadlineContext = {}): string {
  const { totals } = results;
  const interrupted = results.interrupted ? ' The run was interrupted; finished scenarios are reported.' : '';
  const commit = shortSha(context.commitSha);
  const commitNote = commit ? ` · commit \`${commit}\`` : '';
  if (totals.total === 0) return `⚠️ **Nothing actually ran: no scenarios were found.**${commitNote}${interrupted}`;
  const ran = ranCount(results);
  if (ran === 0) {
    const all = totals.total === 1 ? 'the only scenario was' : `all ${plural(totals.total, 'scenario')} were`;
    return `⚠️ **Nothing actually ran: ${all} skipped** (${skipBreakdown(results)})${commitNote}.${interrupted}`;
  }
  const replayed = results.scenarios.filter(
    (scenario) => scenario.status !== 'skipped' && scenario.mode === 'replay',
  ).length;
  const replayNote = replayed > 0 ? `, ${formatCount(replayed)} replayed from recordings` : '';
  const counts = countsSentence(results);
  const icon = totals.failed > 0 || totals.errored > 0 ? '❌' : totals.skipped > 0 ? '⚠️' : '✅';
  const cost =
    ` · cost ${totals.cost_incomplete ? '≥ ' : ''}` +
    `${formatCosts(totals.cost_usd, totals.judge_cost_usd, totals.simulator_cost_usd)}` +
    `${formatCacheSaving(totals.cache_saving_usd)}`;
  const delta = context.baselineDelta ? ` (${context.baselineDelta})` : '';
  return (
    `${icon} **salvo: ${counts}** (${formatCount(ran)} of ${plural(totals.total, 'scenario')}` +
    ` ran${replayNote})${cost}${delta}${commitNote}.${interrupted}`
  );
}

/** The first seven hex digits, or null for anything that is not a commit SHA. */
function shortSha(sha: string | null | undefined): string | null {
  return sha && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7).toLowerCase() : null;
}

export function countsSentence(results: Pick<RunResults, 'totals'>): string {
  const { totals } = results;
  const parts = [`${formatCount(totals.passed)} passed`];
  if (totals.failed > 0) parts.push(`${formatCount(totals.failed)} failed`);
  if (totals.errored > 0) parts.push(`${formatCount(totals.errored)} errored`);
  if (totals.skipped > 0) parts.push(`${formatCount(totals.skipped)} skipped`);
  return parts.join(', ');
}

function skipBreakdown(results: RunResults): string {
  const counts = new Map<string, number>();
  for (const scenario of results.scenarios) {
    const reason = scenario.skip_reason ?? 'skipped';
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts].map(([reason, count]) => `${formatCount(count)} ${reason}`).join(', ');
}

/**
 * Why a scenario did not pass, as escaped Markdown: its summary, then the
 * failed assertions' reasons (de-duplicated across trials), or the error.
 */
export function failureReasons(scenario: ScenarioResult, maxReasons = 5): string[] {
  const unique = plainFailureReasons(scenario);
  const shown = unique.slice(0, maxReasons).map((reason) => escapeMarkdown(reason, 500));
  if (unique.length > maxReasons) shown.push(`… and ${formatCount(unique.length - maxReasons)} more`);
  return shown;
}

/**
 * The same reasons as plain text, each once. Judge and per-turn assertions
 * read like any other (`turn 2 · judge helpful: ...`).
 */
export function plainFailureReasons(scenario: ScenarioResult): string[] {
  const reasons: string[] = [];
  if (scenario.status === 'skipped') reasons.push(describeSkipReason(scenario.skip_reason));
  if (scenario.summary) reasons.push(scenario.summary);
  const error = scenario.error ?? scenario.trials.find((trial) => trial.error)?.error;
  if (error) reasons.push(`${describeError(error)}${error.hint ? ` (hint: ${error.hint})` : ''}`);
  for (const trial of scenario.trials) {
    for (const assertion of trial.assertions) {
      if (assertion.passed) continue;
      const turn = assertion.turn === undefined ? '' : `turn ${assertion.turn} · `;
      reasons.push(`${turn}${assertion.label}: ${assertion.reason}`);
    }
  }
  return [...new Set(reasons)];
}

/** The trials of a whole run in numbers; `several` is true when any scenario planned more than one. */
export interface TrialTotals {
  several: boolean;
  run: number;
  passed: number;
  /** Trials a pass rate counts (infrastructure errors left out, docs/verdicts.md). */
  counted: number;
  passRate: number | null;
  /** Scenarios whose counted trials both passed and failed: the flaky ones. */
  flaky: number;
}

export function trialTotals(results: Pick<RunResults, 'scenarios'>): TrialTotals {
  const totals: TrialTotals = { several: false, run: 0, passed: 0, counted: 0, passRate: null, flaky: 0 };
  for (const { stats } of results.scenarios) {
    if (!stats) continue;
    totals.several ||= stats.trials_planned > 1;
    totals.run += stats.trials_run;
    totals.passed += stats.passed;
    totals.counted += stats.counted;
    if (stats.passed > 0 && stats.passed < stats.counted) totals.flaky += 1;
  }
  totals.passRate = totals.counted > 0 ? totals.passed / totals.counted : null;
  return totals;
}

/**
 * `4/5 passed · rate 0.80 (95 % 0.38-0.96)` (numbers and fixed words only, safe in Markdown), for runs with several
 * trials; "—" when none ran.
 */
export function trialStatsCell(scenario: ScenarioResult): string {
  const stats = scenario.stats;
  if (!stats || scenario.status === 'skipped') return '—';
  const parts = [`${formatCount(stats.passed)}/${formatCount(stats.counted)} passed`];
  if (stats.pass_rate !== null && stats.counted > 1) {
    const range = stats.pass_rate_interval;
    parts.push(
      `rate ${stats.pass_rate.toFixed(2)}${range ? ` (95 % ${range.low.toFixed(2)}-${range.high.toFixed(2)})` : ''}`,
    );
  }
  if (stats.infra_errors > 0) parts.push(`${formatCount(stats.infra_errors)} infra errors`);
  if (stats.early_stop) parts.push(`stopped early after ${formatCount(stats.early_stop.after_trials)}`);
  return parts.join(' · ');
}

/** `Trials: 9 of 10 passed (rate 0.90), 1 flaky scenario`, or null when every scenario ran once. */
export function trialTotalsSentence(results: Pick<RunResults, 'scenarios'>): string | null {
  const totals = trialTotals(results);
  if (!totals.several) return null;
  const rate = totals.passRate === null ? '' : ` (rate ${totals.passRate.toFixed(2)})`;
  const flaky = totals.flaky > 0 ? `, ${plural(totals.flaky, 'flaky scenario')}` : '';
  return `Trials: ${formatCount(totals.passed)} of ${formatCount(totals.counted)} passed${rate}${flaky}.`;
}
