import { SalvoError } from '../errors.ts';
import { ERROR_MESSAGE_LIMIT, truncateText, type Redactor } from '../redaction/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { StopReason } from '../trace.ts';
import { TimeoutSignal } from './trial-signal.ts';

/** Why a trial ended early: its timeout, the run's interrupt, or an error (typed, or wrapped as E_INTERNAL). */
export function classifyFailure(
  caught: unknown,
  run: AbortSignal | undefined,
  trial: AbortSignal,
  scenario: Scenario,
): { stopReason: StopReason; error: SalvoError } {
  if (trial.aborted && trial.reason instanceof TimeoutSignal) {
    const seconds = trial.reason.timeoutMs / 1000;
    return {
      stopReason: 'timeout',
      error: new SalvoError('E_TIMEOUT', `the trial did not finish within ${seconds}s`, {
        hint: 'raise timeout_seconds in the scenario or --timeout-seconds',
      }),
    };
  }
  if (run?.aborted || trial.aborted)
    return {
      stopReason: 'cancelled',
      error: new SalvoError('E_CANCELLED', 'the run was interrupted before this trial finished'),
    };
  if (caught instanceof SalvoError) return { stopReason: 'error', error: caught };
  const message = caught instanceof Error ? caught.message : String(caught);
  return {
    stopReason: 'error',
    error: new SalvoError('E_INTERNAL', `running scenario with model ${scenario.model} failed: ${message}`, {
      cause: caught,
    }),
  };
}

/**
 * Errors travel to logs and result files too, so they get the same redaction as the trace, then its kind of size cap.
 */
export function redactError(error: SalvoError, redactor: Redactor): SalvoError {
  error.message = truncateText(redactor.text(error.message), ERROR_MESSAGE_LIMIT);
  return error;
}
