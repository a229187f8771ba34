import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderConversation } from '../../src/core/report/conversation.ts';
import { startFakeLlmServer, type FakeLlmRequest, type FakeReply } from '../fakes/llm-server.ts';
import { runEngine } from '../helpers/run-engine.ts';

/**
 * Tools answered by project code that changes the trial's state, and
 * assertions over the state they leave; through the real OpenAI SDK against
 * the loopback fake, then replayed offline (the handlers run again).
 */

const KEY = 'sk-test-0123456789abcdefghij';

const SHOP = `
export function lookupOrder({ order_id }, state) {
  const order = state.orders[order_id];
  if (!order) throw new Error('no order ' + order_id);
  return { order_id, ...order };
}
export function issueRefund({ order_id, amount_usd }, state) {
  state.refunds.push({ order_id, amount_usd });
  state.orders[order_id].status = 'refunded';
  return { refund_id: 'R-' + state.refunds.length, amount_usd };
}
export function hang() {
  for (;;) {}
}
`;

function scenarioYaml(extraTool = ''): string {
  return (
    `description: refund with state
model: gpt-4o-mini
prompt: Order A1234 arrived broken, refund it please.
threshold: 1
state:
  initial: {orders: {A1234: {status: delivered, total_usd: 89.99}}, refunds: []}
  handler_timeout_seconds: 1
tools:
  - name: lookup_order
    description: Fetch an order
    parameters: {type: object, properties: {order_id: {type: string}}, required: [order_id]}
    handler: ./fakes/shop.mjs#lookupOrder
  - name: issue_refund
    description: Refund an order
    parameters: {type: object, properties: {order_id: {type: string}, amount_usd: {type: number}}, ` +
    `required: [order_id, amount_usd]}
    handler: ./fakes/shop.mjs#issueRefund
${extraTool}assertions:
  - {type: state, expression: "length(refunds)", operator: eq, value: 1}
  - {type: state, expression: "orders.A1234.status", operator: eq, value: refunded}
  - {type: state, expression: "refunds[0].amount_usd", operator: eq, value: 89.99}
`
  );
}

/** Looks the order up (a wrong id first), then refunds a tenth of it: the end state shows the mistake. */
function careless(request: FakeLlmRequest): FakeReply {
  const script: FakeReply[] = [
    { toolCalls: [{ name: 'lookup_order', arguments: { order_id: 'A9999' } }] },
    { toolCalls: [{ name: 'lookup_order', arguments: { order_id: 'A1234' } }] },
    { toolCalls: [{ name: 'issue_refund', arguments: { order_id: 'A1234', amount_usd: 8.99 } }] },
    { text: 'Refunded.' },
  ];
  if (request.toolNames.includes('slow_tool') && request.turn === 0)
    return { toolCalls: [{ name: 'slow_tool', arguments: {} }] };
  return script[request.turn] ?? { text: 'Refunded.' };
}

describe('tools with state', () => {
  let dir: string;
  let live: Awaited<ReturnType<typeof runEngine>>;
  let results: FakeLlmRequest[];

  const runLive = async () => {
    const server = await startFakeLlmServer({
      reply: (request) => {
        results.push(request);
        return careless(request);
      },
    });
    try {
      return await runEngine({
        cwd: dir,
        paths: ['refund.yaml'],
        record: { scriptedLabel: null },
        keys: { openai: KEY },
        baseUrls: { openai: server.openaiBaseUrl },
      });
    } finally {
      await server.close();
    }
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'salvo-state-'));
    mkdirSync(join(dir, 'fakes'));
    writeFileSync(join(dir, 'fakes', 'shop.mjs'), SHOP);
    writeFileSync(join(dir, 'refund.yaml'), scenarioYaml());
    results = [];
    live = await runLive();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('feeds handler results and errors to the model and catches the wrong refund in the end state', () => {
    // Chat Completions has no error flag on tool results; the SDK driver marks a failed one in its text.
    expect(results[1]?.toolResults[0]?.content).toBe('Error: no order A9999');
    expect(results[3]?.toolResults[0]?.content).toBe('{"refund_id":"R-1","amount_usd":8.99}');
    const trial = live.results.scenarios[0]?.trials[0];
    expect(trial?.status).toBe('failed');
    expect(trial?.assertions.map((assertion) => [assertion.passed, assertion.reason])).toEqual([
      [true, 'length(refunds) = 1 is equal to 1'],
      [true, 'orders.A1234.status = "refunded" is equal to "refunded"'],
      [false, 'refunds[0].amount_usd = 8.99 is not equal to 89.99'],
    ]);
    const trace = live.store.traces[0]!;
    expect(
      trace.messages.filter((message) => message.role === 'tool').map((message) => message.is_error ?? false),
    ).toEqual([true, false, false]);
    expect(trace.final_state).toEqual({
      orders: { A1234: { status: 'refunded', total_usd: 89.99 } },
      refunds: [{ order_id: 'A1234', amount_usd: 8.99 }],
    });
    expect(renderConversation(trace)).toContain('Final state:\n  {\n    "orders": {');
  });

  it('replays offline by running the handlers again, and is stale when a handler answers differently', async () => {
    const replay = await runEngine({ cwd: dir, paths: ['refund.yaml'] });
    expect(replay.results.scenarios[0]?.mode).toBe('replay');
    expect(replay.results.scenarios[0]?.trials[0]?.assertions).toEqual(
      live.results.scenarios[0]?.trials[0]?.assertions,
    );
    expect(replay.store.traces[0]?.final_state).toEqual(live.store.traces[0]?.final_state);

    writeFileSync(
      join(dir, 'fakes', 'shop.mjs'),
      SHOP.replace("'R-' + state.refunds.length", "'RF-' + state.refunds.length"),
    );
    const stale = (await runEngine({ cwd: dir, paths: ['refund.yaml'] })).results.scenarios[0];
    expect(stale?.trials[0]?.error?.message).toContain(
      "stale at turn 4 (trial 1): the handler of tool 'issue_refund' returned " +
        'a different result for the call of model turn 3 (user turn 1): ' +
        'a handler must be deterministic, and its code and state.initial as recorded',
    );
  });

  it('errors the trial, with a clear message, when a handler never returns', async () => {
    writeFileSync(
      join(dir, 'refund.yaml'),
      scenarioYaml('  - {name: slow_tool, description: Never returns, handler: ./fakes/shop.mjs#hang}\n'),
    );
    const started = Date.now();
    const run = await runLive();
    const trial = run.results.scenarios[0]?.trials[0];
    expect(trial?.status).toBe('errored');
    expect(trial?.error?.code).toBe('E_HANDLER_TIMEOUT');
    expect(trial?.error?.message).toBe(
      "handler './fakes/shop.mjs#hang' did not return within 1s (it loops or waits forever); the trial was stopped",
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
