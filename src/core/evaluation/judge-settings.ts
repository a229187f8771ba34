import type { JudgeDefaults } from '../scenario/project-config-schema.ts';
import type { AdapterName } from '../scenario/schema.ts';
import type { JudgeAssertion, JudgeSettings } from './judge-prompt.ts';

/** The provider a model id belongs to, by its family's name; null when the name does not say. */
export function adapterOfModel(model: string): AdapterName | null {
  if (/^claude/i.test(model)) return 'anthropic';
  if (/^(gpt|o\d|chatgpt|text-|davinci)/i.test(model)) return 'openai';
  return null;
}

/**
 * Which model judges an assertion: its `judge_model` (which the loader already
 * filled from the scenario's `judge_model`, then salvo.yaml's `judge.model`),
 * else the command line's `--judge-model` / the Action's `judge-model`. The
 * adapter is salvo.yaml's `judge.adapter`, else the model's family, else the
 * scenario's own adapter (a local OpenAI-compatible server, say).
 */
export function resolveJudgeSettings(
  assertion: JudgeAssertion,
  scenarioAdapter: AdapterName,
  defaults: JudgeDefaults,
  fallbackModel: string | null,
): JudgeSettings | { missing: string } {
  const model = assertion.judge_model ?? fallbackModel;
  if (!model) {
    return {
      missing:
        'no judge model: set judge_model on the assertion or the scenario, ' +
        'judge.model in salvo.yaml, or pass --judge-model (Action input judge-model)',
    };
  }
  return {
    model,
    adapter: defaults.adapter ?? adapterOfModel(model) ?? scenarioAdapter,
    ...(defaults.temperature !== undefined ? { temperature: defaults.temperature } : {}),
    ...(defaults.max_tokens !== undefined ? { maxTokens: defaults.max_tokens } : {}),
  };
}
