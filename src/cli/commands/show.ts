import { UsageError } from '../../core/errors.ts';
import { renderConversation } from '../../core/report/conversation.ts';
import type { RunArchive } from '../../node-adapters/file-run-store.ts';
import { writeLine } from '../cli-io.ts';
import { ExitCode } from '../exit-codes.ts';
import type { CommandRegistrar } from '../command.ts';
import { projectRedaction } from '../cli-redaction.ts';
import { openArchive } from './report.ts';

export const registerShow: CommandRegistrar = (program, io, setExitCode) => {
  program
    .command('show')
    .description('print stored traces as conversations (no model is called)')
    .argument(
      '[id]',
      "a run id (all its traces) or a trace id; unique prefixes work (default: the latest run's traces)",
    )
    .action(async (id: string | undefined) => {
      const archive = await openArchive(io);
      const redaction = await projectRedaction(io);
      const traces = await locateTraces(archive, id);
      const rule = `\n${'='.repeat(72)}\n`;
      const texts: string[] = [];
      // Traces were redacted when stored; again with this environment's secrets, and without the control sequences a
      // model may have written.
      for (const { runId, traceId } of traces)
        texts.push(
          redaction.shown(renderConversation(redaction.redactor.deep(await archive.readTrace(runId, traceId)))),
        );
      writeLine(io.stdout, texts.join(rule));
      setExitCode(ExitCode.ok);
    });
};

async function locateTraces(
  archive: RunArchive,
  id: string | undefined,
): Promise<{ runId: string; traceId: string }[]> {
  let runId: string | null = null;
  try {
    runId = await archive.resolveRunId(id);
  } catch (error) {
    if (id === undefined) throw error;
  }
  if (runId !== null) {
    const traceIds = await archive.traceIds(runId);
    if (traceIds.length === 0) throw new UsageError(`run ${runId} has no stored traces`);
    return traceIds.map((traceId) => ({ runId: runId!, traceId }));
  }
  const found = await archive.findTrace(id!);
  if (!found)
    throw new UsageError(`no run or trace with id '${id}'`, { hint: 'salvo report lists the trace ids of a run' });
  return [found];
}
