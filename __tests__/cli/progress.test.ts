import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../../src/core/results.ts';
import { createProgress } from '../../src/cli/progress.ts';
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
    const progress = createProgress(io, { json: false });
    progress.onEvent({ type: 'suite_started', total: 2 });
    progress.onEvent({ type: 'scenario_started', name: 'weather', file: 'weather.yaml', trials: 1 });
    progress.onEvent({ type: 'scenario_finished', result: finished, done: 1, total: 2 });
    progress.clear();
    await new Promise((resolve) => setImmediate(resolve));
    expect(err()).toContain('[0/2] running 1: weather');
    expect(err()).toContain('\r\x1b[2K');
    expect(out()).toContain('Scenario: weather (weather.yaml)');
  });

  it('in CI logs prints plain lines without control characters', async () => {
    const { io, out, err } = capture(false);
    const progress = createProgress(io, { json: false });
    progress.onEvent({ type: 'scenario_started', name: 'weather', file: 'weather.yaml', trials: 1 });
    progress.onEvent({ type: 'scenario_finished', result: finished, done: 1, total: 1 });
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
    const progress = createProgress(io, { json: false });
    for (const name of ['a', 'b', 'c'])
      progress.onEvent({ type: 'scenario_started', name, file: `${name}.yaml`, trials: 1 });
    expect(err()).toBe('');
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['started a\nstarted b\nstarted c\n']);
    progress.onEvent({ type: 'scenario_finished', result: finished, done: 1, total: 3 });
    progress.onEvent({ type: 'cost_uncounted', model: 'mystery' });
    progress.clear();
    expect(out()).toContain('Scenario: weather (weather.yaml)');
    expect(err()).toContain('model mystery has no known price');
  });
});
