import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.ts';

const run = promisify(execFile);
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

// Whether dist/ is a fresh build of src/ is not checked here: bundling takes
// minutes, so `npm run check:dist` does it, as its own step of .ci/run and of
// the check-dist workflow.
describe('repository hygiene', () => {
  it('type-checks under strict TypeScript', async () => {
    await expect(run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], { cwd: repoRoot })).resolves.toBeDefined();
  });

  it('passes lint, including the rule that keeps src/core pure', async () => {
    await expect(run(bin('eslint'), ['.', '--max-warnings=-1'], { cwd: repoRoot })).resolves.toBeDefined();
  });
});
