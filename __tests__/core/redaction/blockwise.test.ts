import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/core/redaction/index.ts';
import { BLOCK_LENGTH, BLOCKWISE_MIN_LENGTH, staysOnOneLine } from '../../../src/core/redaction/blockwise.ts';

// A text of BLOCKWISE_MIN_LENGTH characters or more is redacted a block of lines at a time (one full-size copy
// instead of one per stage). These pin that a long text loses exactly what it would lose redacted whole.

const filler = (length: number) => 'lorem ipsum dolor sit amet\n'.repeat(Math.ceil(length / 27)).slice(0, length);

/**
 * `snippet` placed so that its first line break is the last character of the first block, in a text long enough
 * to be redacted block by block. The filler before it ends with a space, so the snippet starts a word.
 */
function acrossFirstBoundary(snippet: string): { text: string; before: string; after: string } {
  const before = `${filler(BLOCK_LENGTH - 2 - snippet.indexOf('\n'))} `;
  const after = `\n${filler(BLOCKWISE_MIN_LENGTH)}`;
  return { text: `${before}${snippet}${after}`, before, after };
}

describe('long texts redacted a block of lines at a time', () => {
  const basicCredentials = 'dXNlcjpwYXNzd29yZA==';
  // Each built-in pattern that can cross a line break, crossing the first block boundary; the last one starts as
  // far before the line break as a crossing match can.
  const crossing = [
    `bearer${' '.repeat(19)}\nTOKEN.value-1`,
    `Authorization: Basic\n  ${basicCredentials}`,
    `basic\n ${basicCredentials}`,
    'extraheader =\n AUTHORIZATION: basic abc',
    'x-api-key:\n  12345-abcde',
    'token =\n  abc123def',
    '"password"    :\n    "hunter22"',
    'token=bearer\n[REDACTED]',
    `"authorization"     :     "basic${' '.repeat(19)}\n${basicCredentials}`,
  ];

  it('removes a built-in match that crosses a block boundary, as it does in a short text', () => {
    const redactor = createRedactor({ secrets: [] });
    for (const snippet of crossing) {
      const { text, before, after } = acrossFirstBoundary(snippet);
      expect(text.length).toBeGreaterThanOrEqual(BLOCKWISE_MIN_LENGTH);
      expect(redactor.text(text), JSON.stringify(snippet)).toBe(`${before}${redactor.text(snippet)}${after}`);
    }
    const { text } = acrossFirstBoundary(crossing.at(-1)!);
    expect(redactor.text(text)).not.toContain(basicCredentials);
  });

  it('removes literal secrets, their encodings and every pattern on every line of a long text', () => {
    const secret = 'sk-live/Literal+0123';
    const redactor = createRedactor({ secrets: [secret], extraPatterns: ['ACME-[0-9]{6}'] });
    const encoded = [
      secret,
      encodeURIComponent(secret),
      'sk-live/Literal\\u002b0123',
      'sk%2Dlive/Literal+0123',
      Buffer.from(`user:${secret}`).toString('base64'),
    ];
    const lines = Array.from(
      { length: 4000 },
      (_, index) =>
        `${index} ${encoded[index % encoded.length]} id ACME-${String(100000 + index)} token=t${index} ` +
        `Bearer b${index} ghp_${'x'.repeat(36)}`,
    );
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(4 * BLOCK_LENGTH);
    const out = redactor.text(text);
    expect(out).toBe(lines.map((line) => redactor.text(line)).join('\n'));
    expect(out).not.toMatch(/sk-live|Literal|ACME-\d|token=t|Bearer b|ghp_/);
    expect(out.split('\n')[1]).toBe('1 [REDACTED] id [REDACTED] token=[REDACTED] Bearer [REDACTED] [REDACTED]');
  });

  it('removes a secret that holds line breaks whole, wherever the blocks would have been cut', () => {
    const key = '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END KEY-----';
    const { text, before, after } = acrossFirstBoundary(key);
    expect(createRedactor({ secrets: [key] }).text(text)).toBe(`${before}[REDACTED]${after}`);
  });

  it('runs a user pattern that can match a line break on the whole text, and one that cannot on each block', () => {
    expect(staysOnOneLine('ACME-[0-9]{6}')).toBe(true);
    expect(staysOnOneLine('sk_live_[A-Za-z0-9]{24,}')).toBe(true);
    for (const crossesLines of ['XY\\s+Z', '[^a]+Z', '^XY', '\\bXY', '(?s)X.Z', 'X\\nZ', 'X(?=Y)'])
      expect(staysOnOneLine(crossesLines), crossesLines).toBe(false);
    const redactor = createRedactor({ secrets: [], extraPatterns: ['ACME-[0-9]{6}', 'XY\\s+Z'] });
    const { text, before, after } = acrossFirstBoundary('ACME-123456 XY\n  Z');
    expect(redactor.text(text)).toBe(`${before}[REDACTED] [REDACTED]${after}`);
  });

  it('still removes a piece of a secret at a cut mark when removing long secrets left a short text', () => {
    const long = `long-${'L'.repeat(95)}`;
    const redactor = createRedactor({ secrets: [long, 'other-secret-value'] });
    const text = `${long}\n`.repeat(700);
    expect(text.length).toBeGreaterThanOrEqual(BLOCKWISE_MIN_LENGTH);
    expect(redactor.text(`${text}label: other-secr...`)).toBe(`${'[REDACTED]\n'.repeat(700)}label: [REDACTED]...`);
  });
});
