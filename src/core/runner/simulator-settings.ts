import { adapterOfModel } from '../evaluation/judge-settings.ts';
import type { SimulatorDefaults } from '../scenario/project-config-schema.ts';
import type { AdapterName, Scenario } from '../scenario/schema.ts';

/**
 * Which model plays a scenario's simulated user: `user_simulator.model`, else salvo.yaml's
 * `simulator.model`, else `--simulator-model` / the Action's `simulator-model`. The adapter is
 * salvo.yaml's `simulator.adapter`, else the model's family, else the scenario's own adapter.
 */
export function resolveSimulatorSettings(
  scenario: Pick<Scenario, 'user_simulator' | 'adapter'>,
  defaults: SimulatorDefaults,
  fallbackModel: string | null,
): { model: string; adapter: AdapterName } | { missing: string } {
  const model = scenario.user_simulator?.model ?? defaults.model ?? fallbackModel;
  if (!model) {
    return {
      missing:
        'no simulator model: set user_simulator.model in the scenario, ' +
        'simulator.model in salvo.yaml, or pass --simulator-model (Action input simulator-model)',
    };
  }
  return { model, adapter: defaults.adapter ?? adapterOfModel(model) ?? scenario.adapter };
}
