import { relative, resolve } from 'node:path';
import { UsageError } from '../../core/errors.ts';
import { renderConversation } from '../../core/report/conversation.ts';
import { renderRunReport } from '../../core/report/run-report.ts';
import { HTML_REPORT_FILE, writeHtmlReport } from '../../node-adapters/html-report-file.ts';
import { loadProject } from '../../node-adapters/project.ts';
import { readRunSource, type RunSource } from '../../node-adapters/results-source.ts';
import { writeLine, type CliIO } from '../cli-io.ts';
import { projectRedaction, type CliRedaction } from '../cli-redaction.ts';
import { ExitCode } from '../exit-codes.ts';
import type { CommandRegistrar } from '../command.ts';
import { lazyArchive } from '../open-archive.ts';

/** What report and show accept as a run. */
export const RUN_REFERENCE_HELP =
  'a run id or unique prefix, a results.json, a trace file, ' +
  'or a folder an artifact was extracted to (default: the latest run)';

interface ReportFlags {
  json?: boolean;
  html?: boolean;
  output?: string;
}

export const registerReport: CommandRegistrar = (program, io, setExitCode) => {
  program
    .command('report')
    .description('print a run again (the results table and each scenario in detail), or write its HTML viewer')
    .argument('[run]', RUN_REFERENCE_HELP)
    .option('--json', 'print the results document instead')
    .option('--html', "write the HTML trace viewer: report.html in the run's folder, or the file -o names")
    .option('-o, --output <file>', 'with --html: the file to write')
    .action(async (reference: string | undefined, flags: ReportFlags) => {
      if (flags.output !== undefined && !flags.html) throw new UsageError('-o/--output goes with --html');
      const opened = await readRunSource(reference, io.cwd, lazyArchive(io));
      // Runs were redacted when they were written; again with this environment's secrets, for what is shown.
      const redaction = await projectRedaction(io);
      const run = opened.kind === 'trace' ? opened.run : opened;
      if (run !== null) {
        if (flags.html) await writeHtml(run, flags.output, redaction, io);
        else printRun(run, flags.json === true, redaction, io);
      } else if (opened.kind === 'trace' && !flags.html && !flags.json) {
        // A trace outside any run folder: its conversation is all there is to report.
        writeLine(io.stdout, redaction.shown(renderConversation(redaction.redactor.deep(opened.trace))));
      } else {
        throw new UsageError(`${opened.origin} is a trace file outside a run folder`, {
          hint: 'give the run (its folder, results.json or id), or use `salvo show` for the trace',
        });
      }
      setExitCode(ExitCode.ok);
    });
};

function printRun(run: RunSource, json: boolean, redaction: CliRedaction, io: CliIO): void {
  const results = redaction.redactor.deep(run.results);
  if (json) {
    writeLine(
      io.stdout,
      redaction.json(run.complete ? results : { run_id: run.runId, complete: false, scenarios: results.scenarios }),
    );
    return;
  }
  const stored = { runId: run.runId, results: run.complete ? results : null, scenarios: results.scenarios };
  writeLine(io.stdout, redaction.shown(renderRunReport(stored)));
}

async function writeHtml(run: RunSource, output: string | undefined, redaction: CliRedaction, io: CliIO) {
  const target = output === undefined ? resolve(run.directory, HTML_REPORT_FILE) : resolve(io.cwd, output);
  const project = await loadProject(io.cwd);
  await writeHtmlReport(target, {
    results: run.results,
    traces: run.traces,
    redactor: redaction.redactor,
    prices: project.config.prices,
  });
  writeLine(io.stdout, `HTML report written: ${relative(io.cwd, target) || target}`);
}
