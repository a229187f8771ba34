import { shortDigest } from '../canonical-json.ts';
import type { ModelInputDigests } from '../trace.ts';
import type { Scenario } from './schema.ts';

/**
 * Digests of what the model sees, part by part, from the same parts the recording fingerprint hashes per request
 * (recording/fingerprint.ts: model, system prompt, tools, generation settings, the messages), taken from the scenario
 * instead of a request: the user messages (prompt, turns, simulated user), the tools with what answers them (mocks,
 * handler, state) and the limits. Assertions, threshold, trials, description and tags are left out: changing them is
 * what `salvo reeval` is for, so they must not make it warn that the conversation may have changed.
 */
export function modelInputDigests(scenario: Scenario): ModelInputDigests {
  const tools: Record<string, string> = {};
  for (const tool of scenario.tools) {
    const { name, ...definition } = tool;
    tools[name] = shortDigest(definition);
  }
  const { temperature, seed, max_tokens, api, extras, max_turns, max_tool_calls, timeout_seconds } = scenario;
  return {
    model: shortDigest({ adapter: scenario.adapter, model: scenario.model }),
    system: shortDigest(scenario.system_prompt),
    messages: shortDigest({
      prompt: scenario.prompt,
      turns: scenario.turns?.map((turn) => turn.user),
      user_simulator: scenario.user_simulator,
    }),
    tools,
    state: shortDigest(scenario.state ?? null),
    settings: shortDigest({ temperature, seed, max_tokens, api, extras, max_turns, max_tool_calls, timeout_seconds }),
  };
}

const PART_NAMES: Record<Exclude<keyof ModelInputDigests, 'tools'>, string> = {
  model: 'the model',
  system: 'the system prompt',
  messages: 'the user messages (prompt, turns or user_simulator)',
  state: 'the state',
  settings: 'the generation settings or limits',
};

/** Which inputs of the model changed, in a scenario author's words, or null when none did. */
export function describeModelInputChange(was: ModelInputDigests, now: ModelInputDigests): string | null {
  const changes: string[] = [];
  for (const [part, name] of Object.entries(PART_NAMES) as [keyof typeof PART_NAMES, string][]) {
    if (was[part] !== now[part]) changes.push(name);
  }
  for (const tool of Object.keys(now.tools).sort()) {
    if (!(tool in was.tools)) changes.push(`tool '${tool}' (added)`);
    else if (was.tools[tool] !== now.tools[tool]) changes.push(`tool '${tool}'`);
  }
  for (const tool of Object.keys(was.tools).sort()) {
    if (!(tool in now.tools)) changes.push(`tool '${tool}' (removed)`);
  }
  return changes.length > 0 ? changes.join(', ') : null;
}
