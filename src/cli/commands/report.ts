import { resolve } from 'node:path';
import { renderRunReport } from '../../core/report/run-report.ts';
import { RunArchive } from '../../node-adapters/file-run-store.ts';
import { loadProject } from '../../node-adapters/project.ts';
import { writeLine, type CliIO } from '../cli-io.ts';
import { projectRedaction, type CliRedaction } from '../cli-redaction.ts';
import { ExitCode } from '../exit-codes.ts';
import type { CommandRegistrar } from '../command.ts';

/** The project's stored runs, and the redaction for printing them (stored runs were redacted; this environment may know more secrets). */
export async function openArchive(io: CliIO): Promise<{ archive: RunArchive; redaction: CliRedaction }> {
  const project = await loadProject(io.cwd);
  return { archive: new RunArchive(resolve(project.root, project.config.storage_dir)), redaction: projectRedaction(io, project) };
}

export const registerReport: CommandRegistrar = (program, io, setExitCode) => {
  program
    .command('report')
    .description('print a stored run again: the results table and each scenario in detail')
    .argument('[run-id]', 'a run id or a unique prefix of one (default: the latest run)')
    .option('--json', 'print the stored results document instead')
    .action(async (runId: string | undefined, flags: { json?: boolean }) => {
      const { archive, redaction } = await openArchive(io);
      const run = redaction.redactor.deep(await archive.readRun(await archive.resolveRunId(runId)));
      if (flags.json) writeLine(io.stdout, redaction.json(run.results ?? { run_id: run.runId, complete: false, scenarios: run.scenarios }));
      else writeLine(io.stdout, redaction.shown(renderRunReport(run)));
      setExitCode(ExitCode.ok);
    });
};
