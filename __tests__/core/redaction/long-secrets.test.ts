import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/core/redaction/index.ts';

// A secret far longer than a key (a kubeconfig or a certificate bundle in a `*_SECRET` variable) made the redactor
// throw "Invalid regular expression", quoting the pattern, that is the secret's encodings.
const longSecret = (length: number, seed: string) =>
  Array.from({ length }, (_, index) => seed[((index * 7 + index / 13) % seed.length) | 0]).join('');

describe('secrets longer than a regular expression may be', () => {
  it.each([40_000, 200_000])('removes a %i-character secret, plain and in base64, without throwing', (length) => {
    const secret = longSecret(length, 'abcdefghijklmnopqrstuvwxyz0123456789');
    const redactor = createRedactor({ secrets: [secret, 'sk-short-secret-123'] });
    const encoded = Buffer.from(secret).toString('base64');
    const text = `config: ${secret}\nas base64: ${encoded}\nand a key sk-short-secret-123 too`;
    const redacted = redactor.text(text);
    expect(redacted).toBe('config: [REDACTED]\nas base64: [REDACTED]\nand a key [REDACTED] too');
  });

  it('removes every one of many secrets whose encodings together exceed any one pattern', () => {
    const secrets = Array.from({ length: 60 }, (_, index) => longSecret(3000, `secret-${index}-xyzABC`));
    const redactor = createRedactor({ secrets });
    const redacted = redactor.deep({ values: secrets.map((secret, index) => `#${index} ${secret} end`) });
    expect(redacted.values).toEqual(secrets.map((_, index) => `#${index} [REDACTED] end`));
  });

  it('finds a long secret written with escapes, as it finds a short one', () => {
    const secret = longSecret(10_000, 'abcdefghij');
    const redactor = createRedactor({ secrets: [secret] });
    // JSON-escaped: the first letter written as \u0061.
    const escaped = `\\u00${secret.charCodeAt(0).toString(16)}${secret.slice(1)}`;
    expect(redactor.text(`{"value":"${escaped}"}`)).toBe('{"value":"[REDACTED]"}');
  });
});
