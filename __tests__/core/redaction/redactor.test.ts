import { describe, expect, it } from 'vitest';
import { ConfigError, describeError } from '../../../src/core/errors.ts';
import { createRedactor, MIN_SECRET_LENGTH, safeExcerpt } from '../../../src/core/redaction/index.ts';

const redactor = createRedactor({ secrets: [] });

describe('built-in secret patterns', () => {
  it('redacts key = value and key: value pairs, keeping the key name', () => {
    expect(redactor.text('api_key=abc123def')).toBe('api_key=[REDACTED]');
    expect(redactor.text('password: hunter22 and more')).toBe('password: [REDACTED] and more');
    expect(redactor.text('{"secret": "s3cr3t-value"}')).toBe('{"secret": "[REDACTED]"}');
    expect(redactor.text('client_token=xyz')).toBe('client_token=[REDACTED]');
  });

  it("leaves salvo's own error descriptions readable (the code never reads as a key: value pair)", () => {
    const described = describeError({
      code: 'E_NO_API_KEY',
      message: 'no API key for the openai adapter: set OPENAI_API_KEY',
    });
    expect(redactor.text(described)).toBe(described);
  });

  it('redacts OpenAI and Anthropic style keys', () => {
    const openai = `sk-${'A1b2'.repeat(10)}`;
    const project = `sk-proj-${'Zz9_'.repeat(10)}`;
    const anthropic = `sk-ant-api03-${'q'.repeat(40)}`;
    const out = redactor.text(`keys ${openai} ${project} ${anthropic} end`);
    expect(out).toBe('keys [REDACTED] [REDACTED] [REDACTED] end');
  });

  it('removes the whole bearer token, including an Authorization header', () => {
    expect(redactor.text('Authorization: Bearer abc.def-ghi_jkl')).not.toMatch(/abc|def|ghi|jkl/);
    expect(redactor.text('use bearer tok.en/with+chars= please')).toBe('use bearer [REDACTED] please');
  });

  it('removes Basic credentials and a git extraheader whole, not just the word after the colon', () => {
    expect(redactor.text('Authorization: Basic dXNlcjpwYXNzd29yZA==')).toBe('Authorization: Basic [REDACTED]');
    expect(redactor.text('\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hz\n[core]')).toBe(
      '\textraheader = [REDACTED]\n[core]',
    );
    expect(redactor.text('basic knowledge of the refund policy')).toBe('basic knowledge of the refund policy');
  });

  it('quotes a value in an error only as a short excerpt, secrets and opaque tokens removed before cutting', () => {
    expect(safeExcerpt(`sk-${'a1'.repeat(40)} and more`)).toBe('[REDACTED] and more');
    expect(
      safeExcerpt(`-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAE${'Q'.repeat(900)}`),
    ).toBe('-----BEGIN OPENSSH PRIVATE KEY----- [REDACTED]');
    expect(safeExcerpt('claude-sonnet-4-5-20250929')).toBe('claude-sonnet-4-5-20250929');
    expect(safeExcerpt('x'.repeat(500))).toHaveLength(60);
  });

  it('redacts x-api-key, cookie and set-cookie headers', () => {
    expect(redactor.text('x-api-key: 12345-abcde')).toBe('x-api-key: [REDACTED]');
    expect(redactor.text('Cookie: session=abc; theme=dark\nnext line')).toBe('Cookie: [REDACTED]\nnext line');
    expect(redactor.text('set-cookie: id=1; HttpOnly')).toBe('set-cookie: [REDACTED]');
  });

  it('redacts GitHub tokens', () => {
    const classic = `ghp_${'a'.repeat(36)}`;
    const oauth = `gho_${'B'.repeat(36)}`;
    const fine = `github_pat_${'c1_'.repeat(20)}`;
    expect(redactor.text(`${classic} ${oauth} ${fine}`)).toBe('[REDACTED] [REDACTED] [REDACTED]');
  });

  it('leaves ordinary text alone', () => {
    const text = 'The weather in Paris is 21 degrees; max_tokens is a setting. Tokens are cheap.';
    expect(redactor.text(text)).toBe(text);
  });
});

