import { describe, expect, it } from 'vitest';
import {
  argumentDifferences,
  argumentsMatch,
  compileMatcherPattern,
  looseText,
  valueMatches,
  type MatchOptions,
} from '../../../src/core/evaluation/argument-matchers.ts';
import { describePattern } from '../../../src/core/evaluation/describe-arguments.ts';
import { isMatcher } from '../../../src/core/evaluation/matcher-keys.ts';

const loose: MatchOptions = { extraArguments: 'allow', strings: 'loose' };
const forbid: MatchOptions = { extraArguments: 'forbid', strings: 'exact' };

describe('literals', () => {
  it('compare scalars by JSON equality: 5 equals 5.0, "5" does not equal 5', () => {
    expect(valueMatches(5, 5.0)).toBe(true);
    expect(valueMatches(5, '5')).toBe(false);
    expect(valueMatches(null, null)).toBe(true);
    expect(valueMatches(true, 'true')).toBe(false);
  });

  it('match arrays element by element, at the same length, elements may be matchers', () => {
    expect(valueMatches([1, 2], [1, 2])).toBe(true);
    expect(valueMatches([1, 2], [2, 1])).toBe(false);
    expect(valueMatches([1], [1, 2])).toBe(false);
    expect(valueMatches([{ gt: 0 }, { type: 'string' }], [3, 'x'])).toBe(true);
    expect(valueMatches([{ gt: 0 }, { type: 'string' }], [3, 4])).toBe(false);
  });

  it('match mappings partially and recursively', () => {
    const actual = { address: { city: 'Paris', zip: '75001' }, tags: ['a'] };
    expect(valueMatches({ address: { city: 'Paris' } }, actual)).toBe(true);
    expect(valueMatches({ address: { city: 'Lyon' } }, actual)).toBe(false);
    expect(valueMatches({ address: { country: 'FR' } }, actual)).toBe(false);
    expect(valueMatches({ address: 'Paris' }, actual)).toBe(false);
  });

  it('take the top level as argument names, so a parameter may be called type or equals', () => {
    expect(argumentsMatch({ type: 'premium', equals: 3 }, { type: 'premium', equals: 3 })).toBe(true);
  });

  it('tell a matcher from a literal: only matcher keys, at least one', () => {
    expect(isMatcher({ one_of: [1] })).toBe(true);
    expect(isMatcher({ gte: 1, lte: 3 })).toBe(true);
    expect(isMatcher({ type: 'function', name: 'x' })).toBe(false);
    expect(isMatcher({})).toBe(false);
    expect(valueMatches({ type: 'function', name: 'x' }, { type: 'function', name: 'x', extra: 1 })).toBe(true);
  });
});

