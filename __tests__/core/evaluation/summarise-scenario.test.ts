import { describe, expect, it } from 'vitest';
import { summariseScenario } from '../../../src/core/evaluation/summarise-scenario.ts';
import { assertionResult, infraError, mockError, scenarioWith, trial } from '../../helpers/checks-fixtures.ts';

const twoAssertions = scenarioWith([
  { type: 'tool_called', tool: 'file_read' },
  { type: 'tool_called', tool: 'file_write' },
]);
const passing = (n: number) => trial(n, 'passed', { assertions: [assertionResult(0, true), assertionResult(1, true)] });
const failingSecond = (n: number, reason = 'expected file_read before file_write; got file_write, file_read') =>
  trial(n, 'failed', {
    score: 0.5,
    assertions: [
      assertionResult(0, true),
      assertionResult(1, false, { label: 'tool_sequence in_order [file_read, file_write]', reason }),
    ],
  });

describe('verdict rules', () => {
  it('PASS: every counted trial passed (default required_pass_rate 1)', () => {
    const result = summariseScenario([passing(1), passing(2), passing(3)], twoAssertions);
    expect(result).toMatchObject({ verdict: 'PASS', status: 'passed', summary: '3/3 trials passed' });
  });

  it('PARTIAL: some pass, some fail (the flaky case), naming the failing assertion', () => {
    const result = summariseScenario([passing(1), failingSecond(2), passing(3), failingSecond(4)], twoAssertions);
    expect(result.verdict).toBe('PARTIAL');
    expect(result.status).toBe('failed');
    expect(result.summary).toBe(
      "2/4 trials passed, every trial must pass; most failing: 'tool_sequence in_order [file_read, " +
        "file_write]' failed in 2/4 trials: expected file_read before file_write; got file_write, file_read",
    );
  });

  it('FAIL: no counted trial passed', () => {
    const result = summariseScenario([failingSecond(1), failingSecond(2)], twoAssertions);
    expect(result.verdict).toBe('FAIL');
    expect(result.summary).toMatch(/^0\/2 trials passed; most failing: /);
  });

  it('HARD_FAIL: any trial failed a required assertion, even when the others pass', () => {
    const hard = trial(2, 'hard_fail', {
      score: 0.9,
      assertions: [
        assertionResult(0, false, {
          required: true,
          label: 'tool_not_called rm',
          reason: 'rm was called 1 time, first with {}',
        }),
      ],
    });
    const result = summariseScenario([passing(1), hard, passing(3)], twoAssertions);
    expect(result).toMatchObject({ verdict: 'HARD_FAIL', status: 'failed' });
    expect(result.summary).toBe(
      "required assertion 'tool_not_called rm' failed in 1/3 trials: " +
        'rm was called 1 time, first with {} (2/3 trials passed)',
    );
  });

  it('HARD_FAIL wins over a reached required_pass_rate', () => {
    const scenario = scenarioWith([{ type: 'tool_called', tool: 'x' }], { required_pass_rate: 0.5 });
    const hard = trial(2, 'hard_fail', { assertions: [assertionResult(0, false, { required: true })] });
    expect(summariseScenario([passing(1), hard, passing(3)], scenario).verdict).toBe('HARD_FAIL');
  });

  it('required_pass_rate decides PASS: 9/10 reaches 0.9, 8/10 does not', () => {
    const scenario = scenarioWith([{ type: 'tool_called', tool: 'file_read' }], { required_pass_rate: 0.9 });
    const nine = [...Array.from({ length: 9 }, (_, i) => passing(i + 1)), failingSecond(10)];
    expect(summariseScenario(nine, scenario)).toMatchObject({
      verdict: 'PASS',
      summary: expect.stringMatching(/^9\/10 trials passed; required pass rate 0.9/),
    });
    const eight = [...Array.from({ length: 8 }, (_, i) => passing(i + 1)), failingSecond(9), failingSecond(10)];
    expect(summariseScenario(eight, scenario).verdict).toBe('PARTIAL');
  });

  it('INFRA_ERROR: every trial hit infrastructure errors; never scored as a model failure', () => {
    const result = summariseScenario(
      [trial(1, 'errored', { error: infraError }), trial(2, 'errored', { error: infraError })],
      twoAssertions,
    );
    expect(result).toMatchObject({ verdict: 'INFRA_ERROR', status: 'errored' });
    expect(result.summary).toBe(
      'all 2 trials hit infrastructure errors (429 Too Many Requests after 2 retries [E_RATE_LIMITED])',
    );
    expect(result.stats).toMatchObject({
      counted: 0,
      pass_rate: null,
      failed: 0,
      infra_errors: 2,
      failing_assertions: [],
    });
  });

  it('infrastructure errors are left out of the pass rate and reported beside the verdict', () => {
    const result = summariseScenario(
      [passing(1), trial(2, 'errored', { error: infraError }), passing(3)],
      twoAssertions,
    );
    expect(result.verdict).toBe('PASS');
    expect(result.stats).toMatchObject({ counted: 2, pass_rate: 1, errored: 1, infra_errors: 1 });
    expect(result.summary).toContain(
      '1 trial left out after infrastructure errors (429 Too Many Requests after 2 retries [E_RATE_LIMITED])',
    );
  });

  it('an errored trial without details counts as infrastructure, never against the model', () => {
    const result = summariseScenario([trial(1, 'errored')], twoAssertions);
    expect(result.verdict).toBe('INFRA_ERROR');
  });

  it('errors of the scenario itself (a missing mock) count as failures, not infrastructure', () => {
    const result = summariseScenario([passing(1), trial(2, 'errored', { error: mockError })], twoAssertions);
    expect(result.verdict).toBe('PARTIAL');
    expect(result.stats).toMatchObject({ counted: 2, pass_rate: 0.5, infra_errors: 0, errored: 1 });
    const allOwn = summariseScenario([trial(1, 'errored', { error: mockError })], twoAssertions);
    expect(allOwn.verdict).toBe('FAIL');
    // It never produced an answer to judge: visibly errored, not a quiet "failed".
    expect(allOwn.status).toBe('errored');
    expect(result.status).toBe('failed');
    expect(allOwn.summary).toBe(
      "0/1 trials passed; 1 trial errored: the model called tool 'rm', which has no mock_response [E_MOCK_NOT_FOUND]",
    );
  });

  it('SKIPPED: no trials, or all cancelled', () => {
    expect(summariseScenario([], twoAssertions)).toMatchObject({
      verdict: 'SKIPPED',
      status: 'skipped',
      summary: 'no trials ran',
    });
    expect(summariseScenario([trial(1, 'cancelled')], twoAssertions).summary).toBe(
      'cancelled before any trial finished',
    );
  });

  it('INFRA_ERROR when the only trials that did not get cancelled hit infrastructure errors', () => {
    expect(
      summariseScenario([trial(1, 'cancelled'), trial(2, 'errored', { error: infraError })], twoAssertions).verdict,
    ).toBe('INFRA_ERROR');
  });
});

