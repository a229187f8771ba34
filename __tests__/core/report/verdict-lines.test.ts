import { describe, expect, it } from 'vitest';
import { runOutcome } from '../../../src/core/evaluation/run-outcome.ts';
import { summariseScenario } from '../../../src/core/evaluation/summarise-scenario.ts';
import { renderVerdictLines } from '../../../src/core/report/verdict-lines.ts';
import type { ScenarioResult, TrialResult } from '../../../src/core/results.ts';
import { assertionResult, infraError, scenarioWith, trial } from '../../helpers/checks-fixtures.ts';

const scenario = scenarioWith([{ type: 'tool_sequence', sequence: ['a', 'b'] }]);
function result(name: string, trials: TrialResult[], extra: Partial<ScenarioResult> = {}): ScenarioResult {
  const summary = summariseScenario(trials, scenario);
  return {
    name,
    file: `scenarios/${name}.yaml`,
    provider: 'openai',
    model: 'gpt-4o',
    mode: 'live',
    status: summary.status,
    verdict: summary.verdict,
    summary: summary.summary,
    trials,
    turns: 0,
    max_turns_hit: false,
    tool_calls: 0,
    input_tokens: 0,
    output_tokens: 0,
    cost_usd: 0,
    latency_seconds: 0,
    stats: summary.stats,
    ...extra,
  };
}
const pass = (n: number) => trial(n, 'passed', { assertions: [assertionResult(0, true)] });
const fail = (n: number) =>
  trial(n, 'failed', {
    retries: 1,
    assertions: [
      assertionResult(0, false, { label: 'tool_sequence in_order [a, b]', reason: 'expected a before b; got b, a' }),
    ],
  });

describe('renderVerdictLines', () => {
  it('shows verdict, pass rate with interval and pass^k, and the failing assertion with its line', () => {
    const text = renderVerdictLines([
      result('steady', [pass(1), pass(2), pass(3)]),
      result('flaky', [pass(1), fail(2), pass(3), fail(4), pass(5)]),
    ]);
    expect(text.split('\n')).toEqual([
      'PASS         steady  3/3 passed  rate 1.00 (95 % 0.44-1.00)  pass^3 1.00',
      'PARTIAL      flaky   3/5 passed  rate 0.60 (95 % 0.23-0.88)  pass^3 0.10  retries 2',
      '  - tool_sequence in_order [a, b] failed 2/5 (scenarios/flaky.yaml:10): expected a before b; got b, a',
    ]);
  });

  it('shows infrastructure errors and skipped scenarios for what they are', () => {
    const text = renderVerdictLines([
      result('down', [trial(1, 'errored', { error: infraError, retries: 2 })]),
      result('nokey', [], { skip_reason: 'no_key_no_recording' }),
    ]);
    expect(text).toContain('INFRA ERROR  down   0/0 passed  1 infra error  retries 2');
    expect(text).toContain(
      '  - 1 trial errored (infrastructure): 429 Too Many Requests after 2 retries [E_RATE_LIMITED]',
    );
    expect(text.endsWith('SKIPPED      nokey  no trials ran')).toBe(true);
  });
});

describe('renderVerdictLines for one trial and for passes', () => {
  it('keeps a single trial plain: no rate, interval or pass^k, but still the failing assertion and its line', () => {
    const text = renderVerdictLines([result('once', [pass(1)]), result('broke', [fail(1)])]);
    expect(text.split('\n')).toEqual([
      'PASS         once   1/1 passed',
      'FAIL         broke  0/1 passed  retries 1',
      '  - tool_sequence in_order [a, b] failed 1/1 (scenarios/broke.yaml:10): expected a before b; got b, a',
    ]);
  });

  it('says a scenario without assertions passed because the run completed; shows a judged pass like any other', () => {
    const bare = scenarioWith([]);
    const summary = summariseScenario([trial(1, 'passed')], bare);
    const noAssertions: ScenarioResult = {
      ...result('bare', [trial(1, 'passed')]),
      stats: summary.stats,
      verdict: summary.verdict,
    };
    const judged = scenarioWith([
      { type: 'output_contains', value: 'x' },
      { type: 'judge', criteria: [{ name: 'tone', description: 'Polite' }] },
    ]);
    const judgedTrial = trial(1, 'passed', {
      assertions: [
        assertionResult(0, true),
        assertionResult(1, true, { label: 'judge (tone)', reason: '3 of 3 usable vote(s) passed' }),
      ],
    });
    const withJudge: ScenarioResult = {
      ...result('judged', [judgedTrial]),
      stats: summariseScenario([judgedTrial], judged).stats,
    };
    const text = renderVerdictLines([noAssertions, withJudge]);
    expect(text).toContain('PASS         bare    1/1 passed\n  note: no assertions: passed because the run completed');
    expect(text).toMatch(/PASS {9}judged  1\/1 passed$/m);
    expect(text).not.toContain('not evaluated');
  });

  it('reads HARD FAIL and INFRA ERROR with a space, as people write them', () => {
    const hard = trial(1, 'hard_fail', { assertions: [assertionResult(0, false, { required: true })] });
    expect(renderVerdictLines([result('strict', [hard])])).toMatch(
      /^HARD FAIL {4}strict  0\/1 passed \(1 hard-failed\)$/m,
    );
    const mixed = renderVerdictLines([
      result('mixed', [
        pass(1),
        fail(2),
        hard,
        trial(4, 'errored', { error: { code: 'E_MOCK_NOT_FOUND', message: 'no mock', infrastructure: false } }),
      ]),
    ]);
    expect(mixed).toMatch(/^HARD FAIL {4}mixed  1\/4 passed \(1 failed, 1 hard-failed, 1 errored\) {2}rate 0\.25/m);
  });
});

describe('runOutcome', () => {
  it('failed when anything failed, infrastructure when only infrastructure went wrong, else passed', () => {
    const passed = result('p', [pass(1)]);
    const partial = result('f', [pass(1), fail(2)]);
    const infra = result('i', [trial(1, 'errored', { error: infraError })]);
    const skipped = result('s', [], { skip_reason: 'no_key_no_recording' });
    expect(runOutcome({ scenarios: [passed, skipped] })).toBe('passed');
    expect(runOutcome({ scenarios: [skipped] })).toBe('unverified');
    expect(runOutcome({ scenarios: [infra, skipped] })).toBe('unverified');
    expect(runOutcome({ scenarios: [] })).toBe('unverified');
    expect(runOutcome({ scenarios: [passed, infra] })).toBe('infrastructure');
    expect(runOutcome({ scenarios: [partial, infra] })).toBe('failed');
    expect(runOutcome({ scenarios: [{ ...skipped, skip_reason: 'invalid' }] })).toBe('failed');
  });
});