describe('each matcher', () => {
  it('equals: exactly the value, every key, nothing inside read as a matcher', () => {
    expect(valueMatches({ equals: { type: 'string' } }, { type: 'string' })).toBe(true);
    expect(valueMatches({ equals: { type: 'string' } }, 'hello')).toBe(false);
    expect(valueMatches({ equals: { a: 1 } }, { a: 1, b: 2 })).toBe(false);
    expect(valueMatches({ equals: [1, { a: 1.0 }] }, [1, { a: 1 }])).toBe(true);
  });

  it('one_of: any alternative, literal or matcher', () => {
    expect(valueMatches({ one_of: ['Berkeley', 'Berkeley, CA'] }, 'Berkeley, CA')).toBe(true);
    expect(valueMatches({ one_of: ['Berkeley', 'Berkeley, CA'] }, 'Berkeleq')).toBe(false);
    expect(valueMatches({ one_of: [{ matches: '^SFO' }, { equals: null }] }, null)).toBe(true);
    expect(valueMatches({ one_of: [{ matches: '^SFO' }, 1] }, 'SFO-2')).toBe(true);
  });

  it("matches: searched anywhere; anchors are the author's; a leading (?i) becomes the flag", () => {
    expect(valueMatches({ matches: 'ley' }, 'Berkeley')).toBe(true);
    expect(valueMatches({ matches: '^ley' }, 'Berkeley')).toBe(false);
    expect(valueMatches({ matches: '(?i)^paris' }, 'PARIS, FR')).toBe(true);
    expect(valueMatches({ matches: '^paris' }, 'PARIS')).toBe(false);
    expect(valueMatches({ matches: '\\d' }, 5)).toBe(false);
    // (?im): case folded, and ^ at the start of every line.
    expect(compileMatcherPattern('(?im)^a').test('x\nA')).toBe(true);
    expect(compileMatcherPattern('^a').test('x\nA')).toBe(false);
    expect(() => compileMatcherPattern('[a-')).toThrow(/Unterminated character class/);
  });

  it('matches: runs in linear time, so a catastrophic pattern gives its verdict', () => {
    // On V8's backtracking engine the first never returns (2^50000 ways to fail): the test would hang.
    expect(valueMatches({ matches: '^(a|a)*$' }, `${'a'.repeat(50_000)}!`)).toBe(false);
    expect(valueMatches({ matches: '^(a|a)*$' }, 'a'.repeat(50_000))).toBe(true);
  });

  it('matches: backreferences and lookaround are refused, saying why', () => {
    expect(() => compileMatcherPattern('(a)\\1')).toThrow(/linear-time engine/);
    expect(() => compileMatcherPattern('a(?=b)')).toThrow(/no backreferences .* no lookaround/);
    expect(valueMatches({ matches: '(a)\\1' }, 'aa')).toBe(false);
  });

  it('approx with tolerance, default 1e-9', () => {
    expect(valueMatches({ approx: 0.3 }, 0.1 + 0.2)).toBe(true);
    expect(valueMatches({ approx: 0.3 }, 0.31)).toBe(false);
    expect(valueMatches({ approx: 3.14, tolerance: 0.01 }, 3.1416)).toBe(true);
    expect(valueMatches({ approx: 3.14, tolerance: 0.01 }, 3.2)).toBe(false);
    expect(valueMatches({ approx: 3 }, '3')).toBe(false);
  });

  it('gt, gte, lt, lte: alone and combined, numbers only', () => {
    expect(valueMatches({ gt: 1 }, 1)).toBe(false);
    expect(valueMatches({ gte: 1 }, 1)).toBe(true);
    expect(valueMatches({ lt: 5 }, 5)).toBe(false);
    expect(valueMatches({ lte: 5 }, 5)).toBe(true);
    expect(valueMatches({ gt: 0, lte: 200 }, 89.99)).toBe(true);
    expect(valueMatches({ gt: 0, lte: 200 }, 250)).toBe(false);
    expect(valueMatches({ gte: 1 }, '2')).toBe(false);
  });

  it('type: each JSON type, integer as a whole number', () => {
    const cases: [string, unknown, boolean][] = [
      ['string', 'x', true],
      ['string', 1, false],
      ['number', 1.5, true],
      ['integer', 3, true],
      ['integer', 3.0, true],
      ['integer', 3.5, false],
      ['boolean', false, true],
      ['array', [], true],
      ['array', {}, false],
      ['object', {}, true],
      ['object', [], false],
      ['object', null, false],
      ['null', null, true],
    ];
    for (const [type, value, expected] of cases)
      expect(valueMatches({ type }, value), `${type} ${JSON.stringify(value)}`).toBe(expected);
  });

  it('contains: a substring, or an element matching a literal or a matcher', () => {
    expect(valueMatches({ contains: 'York' }, 'New York')).toBe(true);
    expect(valueMatches({ contains: 'york' }, 'New York')).toBe(false);
    expect(valueMatches({ contains: 'b' }, ['a', 'b'])).toBe(true);
    expect(valueMatches({ contains: { sku: 'MUG' } }, [{ sku: 'MUG', qty: 2 }])).toBe(true);
    expect(valueMatches({ contains: { gt: 10 } }, [1, 2, 11])).toBe(true);
    expect(valueMatches({ contains: ['a', 'b'] }, [['a', 'b']])).toBe(true);
    expect(valueMatches({ contains: 'x' }, { x: 1 })).toBe(false);
  });

  it('optional: absent, or present and matching the other keys', () => {
    expect(argumentsMatch({ unit: { optional: true } }, {})).toBe(true);
    expect(argumentsMatch({ unit: { optional: true } }, { unit: 'anything' })).toBe(true);
    expect(argumentsMatch({ unit: { optional: true, one_of: ['C', 'F'] } }, {})).toBe(true);
    expect(argumentsMatch({ unit: { optional: true, one_of: ['C', 'F'] } }, { unit: 'F' })).toBe(true);
    expect(argumentsMatch({ unit: { optional: true, one_of: ['C', 'F'] } }, { unit: 'K' })).toBe(false);
    expect(argumentsMatch({ unit: { type: 'string' } }, {})).toBe(false);
  });

  it('absent: the argument must not be there', () => {
    expect(argumentsMatch({ note: { absent: true } }, { amount: 1 })).toBe(true);
    expect(argumentsMatch({ note: { absent: true } }, { note: null })).toBe(false);
    expect(argumentsMatch({ address: { note: { absent: true } } }, { address: { city: 'x' } })).toBe(true);
  });

  it('nested matchers: inside literal mappings and arrays, inside one_of and contains', () => {
    const pattern = {
      order: { items: { contains: { sku: { matches: '^MUG-' }, qty: { one_of: [1, { gte: 10 }] } } } },
    };
    expect(
      argumentsMatch(pattern, {
        order: {
          items: [
            { sku: 'PLATE', qty: 1 },
            { sku: 'MUG-RED', qty: 12 },
          ],
        },
      }),
    ).toBe(true);
    expect(argumentsMatch(pattern, { order: { items: [{ sku: 'MUG-RED', qty: 5 }] } })).toBe(false);
  });
});

