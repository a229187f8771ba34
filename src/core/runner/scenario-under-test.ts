import type { Scenario } from '../scenario/schema.ts';

/**
 * What the runner needs of a loaded scenario: the loader's LoadedScenario
 * (src/core/scenario/load-scenario.ts) satisfies it as it is.
 */
export interface ScenarioUnderTest {
  file: string;
  name: string;
  scenario: Scenario;
  /** scenario_hash: SHA-256 of the resolved scenario. */
  hash: string;
  /** 1-based line of each assertion in the file, for reports. */
  assertionLines: readonly number[];
  /** 1-based line of each assertion of each scripted turn. */
  turnAssertionLines?: readonly (readonly number[])[];
}
