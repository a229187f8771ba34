import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../../src/core/results.ts';
import { createProgress } from '../../src/cli/progress.ts';
import { createRedactor } from '../../src/core/redaction/index.ts';
import { stripControlSequences } from '../../src/core/safe-text.ts';
import type { CliIO } from '../../src/cli/cli-io.ts';
import { readTerminal, type Terminal } from '../../src/cli/terminal.ts';
import stringWidth from 'string-width';

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

/** The terminal the shell would decide on, as a test states it. */
function terminalOf(options: { tty: boolean; width?: number; env?: Record<string, string> }): Terminal {
  const stdout = Object.assign(new PassThrough(), { isTTY: options.tty, columns: options.width });
  const stderr = Object.assign(new PassThrough(), { isTTY: options.tty, columns: options.width });
  return readTerminal({ stdout, stderr, env: options.env ?? {}, cwd: '/', interrupt: new AbortController().signal });
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const ESC = '\x1b';

describe('run progress', () => {
  it('on a terminal redraws one status line (counts, time, spend), prints a line per finished scenario', async () => {
    const { io, out, err } = capture(true);
    let clock = 0;
    const terminal = terminalOf({ tty: true, width: 80, env: { NO_COLOR: '1' } });
    const progress = createProgress(io, { json: false, shown: (text) => text, terminal, now: () => clock });
    progress.onEvent({ type: 'suite_started', total: 2 });
    progress.onEvent({ type: 'scenario_started', index: 0, name: 'weather', file: 'weather.yaml', trials: 1 });
    clock = 72_000;
    progress.onEvent({
      type: 'scenario_finished',
      index: 0,
      result: { ...finished, status: 'failed', verdict: 'FAIL', cost_usd: 0.84 },
      done: 1,
      total: 2,
    });
    progress.clear();
    await settle();
    expect(err()).toContain('[0/2] 0 failed · 0:00 elapsed · $0 spent · weather');
    expect(err()).toContain('\r\x1b[2K[1/2] 1 failed · 1:12 elapsed · $0.84 spent');
    expect(out()).toMatch(/^FAIL {7}weather {2,}- +\$0\.84 +1s\n$/);
    expect(err() + out()).not.toContain('started');
  });

  it('in CI logs prints the finished lines only: no status line, no started lines, no control characters', async () => {
    const { io, out, err } = capture(false);
    const progress = createProgress(io, { json: false, shown: (text) => text, terminal: terminalOf({ tty: false }) });
    progress.onEvent({ type: 'suite_started', total: 1 });
    progress.onEvent({ type: 'scenario_started', index: 0, name: 'weather', file: 'weather.yaml', trials: 1 });
    progress.onEvent({ type: 'scenario_finished', index: 0, result: finished, done: 1, total: 1 });
    progress.onEvent({ type: 'cost_uncounted', model: 'mystery' });
    await settle();
    expect(err()).toBe(
      'warning: model mystery has no known price; ' +
        'the spend cap cannot count its cost (add it under prices: in salvo.yaml).\n',
    );
    expect(err() + out()).not.toContain(ESC);
    expect(out()).toMatch(/^PASS {7}weather {2,}- +unknown +1s\n$/);
  });

  it('writes the lines of one burst together and in order, and clear() writes what is pending at once', async () => {
    const { io, out, err } = capture(false);
    const writes: string[] = [];
    const write = io.stdout.write.bind(io.stdout);
    io.stdout.write = ((chunk: string) => (writes.push(chunk), write(chunk))) as typeof io.stdout.write;
    const progress = createProgress(io, { json: false, shown: (text) => text, terminal: terminalOf({ tty: false }) });
    for (const [index, name] of ['a', 'b', 'c'].entries())
      progress.onEvent({ type: 'scenario_finished', index, result: { ...finished, name }, done: index + 1, total: 3 });
    expect(out()).toBe('');
    await settle();
    expect(writes).toHaveLength(1);
    expect(writes[0]!.split('\n').map((line) => line.slice(0, 12))).toEqual([
      'PASS       a',
      'PASS       b',
      'PASS       c',
      '',
    ]);
    progress.onEvent({ type: 'cost_uncounted', model: 'mystery' });
    progress.clear();
    expect(err()).toContain('model mystery has no known price');
  });

  it('redacts and strips what a scenario wrote before the status line shows it, before cutting', async () => {
    const secret = 'name-Secret-Value-123456';
    const redactor = createRedactor({ secrets: [secret] });
    const shown = (text: string) => stripControlSequences(redactor.text(text));
    const live = capture(true);
    const terminal = terminalOf({ tty: true, width: 60, env: { NO_COLOR: '1' } });
    const status = createProgress(live.io, { json: false, shown, terminal });
    status.onEvent({ type: 'suite_started', total: 2 });
    // The secret straddles the status line's cut: redacted first, nothing of it survives.
    status.onEvent({
      type: 'scenario_started',
      index: 0,
      name: `${'n'.repeat(10)}${secret}\x1b]0;pwned\x07`,
      file: 'a.yaml',
      trials: 1,
    });
    status.clear();
    await settle();
    expect(live.err()).toContain('nnnnnnnnnn[REDA…');
    expect(live.err()).not.toContain(secret.slice(0, 8));
    expect(live.err()).not.toContain('pwned\x07');
  });

  it('clears a finished scenario from the status line though its row carries the redacted name', async () => {
    const secret = 'status-Secret-Value-9876';
    const redactor = createRedactor({ secrets: [secret] });
    const { io, err } = capture(true);
    const terminal = terminalOf({ tty: true, width: 160, env: { NO_COLOR: '1' } });
    const progress = createProgress(io, { json: false, shown: (text) => redactor.text(text), terminal, now: () => 0 });
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
    expect(lastStatus).toBe('[1/2] 0 failed · 0:00 elapsed · $0 spent · second');
  });

  for (const width of [60, 80, 160]) {
    it(`at ${width} columns no line (finished row or status line) is wider than the terminal`, async () => {
      const { io, out, err } = capture(true);
      const terminal = terminalOf({ tty: true, width, env: { FORCE_COLOR: '1' } });
      const progress = createProgress(io, { json: false, shown: (text) => text, terminal });
      progress.onEvent({ type: 'suite_started', total: 200 });
      const long = `Support agent refunds a broken order exactly once, for its full amount ${'and more '.repeat(20)}`;
      for (let index = 0; index < 4; index += 1)
        progress.onEvent({ type: 'scenario_started', index, name: `${long} ${index}`, file: 'a.yaml', trials: 1 });
      progress.onEvent({
        type: 'scenario_finished',
        index: 0,
        result: { ...finished, name: long, verdict: 'HARD_FAIL', status: 'failed', cost_usd: 0.0004631 },
        done: 1,
        total: 200,
      });
      progress.clear();
      await settle();
      const lines = [...out().split('\n'), ...err().split('\r\x1b[2K')].filter(Boolean);
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) expect(stringWidth(line.replace(/\n$/, ''))).toBeLessThanOrEqual(width);
      expect(out()).toContain(`${ESC}[31mHARD FAIL`);
    });
  }
});

