import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/core/errors.ts';
import type { ModelRequest } from '../../../src/core/model-client.ts';
import { createRedactor } from '../../../src/core/redaction/index.ts';
import { runSuite, type SuiteEvent, type SuiteOptions } from '../../../src/core/runner/run-suite.ts';
import type { LoadedScenario } from '../../../src/core/scenario/load-scenario.ts';
import { MemoryRunStore } from '../../fakes/memory-run-store.ts';
import { ScriptedModel, steppingClock, type ScriptedTurn } from '../../fakes/scripted-model.ts';
import { scenarioFixture } from '../../helpers/scenario-fixture.ts';

type Hooks = Pick<SuiteOptions, 'clientFor' | 'onEvent'>;

function hooksFor(model: ScriptedModel, events: SuiteEvent[] = []): Hooks {
  return {
    clientFor: async () => ({ client: model, mode: 'live' }),
    onEvent: (event) => events.push(event),
  };
}

function suiteOptions(store: MemoryRunStore, hooks: Hooks, extra: Partial<SuiteOptions> = {}): SuiteOptions {
  return {
    runId: 'run-1',
    trials: 1,
    concurrency: 4,
    maxCostUsd: null,
    timeoutMs: null,
    signal: new AbortController().signal,
    clock: steppingClock(),
    store,
    redactor: createRedactor({ secrets: [] }),
    ...hooks,
    prices: {},
    ...extra,
  };
}

const many = (count: number, input = {}): LoadedScenario[] =>
  Array.from({ length: count }, (_, index) => scenarioFixture(input, `s${index}`));

/** Answers after a few event-loop turns, so concurrent requests overlap. */
const slowly = (turn: ScriptedTurn) => async () => {
  for (let tick = 0; tick < 5; tick += 1) await new Promise((resolve) => setImmediate(resolve));
  return turn;
};

