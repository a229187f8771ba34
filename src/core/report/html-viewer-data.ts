import type { RunComparison } from '../compare/compare-runs.ts';
import { estimateCost } from '../cost/index.ts';
import { formatCost, formatCosts, formatSeconds, plural, verdictLabel } from '../format.ts';
import type { AssertionResult, RunResults, ScenarioResult, TrialResult, Verdict } from '../results.ts';
import type { Price } from '../scenario/project-config-schema.ts';
import type { RunTrace, TraceMessage } from '../trace.ts';
import { describeSkipReason } from './run-overview.ts';

/**
 * The plain data the HTML viewer's script renders: one run, its scenarios
 * (failed first) and the traces they point to, with every figure already
 * formatted by the formatters the other reports use. Short keys keep a
 * 10,000-scenario page small; the provider's raw response bodies are left out.
 */
export interface ViewerData {
  run: ViewerRun;
  baseline: ViewerBaseline | null;
  scenarios: ViewerScenario[];
  /** Traces by trace id; a trial whose trace is missing shows its results without the conversation. */
  traces: Record<string, ViewerTrace>;
}

export interface ViewerRun {
  id: string;
  salvo: string;
  started: string;
  wall: string;
  interrupted: boolean;
  counts: { total: number; passed: number; failed: number; errored: number; skipped: number };
  cost: string;
  shard: string | null;
}

export interface ViewerBaseline {
  origin: string;
  runId: string;
  /** `12 → 14 of 20 passed`, `cost +12%`. */
  passed: string;
  cost: string;
  classes: { name: string; count: number }[];
}

export interface ViewerScenario {
  name: string;
  file: string;
  /** Verdict as in the JSON (`HARD_FAIL`) and as every report spells it (`HARD FAIL`). */
  v: Verdict;
  label: string;
  summary: string;
  model: string;
  mode: string;
  passRate: string;
  cost: string;
  time: string;
  /** The comparison class when the run was compared with a baseline. */
  change: string | null;
  trials: ViewerTrial[];
}

export interface ViewerTrial {
  n: number;
  status: string;
  score: string;
  cost: string;
  time: string;
  turns: number;
  toolCalls: number;
  mode: string;
  error: string | null;
  judge: string | null;
  assertions: { label: string; passed: boolean; required: boolean; reason: string; turn: number | null }[];
  trace: string | null;
}

export interface ViewerTrace {
  system: string | null;
  messages: ViewerMessage[];
  turns: { n: number; user: number | null; model: string; time: string; tokens: string; cost: string; end: string }[];
  stop: string;
  finalState: string | null;
  error: string | null;
  truncated: boolean;
}

/** One entry of the conversation: who said it, what, and for tools how it was answered. */
export interface ViewerMessage {
  role: 'user' | 'assistant' | 'tool';
  text: string | null;
  userTurn: number | null;
  calls?: { id: string; name: string; args: string }[];
  tool?: string;
  callId?: string;
  /** `mock case 2`, `error`, `handler or mock_response` */
  answeredBy?: string;
  isError?: boolean;
}

/** A comparison with a baseline run, and where the baseline came from, for the viewer's overview. */
export interface ViewerComparison {
  comparison: RunComparison;
  origin: string;
}

/** What the viewer shows beside the run and its traces, when the caller has it. */
export interface ViewerExtras {
  comparison?: ViewerComparison | null;
  /** salvo.yaml's prices, for the cost of each model turn. */
  prices?: Record<string, Price>;
}

export interface ViewerInput extends ViewerExtras {
  results: RunResults;
  traces: ReadonlyMap<string, RunTrace>;
}

/** Failed verdicts first, passing last; the run's own order within a verdict. */
const VERDICT_ORDER: Verdict[] = ['HARD_FAIL', 'FAIL', 'INFRA_ERROR', 'PARTIAL', 'SKIPPED', 'PASS'];

export function buildViewerData(input: ViewerInput): ViewerData {
  const { results } = input;
  const changes = new Map(
    (input.comparison?.comparison.scenarios ?? []).map((row) => [`${row.file}\u0000${row.name}`, row.class]),
  );
  const scenarios = results.scenarios
    .map((scenario, position) => ({ scenario, position }))
    .sort(
      (a, b) =>
        VERDICT_ORDER.indexOf(a.scenario.verdict) - VERDICT_ORDER.indexOf(b.scenario.verdict) ||
        a.position - b.position,
    )
    .map(({ scenario }) => viewerScenario(scenario, changes.get(`${scenario.file}\u0000${scenario.name}`) ?? null));
  const wanted = new Set(results.scenarios.flatMap((scenario) => scenario.trials.map((trial) => trial.trace_id)));
  const traces: Record<string, ViewerTrace> = {};
  for (const [id, trace] of input.traces) if (wanted.has(id)) traces[id] = viewerTrace(trace, input.prices ?? {});
  return { run: viewerRun(results), baseline: viewerBaseline(input.comparison ?? null), scenarios, traces };
}

function viewerRun(results: RunResults): ViewerRun {
  const { totals } = results;
  const wallSeconds = (Date.parse(results.finished_at) - Date.parse(results.started_at)) / 1000;
  return {
    id: results.run_id,
    salvo: results.salvo_version,
    started: results.started_at,
    wall: Number.isFinite(wallSeconds) && wallSeconds >= 0 ? formatSeconds(wallSeconds) : 'unknown',
    interrupted: results.interrupted,
    counts: {
      total: totals.total,
      passed: totals.passed,
      failed: totals.failed,
      errored: totals.errored,
      skipped: totals.skipped,
    },
    cost:
      `${formatCosts(totals.cost_usd, totals.judge_cost_usd, totals.simulator_cost_usd)}` +
      `${totals.cost_incomplete ? ' (some unknown)' : ''}`,
    shard: results.shard ? `shard ${results.shard.index} of ${results.shard.count}` : null,
  };
}

