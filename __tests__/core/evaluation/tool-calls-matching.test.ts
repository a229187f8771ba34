import { describe, expect, it } from 'vitest';
import { labelOf, runCheck } from '../../../src/core/evaluation/evaluate-assertion.ts';
import { maximumMatching, orderedMatching } from '../../../src/core/evaluation/tool-calls-matching.ts';
import { traceView } from '../../../src/core/evaluation/trace-view.ts';
import type { RunTrace } from '../../../src/core/trace.ts';
import { assertion, call, traceOf } from '../../helpers/checks-fixtures.ts';

function check(input: Record<string, unknown>, trace: RunTrace) {
  return runCheck(assertion({ type: 'tool_calls', ...input }), trace, () => traceView(trace));
}

const calls = (...items: [string, Record<string, unknown> | null][]) =>
  traceOf({ calls: items.map(([name, args], index) => call(name, args, `c${index}`)) });

const playlist = [
  { tool: 'spotify_play', arguments: { artist: 'Taylor Swift', duration: 20 } },
  { tool: 'spotify_play', arguments: { artist: 'Maroon 5', duration: 15 } },
  { tool: 'get_weather', arguments: { city: { one_of: ['Paris', 'Paris FR'] } }, extra_arguments: 'forbid' },
];

describe('tool_calls', () => {
  it('matches an order-free multiset of calls, each expected call by a different actual call', () => {
    const trace = calls(
      ['get_weather', { city: 'Paris FR' }],
      ['spotify_play', { artist: 'Maroon 5', duration: 15 }],
      ['spotify_play', { artist: 'Taylor Swift', duration: 20 }],
    );
    expect(check({ calls: playlist }, trace)).toEqual({
      passed: true,
      score: 1,
      reason: 'all 3 expected calls matched (as calls 3, 2, 1 of 3)',
    });
  });

  it('does not let one actual call satisfy two expected calls', () => {
    const outcome = check(
      {
        calls: [
          { tool: 'pay', arguments: { amount: 5 } },
          { tool: 'pay', arguments: { amount: 5 } },
        ],
      },
      calls(['pay', { amount: 5 }]),
    );
    expect(outcome.passed).toBe(false);
    expect(outcome.score).toBe(0.5);
    expect(outcome.reason).toBe(
      '1 of 2 expected calls matched; no match for pay {"amount":5}: ' +
        'call 1 would match, but each is paired with another expected call',
    );
  });

  it('finds a matching that first-fit misses when expectations overlap', () => {
    // The loose expectation comes first and would take call 1, leaving the strict one without a partner.
    const expected = [
      { tool: 'search', arguments: { query: { type: 'string' } } },
      { tool: 'search', arguments: { query: 'piano' } },
    ];
    const outcome = check({ calls: expected }, calls(['search', { query: 'piano' }], ['search', { query: 'violin' }]));
    expect(outcome).toMatchObject({
      passed: true,
      score: 1,
      reason: 'all 2 expected calls matched (as calls 2, 1 of 2)',
    });
  });

  it('finds long augmenting paths (a chain of overlapping expectations)', () => {
    // Expected i accepts actual i and i+1; first-fit pairs i with i and leaves the last without a partner.
    const fits = [
      [true, true, false, false],
      [false, true, true, false],
      [false, false, true, true],
      [true, false, false, false],
    ];
    const pairing = maximumMatching(fits, 4);
    expect(pairing.filter((index) => index !== undefined)).toHaveLength(4);
    expect(new Set(pairing).size).toBe(4);
    expect(pairing[3]).toBe(0);
  });

  it('scores matched / expected and names, for each unmatched call, the closest call and what differs', () => {
    const trace = calls(
      ['spotify_play', { artist: 'Taylor Swift', duration: 20 }],
      ['spotify_play', { artist: 'Maroon Five', duration: 15 }],
      ['get_weather', { city: 'Paris', units: 'C' }],
    );
    const outcome = check({ calls: playlist }, trace);
    expect(outcome.passed).toBe(false);
    expect(outcome.score).toBeCloseTo(1 / 3);
    expect(outcome.reason).toBe(
      '1 of 3 expected calls matched; ' +
        'no match for spotify_play {"artist":"Maroon 5","duration":15}: ' +
        "the closest, call 2, had artist 'Maroon Five' (expected 'Maroon 5'); " +
        'no match for get_weather {"city":{"one_of":["Paris","Paris FR"]}}: ' +
        "the closest, call 3, had units 'C' (not allowed)",
    );
  });

  it('says when an expected tool was never called', () => {
    const outcome = check({ calls: [{ tool: 'get_weather' }] }, calls(['get_time', {}]));
    expect(outcome.reason).toBe(
      '0 of 1 expected call matched; no match for get_weather: get_weather was never called (tools called: get_time)',
    );
  });

  it('strings: loose is the default of every call, and a call may override it', () => {
    const trace = calls(['find', { city: 'NEW YORK' }], ['find', { city: 'PARIS' }]);
    const expected = [
      { tool: 'find', arguments: { city: 'new york' } },
      { tool: 'find', arguments: { city: 'paris' }, strings: 'exact' },
    ];
    const outcome = check({ calls: expected, strings: 'loose' }, trace);
    expect(outcome).toMatchObject({ passed: false, score: 0.5 });
    expect(check({ calls: expected.slice(0, 1), strings: 'loose' }, trace).passed).toBe(true);
  });

  it("extra_arguments at the assertion is every call's default; a call may allow them again", () => {
    const trace = calls(['find', { city: 'Oslo', limit: 3 }]);
    expect(
      check({ calls: [{ tool: 'find', arguments: { city: 'Oslo' } }], extra_arguments: 'forbid' }, trace).passed,
    ).toBe(false);
    expect(
      check(
        { calls: [{ tool: 'find', arguments: { city: 'Oslo' }, extra_arguments: 'allow' }], extra_arguments: 'forbid' },
        trace,
      ).passed,
    ).toBe(true);
  });

  it('others: forbid fails calls beyond the listed ones, and they count against the score', () => {
    const trace = calls(['a', {}], ['b', {}], ['c', {}]);
    expect(check({ calls: [{ tool: 'a' }, { tool: 'b' }] }, trace).passed).toBe(true);
    const outcome = check({ calls: [{ tool: 'a' }, { tool: 'b' }], others: 'forbid' }, trace);
    expect(outcome).toMatchObject({ passed: false, score: 2 / 3 });
    expect(outcome.reason).toBe(
      '2 of 2 expected calls matched; a call beyond the expected ones, which others: forbid rules out: c (call 3)',
    );
    expect(check({ calls: [{ tool: 'a' }, { tool: 'b' }, { tool: 'c' }], others: 'forbid' }, trace).reason).toBe(
      'all 3 expected calls matched (as calls 1, 2, 3 of 3), and no other call',
    );
  });

  it('order: in_order wants the listed order, with other calls between', () => {
    const expected = [{ tool: 'lookup_order', arguments: { order_id: 'A1' } }, { tool: 'issue_refund' }];
    const inOrder = calls(['lookup_order', { order_id: 'A1' }], ['get_policy', {}], ['issue_refund', {}]);
    expect(check({ calls: expected, order: 'in_order' }, inOrder)).toMatchObject({
      passed: true,
      reason: 'all 2 expected calls matched in order (as calls 1, 3 of 3)',
    });
    const reversed = calls(['issue_refund', {}], ['lookup_order', { order_id: 'A1' }]);
    const outcome = check({ calls: expected, order: 'in_order' }, reversed);
    expect(outcome).toMatchObject({ passed: false, score: 0.5 });
    expect(outcome.reason).toBe(
      '1 of 2 expected calls matched in order; no match for issue_refund: ' +
        'call 1 would match, but not in the expected order',
    );
    expect(check({ calls: expected }, reversed).passed).toBe(true);
  });

  it('order: in_order picks the best order-preserving pairing, not the first', () => {
    // Greedy would pair the first expected call with the last actual call and leave the others nothing.
    const fits = [
      [false, false, true],
      [true, false, false],
      [false, true, false],
    ];
    expect(orderedMatching(fits, 3)).toEqual([undefined, 0, 1]);
    const trace = calls(['f', { n: 1 }], ['f', { n: 2 }], ['f', { n: 3 }]);
    const outcome = check(
      {
        order: 'in_order',
        calls: [
          { tool: 'f', arguments: { n: 3 } },
          { tool: 'f', arguments: { n: 1 } },
          { tool: 'f', arguments: { n: 2 } },
        ],
      },
      trace,
    );
    expect(outcome).toMatchObject({ passed: false, score: 2 / 3 });
    expect(outcome.reason).toBe(
      '2 of 3 expected calls matched in order; no match for f {"n":3}: ' +
        'call 3 would match, but not in the expected order',
    );
  });

  it('does not match calls with unparseable arguments, and labels list the tools', () => {
    const outcome = check(
      { calls: [{ tool: 'a', arguments: { x: 1 } }] },
      traceOf({ calls: [{ id: 'z', name: 'a', arguments: null, rawArguments: '{"x": 1' }] }),
    );
    expect(outcome.reason).toBe(
      '0 of 1 expected call matched; no match for a {"x":1}: ' +
        'the closest, call 1, had unparseable arguments \'{"x": 1\'',
    );
    expect(labelOf(assertion({ type: 'tool_calls', calls: playlist, order: 'in_order' }))).toBe(
      'tool_calls in_order [spotify_play, spotify_play, get_weather]',
    );
  });
});
