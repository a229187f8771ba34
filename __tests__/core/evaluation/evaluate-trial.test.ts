import { describe, expect, it } from 'vitest';
import { evaluateTrial } from '../../../src/core/evaluation/evaluate-trial.ts';
import { call, scenarioWith, traceOf } from '../../helpers/checks-fixtures.ts';

const read = { type: 'tool_called', tool: 'file_read' };
const write = { type: 'tool_called', tool: 'file_write' };
const tests = { type: 'tool_called', tool: 'run_tests' };

describe('evaluateTrial', () => {
  it('returns one result per assertion, in order, with its index, label, weight and line', () => {
    const evaluation = evaluateTrial(
      traceOf({ calls: [call('file_read')] }),
      scenarioWith([read, { ...write, name: 'writes the fix', weight: 2 }]),
    );
    expect(evaluation.assertions).toEqual([
      expect.objectContaining({
        index: 0,
        type: 'tool_called',
        label: 'tool_called file_read',
        passed: true,
        score: 1,
        weight: 1,
        required: false,
        line: 10,
      }),
      expect.objectContaining({ index: 1, label: 'writes the fix', passed: false, score: 0, weight: 2, line: 12 }),
    ]);
  });

  it('scores the weighted mean: 1 of weight 1 and 0 of weight 2 = 1/3', () => {
    const evaluation = evaluateTrial(
      traceOf({ calls: [call('file_read')] }),
      scenarioWith([read, { ...write, weight: 2 }]),
    );
    expect(evaluation.score).toBeCloseTo(1 / 3, 9);
    expect(evaluation.status).toBe('failed');
  });

  it('passes exactly at the threshold, and fails just under it', () => {
    // 4 of 5 equal weights = 0.8, the default threshold.
    const five = [read, write, tests, { type: 'tool_called', tool: 'a' }, { type: 'tool_called', tool: 'b' }];
    const fourOfFive = traceOf({ calls: ['file_read', 'file_write', 'run_tests', 'a'].map((name) => call(name)) });
    expect(evaluateTrial(fourOfFive, scenarioWith(five))).toMatchObject({ status: 'passed', score: 0.8 });
    expect(evaluateTrial(fourOfFive, scenarioWith(five, { threshold: 0.81 })).status).toBe('failed');
  });

  it('reaches a threshold despite float noise (weights 0.1 + 0.2 of 0.3 + 0.4)', () => {
    const scenario = scenarioWith(
      [
        { ...read, weight: 0.1 },
        { ...write, weight: 0.2 },
        { ...tests, weight: 0.7 },
      ],
      { threshold: 0.3 },
    );
    const evaluation = evaluateTrial(traceOf({ calls: [call('file_read'), call('file_write')] }), scenario);
    expect(evaluation.score).toBe(0.3);
    expect(evaluation.status).toBe('passed');
  });

  it('a failed required assertion is a hard fail whatever the score', () => {
    const scenario = scenarioWith(
      [
        { ...read, required: true },
        { ...write, weight: 100 },
      ],
      { threshold: 0.5 },
    );
    const evaluation = evaluateTrial(traceOf({ calls: [call('file_write')] }), scenario);
    expect(evaluation.score).toBeGreaterThan(0.99);
    expect(evaluation.status).toBe('hard_fail');
  });

  it('a passed required assertion does not make a low score pass', () => {
    const scenario = scenarioWith([
      { ...read, required: true },
      { ...write, weight: 3 },
    ]);
    expect(evaluateTrial(traceOf({ calls: [call('file_read')] }), scenario)).toMatchObject({
      status: 'failed',
      score: 0.25,
    });
  });

  it('a threshold of 0 passes any score, 1 needs every assertion', () => {
    const trace = traceOf({ calls: [call('file_read')] });
    expect(evaluateTrial(trace, scenarioWith([read, write], { threshold: 0 })).status).toBe('passed');
    expect(evaluateTrial(trace, scenarioWith([read, write], { threshold: 1 })).status).toBe('failed');
    expect(evaluateTrial(trace, scenarioWith([read], { threshold: 1 })).status).toBe('passed');
  });

  it('no assertions: passes when the run completed, and says so', () => {
    expect(evaluateTrial(traceOf(), scenarioWith([]))).toEqual({
      status: 'passed',
      score: 1,
      assertions: [],
      note: 'no assertions: passed because the run completed',
    });
  });

  it('no assertions: fails when the run did not complete', () => {
    const evaluation = evaluateTrial(traceOf({ stop: 'max_turns' }), scenarioWith([]));
    expect(evaluation).toMatchObject({
      status: 'failed',
      score: 0,
      note: 'no assertions, and the run did not complete: it stopped at max_turns',
    });
    const errored = evaluateTrial(
      traceOf({ stop: 'error', error: { code: 'E_PROVIDER', message: 'boom' } }),
      scenarioWith([]),
    );
    expect(errored.note).toBe('no assertions, and the run did not complete: it ended with an error (E_PROVIDER)');
  });

  it('judge assertions read the verdict of their votes, and a judge without a verdict never passes', () => {
    const judge = { type: 'judge', criteria: [{ name: 'tone', description: 'polite' }], weight: 3 };
    const scenario = scenarioWith([read, judge]);
    const trace = traceOf({ calls: [call('file_read')] });
    const judged = evaluateTrial(
      trace,
      scenario,
      new Map([[1, { passed: false, score: 0.5, reason: '1 of 3 usable vote(s) passed' }]]),
    );
    expect(judged).toMatchObject({ status: 'failed', score: 0.625 });
    expect(judged.assertions[1]).toMatchObject({
      type: 'judge',
      passed: false,
      score: 0.5,
      reason: '1 of 3 usable vote(s) passed',
    });

    const unasked = evaluateTrial(trace, scenario);
    expect(unasked.status).toBe('failed');
    expect(unasked.assertions[1]).toMatchObject({ passed: false, reason: 'the judge was not asked for this trial' });

    const errored = evaluateTrial(
      trace,
      scenario,
      new Map([[1, { passed: false, score: 0, reason: 'too few', error: 'too few' }]]),
    );
    expect(errored.judgeError).toBe('judge (tone): too few');
  });

  it('scores every assertion type together on one realistic trace', () => {
    const trace = traceOf({
      calls: [call('file_read', { path: 'src/a.ts' }), call('file_write', { path: 'src/a.ts' }), call('run_tests')],
      output: 'Fixed: the test passes now.',
      cost: 0.01,
      latency: 3,
      turns: 4,
    });
    const scenario = scenarioWith([
      { type: 'tool_called', tool: 'file_read', arguments: { path: 'src/a.ts' } },
      { type: 'tool_not_called', tool: 'rm' },
      { type: 'tool_sequence', mode: 'exact', sequence: ['file_read', 'file_write', 'run_tests'] },
      { type: 'output_contains', value: 'passes' },
      { type: 'output_not_contains', value: 'error' },
      { type: 'output_matches', pattern: '^fixed', flags: 'i' },
      { type: 'jmespath', expression: 'length(tool_calls)', operator: 'eq', value: 3 },
      { type: 'cost_limit', max_usd: 0.02 },
      { type: 'latency_limit', max_seconds: 5 },
      { type: 'turn_limit', max_turns: 4 },
    ]);
    const evaluation = evaluateTrial(trace, scenario);
    expect(evaluation.assertions.filter((result) => !result.passed)).toEqual([]);
    expect(evaluation).toMatchObject({ status: 'passed', score: 1, note: null });
  });
});
