import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'salvo-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A machine with only Node 24: a PATH holding the node binary (and the system
// npm to install with), nothing from this repository's node_modules.
const nodeOnly = join(work, 'node-bin');
mkdirSync(nodeOnly);
symlinkSync(realpathSync(join(repoRoot, 'node_modules', '.bin', 'node')), join(nodeOnly, 'node'));
const prefix = join(work, 'prefix');
const env = {
  PATH: [join(prefix, 'bin'), nodeOnly, '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
  HOME: work,
  NO_COLOR: '1',
};

describe('the npm package', () => {
  it('ships only the CLI bundle, schemas, README and LICENSE, with no runtime dependencies', async () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    // Everything salvo needs at run time is bundled into dist/; nothing to download.
    expect(manifest.dependencies ?? {}).toEqual({});
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
    });
    const files: string[] = JSON.parse(stdout)[0].files.map((file: { path: string }) => file.path);
    expect(files.filter((file) => /(^__tests__|^src\/|^examples\/|fixtures|\.test\.)/.test(file))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([
        'bin/salvo.js',
        'dist/cli/index.js',
        'schema/scenario.schema.json',
        'README.md',
        'LICENSE',
      ]),
    );
  });

  it('installs globally from the tarball offline, and salvo works from there', async () => {
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
    });
    const tarball = join(work, JSON.parse(stdout)[0].filename);
    await run(
      'npm',
      ['install', '-g', '--prefix', prefix, '--offline', '--omit=dev', '--no-audit', '--no-fund', tarball],
      { cwd: work, env },
    );

    const version = await run('salvo', ['--version'], { cwd: work, env });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);

    const project = join(work, 'project');
    cpSync(join(repoRoot, 'examples'), project, { recursive: true });
    const validate = await run('salvo', ['validate', '.'], { cwd: project, env });
    expect(validate.stdout).toContain('✓ anthropic-research.yaml');
    expect(validate.stdout.trim().split('\n').at(-1)).toBe('9 files valid');
  });
});
