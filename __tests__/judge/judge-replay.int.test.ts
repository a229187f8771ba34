import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileRunStore } from '../../src/node-adapters/file-run-store.ts';
import { startFakeLlmServer } from '../fakes/llm-server.ts';
import { runCli } from '../helpers/run-cli.ts';
import { runEngine } from '../helpers/run-engine.ts';
import { scenarioYaml, scriptedServer, vote } from './judge-scripts.ts';

const dir = mkdtempSync(join(tmpdir(), 'salvo-judge-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a recorded judge', () => {
  let recordedReason = '';
  beforeAll(async () => {
    writeFileSync(join(dir, 'care.yaml'), scenarioYaml({ task: 'care', adapter: 'openai', k: 3 }));
    const server = await startFakeLlmServer({
      reply: scriptedServer({ care: [vote(1, 1), vote(0.2, 0.3), vote(0.9, 0.8)] }),
    });
    const run = await runEngine({
      cwd: dir,
      paths: ['care.yaml'],
      record: { scriptedLabel: 'scripted judge votes' },
      keys: { openai: 'sk-test-0123456789' },
      baseUrls: { openai: server.openaiBaseUrl },
    });
    await server.close();
    expect(run.results.scenarios[0]?.verdict).toBe('PASS');
    recordedReason = run.results.scenarios[0]!.trials[0]!.assertions[0]!.reason;
  });

  it('stores the judge votes in the scenario recording, beside the agent replies', () => {
    const recording = JSON.parse(readFileSync(join(dir, '__recordings__/care.json'), 'utf8')) as {
      trials: unknown[];
      judge: { replies: unknown[] }[];
    };
    expect(recording.trials).toHaveLength(1);
    expect(recording.judge).toHaveLength(1);
    expect(recording.judge[0]?.replies).toHaveLength(3);
  });

  it('replays the agent and its judge offline, with no server and no key, to the same verdict', async () => {
    const replay = await runEngine({
      cwd: dir,
      paths: ['care.yaml'],
      mode: 'replay',
      alsoStore: new FileRunStore(join(dir, '.salvo')),
    });
    const scenario = replay.results.scenarios[0]!;
    expect(scenario).toMatchObject({ mode: 'replay', verdict: 'PASS' });
    expect(scenario.trials[0]?.assertions[0]?.reason).toBe(recordedReason);

    // reeval judges the stored trace from the recorded votes: no server is running, so any request would fail.
    const reeval = await runCli(['reeval'], { cwd: dir });
    expect(reeval.stdout).toContain('no model was called; judges read their recorded votes');
    expect(reeval.stdout).toMatch(/care\s+PASS 0\.83\s+== PASS 0\.83/);
    expect(reeval.code).toBe(0);
  });

  it('makes only the judge part stale when a criterion changes, and says how to re-judge', async () => {
    writeFileSync(
      join(dir, 'care.yaml'),
      scenarioYaml({ task: 'care', adapter: 'openai', k: 3 }).replace(
        'Acknowledges the damaged order first',
        'Apologises first',
      ),
    );
    const replay = await runEngine({ cwd: dir, paths: ['care.yaml'], mode: 'replay' });
    const trial = replay.results.scenarios[0]!.trials[0]!;
    // The agent still replays (its turn and answer are there); the judge could not.
    expect(trial.turns).toBe(1);
    expect(trial.final_content_preview).toContain('Sorry your order arrived damaged');
    expect(trial.error).toMatchObject({ code: 'E_JUDGE', infrastructure: true });
    expect(trial.assertions[0]?.reason).toContain(
      'has no judge votes for this request: the criteria, the judge prompt or what the agent did changed',
    );
    expect(replay.results.scenarios[0]?.verdict).toBe('INFRA_ERROR');
  });
});
