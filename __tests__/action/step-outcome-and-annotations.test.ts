import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/action/annotations.ts';
import { decideStepOutcome } from '../../src/action/step-outcome.ts';
import { makeResults, makeScenario, makeTrial, skippedScenario } from '../helpers/results-fixtures.ts';

const failed = makeScenario({
  name: 'refunds',
  file: 'salvo/refund.yaml',
  status: 'failed',
  verdict: 'FAIL',
  summary: 'score 0.50 below threshold 0.80',
});
const errored = makeScenario({
  name: 'down',
  status: 'errored',
  verdict: 'INFRA_ERROR',
  summary: 'provider unavailable',
});

describe('decideStepOutcome (the fail policy)', () => {
  type Context = Parameters<typeof decideStepOutcome>[1];
  const context = (extra: Partial<Context> = {}): Context => ({
    failOn: 'failure',
    mode: 'auto',
    secretless: null,
    missingKeyInputs: {},
    ...extra,
  });
  const outcome = (scenarios: Parameters<typeof makeResults>[0], extra: Partial<Context> = {}) =>
    decideStepOutcome(makeResults(scenarios), context(extra));
  const invalid = { ...skippedScenario('bad'), skip_reason: 'invalid' as const };

  it('agent failures and invalid files fail the step', () => {
    expect(outcome([makeScenario(), failed])).toEqual({
      level: 'failed',
      message: 'salvo: 1 failed (fail-on: failure); see the job summary.',
    });
    expect(outcome([makeScenario(), invalid]).message).toBe(
      'salvo: 1 invalid scenario files (fail-on: failure); see the job summary.',
    );
    expect(outcome([makeScenario()])).toEqual({ level: 'passed', message: '' });
  });

  it('infrastructure errors among real results warn, and fail with fail-on: infrastructure', () => {
    expect(outcome([makeScenario(), errored])).toMatchObject({
      level: 'warning',
      message: expect.stringContaining('1 scenario hit only infrastructure errors'),
    });
    expect(outcome([makeScenario(), errored], { failOn: 'infrastructure' }).level).toBe('failed');
  });

  it('a run where nothing was verified is never green, and names the empty key input', () => {
    const noKey = outcome([skippedScenario('a'), skippedScenario('b')], {
      missingKeyInputs: { openai: 'openai-api-key' },
    });
    expect(noKey.level).toBe('failed');
    expect(noKey.message).toContain('nothing was verified: of 2 scenarios, 2 skipped');
    expect(noKey.message).toContain("The input 'openai-api-key' is empty");
    expect(noKey.message).not.toContain('fork');
    expect(outcome([errored]).level).toBe('failed');
    expect(outcome([]).message).toContain('no scenarios were found');
  });

  it('fork and Dependabot PRs get a notice worded for what they are, unless mode is live', () => {
    const fork = outcome([skippedScenario('a')], { secretless: 'fork' });
    expect(fork.level).toBe('notice');
    expect(fork.message).toContain('this pull request comes from a fork');
    const dependabot = outcome([skippedScenario('a')], { secretless: 'dependabot' });
    expect(dependabot.message).toContain('this is a Dependabot pull request');
    expect(dependabot.message).not.toContain('fork');
    expect(outcome([skippedScenario('a')], { secretless: 'fork', mode: 'live' }).level).toBe('failed');
  });

  it('fail-on never turns failures into warnings', () => {
    expect(outcome([failed, errored], { failOn: 'never' })).toEqual({
      level: 'warning',
      message: 'salvo: 1 failed (fail-on: never, so the step stays green); see the job summary.',
    });
  });
});

