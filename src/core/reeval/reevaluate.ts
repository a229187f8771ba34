import type {
  AssertionResult,
  ErrorInfo,
  ScenarioInputs,
  ScenarioResult,
  ScenarioStatus,
  TrialResult,
  TrialStatus,
  Verdict,
} from '../results.ts';
import { changedInputParts, describeInputParts } from '../compare/scenario-facts.ts';
import type { RunTrace } from '../trace.ts';
import { verdictLabel } from '../format.ts';

/** The checks branch's scoring functions, passed in so re-evaluation scores exactly as a run does. */
export interface Scoring<Loaded> {
  /** May ask a judge (its recorded votes, or live under --rejudge): a judge that errs makes the trial errored. */
  evaluateTrial(trace: RunTrace, loaded: Loaded): Promise<RescoredTrial> | RescoredTrial;
  summariseScenario(
    trials: TrialResult[],
    loaded: Loaded,
  ): { status: ScenarioStatus; verdict: Verdict; summary: string };
}

export interface RescoredTrial {
  status: TrialStatus;
  score: number | null;
  assertions: AssertionResult[];
  error?: ErrorInfo;
}

export interface StoredScenario<Loaded> {
  result: ScenarioResult;
  /** The stored trace of each trial, by trace id; a missing one leaves its trial as it was. */
  traces: Map<string, RunTrace>;
  /** The scenario as its file reads NOW, or an explanation of why it could not be loaded. */
  current: { loaded: Loaded; hash: string; inputs: ScenarioInputs } | { problem: string };
}

export interface ScoreLine {
  status: ScenarioStatus;
  verdict: Verdict;
  /** Mean score of the scored trials, or null when none was scored. */
  score: number | null;
}

export interface ReevalRow {
  name: string;
  file: string;
  before: ScoreLine;
  after: ScoreLine;
  /** Why a scenario could not be re-scored, or what the reader should know (the conversation changed). */
  notes: string[];
  result: ScenarioResult;
}

/** Trials that ran to the end are re-scored; errored, cancelled and skipped ones stay as they were. */
const RESCORABLE: TrialStatus[] = ['passed', 'failed', 'hard_fail'];

/**
 * Re-scores stored traces against the current assertions of their scenarios.
 * No model is called: the conversation is the stored one, only the verdict is new.
 */
export async function reevaluateScenario<Loaded>(
  stored: StoredScenario<Loaded>,
  scoring: Scoring<Loaded>,
): Promise<ReevalRow> {
  const before = scoreLine(stored.result);
  const base = { name: stored.result.name, file: stored.result.file, before };
  if ('problem' in stored.current) {
    return { ...base, after: before, notes: [`not re-scored: ${stored.current.problem}`], result: stored.result };
  }
  const { loaded } = stored.current;
  const notes: string[] = [];
  let missing = 0;
  const trials: TrialResult[] = [];
  for (const trial of stored.result.trials) {
    const trace = trial.trace_id ? stored.traces.get(trial.trace_id) : undefined;
    // A trial errored only by its judge is re-scored too: its conversation is complete.
    const rescorable = RESCORABLE.includes(trial.status) || trial.error?.code === 'E_JUDGE';
    if (rescorable && !trace) missing += 1;
    if (!rescorable || !trace) {
      trials.push(trial);
      continue;
    }
    const { status, score, assertions, error } = await scoring.evaluateTrial(trace, loaded);
    const { error: _previous, ...rest } = trial;
    trials.push({ ...rest, status, score, assertions, ...(error ? { error } : {}) });
  }
  if (missing > 0) notes.push(`${missing} trial${missing === 1 ? '' : 's'} kept as stored: no trace`);
  const drift = describeDrift(stored.result, stored.traces, stored.current);
  if (drift) notes.push(drift);
  if (stored.result.status === 'skipped' || trials.length === 0) {
    return { ...base, after: before, notes, result: stored.result };
  }
  const summary = scoring.summariseScenario(trials, loaded);
  const result: ScenarioResult = {
    ...stored.result,
    trials,
    status: summary.status,
    verdict: summary.verdict,
    summary: summary.summary,
  };
  return { ...base, after: scoreLine(result), notes, result };
}

/**
 * Warns only when what the model sees changed since the run (the parts the results row digests, as `salvo compare`
 * reads them): an edit of the assertions is what reeval is for. Rows written before those digests fall back to the
 * whole-scenario hash, which cannot tell the two apart.
 */
function describeDrift(
  result: ScenarioResult,
  traces: Map<string, RunTrace>,
  current: { hash: string; inputs: ScenarioInputs },
): string | null {
  const consequence = 'the stored conversation may not be what the model would produce now';
  if (result.inputs) {
    const changed = changedInputParts(result.inputs, current.inputs);
    return changed.length > 0
      ? `what the model sees changed since this run (${describeInputParts(changed)}); ${consequence}`
      : null;
  }
  const firstTrace = traces.values().next().value;
  if (!firstTrace || firstTrace.scenario_hash === current.hash) return null;
  return `the scenario file changed since this run; ${consequence}`;
}

function scoreLine(result: ScenarioResult): ScoreLine {
  const scores = result.trials.flatMap((trial) => (trial.score === null ? [] : [trial.score]));
  const score = scores.length > 0 ? scores.reduce((sum, value) => sum + value, 0) / scores.length : null;
  return { status: result.status, verdict: result.verdict, score };
}

/** `name  FAIL 0.50 -> PASS 1.00`, one line per scenario, aligned, with notes indented below. */
export function renderReevalTable(rows: ReevalRow[]): string {
  const nameWidth = Math.max(8, ...rows.map((row) => row.name.length));
  const beforeTexts = rows.map((row) => showLine(row.before));
  const beforeWidth = Math.max(6, ...beforeTexts.map((text) => text.length));
  const lines = [`${'scenario'.padEnd(nameWidth)}  ${'before'.padEnd(beforeWidth)}     after`];
  rows.forEach((row, index) => {
    const changed = row.before.verdict !== row.after.verdict || row.before.score !== row.after.score;
    const arrow = changed ? '->' : '==';
    lines.push(
      `${row.name.padEnd(nameWidth)}  ` +
        `${(beforeTexts[index] ?? '').padEnd(beforeWidth)}  ${arrow} ${showLine(row.after)}`,
    );
    for (const note of row.notes) lines.push(`${' '.repeat(nameWidth + 2)}note: ${note}`);
  });
  return lines.join('\n');
}

function showLine(line: ScoreLine): string {
  const label = verdictLabel(line.verdict);
  return line.score === null ? label : `${label} ${line.score.toFixed(2)}`;
}
