import { shortDigest } from '../canonical-json.ts';
import { labelOf } from '../evaluation/evaluate-assertion.ts';
import type { CheckSummary, ScenarioChecks, ScenarioInputs } from '../results.ts';
import type { Assertion } from '../scenario/assertion-schema.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * The two facts about a scenario a comparison needs beyond its results,
 * stored on each results row: digests of what the model sees (so "not
 * comparable" can say what changed) and its checks in brief (so a weakened
 * check cannot pass unnoticed).
 */
export function inputsOf(scenario: Scenario): ScenarioInputs {
  return {
    model: scenario.model,
    prompt: shortDigest(userMessagesOf(scenario)),
    system_prompt: shortDigest(scenario.system_prompt),
    tools: shortDigest(
      scenario.tools.map((tool) => ({ name: tool.name, description: tool.description, parameters: tool.parameters })),
    ),
    mocks: shortDigest(answersOf(scenario)),
    settings: shortDigest({
      adapter: scenario.adapter,
      api: scenario.api ?? null,
      temperature: scenario.temperature ?? null,
      seed: scenario.seed ?? null,
      max_tokens: scenario.max_tokens ?? null,
      extras: scenario.extras,
    }),
  };
}

/**
 * The user's side: the prompt, or the scripted turns' messages (not their assertions), or the simulated user. A
 * one-prompt scenario digests its prompt alone, as rows written before turns existed did, so old runs stay comparable.
 */
function userMessagesOf(scenario: Scenario): unknown {
  if (!scenario.turns && !scenario.user_simulator) return scenario.prompt;
  return {
    prompt: scenario.prompt,
    turns: scenario.turns?.map((turn) => turn.user),
    user_simulator: scenario.user_simulator,
  };
}

/**
 * What answers the tools: mocks, and handlers with the state they share. Undefined keys drop out of the digest
 * (canonical JSON), so a mock-only scenario digests as rows written before handlers existed did.
 */
function answersOf(scenario: Scenario): unknown {
  const answers = scenario.tools.map((tool) => ({
    name: tool.name,
    mock_response: tool.mock_response ?? null,
    mocks: tool.mocks ?? null,
    handler: tool.handler,
  }));
  return scenario.state ? { answers, state: scenario.state } : answers;
}

const INPUT_PARTS: readonly (keyof ScenarioInputs)[] = [
  'model',
  'prompt',
  'system_prompt',
  'tools',
  'mocks',
  'settings',
];

/** The parts of what the model sees that differ between two rows' inputs, in a fixed order. */
export function changedInputParts(before: ScenarioInputs, after: ScenarioInputs): (keyof ScenarioInputs)[] {
  return INPUT_PARTS.filter((part) => before[part] !== after[part]);
}

/** `model, system prompt, mocks`: the parts as a reader names them. */
export function describeInputParts(parts: readonly (keyof ScenarioInputs)[]): string {
  return parts.map((part) => part.replaceAll('_', ' ')).join(', ');
}

export function checksOf(scenario: Scenario): ScenarioChecks {
  return {
    threshold: scenario.threshold,
    required_pass_rate: scenario.required_pass_rate,
    assertions: scenario.assertions.map((assertion, index) => checkSummary(assertion, index)),
  };
}

/** Fields that only say how strictly or how much, kept apart from what the assertion looks for. */
const STRICTNESS_FIELDS = new Set([
  'name',
  'weight',
  'required',
  'times',
  'min_times',
  'max_times',
  'max_usd',
  'max_seconds',
  'max_turns',
  'threshold',
  'strings',
  'extra_arguments',
  'others',
  'order',
  'mode',
  'ignore_case',
]);

function checkSummary(assertion: Assertion, index: number): CheckSummary {
  const rest = Object.fromEntries(Object.entries(assertion).filter(([key]) => !STRICTNESS_FIELDS.has(key)));
  return {
    index,
    type: assertion.type,
    label: labelOf(assertion),
    required: assertion.required,
    weight: assertion.weight,
    limits: limitsOf(assertion),
    modes: modesOf(assertion),
    digest: shortDigest(rest),
  };
}

function limitsOf(assertion: Assertion): Record<string, number> {
  switch (assertion.type) {
    case 'tool_called': {
      const limits: Record<string, number> = { min_times: assertion.times ?? assertion.min_times ?? 1 };
      const most = assertion.times ?? assertion.max_times;
      if (most !== undefined) limits.max_times = most;
      return limits;
    }
    case 'cost_limit':
      return { max_usd: assertion.max_usd };
    case 'latency_limit':
      return { max_seconds: assertion.max_seconds };
    case 'turn_limit':
      return { max_turns: assertion.max_turns };
    case 'judge':
      return assertion.threshold === undefined ? {} : { threshold: assertion.threshold };
    default:
      return {};
  }
}

function modesOf(assertion: Assertion): Record<string, string | boolean> {
  switch (assertion.type) {
    case 'tool_called':
    case 'tool_not_called':
      return { strings: assertion.strings ?? 'exact', extra_arguments: assertion.extra_arguments ?? 'allow' };
    case 'tool_calls':
      return {
        strings: assertion.strings,
        extra_arguments: assertion.extra_arguments,
        others: assertion.others,
        order: assertion.order,
      };
    case 'tool_sequence':
      return { mode: assertion.mode };
    case 'output_contains':
    case 'output_not_contains':
      return { ignore_case: assertion.ignore_case };
    default:
      return {};
  }
}
