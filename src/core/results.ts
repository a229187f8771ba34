import type { AssertionType } from './scenario/assertion-schema.ts';
import type { ConversationEnd, JudgeUsage, SimulatorUsage } from './trace.ts';

/**
 * The results document: what `salvo run --json` prints, what the run store
 * keeps, and what the action uploads as its results file. Public and
 * snake_case; add fields freely, never rename one without bumping
 * RESULTS_SCHEMA_VERSION.
 */
export const RESULTS_SCHEMA_VERSION = 1;

export interface AssertionResult {
  /** Position in the scenario's `assertions` list. */
  index: number;
  type: AssertionType;
  /** The assertion's `name`, or a generated one (`tool_called file_read`). */
  label: string;
  passed: boolean;
  /** In [0, 1]. */
  score: number;
  weight: number;
  required: boolean;
  /** Why it passed or failed, in words a person understands. */
  reason: string;
  /** Where the assertion stands in the scenario file, for annotations. */
  line?: number;
  /** The 1-based scripted user turn the assertion was judged on; absent for the scenario's own assertions. */
  turn?: number;
}

/**
 * - passed / failed: the trial ran and its score did (not) reach the threshold.
 * - hard_fail: a required assertion failed.
 * - errored: the trial could not complete (provider error after retries, timeout, missing mock).
 * - cancelled: stopped by the user or the job before it finished.
 */
export type TrialStatus = 'passed' | 'failed' | 'hard_fail' | 'errored' | 'cancelled';

export interface ErrorInfo {
  code: string;
  message: string;
  hint?: string;
  /** Infrastructure (provider, network, timeout) rather than the agent's own behaviour. */
  infrastructure: boolean;
}

export interface TrialResult {
  trial: number;
  status: TrialStatus;
  /** Weighted assertion score, null when the trial errored before it could be scored. */
  score: number | null;
  assertions: AssertionResult[];
  trace_id: string | null;
  mode: 'live' | 'replay';
  turns: number;
  max_turns_hit: boolean;
  tool_calls: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number | null;
  /** What prompt caching saved on the agent's cost (negative: it cost more); absent when no cache was touched. */
  cache_saving_usd?: number;
  /** The judge's votes on this trial: tokens and cost, apart from the agent's `cost_usd`. */
  judge?: JudgeUsage;
  /** The simulated user's replies on this trial: tokens and cost, apart from the agent's `cost_usd`. */
  simulator?: SimulatorUsage;
  /** A simulated user's conversation: why it ended. */
  conversation_end?: ConversationEnd;
  latency_seconds: number;
  retries: number;
  final_content_preview: string | null;
  error?: ErrorInfo;
}

/** One visible status per scenario, never a silent green. */
export type ScenarioStatus = 'passed' | 'failed' | 'errored' | 'skipped';

export type Verdict = 'PASS' | 'FAIL' | 'HARD_FAIL' | 'PARTIAL' | 'INFRA_ERROR' | 'SKIPPED';

/** `provider_rejected_key`: the provider answered 401/403 earlier in the run, so its later scenarios were not sent. */
export type SkipReason = 'no_key_no_recording' | 'budget' | 'cancelled' | 'invalid' | 'provider_rejected_key';

/** How often one assertion failed across a scenario's trials (grouped by assertion, not by message). */
export interface AssertionFailureStats {
  index: number;
  type: AssertionType;
  label: string;
  line?: number;
  required: boolean;
  weight: number;
  /** Trials in which it failed, among the trials in which it was evaluated. */
  fail_count: number;
  evaluated_count: number;
  fail_rate: number;
  /** Mean share of the trial score this assertion cost, per evaluated trial, in [0, 1]. */
  score_lost: number;
  /** Up to three distinct reasons, most frequent first. */
  sample_reasons: string[];
}

/** A scenario's trials in numbers (docs/verdicts.md defines every field). */
export interface ScenarioStats {
  trials_planned: number;
  trials_run: number;
  passed: number;
  failed: number;
  hard_failed: number;
  /** Every errored trial; `infra_errors` of them were infrastructure and are left out of the pass rate. */
  errored: number;
  infra_errors: number;
  cancelled: number;
  /** Trials the pass rate is computed over: passed + failed + hard_failed + errored without infrastructure. */
  counted: number;
  pass_rate: number | null;
  required_pass_rate: number;
  /** 95 % Wilson score interval of the pass rate. */
  pass_rate_interval: { low: number; high: number; confidence: number } | null;
  /** Estimated chance that k runs in a row all pass, for k = 1..min(counted, 10). */
  pass_hat_k: { k: number; value: number }[];
  /**
   * Trials needed to show required_pass_rate with 95 % confidence if every one passes; null when no count can (rate
   * 1).
   */
  trials_needed: number | null;
  sample_size_note: string | null;
  threshold: number;
  score: { mean: number; min: number; p50: number; p95: number } | null;
  latency_seconds: { p50: number; p95: number } | null;
  cost_usd: { total: number; per_trial: number | null; unknown_trials: number };
  retries: { total: number; trials_with_retries: number };
  failing_assertions: AssertionFailureStats[];
  errors: { code: string; message: string; infrastructure: boolean; count: number }[];
  early_stop: { after_trials: number; planned_trials: number; reason: string } | null;
  /** A sentence for what no assertion explains (no assertions, nothing evaluable). */
  note: string | null;
}

