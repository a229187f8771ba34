import { describe, expect, it } from 'vitest';
import { labelOf, runCheck } from '../../../src/core/evaluation/evaluate-assertion.ts';
import { traceView } from '../../../src/core/evaluation/trace-view.ts';
import type { RunTrace } from '../../../src/core/trace.ts';
import { assertion, call, traceOf } from '../../helpers/checks-fixtures.ts';

function check(input: Record<string, unknown>, trace: RunTrace) {
  return runCheck(assertion(input), trace, () => traceView(trace));
}

const calls = (...items: [string, Record<string, unknown> | null][]) =>
  traceOf({ calls: items.map(([name, args], index) => call(name, args, `c${index}`)) });

describe('tool_called with argument matchers', () => {
  it('fails naming the argument, what came and what was expected', () => {
    const outcome = check(
      { type: 'tool_called', tool: 'get_weather', arguments: { city: { one_of: ['Berkeley', 'Berkeley, CA'] } } },
      calls(['get_weather', { city: 'Berkeleq' }]),
    );
    expect(outcome).toMatchObject({ passed: false, score: 0 });
    expect(outcome.reason).toBe(
      "get_weather was called with city 'Berkeleq'; expected one of 'Berkeley', 'Berkeley, CA'",
    );
  });

  it('extra_arguments: forbid names the argument that is not allowed', () => {
    const outcome = check(
      {
        type: 'tool_called',
        tool: 'issue_refund',
        arguments: { order_id: 'A1234', amount_usd: { approx: 89.99, tolerance: 0.005 } },
        extra_arguments: 'forbid',
      },
      calls(['issue_refund', { order_id: 'A1234', amount_usd: 89.99, note: 'sorry' }]),
    );
    expect(outcome.reason).toBe("issue_refund was called with an argument not allowed: 'note'");
    const allowed = check(
      { type: 'tool_called', tool: 'issue_refund', arguments: { order_id: 'A1234' } },
      calls(['issue_refund', { order_id: 'A1234', amount_usd: 89.99, note: 'sorry' }]),
    );
    expect(allowed.passed).toBe(true);
  });

  it('extra_arguments: forbid without arguments wants a call with no arguments at all', () => {
    expect(check({ type: 'tool_called', tool: 'ping', extra_arguments: 'forbid' }, calls(['ping', {}])).passed).toBe(
      true,
    );
    expect(
      check({ type: 'tool_called', tool: 'ping', extra_arguments: 'forbid' }, calls(['ping', { verbose: true }]))
        .reason,
    ).toBe("ping was called with an argument not allowed: 'verbose'");
  });

  it('lists every difference of the closest call, missing and absent ones included', () => {
    const outcome = check(
      { type: 'tool_called', tool: 'book', arguments: { city: 'Paris', nights: { gte: 1 }, coupon: { absent: true } } },
      calls(['book', { city: 'Lyon', coupon: 'X' }]),
    );
    expect(outcome.reason).toBe(
      "book was called with city 'Lyon'; expected 'Paris'; and without nights; " +
        "expected a number at least 1; and with coupon 'X'; expected no coupon",
    );
  });

  it('with several calls, shows the closest one', () => {
    const outcome = check(
      { type: 'tool_called', tool: 'search', arguments: { query: 'piano', limit: 10 } },
      calls(['search', { query: 'guitar', limit: 5 }], ['search', { query: 'piano', limit: 5 }], ['search', null]),
    );
    expect(outcome.reason).toBe(
      'search was called 3 times but never as expected; the closest, call 2, was with limit 5; expected 10',
    );
  });

  it('strings: loose accepts answers that differ in case and punctuation', () => {
    const trace = calls(['find_store', { city: 'new york ny', instrument: 'PIANO' }]);
    const strict = {
      type: 'tool_called',
      tool: 'find_store',
      arguments: { city: 'New York, NY', instrument: 'piano' },
    };
    expect(check(strict, trace).passed).toBe(false);
    expect(check({ ...strict, strings: 'loose' }, trace).passed).toBe(true);
  });

  it('times, min_times and max_times count the matching calls', () => {
    const trace = calls(['pay', { amount: 5 }], ['pay', { amount: 5 }], ['pay', { amount: 7 }]);
    expect(check({ type: 'tool_called', tool: 'pay', arguments: { amount: 5 }, times: 2 }, trace)).toMatchObject({
      passed: true,
      reason: 'pay was called with {"amount":5} 2 times (expected exactly 2)',
    });
    expect(check({ type: 'tool_called', tool: 'pay', times: 2 }, trace).reason).toBe(
      'pay was called 3 times; expected exactly 2',
    );
    expect(check({ type: 'tool_called', tool: 'pay', arguments: { amount: 5 }, max_times: 1 }, trace).reason).toBe(
      'pay was called with {"amount":5} 2 times; expected exactly 1 (matching: calls 1, 2 of 3)',
    );
    expect(check({ type: 'tool_called', tool: 'pay', arguments: { amount: 5 }, min_times: 3 }, trace).passed).toBe(
      false,
    );
    expect(
      check({ type: 'tool_called', tool: 'pay', arguments: { amount: { gt: 1 } }, min_times: 3 }, trace).passed,
    ).toBe(true);
    expect(check({ type: 'tool_called', tool: 'pay', min_times: 0, max_times: 1 }, calls(['other', {}]))).toMatchObject(
      {
        passed: true,
        reason: 'pay was not called (expected at most 1)',
      },
    );
    expect(check({ type: 'tool_called', tool: 'pay', arguments: { amount: 9 }, times: 1 }, trace).reason).toBe(
      'pay was called 3 times but never as expected; the closest, call 1, was with amount 5; expected 9',
    );
  });
});

describe('tool_not_called with arguments: never called with these', () => {
  it('passes when the tool was called only with other arguments', () => {
    const outcome = check(
      { type: 'tool_not_called', tool: 'issue_refund', arguments: { amount_usd: { gt: 200 } } },
      calls(['issue_refund', { amount_usd: 89.99 }]),
    );
    expect(outcome).toMatchObject({
      passed: true,
      reason:
        'issue_refund was never called with {"amount_usd":{"gt":200}} (it was called 1 time with other arguments)',
    });
  });

  it('fails on the first matching call, showing it', () => {
    const outcome = check(
      { type: 'tool_not_called', tool: 'issue_refund', arguments: { amount_usd: { gt: 200 } } },
      calls(['issue_refund', { amount_usd: 10 }], ['issue_refund', { amount_usd: 250 }]),
    );
    expect(outcome).toMatchObject({
      passed: false,
      reason: 'issue_refund was called with {"amount_usd":250} (call 2 of 2), which matches {"amount_usd":{"gt":200}}',
    });
  });

  it('follows strings and extra_arguments', () => {
    const trace = calls(['delete_user', { id: 'ADMIN', force: true }]);
    expect(check({ type: 'tool_not_called', tool: 'delete_user', arguments: { id: 'admin' } }, trace).passed).toBe(
      true,
    );
    expect(
      check({ type: 'tool_not_called', tool: 'delete_user', arguments: { id: 'admin' }, strings: 'loose' }, trace)
        .passed,
    ).toBe(false);
    expect(
      check(
        { type: 'tool_not_called', tool: 'delete_user', arguments: { id: 'ADMIN' }, extra_arguments: 'forbid' },
        trace,
      ).passed,
    ).toBe(true);
  });

  it('labels show the arguments', () => {
    expect(labelOf(assertion({ type: 'tool_not_called', tool: 'rm', arguments: { path: '/' } }))).toBe(
      'tool_not_called rm {"path":"/"}',
    );
  });
});
