import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/llm-server.ts';
import { runEngine } from '../helpers/run-engine.ts';

const dir = mkdtempSync(join(tmpdir(), 'salvo-request-timeout-'));
let server: FakeLlmServer;
beforeAll(async () => {
  // A server that accepts the request and answers far too late.
  server = await startFakeLlmServer({ reply: () => ({ text: 'too late', delayMs: 20_000 }) });
  writeFileSync(
    join(dir, 'slow.yaml'),
    'model: gpt-4o-mini\nprompt: hi\nassertions:\n  - {type: output_contains, value: late}\n',
  );
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (requestTimeoutMs: number | null = null) =>
  runEngine({
    cwd: dir,
    paths: ['slow.yaml'],
    keys: { openai: 'sk-test-openai-key' },
    baseUrls: { openai: server.openaiBaseUrl },
    requestTimeoutMs,
  });

describe('the request timeout', () => {
  it('comes from request_timeout_seconds in salvo.yaml, and ends the trial as an INFRA ERROR naming it', async () => {
    writeFileSync(join(dir, 'salvo.yaml'), 'request_timeout_seconds: 0.3\n');
    const started = performance.now();
    const { results } = await run();
    expect(performance.now() - started).toBeLessThan(10_000);
    const scenario = results.scenarios[0]!;
    expect(scenario.status).toBe('errored');
    expect(scenario.summary).toContain('did not answer within 300 ms');
  });

  it('comes from the flag over salvo.yaml', async () => {
    writeFileSync(join(dir, 'salvo.yaml'), 'request_timeout_seconds: 600\n');
    const { results } = await run(400);
    expect(results.scenarios[0]!.summary).toContain('did not answer within 400 ms');
  });
});
