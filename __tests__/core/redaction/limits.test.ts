import { describe, expect, it } from 'vitest';
import { checkState } from '../../../src/core/evaluation/jmespath-check.ts';
import type { AssertionOf } from '../../../src/core/scenario/assertion-schema.ts';
import { createRedactor, limitTrace, TRACE_LIMITS, truncateText } from '../../../src/core/redaction/index.ts';
import type { TraceMessage } from '../../../src/core/trace.ts';
import { traceFixture } from '../../helpers/trace-fixture.ts';

describe('truncateText', () => {
  it('keeps text within the limit unchanged', () => {
    expect(truncateText('short', 10)).toBe('short');
  });

  it('cuts longer text and says how much went', () => {
    expect(truncateText('abcdefghij', 4)).toBe('abcd... [truncated 6 chars]');
  });
});

describe('limitTrace', () => {
  it('leaves a small trace as it is, not marked truncated', () => {
    const trace = traceFixture();
    expect(limitTrace(trace)).toEqual(trace);
  });

  it('caps each message at 50 000 characters with a visible marker', () => {
    const big = 'x'.repeat(60_000);
    const trace = limitTrace(traceFixture({ messages: [{ role: 'user', content: big }], final_content: big }));
    expect(trace.truncated).toBe(true);
    expect(trace.messages[0]!.content!.length).toBeLessThan(50_100);
    expect(trace.messages[0]!.content).toMatch(/\[truncated 10000 chars\]$/);
    expect(trace.final_content).toMatch(/\[truncated/);
  });

  it('caps the final state, keeping its JSON cut with a marker, so a state assertion cannot read half of it', () => {
    const small = limitTrace(traceFixture({ final_state: { refunds: [] } }));
    expect(small.final_state).toEqual({ refunds: [] });
    expect(small.final_state_truncated).toBeUndefined();
    const big = limitTrace(traceFixture({ final_state: { log: 'z'.repeat(TRACE_LIMITS.finalState) } }));
    expect(big.truncated).toBe(true);
    expect(big.final_state_truncated).toBe(true);
    const cut = big.final_state!['[truncated]'] as string;
    expect(cut.startsWith('{"log":"zzz')).toBe(true);
    expect(cut).toMatch(/\[truncated 10 chars\]$/);
  });

  it('caps tool arguments too', () => {
    const call = { id: 'c1', name: 'write', arguments: { body: 'y'.repeat(60_000) } };
    const trace = limitTrace(
      traceFixture({ tool_calls_made: [call], messages: [{ role: 'assistant', content: null, tool_calls: [call] }] }),
    );
    expect(trace.tool_calls_made[0]!.arguments).toBeNull();
    expect(trace.tool_calls_made[0]!.rawArguments).toMatch(/\[truncated/);
    expect(trace.messages[0]!.tool_calls![0]!.rawArguments).toMatch(/\[truncated/);
  });

  it('caps each raw response at 100 000 characters', () => {
    const turn = {
      index: 0,
      model: 'm',
      request_id: null,
      latency_ms: 1,
      usage: traceFixture().usage,
      finish_reason: 'stop' as const,
      raw_finish_reason: null,
      retries: 0,
    };
    const trace = limitTrace(traceFixture({ turns: [{ ...turn, raw: { text: 'z'.repeat(150_000) } }] }));
    expect(typeof trace.turns[0]!.raw).toBe('string');
    expect((trace.turns[0]!.raw as string).length).toBeLessThan(TRACE_LIMITS.rawResponse + 100);
    expect(trace.truncated).toBe(true);
  });

  it('keeps the whole trace under 5 MB, dropping the middle of the conversation first', () => {
    const messages: TraceMessage[] = [{ role: 'user', content: 'the task' }];
    for (let index = 0; index < 150; index += 1)
      messages.push({ role: 'tool', content: 'm'.repeat(49_000), tool_call_id: `c${index}`, tool_name: 't' });
    messages.push({ role: 'assistant', content: 'the final answer', tool_calls: [] });
    const trace = limitTrace(traceFixture({ messages }));
    expect(JSON.stringify(trace).length).toBeLessThanOrEqual(TRACE_LIMITS.trace);
    expect(trace.truncated).toBe(true);
    expect(trace.messages[0]!.content).toBe('the task');
    expect(trace.messages.at(-1)!.content).toBe('the final answer');
    expect(trace.messages[1]!.content).toBe('[omitted: trace size limit]');
    expect(trace.messages).toHaveLength(152);
  });
});

describe('a final state over the limit', () => {
  it('is redacted before it is cut, and a state assertion on it fails saying why', () => {
    const key = 'sk-test-abcdefghijklmnopqrstuvwxyz012345';
    const redactor = createRedactor({ secrets: [key] });
    const trace = limitTrace(
      redactor.deep(traceFixture({ final_state: { token: key, log: 'z'.repeat(TRACE_LIMITS.finalState) } })),
    );
    expect(JSON.stringify(trace)).not.toContain(key);
    expect(trace.final_state!['[truncated]']).toContain('"token":"');
    const outcome = checkState(
      { type: 'state', expression: 'token', operator: 'exists' } as AssertionOf<'state'>,
      trace,
    );
    expect(outcome.passed).toBe(false);
    expect(outcome.reason).toBe('the final state was cut to the trace size limit, so state assertions cannot read it');
  });
});
