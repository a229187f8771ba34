import type { RunComparison } from '../core/compare/compare-runs.ts';
import { runOutcome } from '../core/evaluation/run-outcome.ts';
import type { RunResults, ScenarioResult } from '../core/results.ts';
import type { ActionMode, FailOn } from './action-names.ts';
import { plural } from '../core/format.ts';

/** Why a pull request has no secrets, when GitHub withholds them: forks and Dependabot. */
export type SecretlessReason = 'fork' | 'dependabot' | null;

export interface StepOutcomeContext {
  failOn: FailOn;
  mode: ActionMode;
  secretless: SecretlessReason;
  /** Key inputs that were empty, by provider, to name when scenarios could not run for want of one. */
  missingKeyInputs: Record<string, string>;
  /** The pull request compared with its baseline, when it was; what `fail-on: regression` judges by. */
  comparison?: { result: RunComparison; baseLabel: string } | null;
  /** `fail-on-loosened: true`. */
  failOnLoosened?: boolean;
  /** A merge step's shards that never reported, one sentence each (results-merge.ts). */
  missingShards?: string[];
}

/** `failed` fails the step; `warning` and `notice` leave it green with an annotation; `passed` says nothing more. */
export interface StepOutcome {
  level: 'failed' | 'warning' | 'notice' | 'passed';
  message: string;
}

/**
 * The step outcome of a run (README "Fail policy"), from the same run outcome
 * as the CLI's exit codes. A step is green only when the agent was tested:
 * - agent failures (FAIL, HARD FAIL, PARTIAL, errored, invalid files) fail it;
 * - a run where nothing was verified fails it, except on fork and Dependabot
 *   PRs without `mode: live`, where missing secrets are expected: a notice;
 * - infrastructure errors among real results warn, or fail with
 *   `fail-on: infrastructure`;
 * `fail-on: never` turns every failure into a warning.
 */
export function decideStepOutcome(results: RunResults, context: StepOutcomeContext): StepOutcome {
  const outcome = runOutcome(results);
  const decided = withComparisonAndShards(
    context.failOn === 'regression' && outcome === 'failed'
      ? decideRegression(results, context)
      : decide(outcome, results, context),
    context,
  );
  if (decided.level === 'failed' && context.failOn === 'never')
    return {
      level: 'warning',
      message: decided.message.replace(/\(fail-on: \w+\)/, '(fail-on: never, so the step stays green)'),
    };
  return decided;
}

function decide(outcome: ReturnType<typeof runOutcome>, results: RunResults, context: StepOutcomeContext): StepOutcome {
  const { failOn } = context;
  switch (outcome) {
    case 'failed':
      return {
        level: 'failed',
        message: `salvo: ${agentFailures(results).join(', ')} (fail-on: ${failOn}); see the job summary.`,
      };
    case 'unverified':
      return unverified(results, context);
    case 'infrastructure': {
      const count = results.scenarios.filter(isInfrastructure).length;
      const what =
        `${plural(count, 'scenario')} hit only infrastructure errors (provider down, retries ` +
        `exhausted, timeouts) and ${count === 1 ? 'was' : 'were'} not counted; the others passed`;
      if (failOn === 'infrastructure')
        return { level: 'failed', message: `salvo: ${what} (fail-on: infrastructure); see the job summary.` };
      return {
        level: 'warning',
        message: `salvo: ${what}. The step stays green; set fail-on: infrastructure to fail it.`,
      };
    }
    case 'passed':
      return { level: 'passed', message: '' };
  }
}

/**
 * `fail-on: regression`: only what noise cannot explain fails the step: scenarios that regressed against the baseline
 * (a significant drop, or a required assertion newly failing), any broken required assertion (HARD FAIL: an invariant
 * is never noise), and invalid scenario files. Other failures warn.
 */
function decideRegression(results: RunResults, context: StepOutcomeContext): StepOutcome {
  const regressed = context.comparison?.result.counts.regressed ?? 0;
  const hardFailed = results.scenarios.filter((row) => row.verdict === 'HARD_FAIL').length;
  const invalid = results.scenarios.filter((row) => row.skip_reason === 'invalid').length;
  const reasons = [
    regressed > 0 ? `${regressed} regressed vs ${context.comparison?.baseLabel ?? 'the baseline'}` : '',
    hardFailed > 0 ? `${hardFailed} broke a required assertion (HARD FAIL)` : '',
    invalid > 0 ? `${invalid} invalid scenario files` : '',
  ].filter(Boolean);
  if (reasons.length > 0)
    return { level: 'failed', message: `salvo: ${reasons.join(', ')} (fail-on: regression); see the job summary.` };
  const baseline = context.comparison ? '' : ' (no baseline to compare with)';
  return {
    level: 'warning',
    message:
      `salvo: ${agentFailures(results).join(', ')}, but nothing regressed${baseline} ` +
      'and no required assertion broke; fail-on: regression keeps the step green.',
  };
}

