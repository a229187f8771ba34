import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, UsageError } from '../../src/core/errors.ts';
import { loadProject } from '../../src/node-adapters/project.ts';
import { expandScenarioPaths } from '../../src/node-adapters/scenario-files.ts';

const root = mkdtempSync(join(tmpdir(), 'salvo-project-'));
const write = (path: string, text = 'x: 1\n') => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeAll(() => {
  write('salvo.yaml', 'default_model: gpt-5.4-mini\nscenarios_dir: evals\n');
  write('evals/b.yaml');
  write('evals/a.yml');
  write('evals/nested/c.yaml');
  write('evals/notes.md');
  write('evals/_shared/tools.yaml');
  write('evals/.hidden/d.yaml');
  write('other/e.yaml');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadProject', () => {
  it('finds salvo.yaml in a parent directory', async () => {
    const project = await loadProject(join(root, 'evals', 'nested'));
    expect(project.root).toBe(root);
    expect(project.configFile).toBe(join(root, 'salvo.yaml'));
    expect(project.config.default_model).toBe('gpt-5.4-mini');
    expect(project.config.storage_dir).toBe('.salvo');
  });

  it('uses the directory itself and every default without salvo.yaml', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'salvo-bare-'));
    try {
      const project = await loadProject(bare);
      expect(project).toMatchObject({ root: bare, configFile: null, config: { scenarios_dir: 'salvo' } });
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('rejects an invalid salvo.yaml with its position', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'salvo-broken-'));
    try {
      writeFileSync(join(broken, 'salvo.yaml'), 'scenarios_dri: x\n');
      const error = await loadProject(broken).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toBe(
        `${join(broken, 'salvo.yaml')}:1:1: unknown field 'scenarios_dri', did you mean 'scenarios_dir'?`,
      );
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('expandScenarioPaths', () => {
  it('expands directories to the YAML files below, skipping _shared and hidden folders', async () => {
    expect(await expandScenarioPaths(['evals'], root)).toEqual(['evals/a.yml', 'evals/b.yaml', 'evals/nested/c.yaml']);
  });

  it('takes files as given, expands globs, sorts and removes duplicates', async () => {
    const paths = await expandScenarioPaths(
      ['other/e.yaml', 'evals/*.yaml', 'evals/a.yml', 'evals/b.yaml', join(root, 'evals', 'b.yaml')],
      root,
    );
    expect(paths).toEqual(['evals/a.yml', 'evals/b.yaml', 'other/e.yaml']);
  });

  it('keeps absolute paths absolute and relative ones relative, also above cwd', async () => {
    expect(await expandScenarioPaths([join(root, 'other', 'e.yaml')], root)).toEqual([join(root, 'other', 'e.yaml')]);
    expect(await expandScenarioPaths(['../other/e.yaml'], join(root, 'evals'))).toEqual(['../other/e.yaml']);
  });

  it('skips _ and . folders in globs as folder expansion does, unless the glob names them', async () => {
    expect(await expandScenarioPaths(['evals/**/*.yaml'], root)).toEqual(['evals/b.yaml', 'evals/nested/c.yaml']);
    expect((await expandScenarioPaths(['evals/_shared/*.yaml'], root)).length).toBeGreaterThan(0);
  });

  it('matches recursive globs', async () => {
    expect(await expandScenarioPaths(['evals/**/c.yaml'], root)).toEqual(['evals/nested/c.yaml']);
  });

  it('names a path or glob that matches nothing', async () => {
    await expect(expandScenarioPaths(['missing.yaml'], root)).rejects.toThrow(
      new UsageError("no such file or directory: 'missing.yaml'"),
    );
    await expect(expandScenarioPaths(['evals/*.json'], root)).rejects.toThrow("no scenario files match 'evals/*.json'");
    mkdirSync(join(root, 'empty'), { recursive: true });
    await expect(expandScenarioPaths(['evals', 'empty'], root)).rejects.toThrow(
      "no scenario files (*.yaml, *.yml) in 'empty'",
    );
  });
});

describe('expandScenarioPaths and symlinks', () => {
  const project = mkdtempSync(join(tmpdir(), 'salvo-links-'));
  const outside = mkdtempSync(join(tmpdir(), 'salvo-outside-'));
  beforeAll(() => {
    writeFileSync(join(project, 'salvo.yaml'), 'scenarios_dir: salvo\n');
    mkdirSync(join(project, 'salvo', 'real'), { recursive: true });
    mkdirSync(join(project, 'tricks'), { recursive: true });
    writeFileSync(join(project, 'salvo', 'real', 'a.yaml'), 'x: 1\n');
    writeFileSync(join(outside, 'id_rsa.yaml'), '-----BEGIN OPENSSH PRIVATE KEY-----\n');
    mkdirSync(join(outside, 'folder'));
    writeFileSync(join(outside, 'folder', 'b.yaml'), 'x: 1\n');
    symlinkSync(join(project, 'salvo', 'real'), join(project, 'salvo', 'linked-inside'));
    symlinkSync(join(outside, 'id_rsa.yaml'), join(project, 'tricks', 'key.yaml'));
    symlinkSync(join(outside, 'folder'), join(project, 'tricks', 'folder'));
  });
  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('refuses a link out of the project by every route: glob, folder, file, linked folder', async () => {
    for (const pattern of [
      'tricks/**/*.yaml',
      'tricks',
      'tricks/key.yaml',
      'tricks/folder',
      'tricks/folder/b.yaml',
      join(project, 'tricks', 'key.yaml'),
    ]) {
      await expect(expandScenarioPaths([pattern], project, project), pattern).rejects.toThrow(
        /refusing '.*': it is a symlink .* outside the project root/,
      );
    }
  });

  it('follows links that stay inside alike from a folder and a glob, listing each real file once', async () => {
    // sorted: the first name found wins;
    expect(await expandScenarioPaths(['salvo'], project, project)).toEqual(['salvo/linked-inside/a.yaml']);
    expect(await expandScenarioPaths(['salvo/**/*.yaml'], project, project)).toHaveLength(1);
  });

  it('lets the user name a file that is itself outside the project', async () => {
    expect(await expandScenarioPaths([join(outside, 'folder', 'b.yaml')], project, project)).toEqual([
      join(outside, 'folder', 'b.yaml'),
    ]);
  });
});