describe('readTerminal', () => {
  it('colours only on a terminal, unless NO_COLOR or FORCE_COLOR says otherwise', () => {
    expect(terminalOf({ tty: true }).colour).toBe(true);
    expect(terminalOf({ tty: false }).colour).toBe(false);
    expect(terminalOf({ tty: true, env: { NO_COLOR: '1' } }).colour).toBe(false);
    expect(terminalOf({ tty: false, env: { FORCE_COLOR: '1' } }).colour).toBe(true);
    expect(terminalOf({ tty: true, env: { FORCE_COLOR: '0' } }).colour).toBe(true);
    expect(terminalOf({ tty: false, env: { FORCE_COLOR: '0' } }).colour).toBe(false);
    expect(terminalOf({ tty: false }).paint.red('x')).toBe('x');
    expect(terminalOf({ tty: false, env: { FORCE_COLOR: '1' } }).paint.red('x')).toBe('\x1b[31mx\x1b[39m');
  });

  it('takes the width from COLUMNS, else the terminal, else 120', () => {
    expect(terminalOf({ tty: true, width: 80 }).width).toBe(80);
    expect(terminalOf({ tty: true, width: 80, env: { COLUMNS: '60' } }).width).toBe(60);
    expect(terminalOf({ tty: false }).width).toBe(120);
    expect(terminalOf({ tty: false }).live).toBe(false);
  });
});