export interface ScenarioResult {
  name: string;
  /** Path relative to the working directory, as the user wrote it. */
  file: string;
  provider: string;
  model: string;
  mode: 'live' | 'replay' | null;
  status: ScenarioStatus;
  verdict: Verdict;
  skip_reason?: SkipReason;
  /** A sentence saying why a scenario did not pass, for tables and annotations. */
  summary: string;
  trials: TrialResult[];
  turns: number;
  max_turns_hit: boolean;
  tool_calls: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number | null;
  /** What prompt caching saved on the agent's cost (negative: it cost more); absent when no cache was touched. */
  cache_saving_usd?: number;
  /**
   * What judging the trials cost, apart from the agent's `cost_usd`; absent when nothing was judged, null when
   * unknown.
   */
  judge_cost_usd?: number | null;
  /** What the simulated user cost, apart from the agent's `cost_usd`; absent without one, null when unknown. */
  simulator_cost_usd?: number | null;
  latency_seconds: number;
  error?: ErrorInfo;
  /** SHA-256 of the resolved scenario the trials ran (absent when the scenario never ran). */
  scenario_hash?: string;
  /** Trial statistics, verdict inputs and failure ranking (set by summariseScenario). */
  stats?: ScenarioStats;
  /** Digests of what the model sees, so a comparison can say what changed (absent for files that did not load). */
  inputs?: ScenarioInputs;
  /** The scenario's checks in brief, so a comparison can tell when a check was loosened. */
  checks?: ScenarioChecks;
}

/**
 * What the model sees, one short digest per part (the inputs of the recording
 * fingerprint): when one differs between two runs, their results measure
 * different things and are not compared.
 */
export interface ScenarioInputs {
  model: string;
  /** The user messages: the prompt, the scripted turns' messages, or the simulated user. */
  prompt: string;
  system_prompt: string;
  /** Tool names, descriptions and parameters. */
  tools: string;
  /** What answers the tools: mocks, handlers and their state. */
  mocks: string;
  /** Adapter, API, temperature, seed, max_tokens and extras. */
  settings: string;
}

/** One assertion in brief: enough to match it across runs and tell whether it got weaker. */
export interface CheckSummary {
  index: number;
  type: AssertionType;
  label: string;
  required: boolean;
  weight: number;
  /** Numbers that make the check stricter one way: min_times, max_times, max_usd, max_seconds, max_turns, threshold. */
  limits: Record<string, number>;
  /** How strictly it matches: strings, extra_arguments, others, order, mode, ignore_case (defaults applied). */
  modes: Record<string, string | boolean>;
  /** Digest of what it looks for (the rest of the assertion). */
  digest: string;
}

export interface ScenarioChecks {
  threshold: number;
  required_pass_rate: number;
  assertions: CheckSummary[];
}

export interface RunTotals {
  total: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  /** The agent's cost; the judge's is `judge_cost_usd`. */
  cost_usd: number;
  /** What judge votes cost, when any assertion was judged. */
  judge_cost_usd?: number;
  /** What prompt caching saved on `cost_usd` (negative: it cost more); absent when no trial touched a cache. */
  cache_saving_usd?: number;
  /** What simulated users cost, when any scenario had one. */
  simulator_cost_usd?: number;
  /** True when any scenario's cost is unknown, so cost_usd is a lower bound. */
  cost_incomplete: boolean;
  input_tokens: number;
  output_tokens: number;
  latency_seconds: number;
}

export interface RunResults {
  schema_version: number;
  run_id: string;
  salvo_version: string;
  started_at: string;
  finished_at: string;
  interrupted: boolean;
  max_cost_usd: number | null;
  totals: RunTotals;
  scenarios: ScenarioResult[];
  /** True when the spend cap stopped scenarios from starting. */
  budget_exhausted?: boolean;
  /** Models with no known price: the spend cap could not count what they cost. */
  uncounted_cost_models?: string[];
  /** Set when the run was one shard of a split suite (`--shard i/n`): which one. */
  shard?: { index: number; count: number };
  /** How often each live provider (and base URL) rate-limited the run; absent when nothing went live. */
  rate_limits?: RateLimitFigures[];
}

/** One provider endpoint's rate-limit figures for a run (src/providers/shared/rate-limit/). */
export interface RateLimitFigures {
  provider: string;
  /** Without credentials; null for the provider's own API. */
  base_url: string | null;
  /** Requests sent, every attempt counted. */
  requests: number;
  /** Responses that were a rate limit or an overload (429, 529). */
  throttled: number;
  /** Retries of every kind (rate limits, 5xx, connection errors, timeouts). */
  retries: number;
  /** Time requests spent waiting after a rate limit, summed over requests. */
  waited_seconds: number;
  /** Requests that errored because rate limits outlasted `max_rate_limit_wait_seconds`. */
  gave_up: number;
  /** The concurrency the provider allowed at the end; null when never limited. */
  concurrency: number | null;
}

/** The figures of a scenario that never ran (skipped, invalid, no client): no trials, nothing measured. */
export function figuresOfScenarioNotRun(): Pick<
  ScenarioResult,
  'trials' | 'turns' | 'max_turns_hit' | 'tool_calls' | 'input_tokens' | 'output_tokens' | 'latency_seconds'
> {
  return {
    trials: [],
    turns: 0,
    max_turns_hit: false,
    tool_calls: 0,
    input_tokens: 0,
    output_tokens: 0,
    latency_seconds: 0,
  };
}
