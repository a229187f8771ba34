import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { lineWrapper } from '../../src/cli/terminal.ts';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('the end-of-run line wrapper', () => {
  it('breaks at spaces, keeps every word whole and indents what follows under the first line', async () => {
    const wrap = await lineWrapper(30);
    const line = '  Cost $0.0412 agent + $0.0040 judge + $0.0007 simulated user, saved $0.0019 by caching.';
    const lines = wrap(line).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const each of lines) expect(stringWidth(each), each).toBeLessThanOrEqual(30);
    expect(words(lines.join(' '))).toEqual(words(line));
    for (const each of lines.slice(1)) expect(each.startsWith('    ')).toBe(true);
    expect(lines.some((each) => each.trimEnd().endsWith('$0.0') || each.trim().startsWith('07'))).toBe(false);
  });

  it('leaves a line that fits alone and cuts only a word longer than the whole width', async () => {
    const wrap = await lineWrapper(20);
    expect(wrap('fits in twenty')).toBe('fits in twenty');
    const long = wrap(`key ${'x'.repeat(50)}`).split('\n');
    for (const each of long) expect(stringWidth(each)).toBeLessThanOrEqual(20);
    expect(long.join('').replaceAll(' ', '')).toBe(`key${'x'.repeat(50)}`);
  });

  it('counts colour codes as nothing and wide characters as two columns', async () => {
    const wrap = await lineWrapper(12);
    const lines = wrap('\u001b[31mFAIL\u001b[39m 日本語の シナリオ 名前').split('\n');
    for (const each of lines) expect(stringWidth(each), each).toBeLessThanOrEqual(12);
    expect(lines[0]).toContain('\u001b[31mFAIL\u001b[39m');
  });
});
