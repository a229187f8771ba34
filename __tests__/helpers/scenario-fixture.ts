import { scenarioSchema, type ScenarioInput } from '../../src/core/scenario/schema.ts';
import type { ScenarioUnderTest } from '../../src/core/runner/scenario-under-test.ts';

/** A validated scenario with schema defaults applied, as the loader would hand it over. */
export function scenarioFixture(input: Partial<ScenarioInput> = {}, name = 'fixture'): ScenarioUnderTest {
  const scenario = scenarioSchema.parse({ model: 'gpt-4o-mini', prompt: 'What is the weather in Paris?', ...input });
  return { file: `scenarios/${name}.yaml`, name, scenario, hash: `${name.padEnd(12, '0')}${'f'.repeat(52)}` };
}
