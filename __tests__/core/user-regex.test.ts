import { describe, expect, it } from 'vitest';
import { compileUserRegex, userRegexProblem } from '../../src/core/user-regex.ts';

describe('user regular expressions', () => {
  it('read JavaScript syntax: flags, \\u escapes, named groups, \\p{Script=...}', () => {
    expect(compileUserRegex('^done$', 'm').test('step 1\ndone\n')).toBe(true);
    expect(compileUserRegex('^refund', 'i').test('Refund R-1')).toBe(true);
    expect(compileUserRegex('a.b', 's').test('a\nb')).toBe(true);
    expect(compileUserRegex('caf\\u00e9').test('café')).toBe(true);
    expect(compileUserRegex('(?<id>R-\\d{4})').firstMatch('see R-5521')).toEqual({ text: 'R-5521', index: 4 });
    expect(compileUserRegex('\\p{Script=Han}+', 'u').firstMatch('in 東京')).toEqual({ text: '東京', index: 3 });
    expect(compileUserRegex('a\\/b').test('a/b')).toBe(true);
  });

  it('give match positions in string indexes, after characters outside the BMP too', () => {
    expect(compileUserRegex('c').firstMatch('a😀b😀c')).toEqual({ text: 'c', index: 6 });
    expect(compileUserRegex('x+').firstMatch('no match here')).toBeNull();
  });

  it('replace literally, whichever engine runs the pattern', () => {
    // The first shape runs on V8 (no backtracking possible), the second on re2js: same result.
    for (const source of ['ACME-[0-9]{6}', '(ACME)-[0-9]{6}'])
      expect(compileUserRegex(source).replaceAll('a ACME-123456 b ACME-12345 c ACME-654321', '$&[X]'), source).toBe(
        'a $&[X] b ACME-12345 c $&[X]',
      );
  });

  it('run patterns that backtrack exponentially on V8 in linear time', () => {
    // Each would never return on V8's engine: the test would hang, not fail.
    const run = 'a'.repeat(100_000);
    expect(compileUserRegex('^(a|a)*$').test(`${run}!`)).toBe(false);
    expect(compileUserRegex('([a-z]|[a-z0-9])+-internal').replaceAll(`${run}! db-internal`, '#')).toBe(`${run}! #`);
    expect(compileUserRegex('(a+)+b').firstMatch(`${run}!`)).toBeNull();
    expect(compileUserRegex('[a-z]+-x').test(run)).toBe(false);
  });

  it("keep V8's message for a syntax error, and say why a backreference or lookaround is refused", () => {
    expect(userRegexProblem('[a-')).toBe('/[a-/: Unterminated character class');
    expect(userRegexProblem('(a)\\1')).toMatch(
      /^\/\(a\)\\1\/: the backreference `\\1` is not supported; .*linear-time/,
    );
    expect(userRegexProblem('(?<n>a)\\k<n>')).toMatch(/the backreference `\\k<` is not supported/);
    expect(userRegexProblem('a(?!b)')).toMatch(/lookahead `\(\?!` is not supported/);
    expect(userRegexProblem('(?<=a)b')).toMatch(/lookbehind `\(\?<=` is not supported/);
    expect(userRegexProblem('a{2000}')).toMatch(/invalid repeat count/);
    expect(userRegexProblem('x', 'g')).toMatch(/only i, m, s and u/);
    expect(userRegexProblem('R-\\d{4}', 'i')).toBeNull();
  });
});