/** Shards that never reported, and (asked for) loosened checks, fail a step that would otherwise not fail. */
function withComparisonAndShards(decided: StepOutcome, context: StepOutcomeContext): StepOutcome {
  if (decided.level === 'failed') return decided;
  const missing = context.missingShards ?? [];
  if (missing.length > 0)
    return { level: 'failed', message: `salvo: ${missing.join(' ')} (fail-on: ${context.failOn})` };
  const loosened = context.comparison?.result.loosened_checks ?? 0;
  if (context.failOnLoosened && loosened > 0)
    return {
      level: 'failed',
      message:
        `salvo: ${loosened} ${loosened === 1 ? 'check was' : 'checks were'} removed or loosened ` +
        `compared with ${context.comparison?.baseLabel ?? 'the baseline'} (fail-on-loosened: true); ` +
        'see the comparison in the job summary.',
    };
  return decided;
}

function agentFailures(results: RunResults): string[] {
  const count = (test: (row: ScenarioResult) => boolean) => results.scenarios.filter(test).length;
  const failed = count((row) => row.status === 'failed');
  const errored = count((row) => row.status === 'errored' && !isInfrastructure(row));
  const invalid = count((row) => row.skip_reason === 'invalid');
  return [
    failed > 0 ? `${failed} failed` : '',
    errored > 0 ? `${errored} errored` : '',
    invalid > 0 ? `${invalid} invalid scenario files` : '',
  ].filter(Boolean);
}

function unverified(results: RunResults, context: StepOutcomeContext): StepOutcome {
  const skipped = results.scenarios.filter((row) => row.status === 'skipped').length;
  const infrastructure = results.scenarios.filter(isInfrastructure).length;
  const parts = [
    skipped > 0 ? `${skipped} skipped` : '',
    infrastructure > 0 ? `${infrastructure} hit only infrastructure errors` : '',
  ].filter(Boolean);
  const what =
    results.scenarios.length === 0
      ? 'no scenarios were found'
      : `of ${plural(results.scenarios.length, 'scenario')}, ${parts.join(' and ')}`;
  const head = `salvo: nothing was verified: ${what}, so no scenario tested the agent`;
  if (context.secretless && context.mode !== 'live') {
    const who =
      context.secretless === 'fork' ? 'this pull request comes from a fork' : 'this is a Dependabot pull request';
    return {
      level: 'notice',
      message:
        `${head}. Expected here: ${who}, and GitHub gives it no secrets. ` +
        'Commit recordings (salvo run --record) so such pull requests replay them.',
    };
  }
  return { level: 'failed', message: `${head} (fail-on: ${context.failOn}).${missingKeyHint(results, context)}` };
}

/** Names the empty key input when scenarios were skipped for want of it: a misnamed secret is the usual cause. */
function missingKeyHint(results: RunResults, context: StepOutcomeContext): string {
  const providers = new Set(
    results.scenarios.filter((row) => row.skip_reason === 'no_key_no_recording').map((row) => row.provider),
  );
  const inputs = [...providers].flatMap((provider) =>
    context.missingKeyInputs[provider] ? [`'${context.missingKeyInputs[provider]}'`] : [],
  );
  if (inputs.length === 0) return '';
  return (
    ` The input ${inputs.join(' and ')} is empty and those scenarios have no recording: check that the ` +
    'secret it reads exists and is spelled right (secrets.NAME is empty, not an error, when it does not).'
  );
}

export function isInfrastructure(row: ScenarioResult): boolean {
  return row.verdict === 'INFRA_ERROR';
}

/** Fork and Dependabot pull requests get no secrets from GitHub. */
export function secretlessReason(github: { fromFork: boolean; fromDependabot: boolean }): SecretlessReason {
  return github.fromFork ? 'fork' : github.fromDependabot ? 'dependabot' : null;
}
