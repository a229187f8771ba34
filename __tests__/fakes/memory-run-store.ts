import type { RunStore } from '../../src/core/ports.ts';
import type { RunResults, ScenarioResult } from '../../src/core/results.ts';
import type { RunTrace } from '../../src/core/trace.ts';

/** A RunStore keeping JSON copies in memory, in the order they were written. */
export class MemoryRunStore implements RunStore {
  readonly traces: RunTrace[] = [];
  /** In the order the scenarios were saved (finishing order). */
  readonly scenarioResults: ScenarioResult[] = [];
  finished: RunResults | null = null;
  readonly writes: string[] = [];

  async saveTrace(_runId: string, trace: RunTrace): Promise<void> {
    this.traces.push(structuredClone(trace));
    this.writes.push(`trace:${trace.scenario_name}`);
  }

  async saveScenarioResult(_runId: string, result: ScenarioResult): Promise<void> {
    this.scenarioResults.push(structuredClone(result));
    this.writes.push(`result:${result.name}`);
  }

  async finishRun(results: RunResults): Promise<void> {
    this.finished = structuredClone(results);
    this.writes.push('finish');
  }
}
