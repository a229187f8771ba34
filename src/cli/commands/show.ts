import { UsageError } from '../../core/errors.ts';
import { renderConversation } from '../../core/report/conversation.ts';
import type { TrialStatus } from '../../core/results.ts';
import type { RunTrace } from '../../core/trace.ts';
import { readRunSource, type RunSource } from '../../node-adapters/results-source.ts';
import { writeLine } from '../cli-io.ts';
import { ExitCode } from '../exit-codes.ts';
import type { CommandRegistrar } from '../command.ts';
import { projectRedaction } from '../cli-redaction.ts';
import { lazyArchive, openArchive } from '../open-archive.ts';
import { RUN_REFERENCE_HELP } from './report.ts';

interface ShowFlags {
  scenario?: string;
  failed?: boolean;
}

/** What `--failed` keeps: trials that ran and did not pass. */
const NOT_PASSED: ReadonlySet<TrialStatus> = new Set(['failed', 'hard_fail', 'errored']);

export const registerShow: CommandRegistrar = (program, io, setExitCode) => {
  program
    .command('show')
    .description('print stored traces as conversations (no model is called)')
    .argument('[run-or-trace]', `a trace id (or unique prefix), or ${RUN_REFERENCE_HELP}`)
    .option('-s, --scenario <text>', 'only scenarios whose name contains this text (any case)')
    .option('--failed', 'only trials that did not pass (failed, hard fail, errored)')
    .action(async (reference: string | undefined, flags: ShowFlags) => {
      const traces = await selectTraces(await openTraces(reference, io), flags);
      const redaction = await projectRedaction(io);
      const rule = `\n${'='.repeat(72)}\n`;
      // Traces were redacted when stored; again with this environment's secrets, and without the control sequences a
      // model may have written.
      const texts = traces.map((trace) => redaction.shown(renderConversation(redaction.redactor.deep(trace))));
      writeLine(io.stdout, texts.join(rule));
      setExitCode(ExitCode.ok);
    });

  /** A run (all its traces, in the order they were written) or one trace, from any reference show accepts. */
  async function openTraces(reference: string | undefined, cli: typeof io): Promise<Opened> {
    try {
      const opened = await readRunSource(reference, cli.cwd, lazyArchive(cli));
      return opened.kind === 'trace' ? { run: opened.run, only: opened.trace } : { run: opened, only: null };
    } catch (error) {
      if (reference === undefined || !(error instanceof UsageError)) throw error;
      // Not a path nor a run id: a trace id in the archive.
      const archive = await openArchive(cli);
      const found = await archive.findTrace(reference);
      if (!found)
        throw new UsageError(`no run or trace with id '${reference}'`, {
          hint: 'salvo runs lists the stored runs; salvo report <run> lists the trace ids of a run',
        });
      return { run: null, only: await archive.readTrace(found.runId, found.traceId) };
    }
  }
};

interface Opened {
  run: RunSource | null;
  /** Set when the reference was one trace. */
  only: RunTrace | null;
}

async function selectTraces(opened: Opened, flags: ShowFlags): Promise<RunTrace[]> {
  const { run } = opened;
  const statusOf = new Map<string, TrialStatus>();
  for (const scenario of run?.results.scenarios ?? [])
    for (const trial of scenario.trials) if (trial.trace_id) statusOf.set(trial.trace_id, trial.status);
  let traces: RunTrace[];
  if (opened.only) traces = [opened.only];
  else {
    traces = [...(await run!.traces.readAll()).values()];
    if (traces.length === 0) throw new UsageError(`${run!.origin} has no stored traces`);
  }
  const name = flags.scenario?.toLowerCase();
  const kept = traces.filter(
    (trace) =>
      (name === undefined || trace.scenario_name.toLowerCase().includes(name)) &&
      (!flags.failed || NOT_PASSED.has(statusOf.get(trace.trace_id) ?? (trace.error ? 'errored' : 'passed'))),
  );
  if (kept.length === 0) {
    const filters = [
      flags.scenario === undefined ? '' : `--scenario '${flags.scenario}'`,
      flags.failed ? '--failed' : '',
    ]
      .filter(Boolean)
      .join(' ');
    throw new UsageError(`none of the ${traces.length} traces matches ${filters}`, {
      hint: 'salvo report <run> lists its scenarios and their verdicts',
    });
  }
  return kept;
}
