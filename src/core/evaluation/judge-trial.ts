import { estimateCost } from '../cost/index.ts';
import { addUsage, emptyUsage, type ModelClient, type Usage } from '../model-client.ts';
import type { Price } from '../scenario/project-config-schema.ts';
import type { Assertion } from '../scenario/assertion-schema.ts';
import type { JudgeUsage, RunTrace } from '../trace.ts';
import { buildJudgeRequest, judgedTrialOf, type JudgeAssertion, type JudgeSettings } from './judge-prompt.ts';
import { aggregateVotes, parseVote, votesOf, type JudgeOutcome, type Vote } from './judge-votes.ts';

/**
 * Where judge votes are sent: the engine gives a live, recording or replaying
 * client per scenario, and resolves which model a judge assertion uses.
 */
export interface JudgePort {
  /**
   * The judge settings of an assertion (its judge_model, else the scenario's, salvo.yaml's, the command line's), or
   * why there are none.
   */
  settingsFor(assertion: JudgeAssertion): JudgeSettings | { missing: string };
  clientFor(settings: JudgeSettings): Promise<ModelClient>;
  prices: Record<string, Price>;
}

export interface JudgedTrial {
  /** By assertion index: the verdict of each judge assertion. */
  outcomes: Map<number, JudgeOutcome>;
  /** What the judge calls cost, apart from the agent's; null when the trial has no judge assertion. */
  usage: JudgeUsage | null;
}

/** Runs every judge assertion of a trial, k votes each, concurrently. */
export async function judgeTrial(
  assertions: readonly Assertion[],
  trace: RunTrace,
  judge: JudgePort,
  signal?: AbortSignal,
): Promise<JudgedTrial> {
  const outcomes = new Map<number, JudgeOutcome>();
  const judged = assertions.flatMap((assertion, index) => (assertion.type === 'judge' ? [{ assertion, index }] : []));
  if (judged.length === 0) return { outcomes, usage: null };
  const tally = new UsageTally(judge.prices);
  await Promise.all(
    judged.map(async ({ assertion, index }) => {
      outcomes.set(index, await judgeAssertion(assertion, trace, judge, tally, signal));
    }),
  );
  return { outcomes, usage: tally.summary() };
}

async function judgeAssertion(
  assertion: JudgeAssertion,
  trace: RunTrace,
  judge: JudgePort,
  tally: UsageTally,
  signal?: AbortSignal,
): Promise<JudgeOutcome> {
  const settings = judge.settingsFor(assertion);
  if ('missing' in settings) return { passed: false, score: 0, reason: settings.missing, error: settings.missing };
  let client: ModelClient;
  try {
    client = await judge.clientFor(settings);
  } catch (error) {
    const message = `the judge model ${settings.model} is unavailable: ${(error as Error).message}`;
    return { passed: false, score: 0, reason: message, error: message };
  }
  const request = buildJudgeRequest(assertion, judgedTrialOf(trace), settings);
  const votes = await Promise.all(
    Array.from({ length: votesOf(assertion) }, async (): Promise<Vote> => {
      try {
        const turn = await client.complete(signal ? { ...request, signal } : request);
        tally.add(settings.model, turn.usage);
        return parseVote(turn, assertion);
      } catch (error) {
        return { usable: false, why: `the judge call failed: ${(error as Error).message}` };
      }
    }),
  );
  return aggregateVotes(votes, assertion);
}

/** Judge tokens and cost per model, summed; the cost is unknown (null) as soon as one model has no price. */
class UsageTally {
  private readonly byModel = new Map<string, { usage: Usage; calls: number }>();
  private readonly prices: Record<string, Price>;
  constructor(prices: Record<string, Price>) {
    this.prices = prices;
  }

  add(model: string, usage: Usage): void {
    const entry = this.byModel.get(model) ?? { usage: emptyUsage(), calls: 0 };
    this.byModel.set(model, { usage: addUsage(entry.usage, usage), calls: entry.calls + 1 });
  }

  summary(): JudgeUsage {
    let usage = emptyUsage();
    let cost: number | null = 0;
    let calls = 0;
    for (const [model, entry] of this.byModel) {
      usage = addUsage(usage, entry.usage);
      calls += entry.calls;
      const modelCost = estimateCost(model, entry.usage, this.prices);
      cost = cost === null || modelCost === null ? null : cost + modelCost;
    }
    return {
      models: [...this.byModel.keys()].sort(),
      calls,
      input_tokens: usage.inputTokens,
      output_tokens: usage.outputTokens,
      cost_usd: cost,
    };
  }
}