describe('planAnnotations', () => {
  const directories = { workspace: '/repo', workingDirectory: '/repo/agents' };

  it('points failed scenarios at the first failed assertion line, repository-relative', () => {
    const withLine = makeScenario({
      ...failed,
      trials: [
        makeTrial({
          assertions: [
            {
              index: 0,
              type: 'tool_called',
              label: 'tool_called search',
              passed: false,
              score: 0,
              weight: 1,
              required: false,
              reason: 'search was never called',
              line: 14,
            },
          ],
        }),
      ],
    });
    const { annotations } = planAnnotations(makeResults([withLine, skippedScenario('fork')]), [], directories);
    expect(annotations).toEqual([
      {
        level: 'error',
        title: 'salvo: refunds failed (FAIL)',
        message: 'score 0.50 below threshold 0.80\ntool_called search: search was never called',
        file: 'agents/salvo/refund.yaml',
        startLine: 14,
      },
      {
        level: 'notice',
        title: 'salvo: scenarios that could not run live',
        message:
          '1 scenarios were skipped: no API key was given for their provider ' +
          '(the key input is empty) and they have no recording: salvo/fork.yaml.',
      },
    ]);
  });

  it('says fork only on forks, and warns about infrastructure errors without a file or line', () => {
    const { annotations } = planAnnotations(makeResults([errored, skippedScenario('fork')]), [], directories, 'fork');
    expect(annotations).toEqual([
      {
        level: 'warning',
        title: 'salvo: down hit infrastructure errors',
        message: expect.stringContaining('provider unavailable. Not counted against the agent.'),
      },
      expect.objectContaining({
        level: 'notice',
        message: expect.stringContaining('(pull requests from forks get no secrets)'),
      }),
    ]);
  });

  it('annotates invalid files at their line and column', () => {
    const { annotations } = planAnnotations(
      makeResults([]),
      [{ file: '/repo/agents/salvo/bad.yaml', line: 3, column: 5, message: 'model: required' }],
      directories,
    );
    expect(annotations).toEqual([
      {
        level: 'error',
        title: 'salvo: invalid scenario file',
        message: 'model: required',
        file: 'agents/salvo/bad.yaml',
        startLine: 3,
        startColumn: 5,
      },
    ]);
  });

  it('keeps to 10 error annotations, folding the rest into the tenth', () => {
    const many = Array.from({ length: 25 }, (_, index) => makeScenario({ ...failed, name: `s${index}` }));
    const { annotations, folded } = planAnnotations(makeResults(many), [], directories);
    expect(annotations.filter((annotation) => annotation.level === 'error')).toHaveLength(10);
    expect(folded).toBe(16);
    expect(annotations[9]).toEqual({
      level: 'error',
      title: 'salvo: 16 more problems',
      message: '16 more failed, errored or invalid scenarios are listed in the job summary and the results file.',
    });
  });
});

describe('decideStepOutcome with a baseline (fail-on: regression, fail-on-loosened) and merged shards', () => {
  type Context = Parameters<typeof decideStepOutcome>[1];
  const compared = (regressed: number, loosened = 0): Context['comparison'] => ({
    baseLabel: 'main',
    result: {
      false_discovery_rate: 0.05,
      base: { run_id: 'b', scenarios: 1, passed: 1, cost_usd: 0, cost_incomplete: false },
      head: { run_id: 'h', scenarios: 1, passed: 0, cost_usd: 0, cost_incomplete: false },
      cost_change: null,
      counts: {
        regressed,
        improved: 0,
        changed_not_significant: 0,
        unchanged: 0,
        new: 0,
        removed: 0,
        not_comparable: 0,
      },
      loosened_checks: loosened,
      scenarios: [],
    },
  });
  const decide = (scenarios: Parameters<typeof makeResults>[0], extra: Partial<Context>) =>
    decideStepOutcome(makeResults(scenarios), {
      failOn: 'regression',
      mode: 'auto',
      secretless: null,
      missingKeyInputs: {},
      ...extra,
    });
  const hardFailed = makeScenario({ name: 'guard', status: 'failed', verdict: 'HARD_FAIL' });

  it('fails only on regressions and broken required assertions; other failures warn', () => {
    expect(decide([failed], { comparison: compared(1) })).toEqual({
      level: 'failed',
      message: 'salvo: 1 regressed vs main (fail-on: regression); see the job summary.',
    });
    expect(decide([failed], { comparison: compared(0) }).level).toBe('warning');
    expect(decide([failed], {}).message).toContain('nothing regressed (no baseline to compare with)');
    expect(decide([hardFailed], {}).message).toBe(
      'salvo: 1 broke a required assertion (HARD FAIL) (fail-on: regression); see the job summary.',
    );
  });

  it('fails for loosened checks only when asked, and for a shard that never reported', () => {
    expect(decide([makeScenario()], { comparison: compared(0, 2) }).level).toBe('passed');
    expect(decide([makeScenario()], { comparison: compared(0, 2), failOnLoosened: true }).message).toContain(
      '2 checks were removed or loosened compared with main (fail-on-loosened: true)',
    );
    const missing = decideStepOutcome(makeResults([makeScenario()]), {
      failOn: 'failure',
      mode: 'auto',
      secretless: null,
      missingKeyInputs: {},
      missingShards: ['shard 2 of 3 (shard-2-of-3) never reported; its scenarios were not verified.'],
    });
    expect(missing.level).toBe('failed');
    expect(missing.message).toContain('shard 2 of 3');
  });
});
