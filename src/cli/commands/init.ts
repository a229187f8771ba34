import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeLine, type CliIO } from '../cli-io.ts';
import { ExitCode } from '../exit-codes.ts';
import type { CommandRegistrar } from '../command.ts';
import { EXAMPLE_SCENARIO_TEMPLATE, PROJECT_CONFIG_TEMPLATE, SHARED_TOOL_TEMPLATE } from './init-templates.ts';

const FILES: { path: string; content: string }[] = [
  { path: 'salvo.yaml', content: PROJECT_CONFIG_TEMPLATE },
  // salvo/, the GitHub Action's default scenario folder, so init and the action agree out of the box.
  { path: join('salvo', 'example.yaml'), content: EXAMPLE_SCENARIO_TEMPLATE },
  { path: join('tools', 'run_tests.yaml'), content: SHARED_TOOL_TEMPLATE },
];
const STORAGE_IGNORE = '.salvo/';

export const registerInit: CommandRegistrar = (program: Command, io: CliIO, setExitCode) => {
  program
    .command('init')
    .description('create salvo.yaml, an example scenario and a shared tool file')
    .argument('[dir]', 'the project directory', '.')
    .option('-f, --force', 'overwrite files that already exist')
    .action(async (dir: string, options: { force?: boolean }) => {
      setExitCode(await initCommand(resolve(io.cwd, dir), { force: options.force === true }, io));
    });
};

export async function initCommand(root: string, options: { force: boolean }, io: CliIO): Promise<number> {
  const shown = (path: string) => {
    const fromCwd = relative(io.cwd, join(root, path));
    return fromCwd.startsWith('..') ? join(root, path) : fromCwd;
  };
  const conflicts = [];
  for (const file of FILES) if (await exists(join(root, file.path))) conflicts.push(shown(file.path));
  if (conflicts.length > 0 && !options.force) {
    writeLine(io.stderr, `error: salvo init would overwrite ${conflicts.length === 1 ? 'this file' : 'these files'}:`);
    for (const conflict of conflicts) writeLine(io.stderr, `  ${conflict}`);
    writeLine(io.stderr, '  hint: move them away, or run salvo init --force to overwrite them');
    return ExitCode.failed;
  }
  for (const file of FILES) {
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    await writeFile(join(root, file.path), file.content);
    writeLine(io.stdout, `created ${shown(file.path)}`);
  }
  if (await ignoreStorage(join(root, '.gitignore')))
    writeLine(io.stdout, `added ${STORAGE_IGNORE} to ${shown('.gitignore')}`);
  writeLine(io.stdout);
  writeLine(io.stdout, 'Next: salvo validate, then set OPENAI_API_KEY and run salvo run');
  return ExitCode.ok;
}

/** Creates or appends .gitignore so runs and traces stay out of git; true when it changed. */
async function ignoreStorage(gitignore: string): Promise<boolean> {
  const current = await readFile(gitignore, 'utf8').catch(() => '');
  const lines = current.split(/\r?\n/).map((line) => line.trim());
  if (lines.some((line) => ['.salvo', '.salvo/', '/.salvo', '/.salvo/'].includes(line))) return false;
  const separator = current === '' || current.endsWith('\n') ? '' : '\n';
  await writeFile(gitignore, `${current}${separator}${STORAGE_IGNORE}\n`);
  return true;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
