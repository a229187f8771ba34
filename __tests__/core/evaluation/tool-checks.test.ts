import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/core/evaluation/evaluate-assertion.ts';
import { traceView } from '../../../src/core/evaluation/trace-view.ts';
import type { RunTrace } from '../../../src/core/trace.ts';
import { assertion, call, traceOf } from '../../helpers/checks-fixtures.ts';

function check(input: Record<string, unknown>, trace: RunTrace) {
  return runCheck(assertion(input), trace, () => traceView(trace));
}

describe('tool_called', () => {
  it('passes when the tool was called and says how often', () => {
    const outcome = check(
      { type: 'tool_called', tool: 'file_read' },
      traceOf({ calls: [call('file_read'), call('file_read', {}, 'b')] }),
    );
    expect(outcome).toMatchObject({ passed: true, score: 1 });
    expect(outcome.reason).toBe('file_read was called 2 times');
  });

  it('fails on an empty trace, naming that no tools were called', () => {
    const outcome = check({ type: 'tool_called', tool: 'file_read' }, traceOf({ output: null }));
    expect(outcome).toMatchObject({ passed: false, score: 0 });
    expect(outcome.reason).toBe('file_read was never called (no tools were called)');
  });

  it('lists the tools that were called instead', () => {
    const outcome = check(
      { type: 'tool_called', tool: 'file_read' },
      traceOf({ calls: [call('run_tests'), call('file_write')] }),
    );
    expect(outcome.reason).toBe('file_read was never called (tools called: run_tests, file_write)');
  });

  it('matches arguments partially and deeply: extra keys in the call are ignored', () => {
    const trace = traceOf({
      calls: [call('file_write', { path: 'a.ts', options: { mode: 'w', encoding: 'utf8' }, lines: [1, 2] })],
    });
    expect(check({ type: 'tool_called', tool: 'file_write', arguments: { path: 'a.ts' } }, trace).passed).toBe(true);
    expect(
      check({ type: 'tool_called', tool: 'file_write', arguments: { options: { mode: 'w' } } }, trace).passed,
    ).toBe(true);
    expect(check({ type: 'tool_called', tool: 'file_write', arguments: { lines: [1, 2] } }, trace).passed).toBe(true);
    expect(check({ type: 'tool_called', tool: 'file_write', arguments: { lines: [1] } }, trace).passed).toBe(false);
    expect(
      check({ type: 'tool_called', tool: 'file_write', arguments: { options: { mode: 'a' } } }, trace).passed,
    ).toBe(false);
    expect(check({ type: 'tool_called', tool: 'file_write', arguments: { missing: null } }, trace).passed).toBe(false);
  });

  it('passes when any one of several calls matches, and says which', () => {
    const trace = traceOf({ calls: [call('file_read', { path: 'x' }, '1'), call('file_read', { path: 'y' }, '2')] });
    const outcome = check({ type: 'tool_called', tool: 'file_read', arguments: { path: 'y' } }, trace);
    expect(outcome.passed).toBe(true);
    expect(outcome.reason).toContain('call 2 of 2');
  });

  it('fails with the arguments it saw when none match', () => {
    const trace = traceOf({ calls: [call('file_read', { path: 'b.txt' })] });
    const outcome = check({ type: 'tool_called', tool: 'file_read', arguments: { path: 'a.txt' } }, trace);
    expect(outcome.passed).toBe(false);
    expect(outcome.reason).toBe("file_read was called with path 'b.txt'; expected 'a.txt'");
  });

  it('does not match a call whose arguments could not be parsed, and shows the raw text', () => {
    const broken = { id: 'c', name: 'file_read', arguments: null, rawArguments: '{"path": "a.txt"' };
    const outcome = check(
      { type: 'tool_called', tool: 'file_read', arguments: { path: 'a.txt' } },
      traceOf({ calls: [broken] }),
    );
    expect(outcome.passed).toBe(false);
    expect(outcome.reason).toContain('unparseable arguments');
  });

  it('compares unicode arguments exactly', () => {
    const trace = traceOf({ calls: [call('search', { query: 'café ☕ 東京' })] });
    expect(check({ type: 'tool_called', tool: 'search', arguments: { query: 'café ☕ 東京' } }, trace).passed).toBe(
      true,
    );
  });
});

