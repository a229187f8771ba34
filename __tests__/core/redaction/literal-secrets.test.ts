import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/core/redaction/index.ts';

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
