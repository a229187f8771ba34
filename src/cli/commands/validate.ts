import type { Command } from 'commander';
import { formatProblem, type SourceProblem } from '../../core/errors.ts';
import { loadScenarios } from '../../core/scenario/load-scenarios.ts';
import { createNodeSourceReader } from '../../node-adapters/node-source-reader.ts';
import { loadProject } from '../../node-adapters/project.ts';
import { defaultScenarioFolder, expandScenarioPaths } from '../../node-adapters/scenario-files.ts';
import { writeLine, type CliIO } from '../cli-io.ts';
import { projectRedaction, type CliRedaction } from '../cli-redaction.ts';
import { ExitCode } from '../exit-codes.ts';
import type { CommandRegistrar } from '../command.ts';
import { sourceExcerpt } from '../source-excerpt.ts';

export interface FileValidation {
  file: string;
  valid: boolean;
  /** The scenario's name and hash when valid. */
  name: string | null;
  scenario_hash: string | null;
  problems: SourceProblem[];
}

export const registerValidate: CommandRegistrar = (program: Command, io: CliIO, setExitCode) => {
  program
    .command('validate')
    .description('check scenario files without running them (no API key needed)')
    .argument('[paths...]', 'scenario files, directories or globs (default: scenarios_dir from salvo.yaml)')
    .option('--json', 'print machine-readable results on stdout')
    .action(async (paths: string[], options: { json?: boolean }) => {
      setExitCode(await validateCommand(paths, { json: options.json === true }, io));
    });
};

const CHOOSE_SCENARIOS =
  'Add scenarios there (salvo init writes an example), pass files, ' +
  'folders or globs (salvo validate examples), or set scenarios_dir in salvo.yaml.';

export async function validateCommand(paths: string[], options: { json: boolean }, io: CliIO): Promise<number> {
  const project = await loadProject(io.cwd);
  const patterns = paths.length > 0 ? paths : [await defaultScenarioFolder(project, io.cwd, CHOOSE_SCENARIOS)];
  const files = await expandScenarioPaths(patterns, io.cwd, project.root);
  const reader = createNodeSourceReader(io.cwd);
  // Problems quote values from the files (`'timeout_seconds' must be a number, got '<a password>'`): redacted like
  // everything else.
  const redaction = await projectRedaction(io, project);
  const results: FileValidation[] = [];
  for await (const outcome of loadScenarios(files, { reader, projectRoot: project.root, config: project.config })) {
    const { file } = outcome;
    if ('loaded' in outcome)
      results.push({ file, valid: true, name: outcome.loaded.name, scenario_hash: outcome.loaded.hash, problems: [] });
    else results.push({ file, valid: false, name: null, scenario_hash: null, problems: outcome.error.problems });
    if (!options.json) await printResult(results.at(-1) as FileValidation, reader, io, redaction);
  }
  const invalid = results.filter((result) => !result.valid).length;
  if (options.json) {
    const counts = { files: results.length, valid: results.length - invalid, invalid };
    writeLine(io.stdout, redaction.json({ valid: invalid === 0, counts, files: results }));
  } else {
    writeLine(io.stdout);
    writeLine(io.stdout, countLine(results.length, invalid));
  }
  return invalid === 0 ? ExitCode.ok : ExitCode.failed;
}

async function printResult(
  result: FileValidation,
  reader: { readFile(path: string): Promise<string> },
  io: CliIO,
  redaction: CliRedaction,
): Promise<void> {
  const print = (text: string) => writeLine(io.stdout, redaction.shown(text));
  if (result.valid) {
    print(`✓ ${result.file}`);
    return;
  }
  const count = result.problems.length;
  print(`✗ ${result.file} (${count} ${count === 1 ? 'problem' : 'problems'})`);
  const texts = new Map<string, string | null>();
  for (const problem of result.problems) {
    print(formatProblem(problem));
    if (!texts.has(problem.file)) texts.set(problem.file, await reader.readFile(problem.file).catch(() => null));
    const text = texts.get(problem.file);
    if (text) for (const line of sourceExcerpt(text, problem.line, problem.column)) print(`  ${line}`);
  }
}

function countLine(total: number, invalid: number): string {
  const files = `${total} ${total === 1 ? 'file' : 'files'}`;
  return invalid === 0 ? `${files} valid` : `${total - invalid} of ${files} valid, ${invalid} invalid`;
}
