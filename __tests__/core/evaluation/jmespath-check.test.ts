import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/core/evaluation/evaluate-assertion.ts';
import { traceView } from '../../../src/core/evaluation/trace-view.ts';
import type { RunTrace } from '../../../src/core/trace.ts';
import { assertion, call, traceOf } from '../../helpers/checks-fixtures.ts';

function check(expression: string, operator: string, value: unknown, trace: RunTrace) {
  const input: Record<string, unknown> = { type: 'jmespath', expression, operator };
  if (value !== undefined) input.value = value;
  return runCheck(assertion(input), trace, () => traceView(trace));
}

const refundTrace = traceOf({
  calls: [call('lookup_order', { order_id: 'A1234' }), call('issue_refund', { order_id: 'A1234', amount_usd: 89.99 })],
  output: 'Refund R-5521 created for A1234',
  cost: 0.004,
});

describe('the trace view', () => {
  it('exposes response, turns, tool_calls with parsed arguments, and metadata', () => {
    const view = traceView(refundTrace);
    expect(view.response).toEqual({ content: 'Refund R-5521 created for A1234', finish_reason: 'stop' });
    expect(view.tool_calls[1]).toEqual({
      id: 'call_issue_refund',
      name: 'issue_refund',
      arguments: { order_id: 'A1234', amount_usd: 89.99 },
    });
    expect(view.turns.map((turn) => (turn as { role: string }).role)).toEqual([
      'system',
      'user',
      'assistant',
      'tool_result',
      'assistant',
      'tool_result',
      'assistant',
    ]);
    expect(view.metadata).toEqual({
      model: 'gpt-4o',
      provider: 'openai',
      cost_usd: 0.004,
      latency_seconds: 1.5,
      input_tokens: 100,
      output_tokens: 20,
      total_tokens: 120,
      turn_count: 3,
      finish_reason: 'stop',
      stop_reason: 'final_answer',
      max_turns_hit: false,
      mode: 'live',
      tool_call_count: 2,
    });
  });
});

