import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/core/scenario/load-scenario.ts';
import { projectConfigSchema } from '../../../src/core/scenario/project-config-schema.ts';
import { load, memoryReader, problemsOf, PROJECT_ROOT, yaml } from '../../helpers/scenario-loading.ts';

const EXAMPLES = join(import.meta.dirname, '../../../examples');
/**
 * Every YAML file of examples/ (the scenarios and the tool files they include) and the handler modules, by path in
 * the project.
 */
const exampleFiles: Record<string, string> = Object.fromEntries(
  readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.mjs'))
    .map((name) => [`examples/${name.split(sep).join('/')}`, readFileSync(join(EXAMPLES, name), 'utf8')]),
);
const exampleScenarios = Object.keys(exampleFiles).filter(
  (path) => path.split('/').length === 2 && path.endsWith('.yaml'),
);
const config = projectConfigSchema.parse({ default_model: 'gpt-4o-mini', judge: { model: 'gpt-4o' } });

function loadExample(file: string, files: Record<string, string> = exampleFiles) {
  return loadScenario(file, { reader: memoryReader(files), projectRoot: PROJECT_ROOT, config });
}

const withWindowsLineEndings = (text: string) => text.replaceAll('\n', '\r\n');

/** Scalars and block styles a scenario's fields may be written in, under `extras`, and the values they load to. */
const SCALARS = yaml(
  'model: m',
  'prompt: hi',
  'extras:',
  '  integer: 1',
  '  negative_zero: -0',
  '  plus: +5',
  '  decimal: -1.50',
  '  leading_zeros: 007',
  '  tilde: ~',
  '  null_word: Null',
  '  bool: TRUE',
  '  escapes: "q \\" b \\\\ s \\/ n \\n t \\t x \\x41 u \\u00e9 \\u263A z \\0 e \\e end"',
  "  single: 'it''s'",
  '  comment: plain text # a comment, and C# stays',
  '  nbsp_kept: ends with nbsp\u00a0',
  '  folded: >',
  '    folded line one',
  '    folded line two',
  '',
  '    after a blank line',
  '  literal_strip: |-',
  '    keep',
  '      deeper',
  '    end',
  '  literal: |',
  '    # not a comment',
  '    trailing spaces kept  ',
  '  nested:',
  '    - {k: v, n: [1, 2.5, -3, "q", \'r\', {z: ~}]}',
  '    -',
  '      key: on the next line',
  '    - |',
  '      block item',
  '  punctuation: (paren) /slash $dollar ~tilde',
  '  dot_start: .salvo/runs',
  '  dash_start: -verbose',
  '  flow_plain: [a b, c d]',
  '  "quoted key": 1',
  "  'single key': 2",
  '  empty_map: {}',
  '  empty_list: []',
  '  empty_value:',
);

const SCALAR_VALUES = {
  integer: 1,
  negative_zero: -0,
  plus: 5,
  decimal: -1.5,
  leading_zeros: 7,
  tilde: null,
  null_word: null,
  bool: true,
  escapes: 'q " b \\ s / n \n t \t x A u \u00e9 \u263a z \0 e \x1b end',
  single: "it's",
  comment: 'plain text',
  nbsp_kept: 'ends with nbsp\u00a0',
  folded: 'folded line one folded line two\nafter a blank line\n',
  literal_strip: 'keep\n  deeper\nend',
  literal: '# not a comment\ntrailing spaces kept  \n',
  nested: [{ k: 'v', n: [1, 2.5, -3, 'q', 'r', { z: null }] }, { key: 'on the next line' }, 'block item\n'],
  punctuation: '(paren) /slash $dollar ~tilde',
  dot_start: '.salvo/runs',
  dash_start: '-verbose',
  flow_plain: ['a b', 'c d'],
  'quoted key': 1,
  'single key': 2,
  empty_map: {},
  empty_list: [],
  empty_value: null,
};