describe('options', () => {
  it('extra_arguments: forbid fails any unlisted argument, at any depth', () => {
    expect(argumentsMatch({ id: 'A1' }, { id: 'A1', note: 'x' }, forbid)).toBe(false);
    expect(argumentsMatch({ id: 'A1' }, { id: 'A1' }, forbid)).toBe(true);
    expect(argumentsMatch({ address: { city: 'Paris' } }, { address: { city: 'Paris', zip: '1' } }, forbid)).toBe(
      false,
    );
    expect(argumentsMatch({ items: [{ sku: 'a' }] }, { items: [{ sku: 'a', qty: 1 }] }, forbid)).toBe(false);
    // A listed optional or absent argument is not an extra one.
    expect(argumentsMatch({ id: 'A1', note: { optional: true } }, { id: 'A1', note: 'x' }, forbid)).toBe(true);
    expect(argumentDifferences({ id: 'A1' }, { id: 'A1', note: 'x', memo: 'y' }, forbid)).toEqual([
      { kind: 'extra', path: 'note', actual: 'x' },
      { kind: 'extra', path: 'memo', actual: 'y' },
    ]);
  });

  it('strings: loose ignores case, width, whitespace, punctuation and symbols, in literals, one_of, contains', () => {
    expect(argumentsMatch({ city: 'New York, NY' }, { city: 'new york ny' }, loose)).toBe(true);
    expect(argumentsMatch({ instrument: 'PIANO' }, { instrument: 'piano' }, loose)).toBe(true);
    expect(argumentsMatch({ city: { one_of: ['Paris', 'Lyon'] } }, { city: 'PARIS!' }, loose)).toBe(true);
    expect(argumentsMatch({ query: { contains: 'new-york' } }, { query: 'Hotels in NEW YORK' }, loose)).toBe(true);
    expect(argumentsMatch({ tags: { contains: 'Rock & Roll' } }, { tags: ['rock and roll', 'rock roll'] }, loose)).toBe(
      true,
    );
    expect(argumentsMatch({ city: 'New York, NY' }, { city: 'new york ny' })).toBe(false);
    expect(argumentsMatch({ n: 5 }, { n: '5' }, loose)).toBe(false);
  });

  it('strings: loose on Unicode text: NFKC folds full-width and ligatures, accents stay, other scripts work', () => {
    expect(looseText('ＴＯＫＹＯ')).toBe('tokyo');
    expect(looseText('ﬁle')).toBe('file');
    expect(argumentsMatch({ city: 'Tōkyō' }, { city: 'TŌKYŌ' }, loose)).toBe(true);
    expect(argumentsMatch({ city: 'Tōkyō' }, { city: 'Tokyo' }, loose)).toBe(false);
    // NFC and NFD spellings of é compare equal after NFKC.
    expect(argumentsMatch({ name: 'Café' }, { name: 'CAFE\u0301' }, loose)).toBe(true);
    expect(argumentsMatch({ city: '東京' }, { city: '東京。' }, loose)).toBe(true);
    expect(argumentsMatch({ city: 'Zürich' }, { city: '«zürich»' }, loose)).toBe(true);
    expect(argumentsMatch({ price: '€5' }, { price: '5' }, loose)).toBe(true);
  });

  it('equals follows strings: loose like a literal would', () => {
    expect(valueMatches({ equals: 'Paris' }, 'PARIS', loose)).toBe(true);
    expect(valueMatches({ equals: 'Paris' }, 'PARIS')).toBe(false);
  });
});

