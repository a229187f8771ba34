/**
 * A provider client leaves Node alone: the SDKs send with Node's own fetch,
 * and nothing salvo does replaces Node's fetch classes for the rest of the
 * process (the action's Octokit and artifact client use them too).
 */
import { describe, expect, it } from 'vitest';
import { clientFor, requestFor, useScriptedServer } from './provider-test-kit.ts';

const kit = useScriptedServer();

describe('Node globals after a provider client has run', () => {
  it("keeps Node's own fetch, Headers, Response and FormData, and FormData still builds", async () => {
    const before = {
      fetch: globalThis.fetch,
      Headers: globalThis.Headers,
      Response: globalThis.Response,
      Request: globalThis.Request,
      FormData: globalThis.FormData,
    };
    for (const adapter of ['openai', 'anthropic'] as const) {
      const client = await clientFor(kit, adapter);
      const turn = await client.complete(
        requestFor(adapter === 'openai' ? 'gpt-4o' : 'claude-sonnet-5-5', { tools: [] }),
      );
      expect(turn.finishReason).toBe('stop');
    }
    expect(kit.server.requests).toHaveLength(2);
    const after = {
      fetch: globalThis.fetch,
      Headers: globalThis.Headers,
      Response: globalThis.Response,
      Request: globalThis.Request,
      FormData: globalThis.FormData,
    };
    for (const [name, value] of Object.entries(after)) expect(value, name).toBe(before[name as keyof typeof before]);

    const form = new FormData();
    form.append('file', new Blob(['hello']), 'hello.txt');
    expect(form.get('file')).toBeInstanceOf(File);
    expect(await new Response(form).text()).toContain('hello');
  });
});
