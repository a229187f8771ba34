import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.ts';

const run = promisify(execFile);
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

describe('repository hygiene', () => {
  const freshDist = mkdtempSync(join(tmpdir(), 'salvo-fresh-dist-'));
  afterAll(() => rmSync(freshDist, { recursive: true, force: true }));

  it('type-checks under strict TypeScript', async () => {
    await expect(run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], { cwd: repoRoot })).resolves.toBeDefined();
  });

  it('passes lint, including the rule that keeps src/core pure', async () => {
    await expect(run(bin('eslint'), ['.', '--max-warnings=-1'], { cwd: repoRoot })).resolves.toBeDefined();
  });

  it('has a dist/ identical to a fresh bundle of src/', async () => {
    await run(process.execPath, [join(repoRoot, 'scripts', 'bundle.ts'), freshDist], { cwd: repoRoot });
    const committed = join(repoRoot, 'dist');
    const expected = listFiles(freshDist);
    expect(listFiles(committed)).toEqual(expected);
    const stale = expected.filter(
      (file) => !readFileSync(join(committed, file)).equals(readFileSync(join(freshDist, file))),
    );
    expect(stale, `stale files in dist/ (run npm run bundle): ${stale.map((f) => relative(repoRoot, f)).join(', ')}`).toEqual([]);
  });
});
