import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/core/evaluation/evaluate-assertion.ts';
import { traceView } from '../../../src/core/evaluation/trace-view.ts';
import type { RunTrace } from '../../../src/core/trace.ts';
import { assertion, traceOf } from '../../helpers/checks-fixtures.ts';

function check(input: Record<string, unknown>, trace: RunTrace) {
  return runCheck(assertion(input), trace, () => traceView(trace));
}

describe('output_contains', () => {
  it('passes on a substring and fails otherwise, quoting the output', () => {
    expect(
      check({ type: 'output_contains', value: 'refund' }, traceOf({ output: 'Your refund is on its way' })),
    ).toMatchObject({
      passed: true,
      score: 1,
      reason: 'output contains "refund" at character 6',
    });
    const miss = check({ type: 'output_contains', value: 'refund' }, traceOf({ output: 'Sorry, no.' }));
    expect(miss).toMatchObject({ passed: false, score: 0 });
    expect(miss.reason).toBe('output does not contain "refund"; output (10 chars): "Sorry, no."');
  });

  it('is case-sensitive unless ignore_case is set', () => {
    const trace = traceOf({ output: 'REFUND issued' });
    expect(check({ type: 'output_contains', value: 'refund' }, trace).passed).toBe(false);
    expect(check({ type: 'output_contains', value: 'refund', ignore_case: true }, trace).passed).toBe(true);
  });

  it('treats composed and decomposed unicode as the same text, and folds accented case', () => {
    const decomposed = 'Cafe\u0301 ouvert';
    expect(check({ type: 'output_contains', value: 'Café' }, traceOf({ output: decomposed })).passed).toBe(true);
    expect(
      check({ type: 'output_contains', value: 'CAFÉ', ignore_case: true }, traceOf({ output: 'café 東京' })).passed,
    ).toBe(true);
    expect(check({ type: 'output_contains', value: '東京' }, traceOf({ output: 'café 東京' })).passed).toBe(true);
  });

  it('fails with a clear reason when there is no final output', () => {
    expect(check({ type: 'output_contains', value: 'x' }, traceOf({ output: null })).reason).toBe(
      'expected the output to contain "x", but the run produced no final output',
    );
  });

  it('handles a huge output and keeps the reason short', () => {
    const huge = 'a'.repeat(2_000_000) + 'needle';
    expect(check({ type: 'output_contains', value: 'needle' }, traceOf({ output: huge })).passed).toBe(true);
    const miss = check({ type: 'output_contains', value: 'haystack' }, traceOf({ output: huge }));
    expect(miss.passed).toBe(false);
    expect(miss.reason.length).toBeLessThan(200);
    expect(miss.reason).toContain('2000006 chars');
  });
});

describe('output_not_contains', () => {
  it('passes when absent, including with no output', () => {
    expect(check({ type: 'output_not_contains', value: 'password' }, traceOf({ output: 'all good' })).passed).toBe(
      true,
    );
    expect(check({ type: 'output_not_contains', value: 'password' }, traceOf({ output: null })).passed).toBe(true);
  });

  it('fails showing where the value stood', () => {
    const outcome = check(
      { type: 'output_not_contains', value: 'Password', ignore_case: true },
      traceOf({ output: 'your password is hunter2' }),
    );
    expect(outcome.passed).toBe(false);
    expect(outcome.reason).toBe(
      'output contains "Password" (ignoring case) at character 6: "your password is hunter2"',
    );
  });
});

describe('output_matches', () => {
  it('searches anywhere, with flags, and quotes the match', () => {
    const trace = traceOf({ output: 'Refund R-5521 created' });
    expect(check({ type: 'output_matches', pattern: 'R-\\d{4}' }, trace).reason).toBe(
      'output matches /R-\\d{4}/: "R-5521" at character 8',
    );
    expect(check({ type: 'output_matches', pattern: '^refund', flags: 'i' }, trace).passed).toBe(true);
    expect(check({ type: 'output_matches', pattern: '^refund' }, trace).passed).toBe(false);
  });

  it('supports unicode patterns and multi-line flags', () => {
    const tokyo = traceOf({ output: 'in 東京' });
    expect(check({ type: 'output_matches', pattern: '\\p{Script=Han}+', flags: 'u' }, tokyo).passed).toBe(true);
    expect(
      check({ type: 'output_matches', pattern: '^done$', flags: 'm' }, traceOf({ output: 'step 1\ndone\n' })).passed,
    ).toBe(true);
  });

  it('fails (not throws) on an invalid pattern, and on no output', () => {
    expect(check({ type: 'output_matches', pattern: '(' }, traceOf()).reason).toMatch(
      /^invalid regular expression \/\(\/: /,
    );
    expect(check({ type: 'output_matches', pattern: 'x' }, traceOf({ output: '' })).passed).toBe(false);
  });
});

describe('cost_limit', () => {
  it('passes at and under the limit, fails over it', () => {
    expect(check({ type: 'cost_limit', max_usd: 0.05 }, traceOf({ cost: 0.05 })).reason).toBe(
      'cost $0.05 is within the $0.05 limit',
    );
    expect(check({ type: 'cost_limit', max_usd: 0.05 }, traceOf({ cost: 0.0501 })).reason).toBe(
      'cost $0.0501 is over the $0.05 limit',
    );
    expect(check({ type: 'cost_limit', max_usd: 0 }, traceOf({ cost: 0 })).passed).toBe(true);
  });

  it('fails when the cost is unknown and says so', () => {
    const outcome = check({ type: 'cost_limit', max_usd: 1 }, traceOf({ cost: null }));
    expect(outcome.passed).toBe(false);
    expect(outcome.reason).toMatch(/^cost unknown: no price is known for model gpt-4o/);
  });

  it("means the agent's cost, unless include_judge adds the judge's votes", () => {
    const judged = {
      ...traceOf({ cost: 0.03 }),
      judge: { models: ['claude-haiku-5-5'], calls: 3, input_tokens: 9, output_tokens: 9, cost_usd: 0.03 },
    };
    expect(check({ type: 'cost_limit', max_usd: 0.05 }, judged).reason).toBe('cost $0.03 is within the $0.05 limit');
    const both = check({ type: 'cost_limit', max_usd: 0.05, include_judge: true }, judged);
    expect(both).toMatchObject({
      passed: false,
      reason: 'cost $0.06 ($0.03 agent + $0.03 judge) is over the $0.05 limit',
    });
  });
});

describe('latency_limit and turn_limit', () => {
  it('latency: inclusive limit', () => {
    expect(check({ type: 'latency_limit', max_seconds: 2 }, traceOf({ latency: 2 })).passed).toBe(true);
    expect(check({ type: 'latency_limit', max_seconds: 2 }, traceOf({ latency: 2.01 })).reason).toBe(
      'took 2.01s, over the 2s limit',
    );
  });

  it('turns: inclusive limit, mentions max_turns when it was hit', () => {
    expect(check({ type: 'turn_limit', max_turns: 3 }, traceOf({ turns: 3 })).reason).toBe(
      'used 3 turns, within the limit of 3',
    );
    expect(check({ type: 'turn_limit', max_turns: 3 }, traceOf({ turns: 10, stop: 'max_turns' })).reason).toBe(
      'used 10 turns and hit max_turns, over the limit of 3',
    );
  });
});

describe('judge', () => {
  it('without a verdict from its votes is a failure that says so, never a pass', () => {
    const outcome = check({ type: 'judge', criteria: [{ name: 'tone', description: 'polite' }] }, traceOf());
    expect(outcome).toEqual({ passed: false, score: 0, reason: 'the judge was not asked for this trial' });
  });
});
