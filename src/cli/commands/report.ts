import { resolve } from 'node:path';
import { renderRunReport } from '../../core/report/run-report.ts';
import { RunArchive } from '../../node-adapters/file-run-store.ts';
import { loadProject } from '../../node-adapters/project.ts';
import { writeLine, type CliIO } from '../cli-io.ts';
import { ExitCode } from '../exit-codes.ts';
import type { CommandRegistrar } from '../command.ts';

export async function openArchive(io: CliIO): Promise<RunArchive> {
  const project = await loadProject(io.cwd);
  return new RunArchive(resolve(project.root, project.config.storage_dir));
}

export const registerReport: CommandRegistrar = (program, io, setExitCode) => {
  program
    .command('report')
    .description('print a stored run again: the results table and each scenario in detail')
    .argument('[run-id]', 'a run id or a unique prefix of one (default: the latest run)')
    .option('--json', 'print the stored results document instead')
    .action(async (runId: string | undefined, flags: { json?: boolean }) => {
      const archive = await openArchive(io);
      const run = await archive.readRun(await archive.resolveRunId(runId));
      if (flags.json)
        writeLine(
          io.stdout,
          JSON.stringify(run.results ?? { run_id: run.runId, complete: false, scenarios: run.scenarios }, null, 2),
        );
      else writeLine(io.stdout, renderRunReport(run));
      setExitCode(ExitCode.ok);
    });
};
