import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActionLog } from '../../src/action/action-log.ts';
import { createRedactor } from '../../src/core/redaction/index.ts';

// What the runner reads: every stdout line, and it obeys those that start with `::`.
function captureStdout(): () => string[] {
  const writes: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk: string | Uint8Array) => (writes.push(String(chunk)), true),
  );
  return () => writes.join('').split(/\r?\n/).filter(Boolean);
}
afterEach(() => vi.restoreAllMocks());

const secret = 'db-password-from-env-42';
const log = createActionLog(createRedactor({ secrets: [secret] }));
const hostile =
  `a scenario\n::add-mask::hunter2\n::set-output name=passed::99\n` +
  `::error title=fake::forged\n::stop-commands::tok\n\x1b[31mred ${secret}`;

describe('the action log', () => {
  it('prints a line break in scenario or provider text as a quoted line, never a runner command', () => {
    const lines = captureStdout();
    log.info(`[1/1] FAILED ${hostile}`);
    expect(lines()).toEqual([
      '[1/1] FAILED a scenario',
      '> ::add-mask::hunter2',
      '> ::set-output name=passed::99',
      '> ::error title=fake::forged',
      '> ::stop-commands::tok',
      'red [REDACTED]',
    ]);
  });

  it('keeps annotations and warnings to one command each, redacted and without control sequences', () => {
    const lines = captureStdout();
    log.annotate({ level: 'error', title: `salvo: ${hostile}`, message: hostile, file: 'a.yaml', startLine: 3 });
    log.warning(hostile);
    expect(lines()).toHaveLength(2);
    for (const line of lines()) {
      expect(line).toMatch(/^::(error|warning)[ :]/);
      expect(line).not.toContain(secret);
      expect(line).not.toContain('\x1b');
    }
  });
});
