import { resolve } from 'node:path';
import { uuidv7 } from '../../core/ids.ts';
import { resultsTableLines } from '../../core/report/results-table.ts';
import { verdictLines } from '../../core/report/verdict-lines.ts';
import { mergeRunResults, missingShardLines } from '../../core/results-merge.ts';
import { writeFileAtomic } from '../../node-adapters/atomic-write.ts';
import { readResultsDocuments } from '../../node-adapters/results-source.ts';
import { systemClock } from '../../node-adapters/system-clock.ts';
import { writeLine, writeLines, type CliIO } from '../cli-io.ts';
import { projectRedaction } from '../cli-redaction.ts';
import type { CommandRegistrar } from '../command.ts';
import { ExitCode, type ExitCodeValue } from '../exit-codes.ts';
import { exitCodeFor } from './run.ts';
import { plural } from '../../core/format.ts';

export const registerMerge: CommandRegistrar = (program, io, setExitCode) => {
  program
    .command('merge')
    .description('merge the results of several runs (the shards of a CI matrix) into one report')
    .argument('<paths...>', 'results.json files, or folders holding them (downloaded artifacts)')
    .option('--output <file>', 'write the merged results document to this file')
    .option('--json', 'print the merged results document on stdout, nothing else')
    .action(async (paths: string[], flags: { output?: string; json?: boolean }) => {
      setExitCode(await mergeCommand(paths, flags, io));
    });
};

export async function mergeCommand(
  paths: string[],
  flags: { output?: string; json?: boolean },
  io: CliIO,
): Promise<ExitCodeValue> {
  const { files, inputs } = await readResultsDocuments(paths, io.cwd);
  // Shards' documents were redacted where they ran; again with this environment's secrets and salvo.yaml's patterns.
  const redaction = await projectRedaction(io);
  const merged = mergeRunResults(
    inputs.map((input) => redaction.redactor.deep(input)),
    uuidv7(systemClock),
  );
  const document = `${redaction.json(merged.results)}\n`;
  if (flags.output) await writeFileAtomic(resolve(io.cwd, flags.output), document);
  if (flags.json) io.stdout.write(document);
  else {
    writeLines(io.stdout, resultsTableLines(merged.results), redaction.shown);
    if (merged.results.scenarios.length > 0) {
      writeLine(io.stdout, '\nVerdicts:');
      writeLines(io.stdout, verdictLines(merged.results.scenarios), redaction.shown);
    }
  }
  writeLine(
    io.stderr,
    `Merged ${plural(files.length, 'results file')}: ` +
      `${plural(merged.results.totals.total, 'scenario')}.${flags.output ? ` Written: ${flags.output}` : ''}`,
  );
  for (const line of missingShardLines(merged)) writeLine(io.stderr, `Missing: ${line}`);
  const code = exitCodeFor(merged.results);
  // A missing shard means scenarios nobody verified: never a pass.
  return merged.missingShards.length > 0 && code !== ExitCode.failed && code !== ExitCode.interrupted
    ? ExitCode.unverified
    : code;
}
