/** Shared set-up for provider tests: a fake server whose replies are scripted per test, and a tiny tool loop. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type {
  ConversationMessage,
  GenerationSettings,
  ModelClient,
  ModelRequest,
  ModelTurn,
  ToolDefinition,
} from '../../src/core/model-client.ts';
import { createModelClient, type ProviderSettings } from '../../src/providers/registry.ts';
import {
  simpleAgentReply,
  startFakeLlmServer,
  type FakeLlmRequest,
  type FakeLlmServer,
  type FakeReply,
} from '../fakes/llm-server.ts';

export interface ScriptedServer {
  server: FakeLlmServer;
  /** Replies served in order; when they run out, simpleAgentReply answers. */
  script(...replies: FakeReply[]): void;
  seen: FakeLlmRequest[];
  /** Bodies of the requests recorded since the last reset. */
  bodies(): Record<string, unknown>[];
}

export function useScriptedServer(): ScriptedServer {
  const queue: FakeReply[] = [];
  const kit = {
    server: undefined as unknown as FakeLlmServer,
    seen: [] as FakeLlmRequest[],
    script: (...replies: FakeReply[]) => void queue.push(...replies),
    bodies: () => kit.server.requests.map((request) => request.body as Record<string, unknown>),
  };
  beforeAll(async () => {
    kit.server = await startFakeLlmServer({
      reply: (request) => {
        kit.seen.push(request);
        return queue.shift() ?? simpleAgentReply(request);
      },
    });
  });
  beforeEach(() => {
    queue.length = 0;
    kit.seen.length = 0;
    kit.server.requests.length = 0;
  });
  afterAll(() => kit.server.close());
  return kit;
}

export const weatherTool: ToolDefinition = {
  name: 'get_weather',
  description: 'Current weather for a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};
export const timeTool: ToolDefinition = {
  name: 'get_time',
  description: 'Current time',
  parameters: { type: 'object', properties: {}, required: [] },
};

export async function clientFor(
  kit: ScriptedServer,
  adapter: 'openai' | 'anthropic',
  overrides: Partial<ProviderSettings> = {},
): Promise<ModelClient> {
  return createModelClient(adapter, {
    apiKey: adapter === 'openai' ? 'sk-test-openai-key' : 'sk-ant-test-key',
    baseUrl: adapter === 'openai' ? kit.server.openaiBaseUrl : kit.server.anthropicBaseUrl,
    keySource: adapter === 'openai' ? 'environment variable OPENAI_API_KEY' : 'environment variable ANTHROPIC_API_KEY',
    maxRetries: 0,
    ...overrides,
  });
}

export function requestFor(
  model: string,
  options: Omit<Partial<ModelRequest>, 'settings'> & { settings?: Partial<GenerationSettings> } = {},
): ModelRequest {
  return {
    system: options.system ?? 'You are a weather bot.',
    messages: options.messages ?? [{ role: 'user', content: 'Weather in Oslo?' }],
    tools: options.tools ?? [weatherTool],
    settings: { model, extras: {}, ...options.settings },
  };
}

/** What the runner does after a turn: append it, and answer every tool call (errors for unusable arguments). */
export function continueConversation(
  messages: ConversationMessage[],
  turn: ModelTurn,
  results: Record<string, string> = {},
): ConversationMessage[] {
  const next: ConversationMessage[] = [
    ...messages,
    { role: 'assistant', content: turn.text, toolCalls: turn.toolCalls, providerState: turn.providerState },
  ];
  for (const call of turn.toolCalls) {
    next.push(
      call.argumentsError
        ? { role: 'tool', toolCallId: call.id, toolName: call.name, content: call.argumentsError, isError: true }
        : { role: 'tool', toolCallId: call.id, toolName: call.name, content: results[call.name] ?? `${call.name} ok` },
    );
  }
  return next;
}
