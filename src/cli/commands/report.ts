import { resolve } from 'node:path';
import { renderRunReport } from '../../core/report/run-report.ts';
import { RunArchive } from '../../node-adapters/file-run-store.ts';
import { loadProject } from '../../node-adapters/project.ts';
import { writeLine, type CliIO } from '../cli-io.ts';
import { projectRedaction } from '../cli-redaction.ts';
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
      // Stored runs were redacted when they were written; again with this environment's secrets, for what is printed.
      const redaction = await projectRedaction(io);
      const run = redaction.redactor.deep(await archive.readRun(await archive.resolveRunId(runId)));
      if (flags.json)
        writeLine(
          io.stdout,
          redaction.json(run.results ?? { run_id: run.runId, complete: false, scenarios: run.scenarios }),
        );
      else writeLine(io.stdout, redaction.shown(renderRunReport(run)));
      setExitCode(ExitCode.ok);
    });
};
