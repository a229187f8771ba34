import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'salvo-report-read-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function projectWithRun(name: string, prepare: (runDirectory: string) => void): string {
  const project = join(work, name);
  const runDirectory = join(project, '.salvo', 'runs', '019a0000-0000-7000-8000-000000000000');
  mkdirSync(runDirectory, { recursive: true });
  writeFileSync(join(project, 'salvo.yaml'), 'default_model: gpt-5.4-mini\n');
  prepare(runDirectory);
  return project;
}

describe('salvo report on a results file it cannot read', () => {
  it('says so and exits non-zero for a results.json too large to read, instead of an empty report', async () => {
    // Sparse: 300 MB to stat, nothing on disk.
    const project = projectWithRun('huge', (run) => {
      writeFileSync(join(run, 'results.json'), '');
      truncateSync(join(run, 'results.json'), 300 * 1024 * 1024);
    });
    const report = await runCli(['report'], { cwd: project });
    expect(report.code).not.toBe(0);
    expect(report.stderr).toMatch(/cannot read .*results\.json: it is 300 MB, more than the 256 MB salvo reads/);
    expect(report.stdout).not.toMatch(/0 scenarios/);
  });

  it('says so for a results.json it cannot open (here a folder), and for a corrupt one', async () => {
    const folder = projectWithRun('folder', (run) => mkdirSync(join(run, 'results.json')));
    const unreadable = await runCli(['report'], { cwd: folder });
    expect(unreadable.code).not.toBe(0);
    expect(unreadable.stderr).toMatch(/cannot read .*results\.json: EISDIR/);
    const corrupt = projectWithRun('corrupt', (run) =>
      writeFileSync(join(run, 'results.json'), '{"run_id": "x", "scen'),
    );
    const broken = await runCli(['report'], { cwd: corrupt });
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toContain('is not valid JSON');
  });
});
