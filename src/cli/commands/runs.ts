import { UsageError } from '../../core/errors.ts';
import { renderRunsList, type ListedRun } from '../../core/report/runs-list.ts';
import { writeLine } from '../cli-io.ts';
import { projectRedaction } from '../cli-redaction.ts';
import { ExitCode } from '../exit-codes.ts';
import type { CommandRegistrar } from '../command.ts';
import { openArchive } from '../open-archive.ts';

export const registerRuns: CommandRegistrar = (program, io, setExitCode) => {
  program
    .command('runs')
    .description('list the stored runs, newest first: id, start time, counts and cost')
    .option('-n, --limit <count>', 'how many runs to list', '20')
    .option('--json', 'print the list as JSON')
    .action(async (flags: { limit: string; json?: boolean }) => {
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError(`--limit: expected a whole number above 0, got '${flags.limit}'`);
      const archive = await openArchive(io);
      const ids = (await archive.runIds()).reverse();
      const runs: ListedRun[] = [];
      for (const runId of ids.slice(0, limit)) runs.push(await archive.readRun(runId));
      const redaction = await projectRedaction(io);
      if (flags.json) writeLine(io.stdout, redaction.json(runs.map(runSummary)));
      else writeLine(io.stdout, redaction.shown(renderRunsList(runs, ids.length - runs.length)));
      setExitCode(ExitCode.ok);
    });
};

function runSummary(run: ListedRun): Record<string, unknown> {
  const results = run.results;
  return {
    run_id: run.runId,
    complete: results !== null,
    started_at: results?.started_at ?? null,
    finished_at: results?.finished_at ?? null,
    interrupted: results?.interrupted ?? true,
    totals: results?.totals ?? null,
    scenarios: run.scenarios.length,
  };
}
