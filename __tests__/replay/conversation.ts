import type {
  ConversationMessage,
  ModelClient,
  ModelRequest,
  ModelTurn,
  ToolDefinition,
} from '../../src/core/model-client.ts';
import { emptyUsage } from '../../src/core/model-client.ts';
import type { RecordingRedactor } from '../../src/core/recording/fingerprint.ts';

/** A conversation as a scenario describes it, reduced to what reaches the model. */
export interface ConversationSpec {
  model: string;
  system?: string;
  prompt: string;
  tools: { name: string; description?: string; mock: string }[];
  temperature?: number;
}

/**
 * The runner's multi-turn loop in miniature (the real one lives on the runner
 * branch): ask, feed each tool call its mock, hand providerState back, stop on
 * a reply without tool calls.
 */
export async function converse(client: ModelClient, spec: ConversationSpec, maxTurns = 5): Promise<ModelTurn[]> {
  const messages: ConversationMessage[] = [{ role: 'user', content: spec.prompt }];
  const tools: ToolDefinition[] = spec.tools.map((tool) => ({
    name: tool.name,
    description: tool.description ?? `the ${tool.name} tool`,
    parameters: { type: 'object', properties: {}, required: [] },
  }));
  const turns: ModelTurn[] = [];
  for (let index = 0; index < maxTurns; index += 1) {
    const request: ModelRequest = {
      ...(spec.system ? { system: spec.system } : {}),
      messages: [...messages],
      tools,
      settings: {
        model: spec.model,
        extras: {},
        ...(spec.temperature !== undefined ? { temperature: spec.temperature } : {}),
      },
    };
    const turn = await client.complete(request);
    turns.push(turn);
    messages.push({
      role: 'assistant',
      content: turn.text,
      toolCalls: turn.toolCalls,
      providerState: turn.providerState,
    });
    if (turn.toolCalls.length === 0) break;
    for (const call of turn.toolCalls) {
      const mock = spec.tools.find((tool) => tool.name === call.name)?.mock ?? 'no mock';
      messages.push({ role: 'tool', toolCallId: call.id, toolName: call.name, content: mock });
    }
  }
  return turns;
}

/**
 * A model stand-in behind the ModelClient seam, behaving like the fake LLM
 * server's simpleAgentReply: first turn calls every tool, then answers with
 * text quoting the tool results. Counts its calls so tests can prove replay
 * made none. `say` lets a test make the "model" echo something (a key).
 */
export class ScriptedModel implements ModelClient {
  readonly provider = 'openai';
  calls = 0;
  private nextId = 0;
  private readonly say: (request: ModelRequest) => string;
  constructor(say: (request: ModelRequest) => string = () => '') {
    this.say = say;
  }

  async complete(request: ModelRequest): Promise<ModelTurn> {
    this.calls += 1;
    const turn = request.messages.filter((message) => message.role === 'assistant').length;
    await new Promise((resolve) => setImmediate(resolve));
    const base = {
      usage: { ...emptyUsage(), inputTokens: 100 + turn, outputTokens: 10 },
      rawFinishReason: null,
      model: `${request.settings.model}-2026-01-01`,
      requestId: `req_${this.calls}`,
      latencyMs: 250 + turn,
      retries: 0,
      raw: { secret: 'body' },
    };
    if (turn === 0 && request.tools.length > 0) {
      return {
        ...base,
        text: null,
        finishReason: 'tool_calls',
        toolCalls: request.tools.map((tool) => ({
          id: `call_${this.nextId++}`,
          name: tool.name,
          arguments: { echo: this.say(request) },
        })),
      };
    }
    const results = request.messages.flatMap((message) => (message.role === 'tool' ? [message.content] : []));
    return {
      ...base,
      text: `Done: ${results.join('; ')} ${this.say(request)}`.trim(),
      finishReason: 'stop',
      toolCalls: [],
    };
  }
}

/** Stand-in for createRedactor (runner branch): literal secrets and the sk- key pattern. */
export function testRedactor(secrets: string[]): RecordingRedactor {
  const text = (value: string): string => {
    let result = value;
    for (const secret of secrets) result = result.split(secret).join('[REDACTED]');
    return result.replace(/sk-[A-Za-z0-9]{20,}/g, '[REDACTED]');
  };
  const deep = <T>(value: T): T => {
    if (typeof value === 'string') return text(value) as T;
    if (Array.isArray(value)) return value.map(deep) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, deep(entry)])) as T;
    }
    return value;
  };
  return { text, deep };
}
