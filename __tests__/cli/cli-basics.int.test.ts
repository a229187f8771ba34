import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.ts';

const packageVersion = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')).version;

describe('salvo as a process', () => {
  it('prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(packageVersion);
  });

  it('lists its commands and flags under --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: salvo');
    expect(run.stdout).toContain('--version');
  });

  it('exits 2 with a message, not a stack trace, on an unknown flag', async () => {
    const run = await runCli(['--no-such-flag']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--no-such-flag'");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs from the committed bundle the same way', async () => {
    const run = await runCli(['--version'], { bundled: true });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(packageVersion);
  });
});
