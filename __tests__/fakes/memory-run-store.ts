import type { RunStore } from '../../src/core/ports.ts';
import type { RunResults, ScenarioResult } from '../../src/core/results.ts';
import type { RunTrace } from '../../src/core/trace.ts';

/** A RunStore keeping JSON copies in memory, in the order they were written. */
export class MemoryRunStore implements RunStore {
  readonly traces: RunTrace[] = [];
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

  /** Like FileRunStore: the document holds each scenario's full stored result in place of the runner's compact row. */
  async finishRun(results: RunResults): Promise<void> {
    const stored = (row: ScenarioResult) => this.scenarioResults.find((result) => result.file === row.file && result.name === row.name) ?? row;
    this.finished = structuredClone({ ...results, scenarios: results.scenarios.map(stored) });
    this.writes.push('finish');
  }
}
