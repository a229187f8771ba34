/**
 * Where prompt caching can pay, decided once for the whole run before any
 * request is sent. A cache write costs more than a plain read (Anthropic
 * 1.25x for 5 minutes), so a prefix is only marked when it will be sent
 * again: by a later model call of the same trial (a tool loop or scripted
 * turns), by another trial, or by another scenario of the run with the same
 * model, system prompt and tools. A single-call, single-trial scenario with
 * a prefix of its own gets no hint: it is sent exactly as with caching off.
 * Whether the prefix is long enough is the provider's call (it sees the
 * request as sent).
 */
import { canonicalJson, shortDigest } from '../canonical-json.ts';
import type { PromptCacheHint } from '../model-client.ts';
import { userTurnsOf, type Scenario } from '../scenario/schema.ts';
import type { ScenarioUnderTest } from './scenario-under-test.ts';

export type PromptCachingMode = 'auto' | 'off';

export interface PromptCachingSettings {
  /** salvo.yaml's `prompt_caching` (auto when absent); a scenario's own `prompt_caching` wins over it. */
  mode: PromptCachingMode;
  /** `--no-prompt-cache` / the Action's `prompt-caching: off`: off for every scenario, whatever they say. */
  forcedOff: boolean;
}

export const PROMPT_CACHING_AUTO: PromptCachingSettings = { mode: 'auto', forcedOff: false };

/** One hint per scenario, in order; undefined where caching is off or cannot pay. */
export function planPromptCaching(
  scenarios: readonly ScenarioUnderTest[],
  settings: PromptCachingSettings,
  defaultTrials: number,
): (PromptCacheHint | undefined)[] {
  const caching = scenarios.map(
    (loaded) => !settings.forcedOff && (loaded.scenario.prompt_caching ?? settings.mode) === 'auto',
  );
  const sharers = new Map<string, number>();
  scenarios.forEach((loaded, index) => {
    if (caching[index]) sharers.set(prefixOf(loaded.scenario), (sharers.get(prefixOf(loaded.scenario)) ?? 0) + 1);
  });
  return scenarios.map((loaded, index) => {
    if (!caching[index]) return undefined;
    const { scenario } = loaded;
    // A simulated user talks for several turns too.
    const severalCalls =
      userTurnsOf(scenario).length > 1 || scenario.tools.length > 0 || scenario.user_simulator !== undefined;
    const severalTrials = (scenario.trials ?? defaultTrials) > 1;
    const shared = (sharers.get(prefixOf(scenario)) ?? 0) > 1;
    if (!severalCalls && !severalTrials && !shared) return undefined;
    return {
      // A digest, not the name: the key reaches the provider, the scenario's file and name need not.
      key: `salvo-${shortDigest({ file: loaded.file, name: loaded.name })}`,
      prefixReused: true,
      // Another trial re-sends the opening message too, so the conversation is worth marking as well.
      conversationReused: severalCalls || severalTrials,
    };
  });
}

/** What makes two scenarios' prompts start the same: provider, model, tools and system prompt. */
function prefixOf(scenario: Scenario): string {
  return canonicalJson({
    adapter: scenario.adapter,
    model: scenario.model,
    system: scenario.system_prompt,
    tools: scenario.tools.map((tool) => [tool.name, tool.description, tool.parameters]),
  });
}
