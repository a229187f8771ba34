import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/llm-server.ts';
import { runEngine } from '../helpers/run-engine.ts';
import { scenarioYaml, scriptedServer, vote } from './judge-scripts.ts';

const LATENCY_MS = 40;

/** The most requests the fake was answering at once, from when each arrived and how long each took. */
function maxInFlight(arrivals: number[]): number {
  const edges = arrivals.flatMap((at) => [
    { at, step: 1 },
    { at: at + LATENCY_MS, step: -1 },
  ]);
  // An answer that ends as another request arrives frees its place first.
  edges.sort((a, b) => a.at - b.at || a.step - b.step);
  let current = 0;
  let most = 0;
  for (const edge of edges) {
    current += edge.step;
    most = Math.max(most, current);
  }
  return most;
}

describe('judge votes under the run concurrency', () => {
  let dir: string;
  let server: FakeLlmServer;
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('never puts more requests on the provider than --concurrency, votes included', async () => {
    dir = mkdtempSync(join(tmpdir(), 'salvo-judge-permits-'));
    const arrivals: number[] = [];
    const script = scriptedServer({ first: [vote(1, 1)], second: [vote(1, 1)], third: [vote(1, 1)] });
    server = await startFakeLlmServer({
      reply: (request) => {
        arrivals.push(performance.now());
        return { ...script(request), delayMs: LATENCY_MS };
      },
    });
    const tasks = ['first', 'second', 'third'];
    for (const task of tasks) writeFileSync(join(dir, `${task}.yaml`), scenarioYaml({ task, adapter: 'openai', k: 5 }));
    const run = await runEngine({
      cwd: dir,
      paths: tasks.map((task) => `${task}.yaml`),
      keys: { openai: 'sk-test-openai-0123456789' },
      baseUrls: { openai: server.openaiBaseUrl },
      concurrency: 2,
    });
    expect(run.results.scenarios.map((scenario) => scenario.verdict)).toEqual(['PASS', 'PASS', 'PASS']);
    // 3 agent turns and 3 x 5 votes, all sent; at most 2 at a time (without the cap: 2 x 5 votes at once).
    expect(arrivals).toHaveLength(18);
    expect(maxInFlight(arrivals)).toBeLessThanOrEqual(2);
    expect(maxInFlight(arrivals)).toBe(2);
  });
});
