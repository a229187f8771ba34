import type { LoadedScenario } from './load-scenario.ts';
import type { Scenario } from './schema.ts';

/**
 * A LoadedScenario whose validated scenario is fetched as JSON text when the
 * runner first reads it. Every file is validated before a run starts, so a
 * suite of 10,000 files held 10,000 object graphs (system prompt, tools,
 * mocks, assertions: about 12 KB each) until each scenario's turn came; the
 * shells keep the text on disk instead (src/io/scenario-spool.ts), and only
 * the file, name and hash in memory. The runner drops the scenario once it
 * finished, and the parsed graph with it.
 */
export class DeferredScenario implements LoadedScenario {
  readonly file: string;
  readonly name: string;
  readonly hash: string;
  readonly assertionLines: number[];
  #read: (() => string) | null;
  #scenario: Scenario | null = null;

  constructor(loaded: Omit<LoadedScenario, 'scenario'>, read: () => string) {
    this.file = loaded.file;
    this.name = loaded.name;
    this.hash = loaded.hash;
    this.assertionLines = loaded.assertionLines;
    this.#read = read;
  }

  get scenario(): Scenario {
    if (this.#scenario === null) {
      this.#scenario = JSON.parse(this.#read!()) as Scenario;
      this.#read = null;
    }
    return this.#scenario;
  }
}

/**
 * The scenario as JSON text when JSON holds it exactly; null when it holds a
 * value JSON cannot write (a non-finite number in a mock), which must then be
 * kept as it is.
 */
export function exactScenarioJson(scenario: Scenario): string | null {
  let exact = true;
  const json = JSON.stringify(scenario, function (this: unknown, _key, value: unknown) {
    const lost = (typeof value === 'number' && !Number.isFinite(value)) || typeof value === 'bigint' || (value === undefined && Array.isArray(this));
    if (lost) exact = false;
    return typeof value === 'bigint' ? null : value;
  });
  return exact ? json : null;
}

/**
 * A copy detached from the file it was parsed from: the parsed strings are
 * slices of the YAML source and would keep its whole text alive for the run
 * (structuredClone makes flat strings and drops nothing else).
 */
export function detachedScenario(loaded: LoadedScenario): LoadedScenario {
  return { ...loaded, scenario: structuredClone(loaded.scenario) };
}
