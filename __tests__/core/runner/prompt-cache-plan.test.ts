import { describe, expect, it } from 'vitest';
import { planPromptCaching, PROMPT_CACHING_AUTO } from '../../../src/core/runner/prompt-cache-plan.ts';
import { hashScenario } from '../../../src/core/scenario/hash.ts';
import { scenarioFixture } from '../../helpers/scenario-fixture.ts';

const tool = {
  name: 'lookup_order',
  description: 'Finds an order',
  parameters: { type: 'object' as const, properties: {} },
  mock_response: { status: 'shipped' },
};
const plan = (...args: Parameters<typeof planPromptCaching>) => planPromptCaching(...args);

describe('planPromptCaching', () => {
  it('leaves a single-call, single-trial scenario with a prefix of its own alone: a write would not pay', () => {
    const [hint] = plan([scenarioFixture({ system_prompt: 'Only mine.' })], PROMPT_CACHING_AUTO, 1);
    expect(hint).toBeUndefined();
  });

  it('caches the prefix and the conversation when another call, turn or trial re-sends them', () => {
    const withTools = scenarioFixture({ tools: [tool] }, 'tools');
    const scripted = scenarioFixture({ turns: [{ user: 'Hi' }, { user: 'And then?' }] }, 'turns');
    const trials = scenarioFixture({ trials: 3 }, 'trials');
    const hints = plan([withTools, scripted, trials], PROMPT_CACHING_AUTO, 1);
    for (const hint of hints) expect(hint).toMatchObject({ prefixReused: true, conversationReused: true });
    // The run's default trials count too.
    expect(plan([scenarioFixture()], PROMPT_CACHING_AUTO, 5)[0]).toBeDefined();
  });

  it('caches only the prefix of single-call scenarios that share model, system prompt and tools', () => {
    const shared = { system_prompt: 'The shop policy.', model: 'claude-sonnet-4-6', adapter: 'anthropic' as const };
    const hints = plan(
      [
        scenarioFixture({ ...shared, prompt: 'Refund?' }, 'a'),
        scenarioFixture({ ...shared, prompt: 'Exchange?' }, 'b'),
        scenarioFixture({ ...shared, model: 'claude-haiku-4-5', prompt: 'Other model' }, 'c'),
      ],
      PROMPT_CACHING_AUTO,
      1,
    );
    expect(hints[0]).toMatchObject({ prefixReused: true, conversationReused: false });
    expect(hints[1]).toMatchObject({ prefixReused: true, conversationReused: false });
    expect(hints[2]).toBeUndefined();
    // One key per scenario, not its name or path in clear.
    expect(hints[0]!.key).not.toBe(hints[1]!.key);
    expect(hints[0]!.key).toMatch(/^salvo-[0-9a-f]+$/);
  });

  it('obeys prompt_caching: the scenario over salvo.yaml, and the shells switch over both', () => {
    const own = scenarioFixture({ trials: 3, prompt_caching: 'off' }, 'own-off');
    const inherits = scenarioFixture({ trials: 3 }, 'inherits');
    const optsIn = scenarioFixture({ trials: 3, prompt_caching: 'auto' }, 'opts-in');
    const configured = plan([own, inherits, optsIn], { mode: 'off', forcedOff: false }, 1);
    expect(configured.map((hint) => hint !== undefined)).toEqual([false, false, true]);
    const forced = plan([own, inherits, optsIn], { mode: 'auto', forcedOff: true }, 1);
    expect(forced).toEqual([undefined, undefined, undefined]);
  });

  it('does not count an opted-out scenario as sharing a prefix', () => {
    const hints = plan(
      [
        scenarioFixture({ system_prompt: 'Same.' }, 'a'),
        scenarioFixture({ system_prompt: 'Same.', prompt_caching: 'off' }, 'b'),
      ],
      PROMPT_CACHING_AUTO,
      1,
    );
    expect(hints).toEqual([undefined, undefined]);
  });

  it('keeps prompt_caching out of the scenario hash: caching never changes what the model sees', () => {
    const plain = scenarioFixture({ trials: 2 });
    const off = scenarioFixture({ trials: 2, prompt_caching: 'off' });
    expect(hashScenario(off.scenario)).toBe(hashScenario(plain.scenario));
  });
});
