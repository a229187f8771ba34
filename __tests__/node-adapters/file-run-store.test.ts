import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunResults, ScenarioResult } from '../../src/core/results.ts';
import { writeJsonAtomic } from '../../src/node-adapters/atomic-write.ts';
import { FileRunStore, RunArchive } from '../../src/node-adapters/file-run-store.ts';
import { traceFixture } from '../helpers/trace-fixture.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'salvo-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const scenario = (name: string): ScenarioResult => ({
  name,
  file: `${name}.yaml`,
  provider: 'openai',
  model: 'gpt-4o-mini',
  mode: 'live',
  status: 'passed',
  verdict: 'PASS',
  summary: 'ok',
  trials: [],
  turns: 1,
  max_turns_hit: false,
  tool_calls: 0,
  input_tokens: 1,
  output_tokens: 1,
  cost_usd: 0.001,
  latency_seconds: 1,
});
const trialFixture: ScenarioResult['trials'][number] = {
  trial: 1,
  status: 'passed',
  score: 1,
  assertions: [
    {
      index: 0,
      type: 'output_contains',
      label: 'says ok',
      passed: true,
      score: 1,
      weight: 1,
      required: false,
      reason: 'found',
    },
  ],
  trace_id: 't1',
  mode: 'live',
  turns: 1,
  max_turns_hit: false,
  tool_calls: 0,
  input_tokens: 1,
  output_tokens: 1,
  cost_usd: 0.001,
  latency_seconds: 1,
  retries: 0,
  final_content_preview: null,
};
const results = (runId: string, scenarios: ScenarioResult[]): RunResults => ({
  schema_version: 1,
  run_id: runId,
  salvo_version: '0.1.0',
  started_at: 'a',
  finished_at: 'b',
  interrupted: false,
  max_cost_usd: null,
  totals: {
    total: scenarios.length,
    passed: scenarios.length,
    failed: 0,
    errored: 0,
    skipped: 0,
    cost_usd: 0,
    cost_incomplete: false,
    input_tokens: 0,
    output_tokens: 0,
    latency_seconds: 0,
  },
  scenarios,
});
/** A run document with `count` rows named s0, s1, ... */
const document = (runId: string, count: number): RunResults =>
  results(
    runId,
    Array.from({ length: count }, (_, index) => scenario(`s${index}`)),
  );

