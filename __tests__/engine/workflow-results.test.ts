import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBaseline, isShardArtifactOf, mergeShardArtifacts } from '../../src/engine/workflow-results.ts';
import { memoryWorkflowArtifacts, type MemoryRun } from '../fakes/memory-workflow-artifacts.ts';
import { makeResults, makeScenario } from '../helpers/results-fixtures.ts';

const directory = mkdtempSync(join(tmpdir(), 'salvo-workflow-results-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const scenario = (name: string) => makeScenario({ name, file: `salvo/${name}.yaml` });
const shard = (index: number, names: string[]) => makeResults(names.map(scenario), { shard: { index, count: 3 } });

describe('findBaseline', () => {
  const runs: MemoryRun[] = [
    { id: 1, branch: 'main', success: true, artifacts: { 'salvo-traces': makeResults([scenario('old')]) } },
    { id: 2, branch: 'main', success: true, artifacts: { 'salvo-traces': makeResults([scenario('a')]) } },
    { id: 3, branch: 'main', success: false, artifacts: { 'salvo-traces': makeResults([scenario('broken')]) } },
    { id: 4, branch: 'main', success: true, artifacts: { 'other-job': makeResults([scenario('x')]) } },
    { id: 5, branch: 'topic', success: true, artifacts: { 'salvo-traces': makeResults([scenario('topic')]) } },
  ];
  const find = (source = memoryWorkflowArtifacts(runs), branch = 'main') =>
    findBaseline(source, { branch, artifactName: 'salvo-traces', directory });

  it("takes the latest successful run on the base branch that has this job's artifact", async () => {
    const found = await find();
    expect(found).toMatchObject({ kind: 'found', runId: 2, artifacts: ['salvo-traces'] });
    expect(found.kind === 'found' && found.results.scenarios.map((row) => row.name)).toEqual(['a']);
  });

  it('merges the shard artifacts of a run that has no merged one', async () => {
    const sharded = memoryWorkflowArtifacts([
      {
        id: 9,
        branch: 'main',
        success: true,
        artifacts: {
          'salvo-traces-shard-2-of-3': shard(2, ['b']),
          'salvo-traces-shard-1-of-3': shard(1, ['a']),
          'salvo-traces-shard-3-of-3': shard(3, ['c']),
          'salvo-traces-shard-x': shard(1, ['not a shard name']),
        },
      },
    ]);
    const found = await find(sharded);
    expect(found.kind === 'found' && found.results.scenarios.map((row) => row.name)).toEqual(['a', 'b', 'c']);
  });

  it('says why in one sentence when no run qualifies or the token may not read runs', async () => {
    expect(await find(undefined, 'release')).toEqual({
      kind: 'unavailable',
      reason: "no successful run of this workflow on 'release' has an artifact named 'salvo-traces'.",
    });
    expect(await find(memoryWorkflowArtifacts(runs, { forbidden: true }))).toEqual({
      kind: 'unavailable',
      reason:
        "the token cannot read this repository's workflow runs (HTTP 403); " +
        "add 'actions: read' to the job's permissions.",
    });
  });
});

describe('mergeShardArtifacts', () => {
  it("merges the current run's shard artifacts and names the shard that never reported", async () => {
    const source = memoryWorkflowArtifacts(
      [
        {
          id: 7,
          branch: 'topic',
          success: false,
          artifacts: {
            'salvo-traces-shard-1-of-3': shard(1, ['a', 'd']),
            'salvo-traces-shard-3-of-3': shard(3, ['c']),
            'salvo-traces-gpt': makeResults([scenario('another leg')]),
          },
        },
      ],
      { current: 7 },
    );
    const { merged, artifacts } = await mergeShardArtifacts(source, {
      artifactName: 'salvo-traces',
      directory: join(directory, 'merge'),
      redact: (results) => results,
    });
    expect(artifacts).toEqual(['salvo-traces-shard-1-of-3', 'salvo-traces-shard-3-of-3']);
    expect(merged.results.scenarios.map((row) => row.name)).toEqual(['a', 'c', 'd']);
    expect(merged.missingShards).toEqual([2]);
  });

  it('recognises only <name>-shard-i-of-n as a shard of <name>', () => {
    expect(isShardArtifactOf('salvo-traces-shard-2-of-3', 'salvo-traces')).toBe(true);
    expect(isShardArtifactOf('salvo-traces-gpt-shard-2-of-3', 'salvo-traces')).toBe(false);
    expect(isShardArtifactOf('salvo-traces-shard-2', 'salvo-traces')).toBe(false);
  });
});