function viewerBaseline(compared: ViewerComparison | null): ViewerBaseline | null {
  if (!compared) return null;
  const { base, head, cost_change: change, counts } = compared.comparison;
  const percent = change === null ? 'n/a' : `${change >= 0 ? '+' : ''}${Math.round(change * 100)}%`;
  return {
    origin: compared.origin,
    runId: base.run_id,
    passed: `${base.passed} of ${base.scenarios} → ${head.passed} of ${head.scenarios} passed`,
    cost: `${formatCost(base.cost_usd)} → ${formatCost(head.cost_usd)} (${percent})`,
    classes: Object.entries(counts)
      .filter(([, count]) => count > 0)
      .map(([name, count]) => ({ name: name.replaceAll('_', ' '), count })),
  };
}

function viewerScenario(scenario: ScenarioResult, change: string | null): ViewerScenario {
  const rate = scenario.stats?.pass_rate;
  const skipped = scenario.status === 'skipped' ? describeSkipReason(scenario.skip_reason) : '';
  return {
    name: scenario.name,
    file: scenario.file,
    v: scenario.verdict,
    label: verdictLabel(scenario.verdict),
    summary: scenario.summary || skipped,
    model: `${scenario.provider} ${scenario.model}`.trim(),
    mode: scenario.mode ?? '',
    passRate:
      rate === undefined || rate === null
        ? `${scenario.trials.filter((trial) => trial.status === 'passed').length}/${scenario.trials.length}`
        : `${Math.round(rate * 100)}%`,
    cost:
      scenario.status === 'skipped'
        ? ''
        : formatCosts(scenario.cost_usd, scenario.judge_cost_usd, scenario.simulator_cost_usd),
    time: scenario.status === 'skipped' ? '' : formatSeconds(scenario.latency_seconds),
    change: change?.replaceAll('_', ' ') ?? null,
    trials: scenario.trials.map(viewerTrial),
  };
}

function viewerTrial(trial: TrialResult): ViewerTrial {
  const judge = trial.judge;
  return {
    n: trial.trial,
    status: trial.status.replace('_', ' '),
    score: trial.score === null ? '-' : trial.score.toFixed(2),
    cost: formatCosts(trial.cost_usd, judge?.cost_usd, trial.simulator?.cost_usd),
    time: formatSeconds(trial.latency_seconds),
    turns: trial.turns,
    toolCalls: trial.tool_calls,
    mode: trial.mode,
    error: trial.error
      ? `[${trial.error.code}] ${trial.error.message}${trial.error.hint ? ` (${trial.error.hint})` : ''}`
      : null,
    judge: judge
      ? `${plural(judge.calls, 'judge vote')} by ${judge.models.join(', ')}: ` +
        `${judge.input_tokens} in / ${judge.output_tokens} out, ${formatCost(judge.cost_usd)}`
      : null,
    assertions: trial.assertions.map(viewerAssertion),
    trace: trial.trace_id,
  };
}

function viewerAssertion(assertion: AssertionResult): ViewerTrial['assertions'][number] {
  return {
    label: assertion.label,
    passed: assertion.passed,
    required: assertion.required,
    reason: assertion.reason,
    turn: assertion.turn ?? null,
  };
}

function viewerTrace(trace: RunTrace, prices: Record<string, Price>): ViewerTrace {
  const system = trace.messages.find((message) => message.role === 'system');
  return {
    system: system?.content ?? null,
    messages: trace.messages.flatMap((message) => (message.role === 'system' ? [] : [viewerMessage(message)])),
    turns: trace.turns.map((turn) => {
      // Per-turn cost from the same price table as the trial's; unknown when the trial's own cost is.
      const cost = trace.cost_usd === null ? null : estimateCost(turn.model, turn.usage, prices);
      return {
        n: turn.index + 1,
        user: turn.user_turn ?? null,
        model: turn.model,
        time: formatSeconds(turn.latency_ms / 1000),
        tokens: `${turn.usage.inputTokens} in / ${turn.usage.outputTokens} out`,
        cost: formatCost(cost),
        end: turn.retries > 0 ? `${turn.finish_reason}, ${turn.retries} retries` : turn.finish_reason,
      };
    }),
    stop: trace.stop_reason.replaceAll('_', ' '),
    finalState: trace.final_state === undefined ? null : JSON.stringify(trace.final_state, null, 2),
    error: trace.error ? `[${trace.error.code}] ${trace.error.message}` : null,
    truncated: trace.truncated === true,
  };
}

function viewerMessage(message: TraceMessage): ViewerMessage {
  const base = {
    role: message.role as ViewerMessage['role'],
    text: message.content,
    userTurn: message.user_turn ?? null,
  };
  if (message.role === 'assistant') {
    const calls = (message.tool_calls ?? []).map((call) => ({
      id: call.id,
      name: call.name,
      args: call.arguments !== null ? JSON.stringify(call.arguments, null, 2) : (call.rawArguments ?? ''),
    }));
    return calls.length > 0 ? { ...base, calls } : base;
  }
  if (message.role === 'tool') {
    const answeredBy = message.is_error
      ? 'error'
      : message.mock_case !== undefined
        ? `mock case ${message.mock_case}`
        : 'mock_response or handler';
    return {
      ...base,
      tool: message.tool_name ?? '?',
      callId: message.tool_call_id ?? '',
      answeredBy,
      ...(message.is_error ? { isError: true } : {}),
    };
  }
  return base;
}
