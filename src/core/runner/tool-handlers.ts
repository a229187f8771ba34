import { SalvoError } from '../errors.ts';
import type { ToolCall } from '../model-client.ts';
import type { ToolHandlerRunner } from '../ports.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ToolAnswer } from './tool-answers.ts';

/** The state a trial's tool handlers share, deep-copied from `state.initial` so trials never see each other's. */
export class TrialWorld {
  state: Record<string, unknown>;
  private readonly handlers: Map<string, string>;
  private readonly timeoutMs: number;

  constructor(scenario: Pick<Scenario, 'state' | 'tools'>) {
    this.state = structuredClone(scenario.state?.initial ?? {});
    this.handlers = new Map(
      scenario.tools.flatMap((tool) => (tool.handler === undefined ? [] : [[tool.name, tool.handler]])),
    );
    this.timeoutMs = (scenario.state?.handler_timeout_seconds ?? 5) * 1000;
  }

  /** True when the scenario has state or handlers, so the trace keeps the final state. */
  static isStateful(scenario: Pick<Scenario, 'state' | 'tools'>): boolean {
    return scenario.state !== undefined || scenario.tools.some((tool) => tool.handler !== undefined);
  }

  handles(call: ToolCall): boolean {
    return this.handlers.has(call.name);
  }

  /**
   * Answers a call with the tool's handler: its return value (strings as they are, the rest as JSON),
   * or, when it throws, a failed tool result with its message. The handler's state changes are kept
   * either way. A handler that cannot run or runs out of time throws, which errors the trial.
   */
  async answer(call: ToolCall, runner: ToolHandlerRunner | undefined, scenarioFile: string): Promise<ToolAnswer> {
    const handler = this.handlers.get(call.name) as string;
    if (!runner)
      throw new SalvoError('E_HANDLER', `tool '${call.name}' has a handler, but this run cannot execute handlers`);
    if (call.argumentsError !== undefined) {
      return {
        content: `error: the arguments for tool '${call.name}' are unusable: ${call.argumentsError}`,
        isError: true,
      };
    }
    const outcome = await runner.call({
      scenarioFile,
      handler,
      arguments: call.arguments,
      state: this.state,
      timeoutMs: this.timeoutMs,
    });
    this.state = outcome.state;
    if (outcome.kind === 'threw') return { content: outcome.message, isError: true };
    return {
      content: typeof outcome.result === 'string' ? outcome.result : JSON.stringify(outcome.result),
      isError: false,
    };
  }
}
