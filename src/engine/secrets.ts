import { createRedactor, MIN_SECRET_LENGTH, type Redactor } from '../core/redaction/index.ts';

/**
 * The one place both shells learn which values are secret and build the
 * redactor from them, so the CLI and the Action remove the same things from
 * everything they store, print, upload or post.
 */

/** A secret value and where it came from (named, never quoted, when it is too short to redact). */
export interface NamedSecret {
  source: string;
  value: string;
}

/** Environment variables whose values are secrets: `*_API_KEY`, `*_TOKEN`, `*_SECRET`, `*_PASSWORD`, in any case. */
export const SECRET_VARIABLE = /(?:^|_)(?:API_KEY|TOKEN|SECRET|PASSWORD)$/i;

/**
 * Every secret in `env` and `given` (the Action's key inputs and token): the
 * value of each secret-named variable, and the user and password of any URL
 * with credentials (`OPENAI_BASE_URL=http://user:pass@gateway/v1`,
 * `DATABASE_URL=postgres://...`), whatever the variable is called. One entry
 * per value, under the first name it was found under.
 */
export function collectSecrets(env: Record<string, string | undefined>, given: NamedSecret[] = []): NamedSecret[] {
  const found: NamedSecret[] = [];
  const add = (source: string, value: string) => {
    const trimmed = value.trim();
    if (trimmed && !found.some((secret) => secret.value === trimmed)) found.push({ source, value: trimmed });
  };
  for (const { source, value } of given) {
    add(source, value);
    for (const credential of urlCredentials(value)) add(`the credentials in ${source}`, credential);
  }
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (SECRET_VARIABLE.test(name)) add(`environment variable ${name}`, value);
    for (const credential of urlCredentials(value)) add(`the credentials in environment variable ${name}`, credential);
  }
  return found;
}

/** The user and password of a URL that carries them, as written and decoded. */
export function urlCredentials(value: string): string[] {
  const text = value.trim();
  if (!text.includes('://') || !text.includes('@') || !URL.canParse(text)) return [];
  const url = new URL(text);
  const parts = [url.password, url.username].filter(Boolean);
  return [...new Set([...parts, ...parts.map(decodePart)])];
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export interface SalvoRedactor {
  redactor: Redactor;
  /** To say once to the user when some secret is too short to redact (naming where it came from), else null. */
  notice: string | null;
}

/**
 * The redactor for a run: the secrets' literal values (and their encodings), the built-in patterns and salvo.yaml
 * `redaction_patterns`.
 */
export function buildRedactor(secrets: NamedSecret[], patterns: string[]): SalvoRedactor {
  const tooShort = [
    ...new Set(secrets.filter((secret) => secret.value.length < MIN_SECRET_LENGTH).map((secret) => secret.source)),
  ];
  const notice =
    tooShort.length === 0
      ? null
      : `salvo: ${tooShort.length === 1 ? 'a secret is' : `${tooShort.length} secrets are`} ` +
        `shorter than ${MIN_SECRET_LENGTH} characters and not redacted ` +
        `(${tooShort.join(', ')}): a value that short would match ordinary text everywhere. ` +
        'Use a longer value if it must stay secret.';
  return {
    redactor: createRedactor({ secrets: secrets.map((secret) => secret.value), extraPatterns: patterns }),
    notice,
  };
}
