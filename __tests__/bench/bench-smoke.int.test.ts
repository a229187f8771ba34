/**
 * The benchmark suite at its smoke size (`npm run bench -- --smoke`): proves
 * every case still runs end to end (salvo as a real process against the fake
 * model, the action bundle, the pure workers) and writes its results file.
 * No timing is asserted: figures on a shared CI machine mean nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.ts';

const out = mkdtempSync(join(tmpdir(), 'salvo-bench-smoke-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface CaseFile {
  case: string;
  smoke: boolean;
  machine: { cores: number; node: string; date: string };
  sizes: Record<string, unknown>;
  figures: { name: string; value: number; unit: string; target: string | null; met: boolean | null }[];
}

function runBench(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bench', 'run.ts'), ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('npm run bench -- --smoke', () => {
  it('runs every case against real salvo processes and writes bench results with the machine and sizes', async () => {
    const run = await runBench(['--smoke', '--out', out]);
    expect(run.output, run.output).toContain('8 case(s) ran, 0 could not run');
    expect(run.code).toBe(0);
    for (const name of [
      'overhead',
      'concurrency',
      'concurrency-1000ms',
      'memory',
      'cold-start',
      'redaction',
      'reporting',
      'caching',
    ]) {
      const result = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')) as CaseFile;
      expect(result.smoke).toBe(true);
      expect(result.machine.cores).toBeGreaterThan(0);
      expect(result.machine.node).toMatch(/^v\d+/);
      expect(Number.isNaN(Date.parse(result.machine.date))).toBe(false);
      expect(Object.keys(result.sizes).length).toBeGreaterThan(0);
      for (const figure of result.figures) expect(Number.isFinite(figure.value), `${name}: ${figure.name}`).toBe(true);
      // Every figure with a target is printed next to it in the closing table.
      for (const figure of result.figures.filter((item) => item.target !== null))
        expect(run.output).toContain(`| ${figure.name} |`);
    }
    const overhead = JSON.parse(readFileSync(join(out, 'overhead.json'), 'utf8')) as CaseFile;
    // The workload really ran: three model turns per generated scenario reached the fake.
    expect(overhead.figures.find((figure) => figure.name.startsWith('model requests'))?.value).toBe(
      Number(overhead.sizes.scenarios) * 3,
    );
    const reporting = JSON.parse(readFileSync(join(out, 'reporting.json'), 'utf8')) as CaseFile;
    expect(reporting.figures.filter((figure) => figure.unit === 'NO')).toEqual([]);
  });

  it('refuses an unknown case by name', async () => {
    const run = await runBench(['--smoke', '--only', 'nonsense', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.output).toContain('unknown case(s): nonsense');
  });
});
