import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'salvo-run-bundle-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// `salvo --version` from the bundle is in cli-basics.int.test.ts.
describe('bin/salvo.js: the published CLI, run from the committed bundle', () => {
  it('does what the sources do', async () => {
    const fromSources = await runCli(['validate', 'examples']);
    const fromBundle = await runCli(['validate', 'examples'], { bundled: true });
    expect(fromSources.code).toBe(0);
    expect(fromBundle).toMatchObject({
      code: fromSources.code,
      stdout: fromSources.stdout,
      stderr: fromSources.stderr,
    });
  });

  it('runs an ES module bundle, as the action does', () => {
    for (const bundle of ['dist', join('dist', 'cli')]) {
      expect(
        JSON.parse(readFileSync(join(repoRoot, bundle, 'package.json'), 'utf8')),
        `${bundle}/package.json`,
      ).toEqual({ type: 'module' });
    }
  });

  it("keeps Node's compile cache where NODE_COMPILE_CACHE says, none under NODE_DISABLE_COMPILE_CACHE", async () => {
    const cache = join(dir, 'cache');
    const first = await runCli(['validate', 'examples'], { bundled: true, env: { NODE_COMPILE_CACHE: cache } });
    expect(first.code).toBe(0);
    expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(0);
    const second = await runCli(['validate', 'examples'], { bundled: true, env: { NODE_COMPILE_CACHE: cache } });
    expect(second).toMatchObject({ code: 0, stdout: first.stdout, stderr: first.stderr });

    const disabled = join(dir, 'disabled');
    const off = await runCli(['--version'], {
      bundled: true,
      env: { NODE_COMPILE_CACHE: disabled, NODE_DISABLE_COMPILE_CACHE: '1' },
    });
    expect(off.code).toBe(0);
    expect(existsSync(disabled)).toBe(false);
  });
});

// The Node on PATH outside node_modules/.bin, when it is older than salvo needs
// (the machine's Node 20 here): what a user with an old Node sees.
const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => {
  if (!existsSync(path)) return false;
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return Number(version.replace(/^v/, '').split('.')[0]) < 22;
});

describe('bin/salvo.js on a Node older than 22', () => {
  it.runIf(oldNode !== undefined)('says which Node it needs and exits 2, instead of a stack trace', () => {
    const run = spawnSync(oldNode!, [join(repoRoot, 'bin', 'salvo.js'), '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: salvo needs Node\.js 22 or newer; this is Node\.js \d+\.\d+\.\d+\n$/);
  });
});
