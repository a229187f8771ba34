import { RE2JS } from 're2js';

/**
 * Every regular expression a user writes (`output_matches`, an argument
 * matcher's `matches` and so a conditional mock's `when`, the `regex`
 * operator of `jmespath` and `state`, salvo.yaml's `redaction_patterns`) runs
 * here, on re2js, a linear-time engine (a port of RE2): matching takes time
 * proportional to the text whatever the pattern, so `^(a|a)*$` against a long
 * answer cannot block the event loop, and with it the timeouts, SIGTERM and
 * the saving of results. V8's own engine backtracks and can take exponential
 * time; it is used here only to parse, never to match.
 *
 * The price is RE2's feature set: no backreferences and no lookaround. Such a
 * pattern is refused when the file loads (validate says so), not at run time.
 */
export interface UserRegex {
  /** Whether the pattern occurs anywhere in `text`. */
  test(text: string): boolean;
  /** The leftmost match and where it starts (in UTF-16 units, like String indexes), or null. */
  firstMatch(text: string): { text: string; index: number } | null;
  /** `text` with every match replaced by `replacement`, taken literally (no `$1`). */
  replaceAll(text: string, replacement: string): string;
}

/** A pattern that cannot be compiled; the message starts `Invalid regular expression: /source/: `, like V8's. */
export class UserRegexError extends Error {
  override name = 'UserRegexError';
}

/** The JavaScript flags a user may give (`output_matches`'s `flags`, a matcher's leading `(?i)`). */
export const USER_REGEX_FLAGS = /^[imsu]*$/;

const LINEAR_ENGINE_NOTE =
  'salvo runs regular expressions on a linear-time engine (RE2) so that none can hang a run, and it supports no ' +
  'backreferences (\\1, \\k<name>), no lookaround ((?=, (?!, (?<=, (?<!) and repeat counts only up to 1000';

/**
 * The same few patterns are checked in every trial of every scenario, and RE2
 * compiles to automata that cost more to build than V8's; each is built once.
 */
const compiled = new Map<string, UserRegex>();
const REMEMBERED_COUNT = 500;

/**
 * Compiles a user's pattern, written in JavaScript syntax. A pattern JavaScript
 * rejects fails with V8's own message, as it always did; one JavaScript
 * accepts but RE2 cannot run in linear time fails with RE2's reason and why.
 */
export function compileUserRegex(source: string, flags = ''): UserRegex {
  const key = `${flags}/${source}`;
  let regex = compiled.get(key);
  if (regex === undefined) {
    regex = compileUncached(source, flags);
    if (compiled.size >= REMEMBERED_COUNT) compiled.clear();
    compiled.set(key, regex);
  }
  return regex;
}

function compileUncached(source: string, flags: string): UserRegex {
  if (!USER_REGEX_FLAGS.test(flags)) throw new UserRegexError(`Invalid flags '${flags}': only i, m, s and u`);
  try {
    // Parsed, never run: the syntax check and its messages users already know.
    new RegExp(source, flags);
  } catch (error) {
    throw new UserRegexError((error as Error).message);
  }
  // Checked before translating: translateRegExp reads `\k` as a plain `k`, turning `\k<name>` into text.
  const backreference = BACKREFERENCE.exec(source);
  if (backreference)
    throw new UserRegexError(
      `Invalid regular expression: /${source}/: ` +
        `the backreference \`${backreference[1]}\` is not supported; ${LINEAR_ENGINE_NOTE}`,
    );
  let program: RE2JS;
  try {
    program = RE2JS.compile(RE2JS.translateRegExp(inRe2Spelling(source)), flagBits(flags));
  } catch (error) {
    const reason = unsupportedFeature(source) ?? (error as Error).message.replace(/^error parsing regexp: /, '');
    throw new UserRegexError(`Invalid regular expression: /${source}/: ${reason}; ${LINEAR_ENGINE_NOTE}`);
  }
  return flags === '' && source.length <= 200 && BACKTRACK_FREE.test(source)
    ? nativeRegex(source)
    : linearRegex(program);
}