describe('reading scenario files as YAML', () => {
  it('loads every example, each assertion line pointing at its list item', async () => {
    expect(exampleScenarios.length).toBeGreaterThanOrEqual(5);
    for (const file of exampleScenarios) {
      const loaded = await loadExample(file);
      const lines = exampleFiles[file]!.split('\n');
      expect(loaded.assertionLines.length, file).toBeGreaterThan(0);
      for (const line of loaded.assertionLines) expect(lines[line - 1], `${file}:${line}`).toMatch(/^\s*- /);
      expect(
        [...loaded.assertionLines].sort((a, b) => a - b),
        file,
      ).toEqual(loaded.assertionLines);
    }
  });

  it('reads scalars and block styles to the values YAML 1.2 gives them', async () => {
    const loaded = await load(SCALARS);
    expect(loaded.scenario.extras).toStrictEqual(SCALAR_VALUES);
    expect(Object.is(loaded.scenario.extras.negative_zero, -0)).toBe(true);
  });

  it("also reads YAML's multi-line scalars, keep chomping, tags, directives, anchors, flow over lines", async () => {
    const loaded = await load(
      yaml(
        '%YAML 1.2',
        '---',
        'model: m',
        'prompt: a question',
        '  over two lines',
        'system_prompt: "a quoted',
        '  one"',
        'description: |+',
        '  keep',
        '',
        'extras:',
        '  hex: 0x1F',
        '  exp: 1e3',
        '  inf: -.Inf',
        '  date: 2026-11-25',
        '  str: !!str 1',
        '  half: .5',
        '  tab:\tb',
        '  nested:',
        '    - - x',
        '  trailing: [1, 2,]',
        '  flow: {b: 1,',
        '    c: 2}',
        '  indented: |2',
        '     x',
        '  anchored: &v 3',
        '  alias: *v',
      ),
    );
    expect(loaded.scenario).toMatchObject({
      prompt: 'a question over two lines',
      system_prompt: 'a quoted one',
      description: 'keep\n\n',
    });
    expect(loaded.name).toBe('keep');
    expect(loaded.scenario.extras).toStrictEqual({
      hex: 31,
      exp: 1000,
      inf: -Infinity,
      date: '2026-11-25',
      str: '1',
      half: 0.5,
      tab: 'b',
      nested: [['x']],
      trailing: [1, 2],
      flow: { b: 1, c: 2 },
      indented: ' x\n',
      anchored: 3,
      alias: 3,
    });
  });

  it('takes keys YAML reads specially for the unknown fields they are', async () => {
    expect(await problemsOf(yaml('model: m', 'prompt: hi', 'true: 1'))).toEqual([
      "scenario.yaml:3:1: unknown field 'true'",
    ]);
    expect(await problemsOf(yaml('model: m', 'prompt: hi', '__proto__: 1'))).toEqual([
      "scenario.yaml:3:1: unknown field '__proto__'",
    ]);
    expect(await problemsOf(yaml('model: m', 'prompt: hi', '? complex', ': key'))).toEqual([
      "scenario.yaml:3:3: unknown field 'complex'",
    ]);
  });
});

describe('files with Windows line endings', () => {
  it('load to the same scenario, assertion lines and hash', async () => {
    const crlf = Object.fromEntries(
      Object.entries(exampleFiles).map(([path, text]) => [path, withWindowsLineEndings(text)]),
    );
    for (const file of exampleScenarios) expect(await loadExample(file, crlf), file).toEqual(await loadExample(file));
    expect(await load(withWindowsLineEndings(SCALARS))).toEqual(await load(SCALARS));
  });

  it('report their problems at the same lines and columns', async () => {
    const broken = yaml(
      'modle: m',
      'prompt: |',
      '  two',
      '  lines',
      'prompt: again',
      'max_turns: 0',
      'tools: [{name: a b, description: d}]',
    );
    const problems = await problemsOf(broken);
    expect(problems).toHaveLength(4);
    expect(await problemsOf(withWindowsLineEndings(broken))).toEqual(problems);
  });

  it('but a lone carriage return is no line break', async () => {
    expect(await problemsOf('model: m\rprompt: hi\r')).toEqual([
      expect.stringMatching(/^scenario\.yaml:1:\d+: YAML syntax error: /),
    ]);
  });
});
