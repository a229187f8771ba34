/**
 * Adversarial input for the redactor: long runs of near-matches for every
 * built-in pattern (each starts like a secret and fails late), many literal
 * secrets with near-copies (all but the last character), a user pattern with
 * its near-matches, and real secrets sprinkled in so replacements happen too.
 * Deterministic: the same size gives the same text.
 */
export const LITERAL_SECRET_COUNT = 40;

export const literalSecrets: string[] = Array.from(
  { length: LITERAL_SECRET_COUNT },
  (_, index) => `lit-${index}-${'Qx7'.repeat(6 + (index % 6))}-secret`,
);

export const userPatterns = ['ACME-[0-9]{6}', 'acct_[a-f0-9]{16}'];

const alnum = (length: number, seed: number) => {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  let out = '';
  for (let index = 0; index < length; index += 1) out += alphabet[(seed * 31 + index * 7) % alphabet.length];
  return out;
};

/** One near-match per shape; joined and repeated they make the input. */
function nearMatches(seed: number): string[] {
  const secret = literalSecrets[seed % LITERAL_SECRET_COUNT]!;
  return [
    `Bearer${' '.repeat(20)}"`, // bearer: the whitespace run at its bound, then no token
    `bearer${' '.repeat(21)}x`, // one space too many
    `sk-ant-${alnum(7, seed)} `, // anthropic: one character short
    `sk-${alnum(19, seed)}.`, // openai-style: one character short
    `ghp_${alnum(29, seed)} gho_${alnum(29, seed + 1)} `, // github: one short
    `github_pat_${alnum(19, seed)} `, // fine-grained: one short
    `x-api-key${' '.repeat(5)} ; cookie${' '.repeat(6)}= `, // credential header: separator out of reach
    // key=value: no separator in reach, or an empty value
    `api_key${' '.repeat(5)}"x password"${' '.repeat(6)}: token ,`,
    `${'token'.repeat(40)} ${'secret'.repeat(30)} `, // long runs of keywords with no separator
    // user patterns: one short
    `ACME-${String(seed % 100000).padStart(5, '0')}x acct_${alnum(15, seed).toLowerCase()}g `,
    `${secret.slice(0, -1)} `, // a literal secret but its last character
    `${'a'.repeat(300)} `, // a long run of token characters
  ];
}

/** Real secrets: every pattern and some literals match somewhere, so the replacements run too. */
function realSecrets(seed: number): string[] {
  return [
    `Authorization: Bearer ${alnum(40, seed)}`,
    `sk-${alnum(48, seed)}`,
    `api_key=${alnum(32, seed)}`,
    literalSecrets[(seed * 7) % LITERAL_SECRET_COUNT]!,
    `ACME-${String(100000 + seed).slice(-6)}`,
  ];
}

export function adversarialText(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let seed = 0; length < size; seed += 1) {
    const chunk = [...nearMatches(seed), ...(seed % 8 === 0 ? realSecrets(seed) : []), '\n'].join(' ');
    parts.push(chunk);
    length += chunk.length;
  }
  return parts.join('').slice(0, size);
}

/**
 * The same text shaped as a trace: messages of about 40 KB (under the
 * per-message limit), tool calls with string arguments, raw responses.
 */
export function adversarialTrace(size: number): Record<string, unknown> {
  const text = adversarialText(size);
  const piece = 40_000;
  const messages: Record<string, unknown>[] = [];
  for (let offset = 0, index = 0; offset < text.length; offset += piece, index += 1) {
    const content = text.slice(offset, offset + piece);
    if (index % 3 === 1) {
      messages.push({
        role: 'assistant',
        content: null,
        tool_calls: [{ id: `call_${index}`, name: 'lookup', arguments: { query: content } }],
      });
    } else if (index % 3 === 2) {
      messages.push({ role: 'tool', content, tool_call_id: `call_${index - 1}`, tool_name: 'lookup' });
    } else {
      messages.push({ role: index === 0 ? 'user' : 'assistant', content });
    }
  }
  return { schema_version: 1, trace_id: 'bench', messages, turns: [], final_content: messages.at(-1)?.content ?? null };
}