describe('runSuite', () => {
  it('stops sending to a provider that rejected the key: its later scenarios are skipped with the reason', async () => {
    const store = new MemoryRunStore();
    const model = new ScriptedModel(async () => {
      throw new ProviderError('openai', 'OpenAI rejected the API key (HTTP 401)', {
        status: 401,
        retryable: false,
        code: 'E_PROVIDER_AUTH',
      });
    }, 'openai');
    const results = await runSuite(many(5), suiteOptions(store, hooksFor(model), { concurrency: 1 }));
    expect(model.requests).toHaveLength(1);
    expect(results.scenarios[0]).toMatchObject({ status: 'errored', verdict: 'INFRA_ERROR' });
    for (const skipped of results.scenarios.slice(1)) {
      expect(skipped).toMatchObject({
        status: 'skipped',
        skip_reason: 'provider_rejected_key',
        summary: 'not sent: OpenAI rejected the API key (HTTP 401), earlier in this run',
      });
    }
  });

  it('runs every scenario x trial and keeps the scenarios in the given order', async () => {
    const store = new MemoryRunStore();
    const model = new ScriptedModel(slowly({ text: 'ok' }));
    const results = await runSuite(many(3), suiteOptions(store, hooksFor(model), { trials: 2 }));
    expect(model.requests).toHaveLength(6);
    expect(results.scenarios.map((scenario) => scenario.name)).toEqual(['s0', 's1', 's2']);
    expect(results.scenarios.every((scenario) => scenario.status === 'passed' && scenario.trials.length === 2)).toBe(
      true,
    );
    expect(results.totals).toMatchObject({ total: 3, passed: 3, input_tokens: 60, output_tokens: 30 });
    expect(store.traces).toHaveLength(6);
    // Each scenario's full result was journalled as it finished; the document has them in the given order.
    expect(results.scenarios).toEqual(store.scenarioResults.sort((a, b) => a.name.localeCompare(b.name)));
    expect(
      results.scenarios.every((scenario) => scenario.trials.every((trial) => trial.final_content_preview === 'ok')),
    ).toBe(true);
    expect(results.interrupted).toBe(false);
  });

  it('counts finished scenarios 1, 2, 3 in its progress events even when they finish together', async () => {
    const events: SuiteEvent[] = [];
    const model = new ScriptedModel(async () => ({ text: 'ok' }));
    // A store that takes a while to write, as a disk does, so the finishes overlap.
    const store = new MemoryRunStore();
    const save = store.saveScenarioResult.bind(store);
    store.saveScenarioResult = async (runId, result) => {
      for (let tick = 0; tick < 5; tick += 1) await new Promise((resolve) => setImmediate(resolve));
      await save(runId, result);
    };
    await runSuite(many(3), suiteOptions(store, hooksFor(model, events)));
    const counts = events.flatMap((event) => (event.type === 'scenario_finished' ? [event.done] : []));
    expect(counts.sort()).toEqual([1, 2, 3]);
  });

  it('never has more requests in flight than the concurrency', async () => {
    const model = new ScriptedModel(slowly({ text: 'ok' }));
    await runSuite(many(10), suiteOptions(new MemoryRunStore(), hooksFor(model), { concurrency: 3, trials: 2 }));
    expect(model.requests).toHaveLength(20);
    expect(model.maxInFlight).toBe(3);
  });

  it('records one erroring scenario as its result while the others go on', async () => {
    const store = new MemoryRunStore();
    const model = new ScriptedModel(async (request: ModelRequest) => {
      if (request.messages[0]!.role === 'user' && request.messages[0]!.content === 'break')
        throw new ProviderError('scripted', 'upstream overloaded', { status: 529, retryable: true });
      return slowly({ text: 'fine' })();
    });
    const scenarios = [
      ...many(2),
      scenarioFixture({ prompt: 'break' }, 'broken'),
      ...many(2).map((loaded, index) => ({ ...loaded, name: `t${index}` })),
    ];
    const results = await runSuite(scenarios, suiteOptions(store, hooksFor(model), { concurrency: 2 }));
    const broken = results.scenarios.find((scenario) => scenario.name === 'broken')!;
    expect(broken.status).toBe('errored');
    expect(broken.verdict).toBe('INFRA_ERROR');
    expect(broken.error).toMatchObject({ message: 'upstream overloaded', infrastructure: true });
    expect(broken.trials[0]!.trace_id).toBe(store.traces.find((trace) => trace.scenario_name === 'broken')!.trace_id);
    expect(results.totals).toMatchObject({ passed: 4, errored: 1 });
  });

  it('records a scenario whose client cannot be built as errored, and skips as the hook says', async () => {
    const model = new ScriptedModel([{ text: 'ok' }]);
    const hooks = hooksFor(model);
    hooks.clientFor = async (loaded) => {
      if (loaded.name === 's0') throw new ProviderError('openai', 'no key', { retryable: false, code: 'E_NO_API_KEY' });
      if (loaded.name === 's1') return { skip: 'no_key_no_recording', message: 'no key and no recording' };
      return { client: model, mode: 'replay' };
    };
    const results = await runSuite(many(3), suiteOptions(new MemoryRunStore(), hooks, { trials: 3 }));
    expect(results.scenarios.map((scenario) => scenario.status)).toEqual(['errored', 'skipped', 'passed']);
    expect(results.scenarios[1]).toMatchObject({
      skip_reason: 'no_key_no_recording',
      verdict: 'SKIPPED',
      summary: 'no key and no recording',
    });
    expect(results.scenarios[2]!.mode).toBe('replay');
    expect(model.requests).toHaveLength(3);
  });

  it('redacts scenario results, including errors raised while building a client', async () => {
    const store = new MemoryRunStore();
    const hooks = hooksFor(new ScriptedModel([{ text: 'ok' }]));
    hooks.clientFor = async () => {
      throw new ProviderError('openai', 'bad base URL http://user:hunter2-secret-pw@proxy.local', {
        retryable: false,
        code: 'E_BASE_URL',
      });
    };
    const results = await runSuite(
      many(1),
      suiteOptions(store, hooks, { redactor: createRedactor({ secrets: ['hunter2-secret-pw'] }) }),
    );
    expect(JSON.stringify(results)).not.toContain('hunter2-secret-pw');
    expect(JSON.stringify(store.scenarioResults)).not.toContain('hunter2-secret-pw');
    expect(results.scenarios[0]!.summary).toContain('[REDACTED]');
  });

  it('keeps no piece of a secret in assertion labels and reasons that quote the scenario, cut to length', async () => {
    const secret = 'label-Secret-Value-0123456789';
    const store = new MemoryRunStore();
    const assertions = [
      // The label and the reason quote the value cut to 60-120 characters, with the secret straddling the cut.
      { type: 'output_contains', value: `${'x'.repeat(40)} ${secret} tail` },
      { type: 'tool_called', tool: 'lookup', arguments: { query: `${'q'.repeat(40)}${secret}` } },
      { type: 'output_contains', value: `${'y'.repeat(100)} ${secret}` },
    ];
    const loaded = scenarioFixture(
      { assertions, tools: [{ name: 'lookup', description: 'd', mock_response: 'ok' }] } as never,
      'labels',
    );
    const results = await runSuite(
      [loaded],
      suiteOptions(store, hooksFor(new ScriptedModel([{ text: 'no' }])), {
        redactor: createRedactor({ secrets: [secret] }),
      }),
    );
    const stored = JSON.stringify([results, store.scenarioResults]);
    expect(stored).toContain('[REDACTED]…');
    for (let length = 6; length < secret.length; length += 1)
      expect(stored, secret.slice(0, length)).not.toContain(secret.slice(0, length));
  });

  it('stores only redacted traces, though it seals them after the next request went out', async () => {
    const store = new MemoryRunStore();
    const model = new ScriptedModel(slowly({ text: 'the key is hunter2-secret-pw' }));
    const results = await runSuite(
      many(3),
      suiteOptions(store, hooksFor(model), {
        concurrency: 2,
        redactor: createRedactor({ secrets: ['hunter2-secret-pw'] }),
      }),
    );
    expect(store.traces).toHaveLength(3);
    expect(store.traces[0]!.final_content).toBe('the key is [REDACTED]');
    expect(JSON.stringify([store.traces, store.scenarioResults, results])).not.toContain('hunter2-secret-pw');
  });

  it('writes each trace and result as it finishes, and leaves the run document to its caller', async () => {
    const store = new MemoryRunStore();
    await runSuite(many(2), suiteOptions(store, hooksFor(new ScriptedModel([{ text: 'ok' }])), { concurrency: 1 }));
    expect(store.writes).toEqual(['trace:s0', 'result:s0', 'trace:s1', 'result:s1']);
  });

  it('fails the run when the store cannot write, and no worker starts a scenario after it', async () => {
    const store = new MemoryRunStore();
    store.saveTrace = async (_runId, trace) => {
      if (trace.scenario_name === 's1') throw new Error('ENOSPC: no space left on device');
      store.writes.push(`trace:${trace.scenario_name}`);
    };
    const model = new ScriptedModel(slowly({ text: 'ok' }));
    await expect(runSuite(many(6), suiteOptions(store, hooksFor(model), { concurrency: 1 }))).rejects.toThrow('ENOSPC');
    expect(store.writes).toEqual(['trace:s0', 'result:s0']);
    expect(model.requests.length).toBe(2);
    // With several workers, the ones still running finish their trial and start nothing new.
    const parallel = new ScriptedModel(slowly({ text: 'ok' }));
    await expect(runSuite(many(12), suiteOptions(store, hooksFor(parallel), { concurrency: 3 }))).rejects.toThrow(
      'ENOSPC',
    );
    expect(parallel.requests.length).toBeLessThanOrEqual(4);
  });

  it('starts no new scenario once the spend cap is reached, and says how much was spent', async () => {
    const store = new MemoryRunStore();
    const model = new ScriptedModel([{ text: 'ok', usage: { inputTokens: 1_000_000, outputTokens: 0 } }]);
    const events: SuiteEvent[] = [];
    const results = await runSuite(
      many(4, { model: 'priced' }),
      suiteOptions(store, hooksFor(model, events), {
        concurrency: 1,
        maxCostUsd: 1.5,
        prices: { priced: { input: 1, output: 1 } },
      }),
    );
    expect(model.requests).toHaveLength(2);
    expect(results.scenarios.map((scenario) => scenario.status)).toEqual(['passed', 'passed', 'skipped', 'skipped']);
    expect(results.scenarios[2]).toMatchObject({ skip_reason: 'budget', verdict: 'SKIPPED' });
    expect(results.scenarios[2]!.summary).toContain('($2.00 spent)');
    expect(results.budget_exhausted).toBe(true);
    expect(results.totals.cost_usd).toBeCloseTo(2, 9);
    expect(events.filter((event) => event.type === 'budget_reached')).toHaveLength(1);
  });

  it('says the cap cannot count unknown-cost models instead of treating them as free', async () => {
    const model = new ScriptedModel([{ text: 'ok' }]);
    const events: SuiteEvent[] = [];
    const results = await runSuite(
      many(2, { model: 'mystery' }),
      suiteOptions(new MemoryRunStore(), hooksFor(model, events), { maxCostUsd: 1 }),
    );
    expect(results.uncounted_cost_models).toEqual(['mystery']);
    expect(results.totals.cost_incomplete).toBe(true);
    expect(results.scenarios[0]!.cost_usd).toBeNull();
    expect(events).toContainEqual({ type: 'cost_uncounted', model: 'mystery' });
  });

  it('on interrupt: starts nothing new, lets the turn in flight finish, saves it, cancels the rest', async () => {
    const store = new MemoryRunStore();
    const controller = new AbortController();
    const model = new ScriptedModel(async () => {
      controller.abort('SIGTERM');
      return slowly({ text: 'finished in grace' })();
    });
    const results = await runSuite(
      many(3),
      suiteOptions(store, hooksFor(model), { concurrency: 1, signal: controller.signal, graceMs: 5_000 }),
    );
    expect(results.interrupted).toBe(true);
    expect(model.requests).toHaveLength(1);
    expect(results.scenarios[0]).toMatchObject({ status: 'passed' });
    expect(results.scenarios.slice(1).map((scenario) => [scenario.status, scenario.skip_reason])).toEqual([
      ['skipped', 'cancelled'],
      ['skipped', 'cancelled'],
    ]);
    expect(results.interrupted).toBe(true);
    expect(store.traces).toHaveLength(1);
    // The scenarios never started are stored too, after the finished one, so a reader of the journal sees every row.
    expect(store.writes.filter((write) => write.startsWith('result:'))).toEqual([
      'result:s0',
      'result:s1',
      'result:s2',
    ]);
    expect(results.totals).toMatchObject({ total: 3, passed: 1, skipped: 2 });
  });

  it('on interrupt between trials: keeps the finished trial and marks the trials not started cancelled', async () => {
    const store = new MemoryRunStore();
    const controller = new AbortController();
    const model = new ScriptedModel(async () => {
      const turn = await slowly({ text: 'first trial' })();
      controller.abort('SIGINT');
      return turn;
    });
    const results = await runSuite(
      many(1),
      suiteOptions(store, hooksFor(model), { trials: 3, concurrency: 1, signal: controller.signal }),
    );
    expect(model.requests).toHaveLength(1);
    expect(results.scenarios[0]!.trials.map((trial) => trial.status)).toEqual(['passed', 'cancelled', 'cancelled']);
    expect(store.traces).toHaveLength(1);
  });

  it('aborts a turn that outlives the grace period, keeping its partial trace as cancelled', async () => {
    const store = new MemoryRunStore();
    const controller = new AbortController();
    const model = new ScriptedModel(() => {
      controller.abort('SIGINT');
      return { hang: true };
    });
    const results = await runSuite(
      many(1),
      suiteOptions(store, hooksFor(model), { signal: controller.signal, graceMs: 10 }),
    );
    expect(results.scenarios[0]!.trials[0]!.status).toBe('cancelled');
    expect(store.traces[0]!.stop_reason).toBe('cancelled');
  });

  it('with early stop, skips the trials that can no longer change the outcome and says so', async () => {
    const model = new ScriptedModel([{ text: 'I will not call tools.' }]);
    const hooks = hooksFor(model);
    const loaded = scenarioFixture(
      {
        tools: [{ name: 'get_weather', description: 'w', mock_response: 'sunny' }],
        assertions: [{ type: 'tool_called', tool: 'get_weather', required: true }],
      },
      'must-call',
    );
    const results = await runSuite(
      [loaded],
      suiteOptions(new MemoryRunStore(), hooks, { trials: 5, concurrency: 1, earlyStop: true }),
    );
    expect(model.requests).toHaveLength(1);
    expect(results.scenarios[0]!.verdict).toBe('HARD_FAIL');
    expect(results.scenarios[0]!.trials).toHaveLength(1);
    expect(results.scenarios[0]!.summary).toContain('stopped early after 1/5 trials');
  });
});