describe('jmespath operators', () => {
  it('eq / ne use JSON deep equality', () => {
    expect(check('tool_calls[0].arguments', 'eq', { order_id: 'A1234' }, refundTrace).passed).toBe(true);
    expect(check('tool_calls[*].name', 'eq', ['lookup_order', 'issue_refund'], refundTrace).passed).toBe(true);
    expect(check('metadata.turn_count', 'eq', '3', refundTrace).passed).toBe(false);
    expect(check('metadata.model', 'ne', 'gpt-4o-mini', refundTrace).passed).toBe(true);
    const miss = check('metadata.model', 'eq', 'gpt-4o-mini', refundTrace);
    expect(miss.reason).toBe('metadata.model = "gpt-4o" is not equal to "gpt-4o-mini"');
  });

  it('gt / gte / lt / lte compare numbers, accepting numeric strings, at their boundaries', () => {
    const amount = "tool_calls[?name=='issue_refund'].arguments.amount_usd | [0]";
    expect(check(amount, 'lte', 200, refundTrace).reason).toBe(`${amount} = 89.99 is at most 200`);
    expect(check(amount, 'lte', 89.99, refundTrace).passed).toBe(true);
    expect(check(amount, 'lt', 89.99, refundTrace).passed).toBe(false);
    expect(check(amount, 'gte', '89.99', refundTrace).passed).toBe(true);
    expect(check(amount, 'gt', 89.99, refundTrace).passed).toBe(false);
    expect(check('metadata.cost_usd', 'lt', 0.01, refundTrace).passed).toBe(true);
  });

  it('numeric operators fail, with a reason, on values that are not numbers', () => {
    expect(check('metadata.model', 'gt', 1, refundTrace).reason).toBe(
      'metadata.model = "gpt-4o": not a number, so it cannot be compared with gt',
    );
    expect(check('metadata.turn_count', 'gt', 'many', refundTrace).reason).toContain(
      'the value "many" is not a number',
    );
  });

  it('contains: substring of text, element of a list', () => {
    expect(check('response.content', 'contains', 'R-5521', refundTrace).passed).toBe(true);
    expect(check('tool_calls[*].name', 'contains', 'issue_refund', refundTrace).passed).toBe(true);
    expect(check('tool_calls[*].name', 'contains', 'escalate', refundTrace).passed).toBe(false);
    expect(check('metadata', 'contains', 'x', refundTrace).reason).toContain('contains needs a text or a list result');
  });

  it("eq / ne / contains compare lists and objects deeply, unlike JMESPath's own shallow contains()", () => {
    const nested = '`[["a","b"],{"k":[1,{"x":2}]}]`';
    // @jmespath-community/jmespath compares by reference inside contains(): a list element that is a list never
    // matches.
    expect(check(`contains(${nested}, \`["a","b"]\`)`, 'eq', false, refundTrace).passed).toBe(true);
    expect(check(nested, 'contains', ['a', 'b'], refundTrace).passed).toBe(true);
    expect(check(nested, 'contains', { k: [1, { x: 2.0 }] }, refundTrace).passed).toBe(true);
    expect(check(nested, 'contains', { k: [1, { x: 3 }] }, refundTrace).passed).toBe(false);
    expect(
      check('tool_calls[*].arguments', 'contains', { amount_usd: 89.99, order_id: 'A1234' }, refundTrace).passed,
    ).toBe(true);
    expect(check(nested, 'eq', [['a', 'b'], { k: [1, { x: 2 }] }], refundTrace).passed).toBe(true);
    expect(check(nested, 'ne', [['a', 'b'], { k: [1, { x: 2 }] }], refundTrace).passed).toBe(false);
    expect(check(nested, 'ne', [['b', 'a'], { k: [1, { x: 2 }] }], refundTrace).passed).toBe(true);
  });

  it('regex: searches a text result; an invalid pattern fails', () => {
    expect(check('response.content', 'regex', 'R-\\d{4}', refundTrace).passed).toBe(true);
    expect(check('response.content', 'regex', '^R-', refundTrace).passed).toBe(false);
    expect(check('response.content', 'regex', '(', refundTrace).reason).toContain('invalid regular expression');
    expect(check('metadata.turn_count', 'regex', '3', refundTrace).reason).toContain('regex needs a text result');
  });

  it('exists: not null and not an empty list, so a filter that matched nothing fails', () => {
    expect(check("tool_calls[?name=='lookup_order']", 'exists', undefined, refundTrace).passed).toBe(true);
    const none = check("tool_calls[?name=='escalate']", 'exists', undefined, refundTrace);
    expect(none).toMatchObject({ passed: false, reason: "tool_calls[?name=='escalate'] found nothing ([])" });
    expect(check('metadata.nope', 'exists', undefined, refundTrace).passed).toBe(false);
  });

  it('a null result fails every operator, even ne, unless compared with an explicit null', () => {
    expect(check('metadata.nope', 'ne', 'x', refundTrace).reason).toBe(
      'metadata.nope found nothing (null), so it cannot be different from "x"',
    );
    const noCost = traceOf({ cost: null });
    expect(check('metadata.cost_usd', 'eq', null, noCost).passed).toBe(true);
    expect(check('metadata.cost_usd', 'ne', null, refundTrace).passed).toBe(true);
  });

  it('fails (not throws) on an invalid expression, and without a value to compare', () => {
    expect(check('tool_calls[?', 'exists', undefined, refundTrace).reason).toMatch(
      /^invalid JMESPath expression tool_calls\[\?: /,
    );
    expect(check('metadata.model', 'eq', undefined, refundTrace).reason).toBe(
      'operator eq needs a value to compare with',
    );
  });

  it('works on an empty trace and on unicode text', () => {
    const empty = traceOf({ output: null });
    expect(check('tool_calls', 'eq', [], empty).passed).toBe(true);
    expect(check('response.content', 'exists', undefined, empty).passed).toBe(false);
    expect(check('length(tool_calls)', 'eq', 0, empty).passed).toBe(true);
    expect(check('response.content', 'contains', '東京', traceOf({ output: 'Cafe\u0301 東京' })).passed).toBe(true);
  });

  it('sees tool results and the tool messages of the conversation', () => {
    expect(
      check("turns[?role=='tool_result'].tool_name", 'eq', ['lookup_order', 'issue_refund'], refundTrace).passed,
    ).toBe(true);
  });
});
