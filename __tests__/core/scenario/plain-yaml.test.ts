import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { scenarioYaml } from '../../../bench/lib/scenarios.ts';
import { PROJECT_CONFIG_TEMPLATE } from '../../../src/cli/commands/init-templates.ts';
import { loadScenario } from '../../../src/core/scenario/load-scenario.ts';
import { loadScenarioThoroughly } from '../../../src/core/scenario/load-scenario-thoroughly.ts';
import { readPlainYaml } from '../../../src/core/scenario/plain-yaml.ts';
import { projectConfigSchema } from '../../../src/core/scenario/project-config-schema.ts';
import { parseYamlSource, positionOf } from '../../../src/core/scenario/yaml-source.ts';
import type { DocPath } from '../../../src/core/scenario/yaml-values.ts';
import { memoryReader, PROJECT_ROOT } from '../../helpers/scenario-loading.ts';

const EXAMPLES = join(import.meta.dirname, '../../../examples');
const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ name, text: readFileSync(join(EXAMPLES, name), 'utf8') }));

/** Every construct of the subset, and the values `yaml` gives them (checked against it below). */
const EDGES = `---
# a comment
integer: 1
negative_zero: -0
plus: +5
too_big: 12345678901234567890
decimal: -1.50
leading_zeros: 007
tilde: ~
null_word: Null
bool: TRUE
escapes: "q \\" b \\\\ s \\/ n \\n t \\t x \\x41 u \\u00e9 \\u263A z \\0 e \\e end"
single: 'it''s'
comment: plain text # a comment, and C# stays
nbsp_kept: ends with nbsp\u00a0
folded: >
  folded line one
  folded line two

  after a blank line
literal_strip: |-
  keep
    deeper
  end
folded_strip: >-
  strip folded
literal: |
  # not a comment
  trailing spaces kept${'  '}
same_column:
- x
- y
nested:
  - {k: v, n: [1, 2.5, -3, "q", 'r', {z: ~}]}
  -
    key: on the next line
  - |
    block item
unicode: "caf\u00e9 \u263a"
punctuation: (paren) /slash $dollar ~tilde
dot_start: .salvo/runs
dash_start: -verbose
plus_start: +more
flow_plain: [a b, c d]
"quoted key": 1
'single key': 2
empty_map: {}
empty_list: []
empty_value:
last: 1
`;

/** Each is valid YAML outside the subset: read by `yaml` instead. */
const OUTSIDE = [
  'a: &anchor 1\nb: *anchor\n',
  'a: !!str 1\n',
  'tools:\n  - !include other.yaml\n',
  'a: multi\n  line plain\n',
  'a: "multi\n  line quoted"\n',
  'a: 1e3\n',
  'a: 0x1F\n',
  'a: .inf\n',
  'a: -.Inf\n',
  'a: .NaN\n',
  'a: .5\n',
  'a: -\n',
  'a: 2026-11-25\n',
  'a: 1\na: 2\n',
  'a:\tb\n',
  'a: b\rc: d\n',
  'a: |+\n  keep\n\n',
  'a: |2\n   x\n',
  'a:\n  - - nested\n',
  'a: [1, 2,]\n',
  'a: {b: 1,\n  c: 2}\n',
  'true: 1\n',
  '__proto__: 1\n',
  '<<: {a: 1}\n',
  'a: |\n  no final line break',
  '- a\n- b\n',
  '%YAML 1.2\n---\na: 1\n',
  'a: 1\n---\nb: 2\n',
  '? complex\n: key\n',
];

/** A deterministic generator (an LCG), so a failure names its seed and reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const MUTATIONS = [' ', ' ', '\n', '\r\n', '\r', ':', '#', '-', '"', "'", '{', '}', '[', ']', ',', '|', '>', 'a', '1', '.', '\\', '!', '&', '*', '?', '~', '0', 'e', '+', '\u00a0', '\u00e9', '\t', 'null', 'true', '- ', ': ', '  '];

function mutate(text: string, next: () => number): string {
  const edits = 1 + Math.floor(next() * 3);
  for (let edit = 0; edit < edits; edit += 1) {
    const at = Math.floor(next() * text.length);
    const kind = next();
    const piece = MUTATIONS[Math.floor(next() * MUTATIONS.length)]!;
    text = kind < 0.4 ? text.slice(0, at) + piece + text.slice(at) : kind < 0.7 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + piece + text.slice(at + 1);
  }
  return text;
}

function sequencesOf(value: unknown, path: DocPath = [], found: [DocPath, unknown[]][] = []): [DocPath, unknown[]][] {
  if (Array.isArray(value)) {
    found.push([path, value]);
    value.forEach((item, index) => sequencesOf(item, [...path, index], found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) sequencesOf(item, [...path, key], found);
  }
  return found;
}

/** How the fast reader and `yaml` differ on `text`: null when the fast reader declines it or both agree. */
function disagreement(text: string): string | null {
  const plain = readPlainYaml(text);
  if (plain === null) return null;
  const full = parseYamlSource(text, 'x.yaml', { what: 'a scenario' });
  if (full.source === null || full.problems.length > 0) return `yaml has problems: ${JSON.stringify(full.problems)}`;
  if (!isDeepStrictEqual(plain.value, full.source.value)) return `values: ${JSON.stringify(plain.value)} vs ${JSON.stringify(full.source.value)}`;
  for (const [path, items] of sequencesOf(plain.value)) {
    const lines = plain.itemLines.get(items);
    const expected = items.map((_, index) => positionOf(full.source!, [...path, index], 'value').line);
    if (!isDeepStrictEqual(lines, expected)) return `lines of ${path.join('.')}: ${JSON.stringify(lines)} vs ${JSON.stringify(expected)}`;
  }
  return null;
}

