import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../../core/errors.ts';
import { uuidv7 } from '../../core/ids.ts';
import { resultsTableLines } from '../../core/report/results-table.ts';
import { verdictLines } from '../../core/report/verdict-lines.ts';
import { mergeRunResults } from '../../core/results-merge.ts';
import type { RunResults } from '../../core/results.ts';
import { writeFileAtomic } from '../../node-adapters/atomic-write.ts';
import { systemClock } from '../../node-adapters/system-clock.ts';
import { writeLine, writeLines, type CliIO } from '../cli-io.ts';
import { projectRedaction } from '../cli-redaction.ts';
import type { CommandRegistrar } from '../command.ts';
import { ExitCode, type ExitCodeValue } from '../exit-codes.ts';
import { exitCodeFor } from './run.ts';

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
  const files = (await Promise.all(paths.map((path) => resultsFilesAt(path, io.cwd)))).flat();
  const inputs = await Promise.all(files.map((file) => readResults(file, io.cwd)));
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
    `Merged ${files.length} results file(s): ${merged.results.totals.total} scenario(s).${flags.output ? ` Written: ${flags.output}` : ''}`,
  );
  for (const index of merged.missingShards) {
    writeLine(
      io.stderr,
      `Missing: shard ${index} of ${merged.shardCount} (shard-${index}-of-${merged.shardCount}) never reported; its scenarios were not verified.`,
    );
  }
  const code = exitCodeFor(merged.results);
  // A missing shard means scenarios nobody verified: never a pass.
  return merged.missingShards.length > 0 && code !== ExitCode.failed && code !== ExitCode.interrupted
    ? ExitCode.unverified
    : code;
}

/** A file as it is; a folder as every results.json below it (an artifact's layout), in path order. */
async function resultsFilesAt(path: string, cwd: string): Promise<string[]> {
  const absolute = resolve(cwd, path);
  const stats = await stat(absolute).catch(() => null);
  if (stats?.isFile()) return [absolute];
  if (!stats?.isDirectory()) throw new UsageError(`no such file or directory: '${path}'`);
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  const found = entries
    .filter((entry) => entry.isFile() && entry.name === 'results.json')
    .map((entry) => join(entry.parentPath, entry.name));
  // The run store keeps a copy of the document under run/; the artifact's top-level results.json is the one to read.
  const topLevel = found.filter(
    (file) => !found.some((other) => other !== file && file.startsWith(join(other, '..') + '/')),
  );
  if (topLevel.length === 0) throw new UsageError(`no results.json in '${path}'`);
  return topLevel.sort();
}

async function readResults(file: string, cwd: string): Promise<RunResults> {
  const name = relative(cwd, file) || file;
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `${name}: not a JSON results document (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const scenarios = (document as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(scenarios) || typeof (document as { run_id?: unknown }).run_id !== 'string') {
    throw new UsageError(`${name}: not a salvo results document (no run_id and scenarios)`);
  }
  return document as RunResults;
}
