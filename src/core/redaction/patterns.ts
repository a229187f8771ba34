/**
 * The built-in secret patterns, in the order they are applied. Every
 * quantifier is bounded and none is nested, so each pattern runs in time
 * linear in the text: a 5 MB adversarial trace cannot stall a run (the earlier
 * salvo's open-ended `\S+` patterns could).
 */
export interface SecretPattern {
  name: string;
  pattern: RegExp;
  /** The replacement; `$1`... keep the label so a reader sees what was removed. */
  replacement: string | ((match: string, ...groups: string[]) => string);
  /** Text the pattern cannot match without: checked first, since a scan for it is far cheaper than the pattern's. */
  gate?: string | RegExp;
}

export const REDACTED = '[REDACTED]';

// A long text is redacted a block of lines at a time (blockwise.ts). That holds only while a pattern crosses a line
// break in the whitespace close after its keyword (PATTERN_HEAD_REACH there): check before adding one that does not.
export const BUILT_IN_PATTERNS: readonly SecretPattern[] = [
  // First, so that `Authorization: Bearer <token>` loses the whole token, not just its first word.
  { name: 'bearer token', pattern: /\b(bearer)\s{1,20}[A-Za-z0-9._~+/=-]{1,4096}/gi, replacement: `$1 ${REDACTED}` },
  // A git checkout's `extraheader = AUTHORIZATION: basic <base64>` (actions/checkout writes it into .git/config): the
  // whole value.
  { name: 'git extraheader', pattern: /\b(extraheader\s{0,5}=\s{0,5})[^\r\n]{1,8192}/gi, replacement: `$1${REDACTED}` },
  // `Authorization: Basic <base64>` loses the credentials, not just the word "basic" (the key=value pattern stops at
  // the space).
  {
    name: 'basic credentials',
    pattern: /\b(authorization["']?\s{0,5}[:=]\s{0,5}["']?basic)\s{1,20}[A-Za-z0-9+/=._~-]{1,4096}/gi,
    replacement: `$1 ${REDACTED}`,
  },
  // `Basic <base64 of user:password>` anywhere else, when it decodes to exactly that: "basic understanding" stays.
  {
    name: 'basic token',
    pattern: /\b(basic)(\s{1,20})([A-Za-z0-9+/]{4,4096}={0,2})/gi,
    replacement: redactBasicCredentials,
    gate: /basic/i,
  },
  // Credentials in a URL (`https://user:password@gateway/v1`): the user and password go, the host stays.
  {
    name: 'url credentials',
    pattern: /\b([a-z][a-z0-9+.-]{0,30}:\/\/)[^\s/?#@"'<>`]{1,1024}@/gi,
    replacement: `$1${REDACTED}@`,
    gate: '://',
  },
  { name: 'anthropic key', pattern: /\bsk-ant-[A-Za-z0-9_-]{8,512}/g, replacement: REDACTED },
  { name: 'openai-style key', pattern: /\bsk-[A-Za-z0-9_-]{20,512}/g, replacement: REDACTED },
  { name: 'github token', pattern: /\bgh[pousr]_[A-Za-z0-9]{30,255}/g, replacement: REDACTED },
  { name: 'github fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{20,255}/g, replacement: REDACTED },
  {
    name: 'credential header',
    pattern: /\b(x-api-key|set-cookie|cookie)(["']?\s{0,5}[:=]\s{0,5})[^\r\n]{1,8192}/gi,
    replacement: `$1$2${REDACTED}`,
  },
  {
    name: 'key=value secret',
    pattern: new RegExp(
      [
        /(api[_-]?key|secret|password|passwd|token|authorization)/.source, // the key
        /(["']?\s{0,5}[:=]\s{0,5}["']?)/.source, // the separator
        /(?!\[REDACTED\]|(?:basic|bearer)\s{1,20}\[REDACTED\])/.source, // not redacted already
        /[^\s"',;&]{1,8192}/.source, // the value
      ].join(''),
      'gi',
    ),
    replacement: `$1$2${REDACTED}`,
  },
];

/**
 * Matches wherever any built-in pattern could: each needs one of these words
 * (case-insensitive here, a superset of the case-sensitive ones). A string
 * without them skips the built-ins. Keep it in step with the list above; a
 * test checks every pattern's examples against it.
 */
export const BUILT_IN_TRIGGER = new RegExp(
  [
    'bearer',
    'basic',
    '://',
    'extraheader',
    'sk-',
    'gh[pousr]_',
    'github_pat_',
    'x-api-key',
    'cookie',
    'api[_-]?key',
    'secret',
    'passw',
    'token',
    'authorization',
  ].join('|'),
  'i',
);

function redactBasicCredentials(match: string, scheme: string, space: string, encoded: string): string {
  if (encoded.replace(/=+$/, '').length % 4 === 1) return match;
  const decoded = Buffer.from(encoded, 'base64').toString('latin1');
  return /^[\x20-\x7e]+:[\x20-\x7e]*$/.test(decoded) ? `${scheme}${space}${REDACTED}` : match;
}

/** `text` with every match of one pattern replaced, its gate checked first. */
export function applyPattern(text: string, { pattern, replacement, gate }: SecretPattern): string {
  if (gate !== undefined && !(typeof gate === 'string' ? text.includes(gate) : gate.test(text))) return text;
  pattern.lastIndex = 0;
  return typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
}
