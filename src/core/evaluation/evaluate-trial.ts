import type { AssertionResult } from '../results.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { RunTrace } from '../trace.ts';
import { evaluateAssertion } from './evaluate-assertion.ts';
import { traceView, type TraceView } from './trace-view.ts';
import { evaluateTurnAssertions } from './turn-assertions.ts';

/**
 * What evaluation needs of a loaded scenario (LoadedScenario in
 * src/core/scenario/load-scenario.ts satisfies it).
 */
export interface CheckedScenario {
  scenario: Pick<Scenario, 'assertions' | 'threshold'> & Partial<Pick<Scenario, 'required_pass_rate' | 'turns'>>;
  /** 1-based line of each assertion in the file. */
  assertionLines: readonly number[];
  /** 1-based line of each assertion of each scripted turn. */
  turnAssertionLines?: readonly (readonly number[])[];
}

export interface TrialEvaluation {
  status: 'passed' | 'failed' | 'hard_fail';
  /** Weighted mean of the evaluated assertions' scores, in [0, 1]. */
  score: number;
  assertions: AssertionResult[];
  /** Says why a trial passed or failed when no assertion explains it (no assertions, none evaluable). */
  note: string | null;
}

/** Scores are compared with this tolerance so that weights like 0.1 + 0.2 reach a threshold of 0.3. */
const SCORE_TOLERANCE = 1e-9;

export const NO_ASSERTIONS_PASSED = 'no assertions: passed because the run completed';

/**
 * Scores one trial:
 * - score = Σ(score × weight) / Σ weight over the evaluated assertions;
 * - a failed `required` assertion makes the trial a hard fail whatever the score;
 * - otherwise the trial passes when score ≥ the scenario's threshold;
 * - assertions that cannot be evaluated (judge, for now) are left out of the
 *   score; a trial with nothing evaluable, or with a required assertion that
 *   could not be evaluated, fails: salvo never reports a pass it did not check;
 * - no assertions at all: the trial passes when the run completed (final answer,
 *   no error), and the note says so.
 */
export function evaluateTrial(trace: RunTrace, loaded: CheckedScenario): TrialEvaluation {
  const { assertions, threshold } = loaded.scenario;
  let view: TraceView | undefined;
  const lazyView = (): TraceView => (view ??= traceView(trace));
  const results = [
    ...assertions.map((assertion, index) => evaluateAssertion(assertion, index, trace, lazyView, loaded.assertionLines[index])),
    // Both levels score together, with the same weights and `required` rules.
    ...evaluateTurnAssertions(trace, loaded.scenario, assertions.length, loaded.turnAssertionLines),
  ];
  if (results.length === 0) return evaluateWithoutAssertions(trace);

  const evaluated = results.filter((result) => result.evaluated !== false);
  const unevaluated = results.length - evaluated.length;
  if (evaluated.length === 0) {
    const note = `none of the ${results.length} assertion(s) could be evaluated (judge assertions are not supported yet), so the trial cannot pass`;
    return { status: 'failed', score: 0, assertions: results, note };
  }
  const score = weightedScore(evaluated);
  if (evaluated.some((result) => result.required && !result.passed)) {
    return { status: 'hard_fail', score, assertions: results, note: null };
  }
  const requiredUnevaluated = results.find((result) => result.required && result.evaluated === false);
  if (requiredUnevaluated) {
    const note = `required assertion '${requiredUnevaluated.label}' could not be evaluated (judge assertions are not supported yet), so the trial cannot pass`;
    return { status: 'failed', score, assertions: results, note };
  }
  const status = score >= threshold - SCORE_TOLERANCE ? 'passed' : 'failed';
  const note = unevaluated > 0 ? `${unevaluated} assertion(s) not evaluated and left out of the score` : null;
  return { status, score, assertions: results, note };
}

export function weightedScore(results: readonly AssertionResult[]): number {
  const totalWeight = results.reduce((sum, result) => sum + result.weight, 0);
  if (totalWeight <= 0) return 0;
  const weighted = results.reduce((sum, result) => sum + result.score * result.weight, 0);
  // Round away float noise (0.30000000000000004) so stored scores read cleanly.
  return Math.round((weighted / totalWeight) * 1e9) / 1e9;
}

function evaluateWithoutAssertions(trace: RunTrace): TrialEvaluation {
  if (trace.error === undefined && trace.stop_reason === 'final_answer') {
    return { status: 'passed', score: 1, assertions: [], note: NO_ASSERTIONS_PASSED };
  }
  const why = trace.error ? `it ended with an error (${trace.error.code})` : `it stopped at ${trace.stop_reason}`;
  return { status: 'failed', score: 0, assertions: [], note: `no assertions, and the run did not complete: ${why}` };
}
