import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeLines } from '../../src/cli/cli-io.ts';
import { createRedactor } from '../../src/core/redaction/index.ts';

function capture(): { stream: PassThrough; text: () => string; writes: () => number } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  return { stream, text: () => chunks.join(''), writes: () => chunks.length };
}

describe('writeLines', () => {
  it('writes a long report in batches of whole lines, each redacted, the same text as written whole', () => {
    const secret = 'sk-live-0123456789abcdefghijklmnopqrstuv';
    const redactor = createRedactor({ secrets: [secret] });
    const lines = Array.from(
      { length: 20_000 },
      (_, index) => `PASS  scenario ${index}  ${index % 997 === 0 ? `leaked ${secret}` : 'ok'}`,
    );
    const out = capture();
    writeLines(out.stream, lines, (text) => redactor.text(text));
    expect(out.writes()).toBeGreaterThan(1);
    expect(out.text()).toBe(`${redactor.text(lines.join('\n'))}\n`);
    expect(out.text()).not.toContain(secret);
    expect(out.text().split('\n')).toHaveLength(lines.length + 1);
  });

  it('writes nothing for no lines', () => {
    const out = capture();
    writeLines(out.stream, [], (text) => text);
    expect(out.text()).toBe('');
  });
});
