import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/core/scenario/schema.ts';

describe('scenario schema defaults', () => {
  it('fills the documented defaults for a minimal scenario', () => {
    const scenario = scenarioSchema.parse({ model: 'gpt-4o', prompt: 'hello' });
    expect(scenario).toMatchObject({
      adapter: 'openai',
      max_turns: 10,
      threshold: 0.8,
      tools: [],
      assertions: [],
      extras: {},
      system_prompt: '',
    });
  });

  it('rejects unknown fields instead of ignoring them', () => {
    const result = scenarioSchema.safeParse({ model: 'gpt-4o', prompt: 'hello', modle: 'x' });
    expect(result.success).toBe(false);
  });
});
