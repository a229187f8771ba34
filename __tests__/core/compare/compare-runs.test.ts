import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/core/compare/compare-runs.ts';
import { checksOf, inputsOf } from '../../../src/core/compare/scenario-facts.ts';
import type { AssertionResult, ScenarioResult } from '../../../src/core/results.ts';
import { scenarioSchema, type ScenarioInput } from '../../../src/core/scenario/schema.ts';
import { makeResults, makeScenario, makeTrial } from '../../helpers/results-fixtures.ts';

const required = (passed: boolean): AssertionResult => ({
  index: 0,
  type: 'tool_called',
  label: 'tool_called refund',
  passed,
  score: passed ? 1 : 0,
  weight: 1,
  required: true,
  reason: passed ? 'called' : 'never called',
});

/** A scenario row with `passed` of `trials` trials passing, built from a scenario file's fields. */
function row(
  name: string,
  passed: number,
  trials: number,
  file: Partial<ScenarioInput> = {},
  extra: Partial<ScenarioResult> = {},
): ScenarioResult {
  const scenario = scenarioSchema.parse({ model: 'gpt-4.1-mini', prompt: 'Refund order 42', ...file });
  const rows = Array.from({ length: trials }, (_, i) =>
    makeTrial({ trial: i + 1, status: i < passed ? 'passed' : 'failed', cost_usd: 0.01, latency_seconds: 2 }),
  );
  return makeScenario({
    name,
    file: `salvo/${name}.yaml`,
    trials: rows,
    cost_usd: 0.01 * trials,
    inputs: inputsOf(scenario),
    checks: checksOf(scenario),
    ...extra,
  });
}

function classOf(base: ScenarioResult[], head: ScenarioResult[], name: string) {
  return compareRuns(makeResults(base), makeResults(head)).scenarios.find((scenario) => scenario.name === name)!;
}