describe('the plain YAML fast path', () => {
  it('reads every construct of its subset exactly as yaml does, item lines included', () => {
    const plain = readPlainYaml(EDGES);
    expect(plain).not.toBeNull();
    expect(disagreement(EDGES)).toBeNull();
    expect(plain!.value).toMatchObject({
      negative_zero: -0,
      escapes: 'q " b \\ s / n \n t \t x A u \u00e9 \u263a z \0 e \x1b end',
      comment: 'plain text',
      nbsp_kept: 'ends with nbsp\u00a0',
      folded: 'folded line one folded line two\nafter a blank line\n',
      literal_strip: 'keep\n  deeper\nend',
      empty_value: null,
      dot_start: '.salvo/runs',
    });
  });

  it('reads the examples and the bench scenarios, except the one that includes a file', () => {
    const declined = examples.filter((example) => readPlainYaml(example.text) === null).map((example) => example.name);
    expect(declined).toEqual(['anthropic-research.yaml']);
    for (const example of examples) expect(disagreement(example.text), example.name).toBeNull();
    expect(readPlainYaml(scenarioYaml(7, 'openai'))).not.toBeNull();
    expect(disagreement(scenarioYaml(7, 'anthropic'))).toBeNull();
  });

  it('reads files with Windows line endings as yaml does', () => {
    for (const text of [EDGES, ...examples.map((example) => example.text)]) {
      const crlf = text.replaceAll('\n', '\r\n');
      expect(readPlainYaml(crlf) === null, text.slice(0, 60)).toBe(readPlainYaml(text) === null);
      expect(disagreement(crlf), text.slice(0, 60)).toBeNull();
    }
  });

  it("reads the salvo.yaml that salvo init writes, and the bench's", () => {
    for (const text of [PROJECT_CONFIG_TEMPLATE, 'scenarios_dir: scenarios\nstorage_dir: .salvo\n']) {
      expect(readPlainYaml(text), text).not.toBeNull();
      expect(disagreement(text), text).toBeNull();
    }
  });

  it.each(OUTSIDE)('leaves %j to yaml', (text) => {
    expect(readPlainYaml(text)).toBeNull();
  });

  it('never disagrees with yaml on thousands of mutated documents, and still reads many of them', () => {
    const corpus = [EDGES, ...examples.map((example) => example.text), scenarioYaml(3, 'openai')];
    for (const seed of [1, 2, 3]) {
      const next = random(seed);
      let read = 0;
      const failures: string[] = [];
      for (let index = 0; index < 1500; index += 1) {
        const text = mutate(corpus[index % corpus.length]!, next);
        const problem = disagreement(text);
        if (problem) failures.push(`seed ${seed}, mutant ${index}: ${problem}\n${JSON.stringify(text)}`);
        if (readPlainYaml(text) !== null) read += 1;
      }
      expect(failures.slice(0, 3)).toEqual([]);
      // Without this the check could pass by declining everything.
      expect(read).toBeGreaterThan(300);
    }
  });

  it('loads a scenario exactly as the full path does, assertion lines and hash included', async () => {
    const config = projectConfigSchema.parse({ default_model: 'gpt-4o-mini', judge: { model: 'gpt-4o' } });
    const plainExamples = examples.filter((example) => readPlainYaml(example.text) !== null);
    expect(plainExamples.length).toBeGreaterThanOrEqual(4);
    for (const example of plainExamples) {
      const options = { reader: memoryReader({ [example.name]: example.text }), projectRoot: PROJECT_ROOT, config };
      const fast = await loadScenario(example.name, options);
      expect(fast, example.name).toEqual(await loadScenarioThoroughly(example.name, example.text, options));
      expect(fast.assertionLines.length, example.name).toBeGreaterThan(0);
    }
  });
});
