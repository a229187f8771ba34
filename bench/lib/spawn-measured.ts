/**
 * Runs salvo as a real separate process and measures it alone: wall time from
 * spawn to exit (driver clock), and, through bench/probe.mjs loaded with
 * NODE_OPTIONS=--import, the child's own user+system CPU time and peak RSS.
 * Output is drained (and its size counted) but not kept: 10,000 scenarios
 * print a lot, and the driver must not grow.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
/**
 * The checkout whose bin/salvo.js and dist/index.js are measured: this one, or
 * another build given with `--build <dir>` (run.ts), so an old and a new build
 * can be measured alternately in the same minutes. Read when a case spawns, not
 * when this module loads: ES imports are evaluated before run.ts reads its
 * flags, so a constant here measured this checkout whatever --build said.
 */
export function buildRoot(): string {
  return resolve(process.env.SALVO_BENCH_BUILD ?? repoRoot);
}
const probeUrl = pathToFileURL(join(repoRoot, 'bench', 'probe.mjs')).href;

export interface MeasuredRun {
  exitCode: number | null;
  wallMs: number;
  /** null when the probe was off (cold start runs without it, to add nothing to start-up). */
  userCpuMs: number | null;
  systemCpuMs: number | null;
  maxRssMb: number | null;
  stdoutBytes: number;
  /** The last few KB of stderr, for failure messages. */
  stderrTail: string;
}

export interface SpawnOptions {
  args: string[];
  cwd: string;
  env: Record<string, string>;
  probe: boolean;
  /** Called with the driver's performance.now() just before spawn. */
  onSpawn?: (spawnedAt: number) => void;
  timeoutMs: number;
}

export async function spawnMeasured(options: SpawnOptions): Promise<MeasuredRun> {
  const probeDir = mkdtempSync(join(tmpdir(), 'salvo-probe-'));
  const probeFile = join(probeDir, 'usage.json');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: options.cwd, ...options.env };
  // --profile cpu|heap (bench/run.ts) passes e.g. --cpu-prof --cpu-prof-dir=... to the measured process.
  const extra = process.env.SALVO_BENCH_NODE_OPTIONS ?? '';
  if (options.probe) {
    env.NODE_OPTIONS = `--import ${probeUrl} ${extra}`.trim();
    env.SALVO_BENCH_PROBE_FILE = probeFile;
  } else if (extra) {
    env.NODE_OPTIONS = extra;
  }
  try {
    const started = performance.now();
    options.onSpawn?.(started);
    const child = spawn(process.execPath, options.args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutBytes = 0;
    let stderrTail = '';
    child.stdout.on('data', (chunk: Buffer) => (stdoutBytes += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (stderrTail = (stderrTail + chunk.toString('utf8')).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    const exitCode = await new Promise<number | null>((done, fail) => {
      child.on('error', fail);
      child.on('exit', (code) => done(code));
    });
    const wallMs = performance.now() - started;
    clearTimeout(timer);
    const usage = options.probe ? readProbe(probeFile) : null;
    return {
      exitCode,
      wallMs,
      userCpuMs: usage ? usage.user_cpu_us / 1000 : null,
      systemCpuMs: usage ? usage.system_cpu_us / 1000 : null,
      maxRssMb: usage ? usage.max_rss_kb / 1024 : null,
      stdoutBytes,
      stderrTail,
    };
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
  }
}

function readProbe(file: string): { user_cpu_us: number; system_cpu_us: number; max_rss_kb: number } {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { user_cpu_us: number; system_cpu_us: number; max_rss_kb: number };
  } catch {
    throw new Error(`the probe wrote no usage file (${file}): the salvo process died before exiting normally`);
  }
}
