import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'salvo-init-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('salvo init', () => {
  it('creates a project whose example validates, and ignores .salvo/ in git', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, '.gitignore'), 'node_modules/');
    const init = await runCli(['init'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('created salvo/example.yaml');
    for (const file of ['salvo.yaml', 'salvo/example.yaml', 'tools/run_tests.yaml'])
      expect(existsSync(join(dir, file))).toBe(true);
    expect(readFileSync(join(dir, 'salvo', 'example.yaml'), 'utf8')).toContain('- !include ../tools/run_tests.yaml');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\n.salvo/\n');

    const validate = await runCli(['validate'], { cwd: dir });
    expect(validate.stdout).toContain('✓ salvo/example.yaml');
    expect(validate.code).toBe(0);
  });

  it('refuses to overwrite, listing the conflicts, and exits 1; --force overwrites', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'salvo.yaml'), 'default_model: mine\n');
    const refused = await runCli(['init'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('salvo init would overwrite this file:\n  salvo.yaml\n');
    expect(readFileSync(join(dir, 'salvo.yaml'), 'utf8')).toBe('default_model: mine\n');
    expect(existsSync(join(dir, 'salvo'))).toBe(false);

    const forced = await runCli(['init', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'salvo.yaml'), 'utf8')).toContain('default_model: gpt-5.4-mini');
    const again = await runCli(['init', '--force'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('.salvo/\n');
  });

  it('writes into a named directory', async () => {
    const dir = freshDir();
    const run = await runCli(['init', 'my-evals'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'my-evals', 'salvo.yaml'))).toBe(true);
  });

  it('lists init and validate under --help', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toMatch(/validate \[options\] \[paths\.\.\.\]/);
    expect(run.stdout).toMatch(/init \[options\] \[dir\]/);
    const help = await runCli(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--json');
  });
});