describe('FileRunStore and RunArchive', () => {
  it('round-trips a run: results, traces and the latest pointer', async () => {
    const dir = tempDir();
    const store = new FileRunStore(dir);
    const trace = traceFixture({ trace_id: '0190aaaa-0000-7000-8000-00000000000a' });
    await store.saveTrace('0190a000-run1', trace);
    await store.saveScenarioResult('0190a000-run1', scenario('one'));
    await store.finishRun(results('0190a000-run1', [scenario('one')]));
    const archive = new RunArchive(dir);
    expect(await archive.resolveRunId(undefined)).toBe('0190a000-run1');
    const run = await archive.readRun('0190a000-run1');
    expect(run.complete).toBe(true);
    expect(run.results).toEqual(results('0190a000-run1', [scenario('one')]));
    expect(await archive.traceIds('0190a000-run1')).toEqual([trace.trace_id]);
    expect(await archive.readTrace('0190a000-run1', trace.trace_id)).toEqual(trace);
    expect(await archive.findTrace('0190aaaa')).toEqual({ runId: '0190a000-run1', traceId: trace.trace_id });
    expect(readFileSync(join(dir, 'runs', '0190a000-run1', 'results.json'), 'utf8')).toMatch(
      /^\{\n {2}"schema_version": 1/,
    );
  });

  it('writes results.json as the document given, in its order, with non-ASCII and large rows intact', async () => {
    const dir = tempDir();
    const store = new FileRunStore(dir);
    const full = (name: string): ScenarioResult => ({
      ...scenario(name),
      summary: `full ${name} ✓ ünïcode`,
      trials: [{ ...trialFixture, final_content_preview: `answer of ${name}` }],
    });
    const large = { ...full('large'), summary: `${'x'.repeat(1_500_000)} ✓` };
    // Journalled in the order they finished; the document keeps the run's order.
    await store.saveScenarioResult('r5', full('second'));
    await store.saveScenarioResult('r5', large);
    await store.saveScenarioResult('r5', full('first'));
    const expected = results('r5', [full('first'), full('second'), large]);
    await store.finishRun(expected);
    const text = readFileSync(join(dir, 'runs', 'r5', 'results.json'), 'utf8');
    expect(JSON.parse(text)).toEqual(expected);
    expect(text).toMatch(/^\{\n {2}"schema_version": 1/);
    const journal = readFileSync(join(dir, 'runs', 'r5', 'scenarios.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(journal.map((line) => (JSON.parse(line) as ScenarioResult).name)).toEqual(['second', 'large', 'first']);
    expect(readdirSync(join(dir, 'runs', 'r5')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('rebuilds an unfinished run from the scenario results written so far', async () => {
    const dir = tempDir();
    const store = new FileRunStore(dir);
    await store.saveScenarioResult('r2', scenario('first'));
    await store.saveScenarioResult('r2', scenario('second'));
    const run = await new RunArchive(dir).readRun('r2');
    expect(run.complete).toBe(false);
    expect(run.scenarios.map((result) => result.name)).toEqual(['first', 'second']);
  });

  it('keeps every scenario result when many finish at once, and skips the torn last line of a killed run', async () => {
    const dir = tempDir();
    const store = new FileRunStore(dir);
    const names = Array.from({ length: 200 }, (_, index) => `scenario-${index}`);
    await Promise.all(names.map((name) => store.saveScenarioResult('r3', scenario(name))));
    appendFileSync(join(dir, 'runs', 'r3', 'scenarios.jsonl'), '{"name":"torn mid-wri');
    const run = await new RunArchive(dir).readRun('r3');
    expect(run.complete).toBe(false);
    expect(run.scenarios.map((result) => result.name).sort()).toEqual([...names].sort());
    expect(run.scenarios[0]).toEqual(scenario(run.scenarios[0]!.name));
  });

  it('finds runs by unique prefix, and explains unknown or ambiguous ids', async () => {
    const dir = tempDir();
    const store = new FileRunStore(dir);
    await store.finishRun(document('0190a-1111', 0));
    await store.finishRun(document('0190a-2222', 0));
    const archive = new RunArchive(dir);
    expect(await archive.resolveRunId('0190a-2')).toBe('0190a-2222');
    await expect(archive.resolveRunId('0190a')).rejects.toThrow(/ambiguous/);
    await expect(archive.resolveRunId('zzz')).rejects.toThrow(/no run with id 'zzz'/);
    await expect(new RunArchive(tempDir()).resolveRunId(undefined)).rejects.toThrow(/no runs stored/);
  });

  it('writes atomically: no temporary file stays behind, and a failed write leaves the old file whole', async () => {
    const dir = tempDir();
    const path = join(dir, 'doc.json');
    await writeJsonAtomic(path, { version: 1 });
    await writeJsonAtomic(path, { version: 2 });
    expect(readdirSync(dir)).toEqual(['doc.json']);
    // BigInt cannot be serialised: the write fails before anything reaches the target.
    await expect(writeJsonAtomic(path, { version: 3n })).rejects.toThrow();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ version: 2 });
    expect(readdirSync(dir)).toEqual(['doc.json']);
    // A rename that fails (the target is a directory) removes its temporary file.
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'taken.json'));
    await expect(writeJsonAtomic(join(dir, 'taken.json'), { a: 1 })).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['doc.json', 'taken.json']);
  });

  it('reports a damaged results file clearly', async () => {
    const dir = tempDir();
    await new FileRunStore(dir).finishRun(document('r3', 0));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'runs', 'r3', 'results.json'), '{"half": ');
    await expect(new RunArchive(dir).readRun('r3')).rejects.toThrow(/results.json is not valid JSON/);
  });
});
