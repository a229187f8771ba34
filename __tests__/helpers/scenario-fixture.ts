import type { LoadedScenario } from '../../src/core/scenario/load-scenario.ts';
import { hashScenario } from '../../src/core/scenario/hash.ts';
import { scenarioSchema, type ScenarioInput } from '../../src/core/scenario/schema.ts';

/** A validated scenario with schema defaults applied and its real hash, as the loader would hand it over. */
export function scenarioFixture(input: Partial<ScenarioInput> = {}, name = 'fixture'): LoadedScenario {
  const prompt = input.turns || input.user_simulator ? {} : { prompt: 'What is the weather in Paris?' };
  const scenario = scenarioSchema.parse({ model: 'gpt-4o-mini', ...prompt, ...input });
  const turnAssertionLines = (scenario.turns ?? []).map((turn) => turn.assertions.map(() => 0));
  return {
    file: `scenarios/${name}.yaml`,
    name,
    scenario,
    assertionLines: scenario.assertions.map((_, index) => index + 1),
    turnAssertionLines,
    hash: hashScenario(scenario),
  };
}
