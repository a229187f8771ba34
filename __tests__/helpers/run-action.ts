import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './run-cli.ts';

export interface ActionRun {
  exitCode: number | null;
  /** stdout and stderr interleaved as the runner's log would show them. */
  log: string;
  outputs: Record<string, string>;
  summary: string;
}

/** The inputs' defaults from action.yml, which the runner passes as INPUT_* when a workflow leaves them out. */
function defaultInputs(): Record<string, string> {
  const metadata = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(metadata.inputs)) {
    // Expressions such as ${{ github.token }} are the runner's to evaluate; tests pass a token explicitly.
    if (input.default !== undefined && !input.default.includes('${{'))
      env[`INPUT_${name.toUpperCase()}`] = input.default;
  }
  return env;
}

/** Parses the runner's GITHUB_OUTPUT file: `name<<delimiter`, the value's lines, then the delimiter. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index] ?? '');
    if (!match) continue;
    const [, name = '', delimiter] = match;
    const value: string[] = [];
    while (++index < lines.length && lines[index] !== delimiter) value.push(lines[index] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}

/**
 * Runs `node dist/index.js` the way the runner does: inputs as INPUT_<NAME>
 * (hyphens kept), the GITHUB_* and ACTIONS_* variables, fresh output and
 * summary files. Resolves when the process exits.
 */
export async function runAction(options: {
  directory: string;
  inputs: Record<string, string>;
  env: Record<string, string>;
  /** Called with the running process, e.g. to send it the runner's cancellation signal. */
  onSpawn?: (child: ChildProcess) => void;
}): Promise<ActionRun> {
  const files = join(options.directory, 'runner-files');
  mkdirSync(files, { recursive: true });
  const outputFile = join(files, `output-${Date.now()}-${Math.random()}`);
  const summaryFile = join(files, `summary-${Date.now()}-${Math.random()}`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.inputs)) inputs[`INPUT_${name.toUpperCase()}`] = value;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: options.directory,
    RUNNER_TEMP: join(options.directory, 'runner-temp'),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...defaultInputs(),
    ...inputs,
    ...options.env,
  };
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'index.js')], {
    cwd: env.GITHUB_WORKSPACE ?? options.directory,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onSpawn?.(child);
  let log = '';
  const collect = (chunk: Buffer) => {
    log += chunk.toString('utf8');
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    exitCode,
    log,
    outputs: existsSync(outputFile) ? parseOutputFile(readFileSync(outputFile, 'utf8')) : {},
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
  };
}
