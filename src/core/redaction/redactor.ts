import { ConfigError } from '../errors.ts';
import { BLOCKWISE_MIN_LENGTH, redactByBlocks, staysOnOneLine, type RedactionStages } from './blockwise.ts';
import { cutFragments } from './cut-fragments.ts';
import { encodedForms, escapedMatches, replaceRanges } from './encodings.ts';
import { literalSet } from './literal-set.ts';
import { compileUserRegex, type UserRegex } from '../user-regex.ts';
import { applyPattern, BUILT_IN_PATTERNS, BUILT_IN_TRIGGER, REDACTED, type SecretPattern } from './patterns.ts';

export interface Redactor {
  /** The text with every secret replaced by `[REDACTED]`. */
  text(value: string): string;
  /**
   * A copy of `value` with every string value inside it redacted. Object keys
   * are left alone: they are field names, and a secret that happens to equal
   * one (`verdict`) must not rename the fields every report reads.
   */
  deep<T>(value: T): T;
}

export interface RedactorOptions {
  /**
   * Literal secret values (API keys...), removed wherever they appear, and in
   * their common encodings (URL, JSON escapes, base64). Values shorter than
   * MIN_SECRET_LENGTH are ignored; the caller says so to the user.
   */
  secrets: string[];
  /** User regular expressions (salvo.yaml `redaction_patterns`), applied after the built-ins. */
  extraPatterns?: string[];
}

/**
 * Literal secrets shorter than this are ignored: replacing `local` (the key
 * the README suggests for local servers) or `true` everywhere would shred
 * every trace and report while protecting nothing.
 */
export const MIN_SECRET_LENGTH = 8;

/** The values to remove literally: each secret, each line of a multi-line one, and their encodings. */
export function usableSecrets(secrets: readonly string[]): string[] {
  const values = new Set<string>();
  for (const secret of secrets) {
    for (const value of [secret, ...secret.split(/\r?\n/)]) {
      if (value.trim().length >= MIN_SECRET_LENGTH) values.add(value.trim());
    }
  }
  return [...values];
}

/** Strings up to this length have their redacted form remembered, up to this many of them. */
const REMEMBERED_LENGTH = 64;
const REMEMBERED_COUNT = 4096;

export function createRedactor(options: RedactorOptions): Redactor {
  // Longest first, so a secret that contains another is removed whole.
  const byLength = (left: string, right: string) => right.length - left.length;
  const secrets = usableSecrets(options.secrets).sort(byLength);
  const forms = [...new Set([...secrets, ...secrets.flatMap(encodedForms)])].sort(byLength);
  const userPatterns = (options.extraPatterns ?? []).map(compileUserPattern);

  const stages = redactionStages(secrets, forms, userPatterns);
  // Literal secrets first: a pattern might remove only part of a key, leaving the rest readable.
  const redactWhole = (value: string): string =>
    stages.removeUserMatches(stages.removeBuiltIns(stages.removeCutPieces(stages.removeLiterals(value))));
  // A long text is redacted a block of lines at a time, unless a secret holding a line break could straddle two.
  const blockwise = secrets.every((secret) => !secret.includes('\n'));
  const userPatternsPerBlock = (options.extraPatterns ?? []).every(staysOnOneLine);
  const redactText = (value: string): string =>
    blockwise && value.length >= BLOCKWISE_MIN_LENGTH
      ? redactByBlocks(value, stages, userPatternsPerBlock)
      : redactWhole(value);

  // A trace repeats the same short strings (keys, roles, model names, finish reasons) in
  // every message and turn: each is redacted once, not every time.
  // Redaction is a pure function of the string, so a remembered result is the same result.
  const remembered = new Map<string, string>();
  const text = (value: string): string => {
    if (value.length > REMEMBERED_LENGTH) return redactText(value);
    let result = remembered.get(value);
    if (result === undefined) {
      result = redactText(value);
      if (remembered.size >= REMEMBERED_COUNT) remembered.clear();
      remembered.set(value, result);
    }
    return result;
  };

  const deep = <T>(value: T): T => redactDeep(value, text, []) as T;
  return { text, deep };
}