describe('literal secrets', () => {
  it('removes a configured secret wherever it appears, even when no pattern matches it', () => {
    const secrets = createRedactor({ secrets: ['plainvalue-42', 'lo'] });
    expect(secrets.text('echo:plainvalue-42!plainvalue-42')).toBe('echo:[REDACTED]![REDACTED]');
    // Secrets too short to be meaningful are ignored rather than shredding the text.
    expect(secrets.text('hello')).toBe('hello');
  });

  it('removes the longer of two overlapping secrets whole', () => {
    const secrets = createRedactor({ secrets: ['abcd', 'abcdefgh'] });
    expect(secrets.text('x abcdefgh y')).toBe('x [REDACTED] y');
  });

  it('redacts every string value inside objects and arrays, without changing the input', () => {
    const secrets = createRedactor({ secrets: ['TOPSECRETKEY'] });
    const input = { a: ['TOPSECRETKEY', 1, null, { key: 'TOPSECRETKEY', nested: 'pre TOPSECRETKEY post' }], b: true };
    const out = secrets.deep(input);
    expect(JSON.stringify(out)).not.toContain('TOPSECRETKEY');
    expect(out.a[1]).toBe(1);
    expect(out.b).toBe(true);
    expect(input.a[0]).toBe('TOPSECRETKEY');
  });

  it('never renames an object key: a secret equal to a field name leaves the document readable', () => {
    // SOME_TOKEN=assertions used to rename every `assertions` field, and `run` and `report` crashed reading them.
    const secrets = createRedactor({ secrets: ['assertions', 'scenarios'] });
    const row = { scenarios: [{ name: 'x', assertions: [{ label: 'assertions' }] }] };
    expect(secrets.deep(row)).toEqual({ scenarios: [{ name: 'x', assertions: [{ label: '[REDACTED]' }] }] });
  });

  it(`ignores secrets shorter than ${MIN_SECRET_LENGTH} characters, like the 'local' key the README suggests`, () => {
    expect(MIN_SECRET_LENGTH).toBe(8);
    const secrets = createRedactor({ secrets: ['local', 'verdict', 'abcdefgh'] });
    expect(secrets.text('a local server; verdict PASS; abcdefgh')).toBe('a local server; verdict PASS; [REDACTED]');
  });

  it('removes each line of a multi-line secret (a private key in a *_SECRET variable)', () => {
    const key =
      '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nSECONDLINEofTheKey0123456789\n-----END KEY-----';
    const out = createRedactor({ secrets: [key] }).text(
      'only line two: SECONDLINEofTheKey0123456789, then MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
    );
    expect(out).toBe('only line two: [REDACTED], then [REDACTED]');
  });
});

describe('user patterns', () => {
  it('adds salvo.yaml patterns to the built-ins', () => {
    const custom = createRedactor({ secrets: [], extraPatterns: ['ACME-[0-9]{6}'] });
    expect(custom.text('id ACME-123456 and api_key=z')).toBe('id [REDACTED] and api_key=[REDACTED]');
  });

  it('refuses an invalid pattern, one matching nothing, and one needing backtracking, naming it', () => {
    expect(() => createRedactor({ secrets: [], extraPatterns: ['(unclosed'] })).toThrow(ConfigError);
    expect(() => createRedactor({ secrets: [], extraPatterns: ['a*'] })).toThrow(/matches the empty string/);
    expect(() => createRedactor({ secrets: [], extraPatterns: ['(a)\\1'] })).toThrow(/linear-time engine/);
    expect(() => createRedactor({ secrets: [], extraPatterns: ['x', '(b'] })).toThrow(/redaction_patterns\.1/);
  });

  it('runs a catastrophic pattern in linear time: nested repetitions are no longer refused', () => {
    // Both backtrack exponentially on V8's engine (the second slipped past the old guard): the test would hang.
    const redactor = createRedactor({ secrets: [], extraPatterns: ['(a+)+b', '([a-z]|[a-z0-9])+-internal'] });
    const adversarial = `${'a'.repeat(100_000)}! db-internal and aaab`;
    expect(redactor.text(adversarial)).toBe(`${'a'.repeat(100_000)}! [REDACTED] and [REDACTED]`);
  });
});

describe('adversarial input', () => {
  it('redacts a 5 MB input built to defeat backtracking patterns correctly', () => {
    const key = 'literal-SECRET-value';
    const unit =
      `token=${'a'.repeat(50)} bearer ${'x'.repeat(30)} ` + `sk-${'b'.repeat(19)} ${'='.repeat(40)}:${' '.repeat(30)}`;
    let text = '';
    while (text.length < 5_000_000) text += `${unit}${key}`;
    const out = createRedactor({ secrets: [key] }).text(text);
    expect(out).not.toContain(key);
    expect(out).not.toMatch(/token=a/);
    expect(out).not.toMatch(/bearer x/);
    // 19 characters after sk- is below the key shape, so it stays.
    expect(out).toContain(`sk-${'b'.repeat(19)}`);
  });
});

describe('deep redaction of shared objects', () => {
  it('redacts an object that appears twice, and marks only true cycles', () => {
    const shared = { secret: 'password=abc' };
    const out = createRedactor({ secrets: [] }).deep({ first: shared, second: [shared] });
    expect(out).toEqual({ first: { secret: 'password=[REDACTED]' }, second: [{ secret: 'password=[REDACTED]' }] });
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(createRedactor({ secrets: [] }).deep(cyclic)).toEqual({ name: 'loop', self: '[circular]' });
  });
});
