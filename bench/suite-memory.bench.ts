// salvo's own overhead and memory over many scenarios: `node bench/suite-memory.bench.ts [count]`.
// A scripted model answers at once and the store discards what it gets, so what
// remains is the runner: the heap after N scenarios should stay near flat.
import type { ModelClient, ModelRequest, ModelTurn } from '../src/core/model-client.ts';
import type { RunStore } from '../src/core/ports.ts';
import { createRedactor } from '../src/core/redaction/index.ts';
import { runSuite } from '../src/core/runner/run-suite.ts';
import { hashScenario } from '../src/core/scenario/hash.ts';
import { scenarioSchema } from '../src/core/scenario/schema.ts';

const count = Number(process.argv[2] ?? 5000);
const client: ModelClient = {
  provider: 'bench',
  async complete(request: ModelRequest): Promise<ModelTurn> {
    const first = request.messages.length === 1;
    return {
      text: first ? null : 'x'.repeat(2000),
      toolCalls: first ? [{ id: 'c1', name: 'lookup', arguments: { q: 'y'.repeat(500) } }] : [],
      usage: { inputTokens: 100, outputTokens: 50, cacheReadTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 },
      finishReason: first ? 'tool_calls' : 'stop',
      rawFinishReason: null,
      model: 'gpt-4o-mini',
      requestId: null,
      latencyMs: 0,
      retries: 0,
      raw: { body: 'z'.repeat(5000) },
    };
  },
};
const discard: RunStore = {
  saveTrace: async () => undefined,
  saveScenarioResult: async () => undefined,
  finishRun: async () => undefined,
};
const scenario = scenarioSchema.parse({
  model: 'gpt-4o-mini',
  prompt: 'p',
  tools: [{ name: 'lookup', description: 'd', mock_response: { a: 'b'.repeat(1000) } }],
  assertions: [{ type: 'tool_called', tool: 'lookup' }],
});
const loaded = Array.from({ length: count }, (_, index) => ({
  file: `s${index}.yaml`,
  name: `s${index}`,
  scenario,
  assertionLines: [1],
  hash: hashScenario(scenario),
}));

const heap = () => (globalThis.gc?.(), process.memoryUsage().heapUsed / 1e6);
const before = heap();
const started = performance.now();
const results = await runSuite(loaded, {
  runId: 'bench',
  trials: 1,
  concurrency: 8,
  maxCostUsd: null,
  timeoutMs: null,
  signal: new AbortController().signal,
  clock: { now: Date.now, monotonic: () => performance.now() },
  store: discard,
  redactor: createRedactor({ secrets: ['bench-secret-value'] }),
  prices: {},
  clientFor: async () => ({ client, mode: 'live' }),
});
const elapsed = performance.now() - started;
console.log(
  `${count} scenarios, ${results.totals.passed} passed: ${(elapsed / count).toFixed(3)} ` +
    `ms overhead per scenario; heap ${before.toFixed(1)} MB -> ${heap().toFixed(1)} MB`,
);
