import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, formatProblem } from '../../../src/core/errors.ts';
import { loadScenario } from '../../../src/core/scenario/load-scenario.ts';
import { defaultProjectConfig } from '../../../src/core/scenario/project-config.ts';
import { createNodeSourceReader } from '../../../src/node-adapters/node-source-reader.ts';
import { load, problemsOf, yaml } from '../../helpers/scenario-loading.ts';

const scenarioWith = (...toolLines: string[]) =>
  yaml(
    'model: gpt-5.4-mini',
    'prompt: hi',
    'tools:',
    ...toolLines,
    'assertions:',
    '  - {type: tool_called, tool: search}',
  );
const searchTool = yaml('name: search', 'description: Search the web', 'mock_response: {results: []}');

describe('!include of tool files', () => {
  it('resolves a path relative to the including file', async () => {
    const loaded = await load(scenarioWith('  - !include ../tools/search.yaml'), {
      file: 'scenarios/find.yaml',
      files: { 'tools/search.yaml': searchTool },
    });
    expect(loaded.scenario.tools).toEqual([
      {
        name: 'search',
        description: 'Search the web',
        parameters: { type: 'object', properties: {}, required: [] },
        mock_response: { results: [] },
      },
    ]);
  });

  it('splices a file holding a list of tools, and follows nested includes', async () => {
    const loaded = await load(scenarioWith('  - {name: first, description: inline}', '  - !include shared/all.yaml'), {
      files: {
        'shared/all.yaml': yaml('- !include search.yaml', '- !include deep/fetch.yaml'),
        'shared/search.yaml': searchTool,
        'shared/deep/fetch.yaml': yaml('name: fetch', 'description: Fetch a page'),
      },
    });
    expect(loaded.scenario.tools.map((tool) => tool.name)).toEqual(['first', 'search', 'fetch']);
  });

  it('hashes the same whether a tool is included or written inline', async () => {
    const included = await load(scenarioWith('  - !include search.yaml'), { files: { 'search.yaml': searchTool } });
    const inline = await load(
      scenarioWith('  - {name: search, description: Search the web, mock_response: {results: []}}'),
    );
    expect(included.hash).toBe(inline.hash);
  });

  it('points problems inside an included file at that file and its own lines', async () => {
    const problems = await problemsOf(scenarioWith('  - !include tools/broken.yaml'), {
      files: {
        'tools/broken.yaml': yaml('# a shared tool', 'name: search', 'descripton: Search', 'mock_response: ok'),
      },
    });
    expect(problems).toEqual(["tools/broken.yaml:3:1: unknown field 'descripton', did you mean 'description'?"]);
  });

  it('reports a syntax error inside an included file there, and no knock-on errors', async () => {
    const problems = await problemsOf(scenarioWith('  - !include tools/bad.yaml'), {
      files: { 'tools/bad.yaml': yaml('name: [search') },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^tools\/bad\.yaml:2:\d+: YAML syntax error/);
  });

  it('reports a missing file at the include', async () => {
    expect(await problemsOf(scenarioWith('  - !include nope.yaml'))).toEqual([
      "scenario.yaml:4:14: included file 'nope.yaml' not found (looked for nope.yaml)",
    ]);
  });

  it('rejects a loop, naming the chain', async () => {
    const problems = await problemsOf(scenarioWith('  - !include a.yaml'), {
      files: { 'a.yaml': yaml('- !include b.yaml'), 'b.yaml': yaml('- !include a.yaml') },
    });
    expect(problems).toEqual(['b.yaml:1:12: include loop: a.yaml -> b.yaml -> a.yaml']);
  });

  it('rejects a file including itself', async () => {
    const problems = await problemsOf(scenarioWith('  - !include self.yaml'), {
      files: { 'self.yaml': yaml('- !include self.yaml') },
    });
    expect(problems).toEqual(['self.yaml:1:12: include loop: self.yaml -> self.yaml']);
  });

  it('rejects paths leaving the project root, and absolute paths', async () => {
    const problems = await problemsOf(scenarioWith('  - !include ../../etc/tool.yaml', '  - !include /etc/tool.yaml'), {
      file: 'scenarios/s.yaml',
      files: { '../etc/tool.yaml': searchTool },
    });
    expect(problems).toEqual([
      "scenarios/s.yaml:4:14: included file '../../etc/tool.yaml' is outside the project root (/project); " +
        'includes must stay inside it',
      "scenarios/s.yaml:5:14: !include paths are relative to the including file; '/etc/tool.yaml' is absolute",
    ]);
  });

  it('rejects !include anywhere but as a tool item', async () => {
    const problems = await problemsOf(yaml('model: m', 'prompt: !include prompt.yaml', 'tools: !include tools.yaml'));
    expect(problems).toEqual([
      "scenario.yaml:2:18: !include is only allowed as an item of 'tools'",
      "scenario.yaml:3:17: !include is only allowed as an item of 'tools'",
    ]);
  });

  it('rejects an included file that is neither a tool nor a list of tools', async () => {
    const problems = await problemsOf(scenarioWith('  - !include odd.yaml'), {
      files: { 'odd.yaml': yaml('just a string') },
    });
    expect(problems).toEqual([
      'odd.yaml:1:1: an included tool file must be a mapping of fields (key: value), found the value "just a string"',
    ]);
  });
});

describe('!include on disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'salvo-includes-'));
  const outside = mkdtempSync(join(tmpdir(), 'salvo-outside-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };

  it('rejects a symlink that leads outside the project root', async () => {
    write(join(outside, 'secret.yaml'), searchTool);
    write(join(root, 'scenarios', 's.yaml'), scenarioWith('  - !include link.yaml'));
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'scenarios', 'link.yaml'));
    const error = await loadScenario('scenarios/s.yaml', {
      reader: createNodeSourceReader(root),
      projectRoot: root,
      config: defaultProjectConfig(),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^scenarios\/s\.yaml:4:14: included file 'link\.yaml' is outside the project root/),
    ]);
  });

  it('refuses a huge file after reading only just past the limit', async () => {
    write(join(root, 'huge.yaml'), `model: m\nprompt: "${'x'.repeat(3 * 1024 * 1024)}"\n`);
    const text = await createNodeSourceReader(root).readFile('huge.yaml');
    expect(text.length).toBe(1024 * 1024 + 1);
  });
});
