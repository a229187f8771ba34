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
  replacement: string;
}

export const REDACTED = '[REDACTED]';

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
    pattern:
      /(api[_-]?key|secret|password|passwd|token|authorization)(["']?\s{0,5}[:=]\s{0,5}["']?)(?!\[REDACTED\]|(?:basic|bearer)\s{1,20}\[REDACTED\])[^\s"',;&]{1,8192}/gi,
    replacement: `$1$2${REDACTED}`,
  },
];

/**
 * Matches wherever any built-in pattern could: each needs one of these words
 * (case-insensitive here, a superset of the case-sensitive ones). A string
 * without them skips the built-ins. Keep it in step with the list above; a
 * test checks every pattern's examples against it.
 */
export const BUILT_IN_TRIGGER =
  /bearer|extraheader|sk-|gh[pousr]_|github_pat_|x-api-key|cookie|api[_-]?key|secret|passw|token|authorization/i;