describe('differences name the argument and what was expected', () => {
  it('value, missing, present and unparseable', () => {
    expect(argumentDifferences({ city: { one_of: ['Berkeley', 'Berkeley, CA'] } }, { city: 'Berkeleq' })).toEqual([
      { kind: 'value', path: 'city', actual: 'Berkeleq', expected: "one of 'Berkeley', 'Berkeley, CA'" },
    ]);
    expect(argumentDifferences({ address: { zip: '1' } }, { address: {} })).toEqual([
      { kind: 'missing', path: 'address.zip', expected: "'1'" },
    ]);
    expect(argumentDifferences({ items: [{ sku: 'a' }] }, { items: [{ sku: 'b' }] })).toEqual([
      { kind: 'value', path: 'items[0].sku', actual: 'b', expected: "'a'" },
    ]);
    expect(argumentDifferences({ note: { absent: true } }, { note: 'x' })).toEqual([
      { kind: 'present', path: 'note', actual: 'x' },
    ]);
    expect(argumentDifferences({ a: 1 }, null, undefined, '{"a": 1')).toEqual([
      { kind: 'unparseable', raw: '{"a": 1' },
    ]);
  });

  it('describe every matcher in words', () => {
    expect(describePattern({ equals: { a: 1 } })).toBe('exactly {"a":1}');
    expect(describePattern({ one_of: ['a', { gt: 1 }] })).toBe("one of 'a', (a number greater than 1)");
    expect(describePattern({ matches: '^a' })).toBe('a string matching /^a/');
    expect(describePattern({ approx: 3.14, tolerance: 0.01 })).toBe('a number within 0.01 of 3.14');
    expect(describePattern({ gte: 1, lt: 5 })).toBe('a number at least 1 and less than 5');
    expect(describePattern({ type: 'integer' })).toBe('an integer');
    expect(describePattern({ contains: 'x' })).toBe("a string or list containing 'x'");
    expect(describePattern({ contains: { matches: '^MUG-' } })).toBe('a list containing a string matching /^MUG-/');
    expect(describePattern({ contains: { sku: 'MUG' } })).toBe('a list containing {"sku":"MUG"}');
    expect(describePattern({ optional: true })).toBe('any value');
    expect(describePattern({ optional: true, type: 'string' })).toBe('a string');
  });
});
