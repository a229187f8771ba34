import type { AssertionResult } from '../results.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { RunTrace } from '../trace.ts';
import { evaluateAssertion } from './evaluate-assertion.ts';
import type { JudgeOutcome } from './judge-votes.ts';
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
  /** Weighted mean of the assertions' scores, in [0, 1]. */
  score: number;
  assertions: AssertionResult[];
  /** Says why a trial passed or failed when no assertion explains it (no assertions). */
  note: string | null;
  /**
   * Set when a judge gave too few usable votes: the trial errored (infrastructure), whatever the other assertions
   * say.
   */
  judgeError?: string;
}

/** Scores are compared with this tolerance so that weights like 0.1 + 0.2 reach a threshold of 0.3. */
const SCORE_TOLERANCE = 1e-9;

export const NO_ASSERTIONS_PASSED = 'no assertions: passed because the run completed';

/**
 * Scores one trial:
 * - score = Σ(score × weight) / Σ weight over the assertions;
 * - a failed `required` assertion makes the trial a hard fail whatever the score;
 * - otherwise the trial passes when score ≥ the scenario's threshold;
 * - judge assertions read the verdicts their votes gave (`judged`, by assertion
 *   index, from judge-trial.ts); a judge that errored is reported in `judgeError`;
 * - no assertions at all: the trial passes when the run completed (final answer,
 *   no error), and the note says so.
 */
export function evaluateTrial(
  trace: RunTrace,
  loaded: CheckedScenario,
  judged: ReadonlyMap<number, JudgeOutcome> = new Map(),
): TrialEvaluation {
  const { assertions, threshold } = loaded.scenario;
  let view: TraceView | undefined;
  const lazyView = (): TraceView => (view ??= traceView(trace));
  const results = [
    ...assertions.map((assertion, index) =>
      evaluateAssertion(assertion, index, trace, lazyView, loaded.assertionLines[index], judged.get(index)),
    ),
    // Both levels score together, with the same weights and `required` rules.
    ...evaluateTurnAssertions(trace, loaded.scenario, assertions.length, loaded.turnAssertionLines),
  ];
  if (results.length === 0) return evaluateWithoutAssertions(trace);
  const judgeErrors = [...judged.entries()].filter(([, outcome]) => outcome.error !== undefined);
  const judgeError = judgeErrors
    .map(([index, outcome]) => `${results[index]?.label ?? `assertion ${index + 1}`}: ${outcome.error}`)
    .join('; ');
  const errored = judgeErrors.length > 0 ? { judgeError } : {};
  const score = weightedScore(results);
  if (results.some((result) => result.required && !result.passed)) {
    return { status: 'hard_fail', score, assertions: results, note: null, ...errored };
  }
  const status = score >= threshold - SCORE_TOLERANCE ? 'passed' : 'failed';
  return { status, score, assertions: results, note: null, ...errored };
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
