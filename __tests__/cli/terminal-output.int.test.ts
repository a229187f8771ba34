/**
 * Issue 25: what `salvo run` prints fits the terminal and is coloured only when allowed. The shipped examples
 * replay from their recordings; one recording is removed, so `--mode replay` has a scenario that cannot run.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.ts';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'salvo-terminal-'));
  writeFileSync(join(dir, 'salvo.yaml'), 'scenarios_dir: examples\n');
  cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
  rmSync(join(dir, 'examples', '__recordings__', 'plain-question.json'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ESC = '\x1b';

describe('salvo run in a terminal of a given width', () => {
  for (const columns of [60, 80, 160]) {
    it(`at ${columns} columns no line is wider, and the failure comes last with its hint`, async () => {
      const run = await runCli(['run', 'examples', '--mode', 'replay'], {
        cwd: dir,
        env: { COLUMNS: String(columns) },
      });
      expect(run.code).not.toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines.length).toBeGreaterThan(20);
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
      expect(run.stdout + run.stderr).not.toContain(ESC);
      // One line per finished scenario, no `started` lines, the modes summarised once.
      expect(lines.filter((line) => /^(PASS|FAIL|INFRA ERROR|HARD FAIL) /.test(line)).length).toBeGreaterThanOrEqual(9);
      expect(run.stdout + run.stderr).not.toMatch(/^started /m);
      expect(run.stdout).toContain('Modes: 8 replayed from recordings');
      // A replay that could not happen is a replay, not a live call.
      if (columns === 160) expect(run.stdout).toMatch(/^A plain factual.* replay /m);
      const failures = run.stdout.slice(run.stdout.indexOf('Did not pass: 1'));
      expect(failures).toMatch(/plain-question/);
      expect(failures).toMatch(/hint: /);
      expect(run.stdout).toMatch(/^Ran 9 scenarios in [\d.]+s \(wall time\)/m);
    });
  }

  it('colours verdicts with FORCE_COLOR, and never with NO_COLOR', async () => {
    const coloured = await runCli(['run', 'examples', '--mode', 'replay'], {
      cwd: dir,
      env: { COLUMNS: '100', NO_COLOR: '', FORCE_COLOR: '1' },
    });
    expect(coloured.stdout).toContain(`${ESC}[32mPASS`);
    expect(coloured.stdout).toMatch(/\x1b\[3[13]m(FAIL|INFRA ERROR)/);
    for (const line of coloured.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(100);
    const plain = await runCli(['run', 'examples', '--mode', 'replay'], {
      cwd: dir,
      env: { COLUMNS: '100', NO_COLOR: '1', FORCE_COLOR: '1' },
    });
    expect(plain.stdout).not.toContain(ESC);
  });
});
