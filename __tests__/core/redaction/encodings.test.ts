import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/core/redaction/index.ts';

// A secret rarely comes back verbatim: a proxy URL-encodes it, a model escapes one character of it in
// malformed tool arguments, an HTTP client sends it as `Authorization: Basic base64(user:secret)`.
const SECRET = 'toolarg-Token-Escaped-7781';
const redactor = createRedactor({ secrets: [SECRET] });
const base64 = (text: string, encoding: BufferEncoding = 'base64') => Buffer.from(text).toString(encoding);

describe('a literal secret in its common encodings', () => {
  it('is removed with one \\u-escaped character inside malformed tool arguments, once or twice escaped', () => {
    const once = `{"token": "toolarg-Tok\\u0065n-Escaped-7781", "n": `;
    expect(redactor.text(once)).toBe('{"token": "[REDACTED]", "n": ');
    // The same arguments inside a JSON body: every backslash escaped again.
    const twice = `{\\"token\\": \\"toolarg-Tok\\\\u0065n-Escaped-7781\\"`;
    expect(redactor.text(twice)).toBe('{\\"token\\": \\"[REDACTED]\\"');
    expect(redactor.text('toolarg-Token-Esc\\x61ped-7781 and \\u0074oolarg-Token-Escaped-7781')).toBe(
      '[REDACTED] and [REDACTED]',
    );
  });

  it('is removed URL-encoded, wholly or in part, with either hex case', () => {
    expect(redactor.text(`?key=${encodeURIComponent(SECRET)}&x=1`)).toBe('?key=[REDACTED]&x=1');
    expect(redactor.text('?key=toolarg%2DToken%2dEscaped-7781&x=1')).toBe('?key=[REDACTED]&x=1');
    const spaced = createRedactor({ secrets: ['pass word with spaces'] });
    expect(spaced.text('a=pass+word+with+spaces&b=pass%20word%20with%20spaces')).toBe('a=[REDACTED]&b=[REDACTED]');
  });

  it('is removed as base64 of the bare value, standard or URL-safe, with or without padding', () => {
    for (const encoded of [base64(SECRET), base64(SECRET).replace(/=+$/, ''), base64(`${SECRET}??>>`, 'base64url')]) {
      expect(redactor.text(`blob ${encoded} end`), encoded).not.toMatch(
        /dG9vbGFyZy1Ub2tlbi1Fc2NhcGVkLTc3ODE|dG9vbGFyZy1Ub2tlbi1Fc2NhcGVk/,
      );
    }
    expect(redactor.text(`blob ${base64(SECRET)} end`)).toBe('blob [REDACTED] end');
  });

  it('is removed inside base64 at any alignment: Authorization: Basic base64(user:secret)', () => {
    for (const user of ['u', 'ab', 'api', 'user']) {
      const header = `Authorization: Basic ${base64(`${user}:${SECRET}`)}`;
      const out = createRedactor({ secrets: [SECRET] }).text(`x-header ${base64(`${user}:${SECRET}`)} ${header}`);
      const decoded = out
        .split(/\s+/)
        .map((word) => Buffer.from(word, 'base64').toString('latin1'))
        .join(' ');
      expect(decoded, user).not.toContain(SECRET.slice(0, 8));
      expect(out, user).not.toContain(base64(`${user}:${SECRET}`));
    }
  });
});

describe('credentials without a configured secret', () => {
  const plain = createRedactor({ secrets: [] });

  it('removes Basic credentials that decode to user:password, and leaves the word "basic" in prose', () => {
    expect(plain.text('curl -H "Authorization: Basic dXNlcjpodW50ZXIy"')).not.toContain('dXNlcjpodW50ZXIy');
    expect(plain.text('Basic dXNlcjpodW50ZXIy')).toBe('Basic [REDACTED]');
    expect(plain.text('a basic understanding of basic auth and basic usage')).toBe(
      'a basic understanding of basic auth and basic usage',
    );
  });

  it('removes the user and password of a URL, keeping the host', () => {
    expect(plain.text('could not reach http://bob:hunter2@gateway.internal:8080/v1/chat')).toBe(
      'could not reach http://[REDACTED]@gateway.internal:8080/v1/chat',
    );
    expect(plain.text('https://ghp-token-only@github.example/x')).toBe('https://[REDACTED]@github.example/x');
    expect(plain.text('see https://example.com/users/bob@example.com')).toBe(
      'see https://example.com/users/bob@example.com',
    );
  });
});

describe('a secret cut before it reached the redactor', () => {
  const label = (value: string) => `output_contains "${value.slice(0, 119)}…`;

  it('loses the beginning left before a cut mark (an assertion label cut to 120 characters)', () => {
    const value = `${'x'.repeat(105)} ${SECRET} and more`;
    const out = redactor.text(label(value));
    expect(out).toBe(`output_contains "${'x'.repeat(105)} [REDACTED]…`);
    // The same for `...` (a quoted value in a validation message) and for the end of a secret after a leading cut.
    expect(redactor.text(`got '${SECRET.slice(0, 10)}...'`)).toBe("got '[REDACTED]...'");
    expect(redactor.text(`…${SECRET.slice(6)} was said`)).toBe('…[REDACTED] was said');
  });

  it('loses the beginning an earlier mask left (an error excerpt hid the opaque end of a key)', () => {
    expect(redactor.text(`got '${SECRET.slice(0, 14)}[REDACTED]zzz'`)).toBe("got '[REDACTED][REDACTED]zzz'");
  });

  it('leaves ordinary cut text alone', () => {
    const text = `output_contains "${'The weather is fine. '.repeat(6).slice(0, 100)}…`;
    expect(redactor.text(text)).toBe(text);
  });
});