describe('tool_not_called', () => {
  it('passes when the tool was not called, including with no tool calls at all', () => {
    expect(check({ type: 'tool_not_called', tool: 'rm' }, traceOf()).passed).toBe(true);
    expect(check({ type: 'tool_not_called', tool: 'rm' }, traceOf({ calls: [call('ls')] })).reason).toBe(
      'rm was not called',
    );
  });

  it('fails with the count and the first arguments', () => {
    const outcome = check({ type: 'tool_not_called', tool: 'rm' }, traceOf({ calls: [call('rm', { path: '/' })] }));
    expect(outcome).toMatchObject({ passed: false, score: 0, reason: 'rm was called 1 time, first with {"path":"/"}' });
  });
});

describe('tool_sequence', () => {
  const sequence = (mode: string, names: string[], expected = ['file_read', 'file_write']) =>
    check(
      { type: 'tool_sequence', mode, sequence: expected },
      traceOf({ calls: names.map((name, index) => call(name, {}, `c${index}`)) }),
    );

  it('exact: passes on the same calls in the same order only', () => {
    expect(sequence('exact', ['file_read', 'file_write']).passed).toBe(true);
    expect(sequence('exact', ['file_read', 'file_write', 'run_tests']).reason).toBe(
      'expected exactly file_read, file_write; an extra call after it: run_tests',
    );
    expect(sequence('exact', ['file_read']).reason).toBe('expected file_write after the first 1 call; got file_read');
    expect(sequence('exact', []).reason).toBe(
      'expected file_read, file_write after the first 0 calls; got no tool calls',
    );
  });

  it('exact: names a swapped pair the way a person would', () => {
    const outcome = sequence('exact', ['file_write', 'file_read']);
    expect(outcome.passed).toBe(false);
    expect(outcome.reason).toBe('expected file_read before file_write; got file_write, file_read');
  });

  it('exact: names the position of any other divergence', () => {
    expect(sequence('exact', ['file_read', 'run_tests']).reason).toBe(
      'call 2: expected file_write, got run_tests; expected file_read, file_write; got file_read, run_tests',
    );
  });

  it('in_order: allows other calls between the expected ones', () => {
    const outcome = sequence('in_order', ['file_read', 'grep', 'file_write', 'run_tests']);
    expect(outcome.passed).toBe(true);
  });

  it('in_order: reports the pair in the wrong order', () => {
    expect(sequence('in_order', ['file_write', 'file_read']).reason).toBe(
      'expected file_read before file_write; got file_write, file_read',
    );
  });

  it('in_order: reports a call that never happened', () => {
    expect(sequence('in_order', ['file_read']).reason).toBe(
      'expected file_write after file_read, but file_write was never called; got file_read',
    );
    expect(sequence('in_order', []).reason).toBe(
      'expected file_read, but file_read was never called; got no tool calls',
    );
  });

  it('in_order is the default mode', () => {
    const outcome = check(
      { type: 'tool_sequence', sequence: ['a', 'b'] },
      traceOf({ calls: [call('a'), call('x'), call('b')] }),
    );
    expect(outcome.passed).toBe(true);
  });

  it('any_order: passes in any order with extras, counting repeats', () => {
    expect(sequence('any_order', ['file_write', 'x', 'file_read']).passed).toBe(true);
    const twice = check(
      { type: 'tool_sequence', mode: 'any_order', sequence: ['run_tests', 'run_tests'] },
      traceOf({ calls: [call('run_tests')] }),
    );
    expect(twice.reason).toBe('missing run_tests (called 1 of 2 times); got run_tests');
    expect(sequence('any_order', ['file_read']).reason).toBe('missing file_write (never called); got file_read');
  });

  it('keeps reasons readable when the agent runs away', () => {
    const names = Array.from({ length: 500 }, () => 'poll');
    const outcome = sequence('exact', names, ['poll']);
    expect(outcome.reason.length).toBeLessThan(300);
    expect(outcome.reason).toContain('(479 more)');
  });
});
