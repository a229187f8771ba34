import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.ts';

const run = promisify(execFile);

/** script/release in a throwaway clone; every case here stops before it would bundle, tag or push. */
describe('script/release', () => {
  let clone: string;
  beforeAll(async () => {
    clone = join(mkdtempSync(join(tmpdir(), 'salvo-release-')), 'repo');
    await run('git', ['clone', '-q', repoRoot, clone]);
    await run('git', [
      '-C',
      clone,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.test',
      'tag',
      '-a',
      'v1.2.0',
      '-m',
      'v1.2.0',
    ]);
  });
  afterAll(() => rmSync(join(clone, '..'), { recursive: true, force: true }));

  const release = (...args: string[]) =>
    run('bash', [join(clone, 'script', 'release'), ...args], { cwd: clone }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  it('refuses a version that is not vX.Y.Z', async () => {
    expect(await release('1.3')).toEqual({
      code: 1,
      stderr: "release: '1.3' is not a semantic version tag like v1.2.3\n",
    });
  });

  it('refuses a version that is not newer than the latest tag', async () => {
    expect(await release('v1.1.9')).toEqual({ code: 1, stderr: 'release: v1.1.9 is not newer than v1.2.0\n' });
  });

  it('refuses to release from a dirty work tree', async () => {
    writeFileSync(join(clone, 'stray.txt'), 'x');
    const result = await release('v1.3.0');
    rmSync(join(clone, 'stray.txt'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('release: the work tree is not clean; commit or stash first');
  });
});
