import { Command, CommanderError } from 'commander';
import { UsageError } from '../core/errors.ts';
import { writeLine, type CliIO } from './cli-io.ts';
import type { CommandRegistrar } from './command.ts';
import { ExitCode } from './exit-codes.ts';
import { formatCliError } from './format-error.ts';
import { SALVO_VERSION } from '../core/version.ts';
import { stripControlSequences } from '../core/safe-text.ts';
import { buildRedactor, collectSecrets } from '../engine/secrets.ts';
import { registerCompare } from './commands/compare.ts';
import { registerInit } from './commands/init.ts';
import { registerMerge } from './commands/merge.ts';
import { registerJudgeCheck } from './commands/judge-check.ts';
import { registerReeval } from './commands/reeval.ts';
import { registerReport } from './commands/report.ts';
import { registerRun } from './commands/run.ts';
import { registerRuns } from './commands/runs.ts';
import { registerShow } from './commands/show.ts';
import { registerValidate } from './commands/validate.ts';

// One line per command; each lives in src/cli/commands/.
const registrars: CommandRegistrar[] = [
  registerRun,
  registerValidate,
  registerInit,
  registerReport,
  registerShow,
  registerRuns,
  registerReeval,
  registerCompare,
  registerJudgeCheck,
  registerMerge,
];

export function buildProgram(io: CliIO, setExitCode: (code: number) => void): Command {
  const program = new Command()
    .name('salvo')
    .description('Test LLM agents the way unit tests test code.')
    .version(SALVO_VERSION, '-v, --version', 'print the salvo version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .exitOverride();
  for (const register of registrars) register(program, io, setExitCode);
  return program;
}

/** Runs the CLI and resolves to the process exit code; never throws. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  if (argv.length === 0) {
    program.outputHelp();
    return ExitCode.ok;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return exitCodeForCommander(error);
    const { text, exitCode: code } = formatCliError(error);
    // An error may quote a flag, a file or a provider's reply: the environment's secrets go, and any control sequences.
    writeLine(io.stderr, stripControlSequences(buildRedactor(collectSecrets(io.env), []).redactor.text(text)));
    return code;
  }
}

function exitCodeForCommander(error: CommanderError): number {
  // Help and version "errors" are commander's way of ending early with success.
  if (
    error.code === 'commander.helpDisplayed' ||
    error.code === 'commander.version' ||
    error.code === 'commander.help'
  ) {
    return ExitCode.ok;
  }
  return ExitCode.usage;
}

export { UsageError };