describe('compareRuns classification', () => {
  it('calls a drop from 10/10 to 2/10 a regression, with its counts and q-value', () => {
    const result = classOf([row('refund', 10, 10)], [row('refund', 2, 10)], 'refund');
    expect(result.class).toBe('regressed');
    expect(result.p_value).toBeCloseTo(0.000714, 5);
    expect(result.reasons[0]).toMatch(/pass rate 10\/10 → 2\/10, significant \(p < 0.001, q < 0.001\)/);
  });

  it('calls a rise from 1/10 to 9/10 an improvement', () => {
    expect(classOf([row('refund', 1, 10)], [row('refund', 9, 10)], 'refund').class).toBe('improved');
  });

  it('does not cry wolf at 1/1 → 0/1 and says one trial each can never show a difference', () => {
    const result = classOf([row('refund', 1, 1)], [row('refund', 0, 1)], 'refund');
    expect(result.class).toBe('changed_not_significant');
    expect(result.trials_needed_per_side).toBe(4);
    expect(result.reasons[0]).toContain(
      'one trial each can never show a difference; about 4 trials per side would show a difference this size',
    );
  });

  it('gives the trials per side that 5/5 → 4/5 would need', () => {
    const result = classOf([row('refund', 5, 5)], [row('refund', 4, 5)], 'refund');
    expect(result.class).toBe('changed_not_significant');
    expect(result.trials_needed_per_side).toBeGreaterThan(5);
    expect(result.reasons[0]).toContain(`about ${result.trials_needed_per_side} trials per side`);
  });

  it('corrects for many scenarios: one 4/4 → 0/4 of twenty is significant alone (p = 0.029) but not after BH', () => {
    const others = Array.from({ length: 19 }, (_, i) => row(`steady-${i}`, 4, 4));
    const alone = classOf([row('refund', 4, 4)], [row('refund', 0, 4)], 'refund');
    const among = classOf([row('refund', 4, 4), ...others], [row('refund', 0, 4), ...others], 'refund');
    expect(alone.class).toBe('regressed');
    expect(among.class).toBe('changed_not_significant');
    expect(among.q_value).toBeCloseTo(0.0285714 * 20, 5);
  });

  it('treats a newly failing required assertion as a regression even when the counts alone are noise', () => {
    const before = row('refund', 1, 1, {}, { trials: [makeTrial({ assertions: [required(true)] })] });
    const after = row(
      'refund',
      0,
      1,
      {},
      { trials: [makeTrial({ status: 'hard_fail', assertions: [required(false)] })] },
    );
    const result = classOf([before], [after], 'refund');
    expect(result.class).toBe('regressed');
    expect(result.reasons[0]).toBe("required assertion 'tool_called refund' now fails (1/1 trials)");
    expect(classOf([after], [before], 'refund').class).toBe('improved');
  });

  it('leaves equal rates unchanged, and names new and removed scenarios', () => {
    const comparison = compareRuns(
      makeResults([row('same', 3, 4), row('gone', 1, 1)]),
      makeResults([row('same', 3, 4), row('fresh', 1, 1)]),
    );
    expect(Object.fromEntries(comparison.scenarios.map((scenario) => [scenario.name, scenario.class]))).toEqual({
      same: 'unchanged',
      fresh: 'new',
      gone: 'removed',
    });
    expect(comparison.counts).toMatchObject({ unchanged: 1, new: 1, removed: 1, regressed: 0 });
  });

  it('matches by file and name: the same name in another file is a different scenario', () => {
    const moved = row('refund', 1, 1, {}, { file: 'salvo/other.yaml' });
    expect(compareRuns(makeResults([row('refund', 1, 1)]), makeResults([moved])).counts).toMatchObject({
      new: 1,
      removed: 1,
    });
  });

  it('refuses to compare when what the model sees changed, and says what', () => {
    const before = row('refund', 10, 10, {
      system_prompt: 'Be brief.',
      tools: [{ name: 'refund', description: 'Refund an order', mock_response: 'ok' }],
    });
    const after = row('refund', 0, 10, {
      system_prompt: 'Be thorough.',
      model: 'gpt-4.1',
      tools: [{ name: 'refund', description: 'Refund an order', mock_response: 'denied' }],
    });
    const result = classOf([before], [after], 'refund');
    expect(result.class).toBe('not_comparable');
    expect(result.changed_inputs).toEqual(['model', 'system_prompt', 'mocks']);
    expect(result.reasons[0]).toBe('what the model sees changed: model, system prompt, mocks');
  });

  it('does not compare a scenario that could not be counted on one side', () => {
    const skipped = row('refund', 0, 0, {}, { verdict: 'SKIPPED', status: 'skipped' });
    expect(classOf([row('refund', 3, 3)], [skipped], 'refund')).toMatchObject({
      class: 'not_comparable',
      reasons: ['no trial could be counted on the PR side (SKIPPED)'],
    });
  });

  it('gives relative deltas of cost, latency, turns and tool calls, and the run totals', () => {
    const before = row('refund', 2, 2);
    const after = row(
      'refund',
      2,
      2,
      {},
      {
        trials: [
          makeTrial({ cost_usd: 0.015, latency_seconds: 3, turns: 4, tool_calls: 2 }),
          makeTrial({ cost_usd: 0.015, latency_seconds: 1, turns: 4, tool_calls: 2 }),
        ],
        cost_usd: 0.03,
      },
    );
    before.trials = before.trials.map((trial) => ({ ...trial, turns: 2, tool_calls: 1 }));
    const comparison = compareRuns(makeResults([before]), makeResults([after]));
    const [result] = comparison.scenarios;
    expect(result!.deltas.cost_per_trial).toBeCloseTo(0.5, 9);
    expect(result!.deltas.latency_p50_seconds).toBeCloseTo(-0.5, 9);
    expect(result!.deltas.turns_per_trial).toBeCloseTo(1, 9);
    expect(result!.deltas.tool_calls_per_trial).toBeCloseTo(1, 9);
    expect(comparison.cost_change).toBeCloseTo(0.5, 9);
    expect(comparison.head.cost_usd).toBeCloseTo(0.03, 9);
  });
});

describe('loosened checks', () => {
  const strict: Partial<ScenarioInput> = {
    threshold: 0.9,
    required_pass_rate: 1,
    assertions: [
      { type: 'tool_called', tool: 'refund', required: true, strings: 'exact' },
      { type: 'cost_limit', max_usd: 0.05 },
      { type: 'output_contains', value: 'refunded' },
      { type: 'turn_limit', max_turns: 4 },
    ],
  };

  it('lists removed, optional, lowered and weaker checks, and nothing for tightened ones', () => {
    const loose: Partial<ScenarioInput> = {
      threshold: 0.7,
      required_pass_rate: 0.8,
      assertions: [
        { type: 'tool_called', tool: 'refund', strings: 'loose' },
        { type: 'cost_limit', max_usd: 0.2 },
        { type: 'turn_limit', max_turns: 3 },
      ],
    };
    const result = classOf([row('refund', 1, 1, strict)], [row('refund', 1, 1, loose)], 'refund');
    expect(result.loosened_checks.map((check) => `${check.check}: ${check.detail}`)).toEqual([
      'threshold: threshold 0.9 → 0.7',
      'required_pass_rate: required_pass_rate 1 → 0.8',
      'tool_called refund: required → not required',
      'tool_called refund: strings exact → loose',
      'cost_limit $0.05: max_usd 0.05 → 0.2',
      'output_contains "refunded": assertion removed',
    ]);
  });

  it('finds nothing when the checks are the same or stricter', () => {
    const stricter = {
      ...strict,
      threshold: 1,
      assertions: [...strict.assertions!, { type: 'tool_not_called' as const, tool: 'delete' }],
    };
    expect(classOf([row('refund', 1, 1, strict)], [row('refund', 1, 1, stricter)], 'refund').loosened_checks).toEqual(
      [],
    );
  });
});
