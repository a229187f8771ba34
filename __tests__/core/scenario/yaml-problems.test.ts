import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES } from '../../../src/core/scenario/yaml-source.ts';
import { load, problemsOf, yaml } from '../../helpers/scenario-loading.ts';

describe('files that are not one YAML mapping', () => {
  it('report a syntax error where it is', async () => {
    const problems = await problemsOf(yaml('model: gpt-5.4-mini', 'prompt: [unclosed', 'max_turns: 3'));
    expect(problems[0]).toMatch(/^scenario\.yaml:3:\d+: YAML syntax error: /);
  });

  it('report a bad indentation with its line', async () => {
    const problems = await problemsOf(yaml('model: m', 'prompt: hi', 'tools:', '  - name: a', '   description: b'));
    expect(problems[0]).toMatch(/^scenario\.yaml:5:\d+: YAML syntax error: /);
  });

  it('report a stray character before a list item instead of reading past it', async () => {
    // salvo's own YAML reader (removed in issue 18) read this as `list: [x]`, dropping the 'z'.
    const problems = await problemsOf(yaml('model: m', 'prompt: hi', 'extras:', '  list:', 'z - x'));
    expect(problems).toEqual([expect.stringMatching(/^scenario\.yaml:5:1: YAML syntax error: /)]);
  });

  it('report every duplicate key, with the line of the first', async () => {
    const problems = await problemsOf(
      yaml('model: m', 'prompt: hi', 'model: other', 'tools:', '  - {name: a, description: b, name: c}'),
    );
    expect(problems).toEqual([
      "scenario.yaml:3:1: duplicate key 'model' (first defined at line 1); keep one",
      "scenario.yaml:5:31: duplicate key 'name' (first defined at line 5); keep one",
    ]);
  });

  it('reject a document that is not a mapping', async () => {
    expect(await problemsOf(yaml('- model: m'))).toEqual([
      'scenario.yaml:1:1: a scenario must be a mapping of fields (key: value), found a list',
    ]);
    expect(await problemsOf(yaml('just text'))).toEqual([
      'scenario.yaml:1:1: a scenario must be a mapping of fields (key: value), found the value "just text"',
    ]);
  });

  it('reject several documents in one file, pointing at the second', async () => {
    expect(await problemsOf(yaml('model: m', 'prompt: hi', '---', 'model: n'))).toEqual([
      'scenario.yaml:3:1: a file holds one YAML document; a second one starts here',
    ]);
  });

  it('reject an empty file and a file of comments', async () => {
    const expected = ['scenario.yaml:1:1: file is empty; a scenario must be a mapping of fields (key: value)'];
    expect(await problemsOf('')).toEqual(expected);
    expect(await problemsOf(yaml('# TODO: write me', '   '))).toEqual(expected);
  });

  it('refuse a file over 1 MB without parsing it', async () => {
    const big = `model: m\nprompt: hi\ndescription: "${'x'.repeat(MAX_SOURCE_BYTES)}"\n`;
    expect(await problemsOf(big)).toEqual([
      'scenario.yaml:1:1: file is larger than 1 MB; a scenario should be far smaller',
    ]);
  });

  it('stop an alias bomb (billion laughs) quickly with a clear error', async () => {
    const lines = [
      'model: m',
      'prompt: hi',
      'extras:',
      '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ];
    for (let level = 1; level < 9; level += 1) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      lines.push(`  ${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const problems = await problemsOf(yaml(...lines));
    expect(problems).toEqual([expect.stringMatching(/^scenario\.yaml:5:\d+: too many aliases: .*billion laughs/)]);
  });

  it('still accept a few plain aliases and merge keys', async () => {
    const loaded = await load(
      yaml(
        'model: m',
        'prompt: hi',
        'tools:',
        '  - &base {name: a, description: shared, mock_response: ok}',
        '  - {<<: *base, name: b}',
      ),
    );
    expect(loaded.scenario.tools.map((tool) => [tool.name, tool.description])).toEqual([
      ['a', 'shared'],
      ['b', 'shared'],
    ]);
  });

  it('report an unknown tag instead of guessing', async () => {
    const problems = await problemsOf(yaml('model: m', 'prompt: !env PROMPT'));
    expect(problems).toEqual(['scenario.yaml:2:9: Unresolved tag: !env']);
  });
});

describe('all problems at once', () => {
  it('reports syntax-level and schema-level problems of a file together, in line order', async () => {
    const problems = await problemsOf(yaml('modle: m', 'prompt: hi', 'prompt: again', 'max_turns: 0'));
    expect(problems).toEqual([
      "scenario.yaml:1:1: unknown field 'modle', did you mean 'model'?",
      "scenario.yaml:3:1: duplicate key 'prompt' (first defined at line 2); keep one",
      "scenario.yaml:4:12: 'max_turns' must be at least 1, got 0",
    ]);
  });
});

describe('files built to flood validate', () => {
  it('report 500,000 levels of flow nesting as one problem, at once', async () => {
    const started = performance.now();
    const problems = await problemsOf(yaml('prompt: hi', 'extras:', `  x: ${'['.repeat(500_000)}`));
    expect(problems).toEqual([
      'scenario.yaml:3:70: values are nested more than 64 levels deep; a scenario needs far fewer',
    ]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('report block nesting past 64 levels where it passes the limit', async () => {
    const lines = Array.from({ length: 80 }, (_, level) => `${'  '.repeat(level + 1)}k:`);
    const problems = await problemsOf(yaml('prompt: hi', 'extras:', ...lines, `${'  '.repeat(81)}v`));
    expect(problems).toEqual([
      expect.stringMatching(/^scenario\.yaml:66:\d+: values are nested more than 64 levels deep/),
    ]);
  });

  it('accept nesting a real scenario uses', async () => {
    const loaded = await load(
      yaml('model: m', 'prompt: hi', `extras: {metadata: ${'['.repeat(20)}1${']'.repeat(20)}}`),
    );
    expect(loaded.scenario.prompt).toBe('hi');
  });

  it('list 50 problems of a file, then how many more', async () => {
    const problems = await problemsOf(
      yaml('prompt: hi', ...Array.from({ length: 120 }, (_, index) => `unknown_${index}: 1`)),
    );
    expect(problems).toHaveLength(51);
    expect(problems[49]).toMatch(/^scenario\.yaml:\d+:1: unknown field 'unknown_/);
    expect(problems[50]).toMatch(/: and 71 more problems in this file$/); // 120 unknown fields and the missing model
  });
});