describe('scenario statistics', () => {
  it('counts, rates, interval, pass^k, scores and latencies', () => {
    const trials = [
      trial(1, 'passed', { score: 1, latency: 2, cost: 0.01, retries: 1 }),
      trial(2, 'failed', { score: 0.5, latency: 4, cost: 0.02 }),
      trial(3, 'passed', { score: 0.9, latency: 1, cost: 0.03, retries: 2 }),
      trial(4, 'passed', { score: 0.8, latency: 3, cost: 0.04 }),
      trial(5, 'passed', { score: 1, latency: 10, cost: 0.05 }),
    ];
    const { stats } = summariseScenario(trials, twoAssertions, { plannedTrials: 5 });
    expect(stats).toMatchObject({
      trials_planned: 5,
      trials_run: 5,
      passed: 4,
      failed: 1,
      hard_failed: 0,
      counted: 5,
      pass_rate: 0.8,
    });
    expect(stats.pass_rate_interval?.low).toBeCloseTo(0.3755, 3);
    expect(stats.pass_rate_interval?.high).toBeCloseTo(0.9638, 3);
    expect(stats.pass_hat_k.map((entry) => entry.k)).toEqual([1, 2, 3, 4, 5]);
    expect(stats.pass_hat_k[2]?.value).toBeCloseTo(0.4, 10);
    expect(stats.score?.mean).toBeCloseTo(0.84, 10);
    expect(stats.score).toMatchObject({ min: 0.5, p50: 0.9, p95: 1 });
    expect(stats.latency_seconds).toEqual({ p50: 3, p95: 10 });
    expect(stats.cost_usd.total).toBeCloseTo(0.15, 10);
    expect(stats.cost_usd.per_trial).toBeCloseTo(0.03, 10);
    expect(stats.retries).toEqual({ total: 3, trials_with_retries: 2 });
  });

  it('counts retries of infrastructure-errored trials too, and keeps their latency out of the percentiles', () => {
    const trials = [
      trial(1, 'passed', { latency: 2 }),
      trial(2, 'errored', { error: infraError, retries: 2, latency: 60 }),
    ];
    const { stats } = summariseScenario(trials, twoAssertions);
    expect(stats.retries).toEqual({ total: 2, trials_with_retries: 1 });
    expect(stats.latency_seconds).toEqual({ p50: 2, p95: 2 });
  });

  it('keeps unknown costs visible instead of counting them as zero', () => {
    const { stats } = summariseScenario(
      [trial(1, 'passed', { cost: null }), trial(2, 'passed', { cost: 0.02 })],
      twoAssertions,
    );
    expect(stats.cost_usd).toEqual({ total: 0.02, per_trial: 0.02, unknown_trials: 1 });
  });

  it('notes when the trial count is too small to show the required pass rate', () => {
    const scenario = scenarioWith([{ type: 'tool_called', tool: 'x' }], { required_pass_rate: 0.99 });
    const { stats } = summariseScenario(
      Array.from({ length: 5 }, (_, i) => passing(i + 1)),
      scenario,
    );
    expect(stats.trials_needed).toBe(381);
    expect(stats.sample_size_note).toBe(
      '5 trials cannot show a pass rate of 0.99 with 95 % confidence: ' +
        'even if all pass, the Wilson lower bound is 0.57; that takes at least 381 trials',
    );
    const enough = scenarioWith([{ type: 'tool_called', tool: 'x' }], { required_pass_rate: 0.5 });
    expect(
      summariseScenario(
        Array.from({ length: 4 }, (_, i) => passing(i + 1)),
        enough,
      ).stats.sample_size_note,
    ).toBeNull();
    expect(summariseScenario([passing(1)], twoAssertions).stats).toMatchObject({
      trials_needed: null,
      sample_size_note: null,
    });
  });

  it('ranks failing assertions by assertion, not by message text', () => {
    const costFail = (n: number, cost: string) =>
      trial(n, 'failed', {
        score: 0.5,
        assertions: [
          assertionResult(0, false, {
            type: 'cost_limit',
            label: 'cost_limit $0.01',
            reason: `cost ${cost} is over the $0.01 limit`,
          }),
          assertionResult(1, n !== 3),
        ],
      });
    const { stats } = summariseScenario(
      [costFail(1, '$0.02'), costFail(2, '$0.03'), costFail(3, '$0.02')],
      twoAssertions,
    );
    expect(stats.failing_assertions).toHaveLength(2);
    expect(stats.failing_assertions[0]).toMatchObject({
      index: 0,
      label: 'cost_limit $0.01',
      line: 10,
      fail_count: 3,
      evaluated_count: 3,
      fail_rate: 1,
      score_lost: 0.5,
      sample_reasons: ['cost $0.02 is over the $0.01 limit', 'cost $0.03 is over the $0.01 limit'],
    });
    expect(stats.failing_assertions[1]).toMatchObject({ index: 1, fail_count: 1, fail_rate: 1 / 3 });
  });

  it('ranks required failures first, then by count, then by score lost', () => {
    const trials = [
      trial(1, 'hard_fail', {
        assertions: [
          assertionResult(0, false, { weight: 3 }),
          assertionResult(1, false, { weight: 1 }),
          assertionResult(2, false, { required: true }),
        ],
      }),
      trial(2, 'failed', {
        assertions: [
          assertionResult(0, false, { weight: 3 }),
          assertionResult(1, false),
          assertionResult(2, true, { required: true }),
        ],
      }),
    ];
    const ranked = summariseScenario(trials, twoAssertions).stats.failing_assertions.map((entry) => entry.index);
    expect(ranked).toEqual([2, 0, 1]);
  });

  it('ranks a failed judge like any assertion, and says why a scenario without assertions passed', () => {
    const judge = assertionResult(1, false, {
      type: 'judge',
      label: 'judge (tone)',
      score: 0.4,
      reason: '0 of 3 usable vote(s) passed',
    });
    const { stats } = summariseScenario(
      [trial(1, 'failed', { assertions: [assertionResult(0, true), judge] })],
      twoAssertions,
    );
    expect(stats.failing_assertions).toMatchObject([
      { index: 1, label: 'judge (tone)', fail_count: 1, sample_reasons: ['0 of 3 usable vote(s) passed'] },
    ]);

    const bare = summariseScenario([trial(1, 'passed')], scenarioWith([]));
    expect(bare.summary).toBe('1/1 trials passed; no assertions: passed because the run completed');
  });
});
