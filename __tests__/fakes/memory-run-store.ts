import type { RunStore } from '../../src/core/ports.ts';
import type { RunHeader, RunResults, ScenarioResult, ScenarioRows } from '../../src/core/results.ts';
import type { RunTrace } from '../../src/core/trace.ts';

/** A RunStore keeping JSON copies in memory, in the order they were written. */
export class MemoryRunStore implements RunStore {
  readonly traces: RunTrace[] = [];
  /** In the order the scenarios were saved (finishing order). */
  readonly scenarioResults: ScenarioResult[] = [];
  readonly #byIndex: ScenarioResult[] = [];
  finished: RunResults | null = null;
  readonly writes: string[] = [];

  async saveTrace(_runId: string, trace: RunTrace): Promise<void> {
    this.traces.push(structuredClone(trace));
    this.writes.push(`trace:${trace.scenario_name}`);
  }

  async saveScenarioResult(_runId: string, index: number, result: ScenarioResult): Promise<void> {
    this.scenarioResults.push(structuredClone(result));
    this.#byIndex[index] = structuredClone(result);
    this.writes.push(`result:${result.name}`);
  }

  /** Like FileRunStore: the document holds each index's stored result, in index order; the rows come back from it. */
  async finishRun(header: RunHeader): Promise<ScenarioRows> {
    const scenarios = Array.from({ length: header.totals.total }, (_, index) => {
      const row = this.#byIndex[index];
      if (!row) throw new Error(`scenario ${index} was never saved`);
      return row;
    });
    this.finished = structuredClone({ ...header, scenarios });
    this.writes.push('finish');
    return structuredClone(scenarios);
  }
}