/** The stages of redaction for these secrets (longest first), their forms and the user patterns. */
function redactionStages(secrets: string[], forms: string[], userPatterns: UserRegex[]): RedactionStages {
  // The literal sets and the built-in patterns are salvo's own (escaped literals, bounded quantifiers), so they run
  // on V8's engine; only the users' patterns need the linear-time one. One scan for all literal secrets and their
  // encodings instead of one per secret: with many secrets the per-secret scans were most of the redaction time.
  const literals = literalSet(forms);
  const plainSecrets = literalSet(secrets);

  return {
    removeLiterals: (value) => {
      if (!literals || !plainSecrets) return value;
      const result = literals.replaceAll(value, REDACTED);
      // Then the same secrets written with escapes (`sk-abc\u0064ef`, `sk%2Dabc`).
      return replaceRanges(
        result,
        escapedMatches(result, (decoded) => plainSecrets.ranges(decoded)),
        REDACTED,
      );
    },
    removeCutPieces: (value) => (literals ? replaceRanges(value, cutFragments(value, secrets), REDACTED) : value),
    // Most strings of a trace (roles, names, ids, short answers) hold none of the words every
    // built-in pattern needs: one scan instead of seven.
    removeBuiltIns: (value) => (BUILT_IN_TRIGGER.test(value) ? applyPatterns(value, BUILT_IN_PATTERNS) : value),
    removeUserMatches: (value) => {
      let result = value;
      for (const pattern of userPatterns) result = pattern.replaceAll(result, REDACTED);
      return result;
    },
  };
}

function applyPatterns(value: string, patterns: readonly SecretPattern[]): string {
  let result = value;
  for (const pattern of patterns) result = applyPattern(result, pattern);
  return result;
}

function redactDeep(value: unknown, text: (value: string) => string, ancestors: object[]): unknown {
  if (typeof value === 'string') return text(value);
  if (value === null || typeof value !== 'object') return value;
  // Only ancestors count as a cycle: the same object may appear twice in a trace (a tool call
  // sits in its message and in tool_calls_made) and must be redacted in both places. A trace
  // is a few levels deep, so a list of the ancestors is cheaper than a set.
  if (ancestors.includes(value)) return '[circular]';
  ancestors.push(value);
  try {
    if (Array.isArray(value)) {
      const items = new Array<unknown>(value.length);
      for (let index = 0; index < value.length; index += 1) items[index] = redactDeep(value[index], text, ancestors);
      return items;
    }
    // A spread copy has the original's shape; one built key by key (copy[key] = ...) turns into a slow
    // dictionary past a dozen properties, several times larger (a results row's stats: 1.5 KB).
    const copy: Record<string, unknown> = { ...value };
    for (const key of Object.keys(copy)) copy[key] = redactDeep(copy[key], text, ancestors);
    return copy;
  } finally {
    ancestors.pop();
  }
}

/**
 * Compiles one salvo.yaml pattern for the linear-time engine, refusing one
 * that matches the empty string (it would redact between every character).
 * parseProjectConfig refuses the same patterns with their line in salvo.yaml;
 * this is for a redactor built from anything else.
 */
function compileUserPattern(source: string, index: number): UserRegex {
  const problem = redactionPatternProblem(source, index);
  if (problem === null) return compileUserRegex(source);
  throw new ConfigError([
    {
      file: 'salvo.yaml',
      line: 0,
      column: 0,
      path: `redaction_patterns.${index}`,
      message: problem,
    },
  ]);
}

/** Why entry `index` of `redaction_patterns` cannot be used (a message naming the field), or null. */
export function redactionPatternProblem(source: string, index: number): string | null {
  const field = `redaction_patterns.${index}`;
  let pattern: UserRegex;
  try {
    pattern = compileUserRegex(source);
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: /, '');
    return `${field}: redaction pattern ${JSON.stringify(source)} is not a valid regular expression: ${reason}`;
  }
  return pattern.test('') ? `${field}: redaction pattern ${JSON.stringify(source)} matches the empty string` : null;
}
