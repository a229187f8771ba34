import type { RunResults } from '../core/results.ts';
import type { FailOn, RunMode } from './action-names.ts';

/**
 * Whether the step fails, per `fail-on`. Invalid scenario files count as
 * errors (the user must fix them) unless fail-on is `never`; scenarios that
 * could not run for want of a key fail the step only when `mode: live` was
 * asked for. Nothing here ever counts a skipped or errored scenario as passed.
 */
export function decideStepOutcome(
  results: RunResults,
  options: { failOn: FailOn; mode: RunMode; invalidFiles: number },
): { failed: boolean; message: string } {
  const { totals } = results;
  const missingKey = options.mode === 'live' ? results.scenarios.filter((scenario) => scenario.skip_reason === 'no_key_no_recording').length : 0;
  const reasons: string[] = [];
  if (options.failOn !== 'never') {
    if (options.failOn === 'failure' && totals.failed > 0) reasons.push(`${totals.failed} failed`);
    if (totals.errored > 0) reasons.push(`${totals.errored} errored`);
    if (options.invalidFiles > 0) reasons.push(`${options.invalidFiles} invalid scenario files`);
    if (missingKey > 0) reasons.push(`${missingKey} could not run live (mode: live, but no API key for their provider)`);
  }
  if (reasons.length === 0) return { failed: false, message: '' };
  return { failed: true, message: `salvo: ${reasons.join(', ')} (fail-on: ${options.failOn}); see the job summary.` };
}
