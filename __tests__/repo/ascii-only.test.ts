import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkSameMeaning, escapeNonAscii } from '../../scripts/ascii-only.ts';

const NON_ASCII = /[^\x00-\x7f]/;

/** Runs a script in a fresh context and returns what it leaves in `result`. */
function run(source: string): unknown {
  const context: { result?: unknown } = {};
  runInNewContext(source, context);
  return context.result;
}

function rewriteAndRun(source: string): { text: string; before: unknown; after: unknown } {
  const { text } = escapeNonAscii(source);
  checkSameMeaning(source, text, 'case.js');
  return { text, before: run(source), after: run(text) };
}

describe('escapeNonAscii (scripts/ascii-only.ts, run on every bundle by scripts/bundle.ts)', () => {
  it('leaves strings, templates, regular expressions and identifiers meaning the same, in ASCII', () => {
    const source = [
      '// a comment — with a dash, an arrow → and an emoji 😀',
      '/* ≥ ≤ … */',
      "const café = 'é' + \"→\" + '\\é' + '\\\\é';",
      'const n = 3; const t = `${n}… ≥ ${n}`;',
      'const emoji = "😀".length;',
      'const plain = /[é→]+/.test("é→é");',
      'const unicode = /^.$/u.test("😀") && /[😀]/u.test("😀") && /\\é/.test("é");',
      'const classes = /[≤-≥]/v.test("≥");',
      'result = { café, t, emoji, plain, unicode, classes };',
    ].join('\n');
    const { text, before, after } = rewriteAndRun(source);
    expect(NON_ASCII.test(text)).toBe(false);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ café: 'é→é\\é', t: '3… ≥ 3', emoji: 2, plain: true, unicode: true, classes: true });
  });

  it('keeps the characters of a tagged template, whose tag can read the raw text', () => {
    const source = 'result = [String.raw`é→`, `é`];';
    const { text, after } = rewriteAndRun(source);
    expect(after).toEqual(['é→', 'é']);
    expect(text).toBe('result = [String.raw`é→`, `\\u00e9`];');
    expect(escapeNonAscii(source).kept).toBe(2);
  });

  it('still escapes the expressions inside a tagged template, which the tag sees as values', () => {
    const source = "result = String.raw`a${'é'}b`;";
    const { text, after } = rewriteAndRun(source);
    expect(after).toBe('aéb');
    expect(NON_ASCII.test(text)).toBe(false);
  });

  it('keeps a line separator in a comment a line terminator, so the code after it still runs', () => {
    const source = 'let ran = false; // comment\u2028ran = true;\nresult = ran;';
    const { text, after } = rewriteAndRun(source);
    expect(after).toBe(true);
    expect(NON_ASCII.test(text)).toBe(false);
  });

  it('turns non-ASCII whitespace between tokens into a space', () => {
    const { text, after } = rewriteAndRun('result\u00a0=\u30001 + 1;');
    expect(after).toBe(2);
    expect(text).toBe('result = 1 + 1;');
  });

  it('returns ASCII text unchanged', () => {
    const source = "result = 'plain';";
    expect(escapeNonAscii(source)).toEqual({ text: source, kept: 0 });
  });

  it('reports a rewrite that would change a literal', () => {
    expect(() => checkSameMeaning("const a = 'é';", "const a = 'e';", 'case.js')).toThrow(/changed a literal/);
  });

  it('every committed bundle is ASCII only', () => {
    const root = join(import.meta.dirname, '..', '..', 'dist');
    const bundles = [root, join(root, 'cli')].flatMap((dir) =>
      readdirSync(dir).filter((name) => name.endsWith('.js')).map((name) => join(dir, name)),
    );
    expect(bundles.length).toBeGreaterThan(2);
    const withNonAscii = bundles.filter((path) => NON_ASCII.test(readFileSync(path, 'utf8')));
    expect(withNonAscii).toEqual([]);
  });
});
