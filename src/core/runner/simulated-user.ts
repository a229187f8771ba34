import { estimateCost } from '../cost/index.ts';
import { SalvoError, isSalvoError } from '../errors.ts';
import { addUsage, emptyUsage, type ModelClient, type ModelRequest, type ToolDefinition } from '../model-client.ts';
import type { Price } from '../scenario/project-config-schema.ts';
import type { UserSimulator } from '../scenario/schema.ts';
import type { ConversationEnd, SimulatorFinishReason, SimulatorUsage, TraceMessage } from '../trace.ts';
import { untilAborted } from './trial-signal.ts';

/** The tool the simulator calls to end the conversation instead of writing a message. */
export const FINISH_TOOL = 'finish';
const FINISH_REASONS: readonly SimulatorFinishReason[] = ['goal_met', 'gave_up', 'off_track'];

/** The simulator's client and model for a scenario, or why there is none (no model anywhere). */
export type SimulatorChoice = { client: ModelClient; model: string } | { missing: string };

/** What the conversation loop asks of its user: the next message, or why there is none (null: the script ended). */
export type NextUserMessage = { message: string } | { end: ConversationEnd | null };

/**
 * The simulated user of one trial: a model given the persona, the goal and the conversation so far,
 * which answers as the user or calls `finish`. Its tokens and cost are counted apart from the agent's.
 */
export class SimulatedUser {
  private readonly spec: UserSimulator;
  private readonly choice: SimulatorChoice | undefined;
  private readonly prices: Record<string, Price>;
  private usage = emptyUsage();
  private calls = 0;

  constructor(spec: UserSimulator, choice: SimulatorChoice | undefined, prices: Record<string, Price>) {
    this.spec = spec;
    this.choice = choice;
    this.prices = prices;
  }

  /** The message of user turn `userTurn` (1-based), given the conversation so far. */
  async next(userTurn: number, messages: readonly TraceMessage[], signal: AbortSignal): Promise<NextUserMessage> {
    if (userTurn > this.spec.max_user_turns) return { end: { by: 'max_user_turns', max_user_turns: userTurn - 1 } };
    if (userTurn === 1 && this.spec.opening !== undefined) return { message: this.spec.opening };
    const { client, model } = this.ready();
    const request = simulatorRequest(this.spec, model, messages, signal);
    let turn;
    try {
      turn = await untilAborted(client.complete(request), signal);
    } catch (error) {
      throw inUserTurn(error, userTurn);
    }
    this.calls += 1;
    this.usage = addUsage(this.usage, turn.usage);
    const finish = turn.toolCalls.find((call) => call.name === FINISH_TOOL);
    if (finish) return { end: finishedBy(finish.arguments) };
    const text = turn.text?.trim() ?? '';
    if (text === '')
      throw new SalvoError(
        'E_SIMULATOR',
        `the simulated user wrote no message for user turn ${userTurn} and did not call ${FINISH_TOOL}`,
        { hint: 'check the simulator model; a small model may need a plainer persona and goal' },
      );
    return { message: text };
  }

  /** Its tokens and cost on this trial; null when it was never asked (an opening, then an agent limit). */
  usageRecord(): SimulatorUsage | null {
    if (this.calls === 0 || !this.choice || 'missing' in this.choice) return null;
    const { model } = this.choice;
    return {
      model,
      calls: this.calls,
      input_tokens: this.usage.inputTokens,
      output_tokens: this.usage.outputTokens,
      cost_usd: estimateCost(model, this.usage, this.prices),
    };
  }

  private ready(): { client: ModelClient; model: string } {
    if (!this.choice) throw new SalvoError('E_SIMULATOR', 'this run cannot drive a simulated user');
    if ('missing' in this.choice) throw new SalvoError('E_SIMULATOR', this.choice.missing);
    return this.choice;
  }
}

/** A stale recording or a provider failure names the user turn the simulator was asked for. */
function inUserTurn(error: unknown, userTurn: number): unknown {
  if (isSalvoError(error) && error.code !== 'E_CANCELLED')
    error.message = `simulated user, user turn ${userTurn}: ${error.message}`;
  return error;
}

function finishedBy(args: Record<string, unknown> | null): ConversationEnd {
  const reason = args?.reason;
  if (!FINISH_REASONS.includes(reason as SimulatorFinishReason)) {
    throw new SalvoError(
      'E_SIMULATOR',
      `the simulated user called ${FINISH_TOOL} with reason ${JSON.stringify(reason)}; ` +
        `expected one of ${FINISH_REASONS.join(', ')}`,
    );
  }
  const note = typeof args?.note === 'string' && args.note.trim() !== '' ? args.note.trim() : null;
  return { by: 'simulator', reason: reason as SimulatorFinishReason, note };
}

export const finishTool: ToolDefinition = {
  name: FINISH_TOOL,
  description: 'Ends the conversation instead of writing another message.',
  parameters: {
    type: 'object',
    properties: {
      reason: {
        type: 'string',
        enum: [...FINISH_REASONS],
        description:
          'goal_met: you got what you wanted; gave_up: you stop trying; off_track: the agent lost the thread',
      },
      note: { type: 'string', description: 'One sentence: why you are ending the conversation.' },
    },
    required: ['reason'],
  },
};

/** Instructions as the system prompt, the conversation so far as the one message: what the simulator reads. */
export function simulatorRequest(
  spec: UserSimulator,
  model: string,
  messages: readonly TraceMessage[],
  signal?: AbortSignal,
): ModelRequest {
  const conversation = transcript(messages, spec.show_tool_calls);
  const ask =
    conversation === ''
      ? 'The conversation has not started yet. Write your first message to the agent.'
      : `THE CONVERSATION SO FAR:\n${conversation}\n\nWrite your next message to the agent, or call ${FINISH_TOOL}.`;
  return {
    system: instructions(spec),
    messages: [{ role: 'user', content: ask }],
    tools: [finishTool],
    settings: { model, extras: {} },
    ...(signal ? { signal } : {}),
  };
}

function instructions(spec: UserSimulator): string {
  const lines = [
    'You play a user talking to an AI agent, to test that agent. Stay in character; never play the agent.',
    `PERSONA: ${spec.persona}`,
    `GOAL: ${spec.goal}`,
  ];
  if (spec.stop_when) lines.push(`STOP WHEN: ${spec.stop_when}`);
  lines.push(
    "Write only the user's next message, in the first person, as this user would type it.",
    `When you are done (goal met, you give up, or the agent went off track), call ${FINISH_TOOL} instead of writing.`,
  );
  return lines.join('\n');
}

/** The conversation as the user saw it: their messages and the agent's replies; tool traffic only when asked. */
function transcript(messages: readonly TraceMessage[], showToolCalls: boolean): string {
  const lines: string[] = [];
  for (const message of messages) {
    if (message.role === 'user') lines.push(`USER: ${message.content ?? ''}`);
    if (message.role === 'assistant' && message.content) lines.push(`AGENT: ${message.content}`);
    if (!showToolCalls) continue;
    if (message.role === 'assistant')
      for (const call of message.tool_calls ?? [])
        lines.push(`AGENT CALLED ${call.name}(${call.arguments ? JSON.stringify(call.arguments) : ''})`);
    if (message.role === 'tool') lines.push(`TOOL ${message.tool_name ?? '?'} ANSWERED: ${message.content ?? ''}`);
  }
  return lines.join('\n');
}
