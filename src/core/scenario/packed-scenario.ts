import type { LoadedScenario } from './load-scenario.ts';
import type { Scenario } from './schema.ts';

/**
 * A LoadedScenario that keeps its validated scenario as JSON text until the
 * runner first reads it. Every file is validated before a run starts, so a
 * suite of 10,000 files held 10,000 object graphs (system prompt, tools,
 * mocks, assertions: about 12 KB each) until each scenario's turn came; the
 * text is several times smaller, and parsing it back is cheap next to the
 * YAML it came from. The runner drops the scenario once it finished, and the
 * parsed graph with it.
 */
class PackedScenario implements LoadedScenario {
  readonly file: string;
  readonly name: string;
  readonly hash: string;
  readonly assertionLines: number[];
  #json: string | null;
  #scenario: Scenario | null = null;

  constructor(loaded: LoadedScenario, json: string) {
    this.file = loaded.file;
    this.name = loaded.name;
    this.hash = loaded.hash;
    this.assertionLines = loaded.assertionLines;
    this.#json = json;
  }

  get scenario(): Scenario {
    if (this.#scenario === null) {
      this.#scenario = JSON.parse(this.#json!) as Scenario;
      this.#json = null;
    }
    return this.#scenario;
  }
}

/**
 * The scenario packed as text when JSON holds it exactly; otherwise (a value
 * JSON cannot write, such as a non-finite number in a mock) a plain copy.
 */
export function packScenario(loaded: LoadedScenario): LoadedScenario {
  let exact = true;
  const json = JSON.stringify(loaded.scenario, function (this: unknown, _key, value: unknown) {
    const lost = (typeof value === 'number' && !Number.isFinite(value)) || typeof value === 'bigint' || (value === undefined && Array.isArray(this));
    if (lost) exact = false;
    return typeof value === 'bigint' ? null : value;
  });
  // Either way the copy is detached from the file: the parsed strings are slices of the YAML source and
  // would keep its whole text alive (structuredClone makes flat strings and drops nothing else).
  return exact ? new PackedScenario(loaded, json) : { ...loaded, scenario: structuredClone(loaded.scenario) };
}
