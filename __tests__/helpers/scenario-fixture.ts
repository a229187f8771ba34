import type { LoadedScenario } from '../../src/core/scenario/load-scenario.ts';
import { hashScenario } from '../../src/core/scenario/hash.ts';
import { scenarioSchema, type ScenarioInput } from '../../src/core/scenario/schema.ts';

/** A validated scenario with schema defaults applied and its real hash, as the loader would hand it over. */
export function scenarioFixture(input: Partial<ScenarioInput> = {}, name = 'fixture'): LoadedScenario {
  const scenario = scenarioSchema.parse({ model: 'gpt-4o-mini', prompt: 'What is the weather in Paris?', ...input });
  return { file: `scenarios/${name}.yaml`, name, scenario, assertionLines: scenario.assertions.map((_, index) => index + 1), hash: hashScenario(scenario) };
}
