import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from '../../../src/core/scenario/suggest.ts';
import { sourceExcerpt } from '../../../src/cli/source-excerpt.ts';

describe('typo suggestions', () => {
  it('count a swap of neighbouring letters as one edit', () => {
    expect(editDistance('modle', 'model')).toBe(1);
    expect(editDistance('tool_caled', 'tool_called')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggest the closest candidate, ignoring case', () => {
    expect(closestMatch('Promt', ['prompt', 'model'])).toBe('prompt');
    expect(closestMatch('opnai', ['openai', 'anthropic'])).toBe('openai');
    expect(didYouMean('exactt', ['exact', 'in_order', 'any_order'])).toBe(", did you mean 'exact'?");
  });

  it('stay quiet when nothing is close enough to help', () => {
    expect(closestMatch('xyz', ['model', 'prompt'])).toBeUndefined();
    expect(didYouMean('temperatures_and_more', ['temperature'])).toBe('');
  });
});

describe('source excerpts', () => {
  it('show the line with a caret under the column', () => {
    expect(sourceExcerpt('a: 1\nadapter: opnai\n', 2, 10)).toEqual(['  2 | adapter: opnai', '    |          ^']);
  });

  it('show nothing for a problem without a position', () => {
    expect(sourceExcerpt('a: 1\n', 0, 0)).toEqual([]);
    expect(sourceExcerpt('a: 1\n', 9, 1)).toEqual([]);
  });
});
