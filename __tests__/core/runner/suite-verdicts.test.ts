import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/core/errors.ts';
import type { ModelClient, ModelRequest, ModelTurn } from '../../../src/core/model-client.ts';
import { emptyUsage } from '../../../src/core/model-client.ts';
import { createRedactor } from '../../../src/core/redaction/index.ts';
import type { SuiteOptions } from '../../../src/core/runner/run-suite.ts';
import { runSuite } from '../../../src/core/runner/run-suite.ts';
import { MemoryRunStore } from '../../fakes/memory-run-store.ts';
import { steppingClock } from '../../fakes/scripted-model.ts';
import { scenarioFixture } from '../../helpers/scenario-fixture.ts';

/**
 * Answers the n-th request with the n-th text; `retries` says how many SDK retries the turn needed; an Error is
 * thrown.
 */
class AnswerModel implements ModelClient {
  readonly provider = 'scripted';
  requests = 0;
  private readonly answers: ({ text: string; retries?: number } | Error)[];
  constructor(answers: ({ text: string; retries?: number } | Error)[]) {
    this.answers = answers;
  }
  async complete(request: ModelRequest): Promise<ModelTurn> {
    const answer = this.answers[Math.min(this.requests, this.answers.length - 1)]!;
    this.requests += 1;
    if (answer instanceof Error) throw answer;
    return {
      text: answer.text,
      toolCalls: [],
      usage: { ...emptyUsage(), inputTokens: 10, outputTokens: 5 },
      finishReason: 'stop',
      rawFinishReason: 'stop',
      model: request.settings.model,
      requestId: null,
      latencyMs: 1,
      retries: answer.retries ?? 0,
    };
  }
}

function options(model: ModelClient, extra: Partial<SuiteOptions>): SuiteOptions {
  return {
    runId: 'run-1',
    trials: 5,
    concurrency: 1,
    maxCostUsd: null,
    timeoutMs: null,
    signal: new AbortController().signal,
    clock: steppingClock(),
    store: new MemoryRunStore(),
    redactor: createRedactor({ secrets: [] }),
    clientFor: async () => ({ client: model, mode: 'live' }),
    prices: {},
    ...extra,
  };
}

const saysYes = (extra = {}) =>
  scenarioFixture({ assertions: [{ type: 'output_contains', value: 'yes' }], ...extra }, 'says-yes');

describe('runSuite with the checks', () => {
  it('a scenario failing one trial in two is PARTIAL, with the failing assertion named', async () => {
    const alternating = new AnswerModel([{ text: 'yes' }, { text: 'no' }, { text: 'yes' }, { text: 'no' }]);
    const results = await runSuite([saysYes()], options(alternating, { trials: 4 }));
    const scenario = results.scenarios[0]!;
    expect(scenario.verdict).toBe('PARTIAL');
    expect(scenario.stats).toMatchObject({ passed: 2, failed: 2, pass_rate: 0.5, trials_planned: 4 });
    expect(scenario.summary).toContain(`most failing: 'output_contains "yes"' failed in 2/4 trials`);
  });

  it('--early-stop: stops a scenario once it can no longer pass, and says so', async () => {
    const model = new AnswerModel([{ text: 'no' }]);
    const results = await runSuite([saysYes()], options(model, { earlyStop: true }));
    const scenario = results.scenarios[0]!;
    expect(model.requests).toBe(1);
    expect(scenario.trials).toHaveLength(1);
    expect(scenario.verdict).toBe('FAIL');
    expect(scenario.stats?.early_stop).toEqual({
      after_trials: 1,
      planned_trials: 5,
      reason: '1 of 1 trials failed: even if all 4 remaining pass, at most 4/5 pass (0.8), below the required 1',
    });
    expect(scenario.summary).toContain('stopped early after 1/5 trials');
  });

  it('without --early-stop every planned trial runs', async () => {
    const model = new AnswerModel([{ text: 'no' }]);
    const results = await runSuite([saysYes()], options(model, {}));
    expect(model.requests).toBe(5);
    expect(results.scenarios[0]!.stats?.early_stop).toBeNull();
  });

  it('retries are counted and reported, and never scored as failures', async () => {
    const overloaded = new ProviderError('openai', '429 Too Many Requests', { status: 429, retryable: true });
    const model = new AnswerModel([{ text: 'yes', retries: 2 }, overloaded, { text: 'yes' }]);
    const results = await runSuite([saysYes()], options(model, { trials: 3 }));
    const scenario = results.scenarios[0]!;
    expect(scenario.trials.map((trial) => trial.status)).toEqual(['passed', 'errored', 'passed']);
    expect(scenario.verdict).toBe('PASS');
    expect(scenario.stats).toMatchObject({ passed: 2, failed: 0, infra_errors: 1, counted: 2, pass_rate: 1 });
    expect(scenario.stats?.retries).toEqual({ total: 2, trials_with_retries: 1 });
    expect(scenario.summary).toContain('1 trial left out after infrastructure errors');
  });
});
