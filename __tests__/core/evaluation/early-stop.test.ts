import { describe, expect, it } from 'vitest';
import { decideEarlyStop } from '../../../src/core/evaluation/early-stop.ts';
import { summariseScenario } from '../../../src/core/evaluation/summarise-scenario.ts';
import { assertionResult, infraError, scenarioWith, trial } from '../../helpers/checks-fixtures.ts';

const plain = scenarioWith([{ type: 'tool_called', tool: 'file_read' }]);
const withRequired = scenarioWith([{ type: 'tool_called', tool: 'file_read', required: true }]);
const lenient = (rate: number, required = false) =>
  scenarioWith([{ type: 'tool_called', tool: 'file_read', required }], { required_pass_rate: rate });

describe('decideEarlyStop', () => {
  it('carries on while the outcome can still change', () => {
    expect(decideEarlyStop([], 5, plain)).toEqual({ stop: false, reason: null });
    expect(decideEarlyStop([trial(1, 'passed'), trial(2, 'passed')], 5, plain).stop).toBe(false);
  });

  it('stops on a hard fail and names the required assertion', () => {
    const hard = trial(2, 'hard_fail', {
      assertions: [assertionResult(0, false, { required: true, label: 'tool_not_called rm' })],
    });
    expect(decideEarlyStop([trial(1, 'passed'), hard], 10, withRequired)).toEqual({
      stop: true,
      reason:
        "trial 2 hard-failed (required assertion 'tool_not_called rm' failed); no later trial can change a HARD FAIL",
    });
  });

  it('stops once PASS is out of reach: one failure when every trial must pass', () => {
    expect(decideEarlyStop([trial(1, 'failed')], 5, plain)).toEqual({
      stop: true,
      reason: '1 of 1 trials failed: even if all 4 remaining pass, at most 4/5 pass (0.8), below the required 1',
    });
  });

  it('with a required pass rate of 0.8 over 10, stops at the third failure, not the second', () => {
    const scenario = lenient(0.8);
    const twoFailed = [trial(1, 'failed'), trial(2, 'failed'), trial(3, 'passed')];
    expect(decideEarlyStop(twoFailed, 10, scenario).stop).toBe(false); // 8/10 still possible
    const threeFailed = [...twoFailed, trial(4, 'failed')];
    expect(decideEarlyStop(threeFailed, 10, scenario)).toMatchObject({ stop: true });
    expect(decideEarlyStop(threeFailed, 10, scenario).reason).toContain(
      'at most 7/10 pass (0.7), below the required 0.8',
    );
  });

  it('stops once PASS is certain, only when no required assertion could still hard-fail', () => {
    const fivePassed = Array.from({ length: 5 }, (_, index) => trial(index + 1, 'passed'));
    expect(decideEarlyStop(fivePassed, 10, lenient(0.5))).toEqual({
      stop: true,
      reason: '5 of 5 trials passed: even if all 5 remaining fail, the pass rate stays at or above the required 0.5',
    });
    expect(decideEarlyStop(fivePassed, 10, lenient(0.5, true)).stop).toBe(false);
    expect(decideEarlyStop(fivePassed.slice(0, 4), 10, lenient(0.5)).stop).toBe(false);
  });

  it('does not stop on infrastructure errors, which only remove trials', () => {
    const errored = [trial(1, 'errored', { error: infraError }), trial(2, 'errored', { error: infraError })];
    expect(decideEarlyStop(errored, 5, plain).stop).toBe(false);
  });

  it('never stops when nothing remains', () => {
    expect(decideEarlyStop([trial(1, 'failed')], 1, plain).stop).toBe(false);
  });

  it('is reported by the summary and the stats', () => {
    const decision = decideEarlyStop([trial(1, 'failed')], 5, plain);
    const result = summariseScenario([trial(1, 'failed')], plain, {
      plannedTrials: 5,
      earlyStop: { afterTrials: 1, reason: decision.reason ?? '' },
    });
    expect(result.verdict).toBe('FAIL');
    expect(result.stats.early_stop).toEqual({ after_trials: 1, planned_trials: 5, reason: decision.reason });
    expect(result.summary).toContain('stopped early after 1/5 trials: 1 of 1 trials failed');
  });
});
