import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/core/redaction/index.ts';
import { BUILT_IN_PATTERNS, BUILT_IN_TRIGGER } from '../../../src/core/redaction/patterns.ts';

// Literal secrets are removed in one pass (one alternation) since the benchmark
// showed one scan per secret dominated redaction time; these pin its meaning.
describe('literal secrets in one pass', () => {
  it('removes secrets made of regular-expression characters literally, and only those', () => {
    const redactor = createRedactor({ secrets: ['p@ss.w0rd+(1)', 'a|b*c?[x]{2}^$\\'] });
    const out = redactor.text('one p@ss.w0rd+(1) two a|b*c?[x]{2}^$\\ three pXss.w0rd+(1) four a|b*c');
    expect(out).toBe('one [REDACTED] two [REDACTED] three pXss.w0rd+(1) four a|b*c');
  });

  it('removes a secret that contains another whole, and many secrets at once', () => {
    const secrets = Array.from({ length: 50 }, (_, index) => `secret-value-${index}-xyz`);
    const redactor = createRedactor({ secrets: ['token-abcd', 'token-abcd-efgh', ...secrets] });
    expect(redactor.text('x token-abcd-efgh y token-abcd z')).toBe('x [REDACTED] y [REDACTED] z');
    const text = secrets.map((secret) => `<${secret}>`).join('');
    expect(redactor.text(text)).toBe('<[REDACTED]>'.repeat(50));
  });
});

describe('the built-in patterns behind one quick trigger', () => {
  const examples = [
    'BEARER abc.def',
    'Authorization: Bearer x1',
    `sk-ant-${'a'.repeat(8)}`,
    `sk-${'B'.repeat(20)}`,
    ...['p', 'o', 'u', 's', 'r'].map((kind) => `gh${kind}_${'c'.repeat(30)}`),
    `github_pat_${'d'.repeat(20)}`,
    'X-Api-Key: v1',
    'Set-Cookie: a=b',
    'cookie= x',
    'APIKEY=foo',
    'api-key: foo',
    'api_key=foo',
    'Secret=foo',
    'PASSWD=foo',
    'Password: foo',
    'token=abc',
    'AUTHORIZATION=xyz',
    'Basic dXNlcjpwYXNzd29yZA==',
    'https://user:pass@gateway.example/v1',
  ];

  it('fires on every string a built-in pattern matches, so skipping the others loses nothing', () => {
    for (const example of examples) {
      const matched = BUILT_IN_PATTERNS.some(({ pattern }) =>
        new RegExp(pattern.source, pattern.flags.replace('g', '')).test(example),
      );
      expect(matched, example).toBe(true);
      expect(BUILT_IN_TRIGGER.test(example), example).toBe(true);
      expect(createRedactor({ secrets: [] }).text(`x ${example} y`), example).toContain('[REDACTED]');
    }
  });

  it('leaves plain strings alone and still applies user patterns to them', () => {
    const redactor = createRedactor({ secrets: [], extraPatterns: ['ACME-[0-9]{6}'] });
    expect(BUILT_IN_TRIGGER.test('lookup_order')).toBe(false);
    expect(redactor.text('lookup_order')).toBe('lookup_order');
    expect(redactor.text('order ACME-123456 shipped')).toBe('order [REDACTED] shipped');
  });
});

// Short strings have their redacted form remembered (a trace repeats its keys and ids);
// these pin that a remembered string is redacted every time, keys and values alike.
describe('remembered short strings', () => {
  it('redacts a short secret each time it appears as a value, in one trace and the next (keys stay)', () => {
    const redactor = createRedactor({ secrets: ['s3cr3t-value'] });
    const trace = {
      's3cr3t-value': 's3cr3t-value',
      list: ['s3cr3t-value', 'token=abc', 'token=abc'],
      nested: { 's3cr3t-value': 'ok' },
    };
    const expected = {
      's3cr3t-value': '[REDACTED]',
      list: ['[REDACTED]', 'token=[REDACTED]', 'token=[REDACTED]'],
      nested: { 's3cr3t-value': 'ok' },
    };
    expect(redactor.deep(trace)).toEqual(expected);
    expect(redactor.deep(trace)).toEqual(expected);
    expect(redactor.text('s3cr3t-value')).toBe('[REDACTED]');
  });

  it('keeps redacting correctly once more distinct strings were seen than it remembers', () => {
    const redactor = createRedactor({ secrets: ['s3cr3t-value'] });
    const many = Array.from({ length: 10_000 }, (_, index) => `id-${index}`);
    expect(redactor.deep(many)).toEqual(many);
    expect(redactor.deep(['s3cr3t-value', 'id-1'])).toEqual(['[REDACTED]', 'id-1']);
  });

  it('still copies: the redacted value shares no object with the input', () => {
    const input = { messages: [{ role: 'user', content: 'hi' }] };
    const output = redactor().deep(input);
    expect(output).toEqual(input);
    expect(output).not.toBe(input);
    expect(output.messages).not.toBe(input.messages);
    expect(output.messages[0]).not.toBe(input.messages[0]);
  });
});

function redactor() {
  return createRedactor({ secrets: [] });
}
