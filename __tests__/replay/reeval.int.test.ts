import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileRunStore } from '../../src/node-adapters/file-run-store.ts';
import { startFakeLlmServer } from '../fakes/llm-server.ts';
import { runCli } from '../helpers/run-cli.ts';
import { runEngine } from '../helpers/run-engine.ts';

const dir = mkdtempSync(join(tmpdir(), 'salvo-reeval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scenario = (expected: string, system = 'You track orders.') => `description: order status
model: gpt-4o-mini
system_prompt: ${system}
prompt: Where is order A1?
tools:
  - name: lookup_order
    description: Fetch an order
    mock_response: {status: shipped}
assertions:
  - {type: tool_called, tool: lookup_order}
  - {type: output_contains, value: ${expected}}
`;

describe('salvo reeval', () => {
  it('re-scores the stored run against the changed assertions and prints before and after, with no model', async () => {
    writeFileSync(join(dir, 'order.yaml'), scenario('shipped'));
    const server = await startFakeLlmServer();
    const run = await runEngine({
      cwd: dir,
      paths: ['order.yaml'],
      keys: { openai: 'k-123456' },
      baseUrls: { openai: server.openaiBaseUrl },
      trials: 2,
      alsoStore: new FileRunStore(join(dir, '.salvo')),
    });
    await server.close();
    expect(run.results.scenarios[0]?.verdict).toBe('PASS');

    writeFileSync(join(dir, 'order.yaml'), scenario('delivered'));
    const result = await runCli(['reeval'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`Re-evaluated run ${run.results.run_id} against the current assertions`);
    expect(result.stdout).toMatch(/order status\s+PASS 1\.00\s+-> FAIL 0\.50/);
    // Only an assertion changed, which is what reeval is for: no warning about the conversation.
    expect(result.stdout).not.toContain('note:');
    expect(result.code).toBe(1);

    const json = await runCli(['reeval', run.results.run_id.slice(0, 20), '--json'], { cwd: dir });
    const document = JSON.parse(json.stdout) as {
      scenarios: {
        before: { verdict: string };
        after: { verdict: string };
        result: { trials: { assertions: { passed: boolean }[] }[] };
      }[];
    };
    expect(document.scenarios[0]?.before.verdict).toBe('PASS');
    expect(document.scenarios[0]?.after.verdict).toBe('FAIL');
    expect(document.scenarios[0]?.result.trials[1]?.assertions.map((a) => a.passed)).toEqual([true, false]);
  });

  it('warns, naming the input, when what the model sees changed since the run', async () => {
    writeFileSync(join(dir, 'order.yaml'), scenario('delivered', 'You track orders politely.'));
    const result = await runCli(['reeval'], { cwd: dir });
    expect(result.stdout).toContain(
      'note: what the model sees changed since this run (system prompt); ' +
        'the stored conversation may not be what the model would produce now',
    );
  });

  it('says so when there is no stored run', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'salvo-reeval-empty-'));
    const result = await runCli(['reeval'], { cwd: empty });
    rmSync(empty, { recursive: true, force: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no runs stored');
  });
});
