import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunHeader, RunResults, ScenarioResult } from '../../src/core/results.ts';
import { writeJsonAtomic } from '../../src/io/atomic-write.ts';
import { FileRunStore, RunArchive } from '../../src/io/file-run-store.ts';
import { traceFixture } from '../helpers/trace-fixture.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'salvo-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const scenario = (name: string): ScenarioResult => ({
  name, file: `${name}.yaml`, provider: 'openai', model: 'gpt-4o-mini', mode: 'live', status: 'passed', verdict: 'PASS', summary: 'ok',
  trials: [], turns: 1, max_turns_hit: false, tool_calls: 0, input_tokens: 1, output_tokens: 1, cost_usd: 0.001, latency_seconds: 1,
});
const trialFixture: ScenarioResult['trials'][number] = {
  trial: 1, status: 'passed', score: 1, assertions: [{ index: 0, type: 'output_contains', label: 'says ok', passed: true, score: 1, weight: 1, required: false, reason: 'found' }],
  trace_id: 't1', mode: 'live', turns: 1, max_turns_hit: false, tool_calls: 0, input_tokens: 1, output_tokens: 1, cost_usd: 0.001, latency_seconds: 1, retries: 0, final_content_preview: null,
};
const results = (runId: string, scenarios: ScenarioResult[]): RunResults => ({
  schema_version: 1, run_id: runId, salvo_version: '0.1.0', started_at: 'a', finished_at: 'b', interrupted: false, max_cost_usd: null,
  totals: { total: scenarios.length, passed: scenarios.length, failed: 0, errored: 0, skipped: 0, cost_usd: 0, cost_incomplete: false, input_tokens: 0, output_tokens: 0, latency_seconds: 0 },
  scenarios,
});
/** What the runner hands finishRun: the document without its rows (the store has them). */
const header = (runId: string, count: number): RunHeader => {
  const { scenarios: _rows, ...rest } = results(runId, Array.from({ length: count }, (_, index) => scenario(`s${index}`)));
  return rest;
};

describe('FileRunStore and RunArchive', () => {
  it('round-trips a run: results, traces and the latest pointer', async () => {
    const dir = tempDir();
    const store = new FileRunStore(dir);
    const trace = traceFixture({ trace_id: '0190aaaa-0000-7000-8000-00000000000a' });
    await store.saveTrace('0190a000-run1', trace);
    await store.saveScenarioResult('0190a000-run1', 0, scenario('one'));
    expect([...(await store.finishRun(header('0190a000-run1', 1)))]).toEqual([scenario('one')]);
    const archive = new RunArchive(dir);
    expect(await archive.resolveRunId(undefined)).toBe('0190a000-run1');
    const run = await archive.readRun('0190a000-run1');
    expect(run.complete).toBe(true);
    expect(run.results).toEqual(results('0190a000-run1', [scenario('one')]));
    expect(await archive.traceIds('0190a000-run1')).toEqual([trace.trace_id]);
    expect(await archive.readTrace('0190a000-run1', trace.trace_id)).toEqual(trace);
    expect(await archive.findTrace('0190aaaa')).toEqual({ runId: '0190a000-run1', traceId: trace.trace_id });
    expect(readFileSync(join(dir, 'runs', '0190a000-run1', 'results.json'), 'utf8')).toMatch(/^\{\n {2}"schema_version": 1/);
  });

  it('writes results.json from the journal in the run order, and hands back the rows read from it, on every pass', async () => {
    const dir = tempDir();
    const store = new FileRunStore(dir);
    const full = (name: string): ScenarioResult => ({ ...scenario(name), summary: `full ${name} ✓ ünïcode`, trials: [{ ...trialFixture, final_content_preview: `answer of ${name}` }] });
    // Larger than the 1 MB pieces the document is written in, and than the first read buffer.
    const large = { ...full('large'), summary: `${'x'.repeat(1_500_000)} ✓` };
    // Finished out of order; 'never' was not started (the runner stores it as cancelled at the end).
    await store.saveScenarioResult('r5', 1, full('second'));
    await store.saveScenarioResult('r5', 3, large);
    await store.saveScenarioResult('r5', 0, full('first'));
    await store.saveScenarioResult('r5', 2, scenario('never'));
    const rows = await store.finishRun(header('r5', 4));
    const text = readFileSync(join(dir, 'runs', 'r5', 'results.json'), 'utf8');
    const expected = results('r5', [full('first'), full('second'), scenario('never'), large]);
    expect(JSON.parse(text)).toEqual({ ...expected, totals: header('r5', 4).totals });
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(expected));
    expect(text).toMatch(/^\{\n {2}"schema_version": 1/);
    expect(rows.length).toBe(4);
    expect([...rows]).toEqual(expected.scenarios);
    expect([...rows].map((row) => row.name)).toEqual(['first', 'second', 'never', 'large']);
    await store.finishRun(header('r6', 0));
    expect(JSON.parse(readFileSync(join(dir, 'runs', 'r6', 'results.json'), 'utf8'))).toEqual(results('r6', []));
    expect(readdirSync(join(dir, 'runs', 'r5')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('stops a pass early without holding the file, and refuses a document with a scenario never stored', async () => {
    const dir = tempDir();
    const store = new FileRunStore(dir);
    for (const index of [0, 1, 2]) await store.saveScenarioResult('r7', index, scenario(`s${index}`));
    const rows = await store.finishRun(header('r7', 3));
    for (const row of rows) if (row.name === 's0') break;
    expect([...rows].length).toBe(3);
    await store.saveScenarioResult('r8', 0, scenario('s0'));
    await expect(store.finishRun(header('r8', 2))).rejects.toThrow(/run r8: scenario 2 of 2 has no stored result/);
    expect(readdirSync(join(dir, 'runs', 'r8')).filter((name) => name !== 'scenarios.jsonl')).toEqual([]);
  });

  it('rebuilds an unfinished run from the scenario results written so far', async () => {
    const dir = tempDir();
    const store = new FileRunStore(dir);
    await store.saveScenarioResult('r2', 0, scenario('first'));
    await store.saveScenarioResult('r2', 1, scenario('second'));
    const run = await new RunArchive(dir).readRun('r2');
    expect(run.complete).toBe(false);
    expect(run.scenarios.map((result) => result.name)).toEqual(['first', 'second']);
  });

  it('keeps every scenario result when many finish at once, and skips the torn last line of a killed run', async () => {
    const dir = tempDir();
    const store = new FileRunStore(dir);
    const names = Array.from({ length: 200 }, (_, index) => `scenario-${index}`);
    await Promise.all(names.map((name, index) => store.saveScenarioResult('r3', index, scenario(name))));
    appendFileSync(join(dir, 'runs', 'r3', 'scenarios.jsonl'), '{"name":"torn mid-wri');
    const run = await new RunArchive(dir).readRun('r3');
    expect(run.complete).toBe(false);
    expect(run.scenarios.map((result) => result.name).sort()).toEqual([...names].sort());
    expect(run.scenarios[0]).toEqual(scenario(run.scenarios[0]!.name));
  });

  it('finds runs by unique prefix, and explains unknown or ambiguous ids', async () => {
    const dir = tempDir();
    const store = new FileRunStore(dir);
    await store.finishRun(header('0190a-1111', 0));
    await store.finishRun(header('0190a-2222', 0));
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
    await new FileRunStore(dir).finishRun(header('r3', 0));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'runs', 'r3', 'results.json'), '{"half": ');
    await expect(new RunArchive(dir).readRun('r3')).rejects.toThrow(/results.json is not valid JSON/);
  });
});
