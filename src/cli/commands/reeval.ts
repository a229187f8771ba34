import { resolve } from 'node:path';
import { summariseScenario } from '../../core/evaluation/summarise-scenario.ts';
import { isSalvoError } from '../../core/errors.ts';
import {
  reevaluateScenario,
  renderReevalTable,
  type ReevalRow,
  type StoredScenario,
} from '../../core/reeval/reevaluate.ts';
import type { ScenarioResult } from '../../core/results.ts';
import { loadScenario, type LoadedScenario } from '../../core/scenario/load-scenario.ts';
import { inputsOf } from '../../core/compare/scenario-facts.ts';
import type { RunTrace } from '../../core/trace.ts';
import { providersFromEnv } from '../read-run-settings.ts';
import { reevalScoring } from '../reeval-judge.ts';
import { RunArchive } from '../../node-adapters/file-run-store.ts';
import { nodeSourceReader } from '../../node-adapters/node-source-reader.ts';
import { loadProject, type Project } from '../../node-adapters/project.ts';
import { writeLine, type CliIO } from '../cli-io.ts';
import { projectRedaction } from '../cli-redaction.ts';
import { ExitCode, type ExitCodeValue } from '../exit-codes.ts';
import type { CommandRegistrar } from '../command.ts';

export const registerReeval: CommandRegistrar = (program, io, setExitCode) => {
  program
    .command('reeval')
    .description(
      "re-score a stored run's traces against the current assertions of their scenarios; " +
        'judges read their recorded votes, so no model is called unless --rejudge',
    )
    .argument('[run-id]', 'a run id or a unique prefix of one (default: the latest run)')
    .option('--json', 'print the before/after of every scenario as JSON')
    .option('--rejudge', 'ask the judge models live (keys from the environment) instead of reading the recorded votes')
    .option('--judge-model <id>', 'with --rejudge: model for judge assertions that name none')
    .action(async (runId: string | undefined, flags: ReevalFlags) => {
      setExitCode(await reevalCommand(runId, flags, io));
    });
};

interface ReevalFlags {
  json?: boolean;
  rejudge?: boolean;
  judgeModel?: string;
}

export async function reevalCommand(
  requested: string | undefined,
  flags: ReevalFlags,
  io: CliIO,
): Promise<ExitCodeValue> {
  const project = await loadProject(io.cwd);
  const redaction = await projectRedaction(io, project);
  const { redactor } = redaction;
  const rejudge = flags.rejudge ? { providers: providersFromEnv(io.env), judgeModel: flags.judgeModel ?? null } : null;
  const scoring = {
    evaluateTrial: reevalScoring({ cwd: io.cwd, project, redactor, rejudge }),
    summariseScenario: (trials: ScenarioResult['trials'], loaded: LoadedScenario) => summariseScenario(trials, loaded),
  };
  const archive = new RunArchive(resolve(project.root, project.config.storage_dir));
  const runId = await archive.resolveRunId(requested);
  const run = await archive.readRun(runId);
  const rows: ReevalRow[] = [];
  // One scenario's traces at a time: memory stays flat however large the run. Each row is redacted as it is
  // made: its labels and reasons quote the scenario as it is now, which no redactor has seen yet.
  for (const result of run.scenarios)
    rows.push(redactor.deep(await reevaluateScenario(await storedScenario(result, runId, archive, project), scoring)));

  if (flags.json) {
    const document = {
      run_id: runId,
      scenarios: rows.map(({ name, file, before, after, notes, result }) => ({
        name,
        file,
        before,
        after,
        notes,
        result,
      })),
    };
    writeLine(io.stdout, redaction.json(document));
  } else {
    const called = rejudge ? 'judge models were asked live' : 'no model was called; judges read their recorded votes';
    writeLine(
      io.stdout,
      `Re-evaluated run ${runId} against the current assertions (${called}; the stored run is unchanged).\n`,
    );
    writeLine(io.stdout, redaction.shown(renderReevalTable(rows)));
  }
  const failing = rows.some((row) => row.after.status === 'failed' || row.after.status === 'errored');
  return failing ? ExitCode.failed : ExitCode.ok;
}

async function storedScenario(
  result: ScenarioResult,
  runId: string,
  archive: RunArchive,
  project: Project,
): Promise<StoredScenario<LoadedScenario>> {
  const traces = new Map<string, RunTrace>();
  for (const trial of result.trials) {
    if (!trial.trace_id) continue;
    const trace = await archive.readTrace(runId, trial.trace_id).catch(() => null);
    if (trace) traces.set(trial.trace_id, trace);
  }
  try {
    const loaded = await loadScenario(result.file, {
      reader: nodeSourceReader,
      projectRoot: project.root,
      config: project.config,
    });
    return { result, traces, current: { loaded, hash: loaded.hash, inputs: inputsOf(loaded.scenario) } };
  } catch (error) {
    if (!isSalvoError(error)) throw error;
    return {
      result,
      traces,
      current: { problem: `${result.file} cannot be loaded now (${error.message.split('\n')[0]})` },
    };
  }
}
