import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.ts';

const run = promisify(execFile);

/** The first command of the README's quick start, e.g. `npx salvo run examples`. */
function readmeFirstCommand(): string[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  // The contributor set-up's `npm ci && npx salvo ...`, up to a shell comment or the next command.
  const command = /npm ci && (npx salvo [^\n`#&;]+)/.exec(readme)?.[1];
  if (!command) throw new Error('the README has no `npx salvo ...` command');
  return command.trim().split(/\s+/);
}

function runWithoutKeys(
  command: string[],
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (/API_KEY|BASE_URL/.test(name)) delete env[name];
  return new Promise((resolve, reject) => {
    // --offline: npx must find salvo in the clone itself, never download anything.
    const [npx, ...args] = command;
    const child = spawn(npx as string, ['--offline', ...args], {
      cwd,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a fresh clone with no keys', () => {
  const clone = mkdtempSync(join(tmpdir(), 'salvo-clone-'));
  afterAll(() => rmSync(clone, { recursive: true, force: true }));

  it("runs the README's first command over every example from the shipped recordings", async () => {
    const { stdout: head } = await run('git', ['rev-parse', 'HEAD'], { cwd: repoRoot });
    await run('git', ['clone', '--quiet', '--shared', '--no-checkout', repoRoot, clone]);
    await run('git', ['-C', clone, 'checkout', '--quiet', '--detach', head.trim()]);
    // The dependencies the lockfile pins, without a network install.
    symlinkSync(join(repoRoot, 'node_modules'), join(clone, 'node_modules'), 'dir');

    const command = readmeFirstCommand();
    const result = await runWithoutKeys(command, clone);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const { stdout: listed } = await run('git', ['-C', clone, 'ls-files', 'examples']);
    const examples = listed.split('\n').filter((file) => /^examples\/[^/_][^/]*\.ya?ml$/.test(file));
    expect(examples.length).toBeGreaterThan(0);
    // The results table, every example passing from its recording, none skipped for want of a key.
    expect(result.stdout).toMatch(/^Scenario\s+Model\s+Verdict\s+Passed\s+/m);
    expect(result.stdout).toContain(
      `${examples.length} scenarios: ${examples.length} passed, 0 failed, 0 errored, 0 skipped`,
    );
    expect(result.stdout).toContain(`Modes: ${examples.length} replayed from recordings`);
    expect(result.stdout).not.toContain('no_key_no_recording');

    // The user section's `npx salvo run`, with no paths, runs salvo.yaml's scenarios_dir: here, the examples.
    const bare = await runWithoutKeys(['npx', 'salvo', 'run'], clone);
    expect(bare.code, bare.stdout + bare.stderr).toBe(0);
    expect(bare.stdout).toContain(`Modes: ${examples.length} replayed from recordings`);
  });
});
