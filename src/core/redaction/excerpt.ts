import { applyPattern, BUILT_IN_PATTERNS, BUILT_IN_TRIGGER, REDACTED } from './patterns.ts';

/** Enough of a value to recognise it in one's own file; too little to carry a key or a page of someone else's. */
export const EXCERPT_LENGTH = 60;

/**
 * A long run of base64 or hex with letters and digits: out of context (a token a parser quotes alone, without
 * the `Authorization:` before it) no pattern knows it is a credential, and a value this opaque tells a reader
 * nothing in an error message anyway. Model names (`claude-sonnet-4-5-20250929`) have dashes and stay.
 */
const OPAQUE_TOKEN = /(?=[A-Za-z0-9+/=_]{0,200}[0-9])(?=[A-Za-z0-9+/=_]{0,200}[A-Za-z])[A-Za-z0-9+/=_]{24,4096}/g;

/**
 * A value quoted in an error message: the built-in secret patterns removed
 * first (cutting first could leave a key's prefix no pattern knows), then
 * cut to `max` characters on one line. Error messages quote what a file
 * holds, and the file may not be the user's own: a symlink or an
 * `!include ../.git/config` put a private key or the checkout's token there.
 */
export function safeExcerpt(value: string, max = EXCERPT_LENGTH): string {
  const redacted = maskSecrets(value).replace(/\s+/g, ' ');
  return redacted.length > max ? `${redacted.slice(0, max - 3)}...` : redacted;
}

/** Built-in secret patterns and opaque tokens out of text shown from a file (a value, a source line). */
export function maskSecrets(value: string): string {
  return redactBuiltIns(value).replace(OPAQUE_TOKEN, REDACTED);
}

/** The built-in secret patterns applied to one string (no literal secrets: those live in the shells' redactor). */
export function redactBuiltIns(value: string): string {
  if (!BUILT_IN_TRIGGER.test(value)) return value;
  let result = value;
  for (const pattern of BUILT_IN_PATTERNS) result = applyPattern(result, pattern);
  return result;
}

/**
 * A message from a parser that quotes the input (`Unexpected scalar token in YAML stream: "..."`), each quotation
 * made safe.
 */
export function withSafeQuotations(message: string): string {
  return redactBuiltIns(message).replace(/"([^"\n]*)"/g, (_, quoted: string) => `"${safeExcerpt(quoted)}"`);
}
