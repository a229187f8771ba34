import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Distinct planted secrets for the leak tests, each where its name says, so a
 * leak names its route. Every value starts with ten characters found nowhere
 * else, so a cut-off beginning is caught too.
 */
export const PLANTED = {
  openaiKey: 'sk-leak-openai-KEY-0f1e2d3c4b5a69788796a5b4',
  anthropicKey: 'Zanthro-leak-key-7d6c5b4a',
  githubToken: 'ghs_leakGithubToken0123456789abcdefABCDEF',
  /** In a mock's response, literally. */
  mockPassword: 'Mmockpw-leak-Password-1111',
  /** In a mock's response, URL-encoded (it holds characters that encoding changes). */
  urlEncodedSecret: 'Uurlenc-leak/Secret+2222=x',
  /** In a mock's response, as base64 of the bare value. */
  base64Secret: 'Bbase64-leak-Secret-3333',
  /** In the model's reply, as `Authorization: Basic base64(svc:<password>)`. */
  basicPassword: 'Cbasicpw-leak-Password-4444',
  /** In the prompt and the system prompt. */
  promptSecret: 'Pprompt-leak-Secret-5555',
  /** In the scenario's description, which is its name. */
  nameToken: 'Nname-leak-Token-6666',
  /** In the model's reply text. */
  replySecret: 'Rreply-leak-Secret-7777',
  /** In the model's tool arguments, literally. */
  toolArgToken: 'Ttoolarg-leak-Token-8888',
  /** In malformed tool arguments, with one character \u-escaped. */
  escapedToken: 'Eescaped-leak-Token-9999',
  /** In a provider's HTML error body. */
  errorPassword: 'Hhtmlerr-leak-Password-1234',
  /** In an assertion value, where the 60-character label cuts it. */
  labelSecret: 'Llabel-leak-Secret-2345',
  /** The password of a base URL (`http://user:pass@gateway`). */
  baseUrlPassword: 'Gbaseurl-leak-Pass-3456',
  baseUrlUser: 'Ggateway-leak-user-4567',
  /** In --record-label. */
  recordLabelToken: 'Krecordlabel-leak-Token-5678',
} as const;

export type PlantedName = keyof typeof PLANTED;

const base64 = (text: string, encoding: BufferEncoding = 'base64') => Buffer.from(text).toString(encoding);

/**
 * Every way a planted secret could show: whole, its first ten characters, all
 * but its first four (what follows an escaped character), and the encodings
 * it was planted in.
 */
export function leakForms(secret: string): string[] {
  const forms = new Set([
    secret,
    secret.slice(0, 10),
    secret.slice(4),
    encodeURIComponent(secret),
    base64(secret),
    base64(secret, 'base64url'),
    base64(`svc:${secret}`),
  ]);
  return [...forms];
}

/** The malformed tool arguments that carry `escapedToken` with its fourth character \u-escaped. */
export function escapedArguments(secret: string): string {
  const code = secret.charCodeAt(3).toString(16).padStart(4, '0');
  return `{"token": "${secret.slice(0, 3)}\\u${code}${secret.slice(4)}", "unterminated`;
}

/** `where -> form` for every planted secret that shows in any of `texts` (keyed by where each came from). */
export function findLeaks(texts: Record<string, string>, secrets: readonly string[]): string[] {
  const leaks: string[] = [];
  for (const [where, text] of Object.entries(texts)) {
    for (const secret of secrets) {
      for (const form of leakForms(secret)) {
        if (text.includes(form)) leaks.push(`${where} -> ${form}`);
      }
    }
  }
  return leaks;
}

/** Every file below `dir`, by its path relative to `dir`. */
export function filesBelow(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
  }
  return files;
}

/** What each planted secret's scenario needs: the mock text with its three encodings. */
export function plantedMockText(): string {
  return (
    `pw ${PLANTED.mockPassword} url ${encodeURIComponent(PLANTED.urlEncodedSecret)} ` +
    `b64 ${base64(PLANTED.base64Secret)}`
  );
}

/** The reply that carries the reply secret, Basic credentials and terminal control sequences. */
export function plantedReplyText(): string {
  return (
    `reply ${PLANTED.replySecret}; Authorization: ` +
    `Basic ${base64(`svc:${PLANTED.basicPassword}`)} \x1b]0;pwned title\x07\x1b[2J\x1b[31mred\x1b[0m`
  );
}

/** A proxy's HTML error page quoting a password, with lines a runner would obey. */
export function plantedErrorBody(): string {
  return (
    `<html>\n<body>upstream refused ${PLANTED.errorPassword}\n::add-mask::Xinjected-mask-value\n::set-output ` +
    `name=passed::99\n::warning title=forged::forged warning\n::stop-commands::pwned-token\n</body></html>`
  );
}
