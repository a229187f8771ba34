import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../../src/core/results.ts';
import { createProgress } from '../../src/cli/progress.ts';
import { createRedactor } from '../../src/core/redaction/index.ts';
import { stripControlSequences } from '../../src/core/safe-text.ts';
import type { CliIO } from '../../src/cli/cli-io.ts';

function capture(isTTY: boolean): { io: CliIO; out: () => string; err: () => string } {
  const stdout = Object.assign(new PassThrough(), { isTTY });
  const stderr = Object.assign(new PassThrough(), { isTTY });
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return {
    io: { stdout, stderr, env: {}, cwd: '/', interrupt: new AbortController().signal },
    out: () => out,
    err: () => err,
  };
}

const finished: ScenarioResult = {
  name: 'weather',
  file: 'weather.yaml',
  provider: 'openai',
  model: 'gpt-4o-mini',
  mode: 'live',
  status: 'passed',
  verdict: 'PASS',
  summary: 'ok',
  trials: [],
  turns: 2,
  max_turns_hit: false,
  tool_calls: 1,
  input_tokens: 10,
  output_tokens: 5,
  cost_usd: null,
  latency_seconds: 1,
  scenario_hash: 'ab'.repeat(32),
};

describe('run progress', () => {
  it('on a terminal redraws one live status line', async () => {
    const { io, out, err } = capture(true);
    const progress = createProgress(io, { json: false, shown: (text) => text });
    progress.onEvent({ type: 'suite_started', total: 2 });
    progress.onEvent({ type: 'scenario_started', index: 0, name: 'weather', file: 'weather.yaml', trials: 1 });
    progress.onEvent({ type: 'scenario_finished', index: 0, result: finished, done: 1, total: 2 });
    progress.clear();
    await new Promise((resolve) => setImmediate(resolve));
    expect(err()).toContain('[0/2] running 1: weather');
    expect(err()).toContain('\r\x1b[2K');
    expect(out()).toContain('Scenario: weather (weather.yaml)');
  });

  it('in CI logs prints plain lines without control characters', async () => {
    const { io, out, err } = capture(false);
    const progress = createProgress(io, { json: false, shown: (text) => text });
    progress.onEvent({ type: 'scenario_started', index: 0, name: 'weather', file: 'weather.yaml', trials: 1 });
    progress.onEvent({ type: 'scenario_finished', index: 0, result: finished, done: 1, total: 1 });
    progress.onEvent({ type: 'cost_uncounted', model: 'mystery' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(err()).toContain('started weather\n');
    expect(err()).toContain('model mystery has no known price');
    expect(err() + out()).not.toContain('\x1b');
    expect(out()).toContain('Hash:     abababababab');
  });

  it('writes the lines of one burst together and in order, and clear() writes what is pending at once', async () => {
    const { io, out, err } = capture(false);
    const writes: string[] = [];
    const write = io.stderr.write.bind(io.stderr);
    io.stderr.write = ((chunk: string) => (writes.push(chunk), write(chunk))) as typeof io.stderr.write;
    const progress = createProgress(io, { json: false, shown: (text) => text });
    for (const [index, name] of ['a', 'b', 'c'].entries())
      progress.onEvent({ type: 'scenario_started', index, name, file: `${name}.yaml`, trials: 1 });
    expect(err()).toBe('');
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['started a\nstarted b\nstarted c\n']);
    progress.onEvent({ type: 'scenario_finished', index: 0, result: finished, done: 1, total: 3 });
    progress.onEvent({ type: 'cost_uncounted', model: 'mystery' });
    progress.clear();
    expect(out()).toContain('Scenario: weather (weather.yaml)');
    expect(err()).toContain('model mystery has no known price');
  });

  it('redacts and strips what a scenario wrote before the started line and the status line show it, before cutting', async () => {
    const secret = 'name-Secret-Value-123456';
    const redactor = createRedactor({ secrets: [secret] });
    const shown = (text: string) => stripControlSequences(redactor.text(text));
    const plain = capture(false);
    const progress = createProgress(plain.io, { json: false, shown });
    progress.onEvent({
      type: 'scenario_started',
      index: 0,
      name: `leaks ${secret}\x1b]0;pwned\x07\n::add-mask::x`,
      file: 'a.yaml',
      trials: 1,
    });
    progress.clear();
    expect(plain.err()).toBe('started leaks [REDACTED] ::add-mask::x\n');

    const live = capture(true);
    const status = createProgress(live.io, { json: false, shown });
    status.onEvent({ type: 'suite_started', total: 2 });
    // The secret straddles the status line's 160th character: redacted first, nothing of it survives the cut.
    status.onEvent({
      type: 'scenario_started',
      index: 0,
      name: `${'n'.repeat(120)}${secret}`,
      file: 'a.yaml',
      trials: 1,
    });
    status.clear();
    expect(live.err()).toContain('[REDACTED]');
    expect(live.err()).not.toContain(secret.slice(0, 8));
  });

  it('clears a finished scenario from the status line though its row carries the redacted name', async () => {
    const secret = 'status-Secret-Value-9876';
    const redactor = createRedactor({ secrets: [secret] });
    const { io, err } = capture(true);
    const progress = createProgress(io, { json: false, shown: (text) => redactor.text(text) });
    progress.onEvent({ type: 'suite_started', total: 2 });
    progress.onEvent({ type: 'scenario_started', index: 0, name: `first ${secret}`, file: 'a.yaml', trials: 1 });
    progress.onEvent({ type: 'scenario_started', index: 1, name: 'second', file: 'b.yaml', trials: 1 });
    progress.onEvent({
      type: 'scenario_finished',
      index: 0,
      result: redactor.deep({ ...finished, name: `first ${secret}` }),
      done: 1,
      total: 2,
    });
    progress.clear();
    const lastStatus = err()
      .split('\r\x1b[2K')
      .filter((part) => part.startsWith('['))
      .at(-1);
    expect(lastStatus).toBe('[1/2] running 1: second');
  });
});