/*
 * The shape of most secret formats (`ACME-[0-9]{6}`, `sk_live_[A-Za-z0-9]{24,}`): ASCII literals, `\d`, `\w` and
 * plain ASCII classes, each repeated a fixed number of times, and the last one any number. V8's engine has no
 * choice to revisit on these (a fixed count matches exactly that many; the open-ended last repeat has nothing after
 * it that could fail), so it runs them in linear time too, and several times faster than re2js, which matters for
 * the redactor (bench/README.md, redaction). Both engines find the same matches for them: ASCII only, no flags, no
 * negated classes. Anything else, however harmless, runs on re2js.
 */
const ATOM = String.raw`(?:[A-Za-z0-9_\- ,:;=@#%&'"/<>~!]|\\[dw.\-/\\]|\[(?:[A-Za-z0-9_.:@#/+=]|-|\\[dw.\-\]\\])+\])`;
const BACKTRACK_FREE = new RegExp(String.raw`^(?:${ATOM}(?:\{\d{1,3}\})?)*${ATOM}(?:\{\d{1,3}(?:,\d{0,4})?\}|[+*])?$`);

/** Why a pattern cannot be used (the message without V8's `Invalid regular expression: ` prefix), or null. */
export function userRegexProblem(source: string, flags = ''): string | null {
  try {
    compileUserRegex(source, flags);
    return null;
  } catch (error) {
    return (error as Error).message.replace(/^Invalid regular expression: /, '');
  }
}

/**
 * JavaScript's `\p{Script=Han}` and `\p{gc=Lu}` are RE2's `\p{Han}` and `\p{Lu}` (re2js's translateRegExp, which
 * handles `\u`, `\c` and named groups, leaves them alone). An escaped backslash before the `p` is left alone too.
 */
function inRe2Spelling(source: string): string {
  return source.replace(
    /(?<!\\)((?:\\\\)*)\\([pP])\{(?:Script|sc|General_Category|gc)=(\w+)\}/g,
    (_whole, backslashes: string, p: string, name: string) => `${backslashes}\\${p}{${name}}`,
  );
}

/**
 * RE2's own words for lookaround mislead (a lookbehind is an "invalid named capture"): named plainly instead.
 * Only consulted once RE2 has refused the pattern, so a rough scan of the source is enough.
 */
function unsupportedFeature(source: string): string | null {
  const lookaround = /\(\?<?[=!]/.exec(source);
  if (!lookaround) return null;
  return `${lookaround[0].includes('<') ? 'lookbehind' : 'lookahead'} \`${lookaround[0]}\` is not supported`;
}

/** `\1`...`\9` or `\k<`, not preceded by an escaped backslash. */
const BACKREFERENCE = /(?<!\\)(?:\\\\)*(\\(?:[1-9]|k<))/;

function flagBits(flags: string): number {
  let bits = 0;
  if (flags.includes('i')) bits |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) bits |= RE2JS.MULTILINE;
  if (flags.includes('s')) bits |= RE2JS.DOTALL;
  // `u` changes nothing: RE2 always reads the text as Unicode code points.
  return bits;
}

function nativeRegex(source: string): UserRegex {
  const once = new RegExp(source);
  const every = new RegExp(source, 'g');
  return {
    test: (text) => once.test(text),
    firstMatch: (text) => {
      const match = once.exec(text);
      return match === null ? null : { text: match[0], index: match.index };
    },
    replaceAll: (text, replacement) => text.replace(every, () => replacement),
  };
}

function linearRegex(program: RE2JS): UserRegex {
  return {
    test: (text) => program.test(text),
    firstMatch: (text) => {
      const match = program.exec(text);
      return match === null ? null : { text: String(match[0]), index: (match as unknown as { index: number }).index };
    },
    replaceAll: (text, replacement) => program.re2().replaceAll(text, replacement),
  };
}
