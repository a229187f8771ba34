import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/action/annotations.ts';
import { decideStepOutcome } from '../../src/action/step-outcome.ts';
import { makeResults, makeScenario, makeTrial, skippedScenario } from '../helpers/results-fixtures.ts';

const failed = makeScenario({ name: 'refunds', file: 'salvo/refund.yaml', status: 'failed', verdict: 'FAIL', summary: 'score 0.50 below threshold 0.80' });
const errored = makeScenario({ name: 'down', status: 'errored', verdict: 'INFRA_ERROR', summary: 'provider unavailable' });

describe('decideStepOutcome', () => {
  const outcome = (scenarios: Parameters<typeof makeResults>[0], failOn: 'failure' | 'error' | 'never', mode: 'auto' | 'live' | 'replay' = 'auto', invalidFiles = 0) =>
    decideStepOutcome(makeResults(scenarios), { failOn, mode, invalidFiles });

  it('fail-on failure: failed or errored scenarios fail the step', () => {
    expect(outcome([makeScenario(), failed], 'failure')).toEqual({ failed: true, message: 'salvo: 1 failed (fail-on: failure); see the job summary.' });
    expect(outcome([errored], 'failure').failed).toBe(true);
    expect(outcome([makeScenario()], 'failure').failed).toBe(false);
  });

  it('fail-on error: only errors and invalid files fail it', () => {
    expect(outcome([failed], 'error').failed).toBe(false);
    expect(outcome([errored], 'error').message).toBe('salvo: 1 errored (fail-on: error); see the job summary.');
    expect(outcome([makeScenario()], 'error', 'auto', 2).message).toBe('salvo: 2 invalid scenario files (fail-on: error); see the job summary.');
  });

  it('fail-on never: nothing fails it', () => {
    expect(outcome([failed, errored], 'never', 'auto', 3).failed).toBe(false);
  });

  it('a missing key fails the step only in mode live', () => {
    expect(outcome([skippedScenario('fork')], 'failure', 'auto').failed).toBe(false);
    expect(outcome([skippedScenario('fork')], 'failure', 'live').message).toContain('1 could not run live (mode: live, but no API key');
  });
});

describe('planAnnotations', () => {
  const directories = { workspace: '/repo', workingDirectory: '/repo/agents' };

  it('points failed scenarios at the first failed assertion line, repository-relative', () => {
    const withLine = makeScenario({
      ...failed,
      trials: [makeTrial({ assertions: [{ index: 0, type: 'tool_called', label: 'tool_called search', passed: false, score: 0, weight: 1, required: false, reason: 'search was never called', line: 14 }] })],
    });
    const { annotations } = planAnnotations(makeResults([withLine, skippedScenario('fork')]), [], directories);
    expect(annotations).toEqual([
      { level: 'error', title: 'salvo: refunds failed (FAIL)', message: 'score 0.50 below threshold 0.80\ntool_called search: search was never called', file: 'agents/salvo/refund.yaml', startLine: 14 },
      {
        level: 'notice',
        title: 'salvo: scenarios that could not run live',
        message: '1 scenarios were skipped: no API key was given for their provider (fork PRs and Dependabot get no secrets) and they have no recording: salvo/fork.yaml.',
      },
    ]);
  });

  it('annotates invalid files at their line and column', () => {
    const { annotations } = planAnnotations(makeResults([]), [{ file: '/repo/agents/salvo/bad.yaml', line: 3, column: 5, message: 'model: required' }], directories);
    expect(annotations).toEqual([{ level: 'error', title: 'salvo: invalid scenario file', message: 'model: required', file: 'agents/salvo/bad.yaml', startLine: 3, startColumn: 5 }]);
  });

  it('keeps to 10 error annotations, folding the rest into the tenth', () => {
    const many = Array.from({ length: 25 }, (_, index) => makeScenario({ ...failed, name: `s${index}` }));
    const { annotations, folded } = planAnnotations(makeResults(many), [], directories);
    expect(annotations.filter((annotation) => annotation.level === 'error')).toHaveLength(10);
    expect(folded).toBe(16);
    expect(annotations[9]).toEqual({ level: 'error', title: 'salvo: 16 more problems', message: '16 more failed, errored or invalid scenarios are listed in the job summary and the results file.' });
  });
});
