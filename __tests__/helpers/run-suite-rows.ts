import type { RunResults } from '../../src/core/results.ts';
import { runSuite as runSuiteStreamed, type SuiteOptions } from '../../src/core/runner/run-suite.ts';
import type { ScenarioUnderTest } from '../../src/core/runner/scenario-under-test.ts';

/** runSuite with its rows read into an array, for tests that index and filter them. */
export async function runSuite<S extends ScenarioUnderTest>(scenarios: S[], options: SuiteOptions<S>): Promise<RunResults> {
  const run = await runSuiteStreamed(scenarios, options);
  return { ...run, scenarios: [...run.scenarios] };
}
