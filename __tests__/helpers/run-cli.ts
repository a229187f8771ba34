import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
const cliSource = resolve(repoRoot, 'src', 'cli', 'index.ts');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Run the committed bundle (bin/salvo.js) instead of the sources. */
  bundled?: boolean;
  input?: string;
  timeoutMs?: number;
}

/** Environment variables that could leak a developer's real setup into a test. */
const scrubbed = [
  'OPENAI_API_KEY',
  'ANTHROPIC_API_KEY',
  'OPENAI_BASE_URL',
  'ANTHROPIC_BASE_URL',
  'CI',
  'GITHUB_ACTIONS',
];

/**
 * Runs salvo as a real process on the Node that runs the tests (Node 24 via
 * the node@24 devDependency), from the TypeScript sources unless `bundled`.
 */
export function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of scrubbed) delete env[name];
  Object.assign(env, { NO_COLOR: '1' }, options.env);
  const entry = options.bundled ? resolve(repoRoot, 'bin', 'salvo.js') : cliSource;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: env as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
