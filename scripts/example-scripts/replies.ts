import type { FakeLlmRequest, FakeReply } from '../../__tests__/fakes/llm-server.ts';

/**
 * Hand-written replies for each example in examples/, served by salvo's fake
 * LLM server when `scripts/record-examples.ts` records them. They play a
 * well-behaved agent so that a fresh clone shows every example running end to
 * end. No real model wrote them, and the recordings say so.
 *
 * Each script is keyed by the example's file stem and picks its reply from the
 * turn number alone, so it never depends on the order of requests.
 */
export type ExampleScript = (request: FakeLlmRequest) => FakeReply;

/** Token counts of the same order as a small model's, so cost and budgets look like a real run. */
const usage = (turn: number, output: number) => ({ input: 420 + turn * 160, output });

/** Reported as the model id of every reply, so no turn claims that the scenario's model wrote it. */
export const SCRIPTED_MODEL_ID = 'scripted-by-salvo-fake-llm-server';

function byTurn(replies: FakeReply[]): ExampleScript {
  return (request) => {
    const reply = replies[request.turn];
    if (!reply) return { error: { status: 500, message: `the script has no reply for turn ${request.turn}` } };
    return 'error' in reply ? reply : { ...reply, model: SCRIPTED_MODEL_ID };
  };
}

export const exampleScripts: Record<string, ExampleScript> = {
  // Its tools are answered by the handlers in examples/_shared/shop.mjs, which change the trial's state.
  'shop-refund-state': byTurn([
    { toolCalls: [{ name: 'lookup_order', arguments: { order_id: 'A1234' } }], usage: usage(0, 18) },
    { toolCalls: [{ name: 'issue_refund', arguments: { order_id: 'A1234', amount_usd: 89.99 } }], usage: usage(1, 26) },
    {
      text: "I'm sorry your order arrived broken. I've refunded the full 89.99 USD (refund R-5521).",
      usage: usage(2, 27),
    },
  ]),

  // A scripted conversation: model turns count across user turns (0 in user turn 1, 1-2 in turn 2, 3-4 in turn 3).
  'airline-move-flight': byTurn([
    { text: 'I can help with that. What is your booking code?', usage: usage(0, 14) },
    { toolCalls: [{ name: 'find_booking', arguments: { code: 'ZX81Q' } }], usage: usage(1, 18) },
    {
      text: 'I found booking ZX81Q: flight AZ204 from Milan Linate to Rome on Wednesday. Shall I move it to Friday?',
      usage: usage(2, 30),
    },
    { toolCalls: [{ name: 'change_flight', arguments: { code: 'ZX81Q', day: 'Friday' } }], usage: usage(3, 20) },
    { text: 'Done: booking ZX81Q is now on flight AZ210 on Friday, confirmed.', usage: usage(4, 19) },
  ]),

  // The agent's side of a conversation with a simulated user (its replies are in exampleSimulatorScripts).
  'shop-simulated-customer': byTurn([
    {
      text: "I'm sorry it arrived broken. I can ship a replacement today or refund you: which would you prefer?",
      usage: usage(0, 24),
    },
    { toolCalls: [{ name: 'ship_replacement', arguments: { order_id: 'A1234' } }], usage: usage(1, 18) },
    { text: 'Done: a replacement for A1234 ships today (shipment S-7731).', usage: usage(2, 19) },
  ]),

  'plain-question': byTurn([{ text: 'The capital city of Australia is Canberra.', usage: usage(0, 11) }]),

  'support-refund': byTurn([
    { toolCalls: [{ name: 'lookup_order', arguments: { order_id: 'A1234' } }], usage: usage(0, 18) },
    { toolCalls: [{ name: 'get_refund_policy', arguments: { reason: 'damaged' } }], usage: usage(1, 17) },
    {
      toolCalls: [{ name: 'issue_refund', arguments: { order_id: 'A1234', amount_usd: 89.99, reason: 'damaged' } }],
      usage: usage(2, 31),
    },
    {
      text:
        "I'm sorry your order A1234 arrived damaged. I've issued a full refund of 89.99 USD to your original " +
        'payment method (refund R-5521); you do not need to send the mugs back.',
      usage: usage(3, 52),
    },
  ]),

  'travel-parallel-tools': byTurn([
    {
      toolCalls: [
        { name: 'get_weather_forecast', arguments: { city: 'Lisbon' } },
        { name: 'get_flight_status', arguments: { flight_number: 'TP1357' } },
      ],
      usage: usage(0, 40),
    },
    {
      text:
        'Expect light rain in Lisbon tomorrow afternoon (70% chance, 17 °C). ' +
        'Your flight TP1357 is on time, leaving at 09:40 from gate B12.',
      usage: usage(1, 38),
    },
  ]),

  'coding-agent-fix-bug': byTurn([
    { toolCalls: [{ name: 'read_file', arguments: { path: 'utils/paginate.py' } }], usage: usage(0, 20) },
    {
      toolCalls: [
        {
          name: 'write_file',
          arguments: {
            path: 'utils/paginate.py',
            content:
              'def paginate(items, page, size):\n    """Return the items of one zero-based page."""\n' +
              '    start = page * size\n    return items[start:start + size]\n',
          },
        },
      ],
      usage: usage(1, 64),
    },
    { toolCalls: [{ name: 'run_tests', arguments: { path: 'tests/test_paginate.py' } }], usage: usage(2, 22) },
    {
      text: 'I removed the off-by-one in utils/paginate.py (the slice now ends at start + size), and the tests pass.',
      usage: usage(3, 27),
    },
  ]),

  'checkout-payment-retry': byTurn([
    { toolCalls: [{ name: 'list_cards', arguments: {} }], usage: usage(0, 12) },
    {
      toolCalls: [
        {
          name: 'charge_card',
          arguments: { card_id: 'card_visa_4242', cart_id: 'C-88', amount: 42.5, currency: 'EUR' },
        },
      ],
      usage: usage(1, 34),
    },
    {
      text: 'Your Visa card was declined, so I am trying your Mastercard.',
      toolCalls: [
        { name: 'charge_card', arguments: { card_id: 'card_mc_5454', cart_id: 'C-88', amount: 42.5, currency: 'EUR' } },
      ],
      usage: usage(2, 46),
    },
    {
      text:
        'Your default Visa card ending in 4242 was declined (insufficient funds), ' +
        'so I charged 42.50 EUR for cart C-88 ' +
        'to your Mastercard ending in 5454 instead (charge ch_5001).',
      usage: usage(3, 44),
    },
  ]),

  'anthropic-research': byTurn([
    {
      toolCalls: [{ name: 'web_search', arguments: { query: 'Eiffel Tower completion date height' } }],
      usage: usage(0, 24),
    },
    {
      toolCalls: [{ name: 'fetch_page', arguments: { url: 'https://example.org/eiffel-tower' } }],
      usage: usage(1, 26),
    },
    {
      text:
        "The Eiffel Tower was completed in March 1889 for the World's Fair, when it stood 312 m tall (300 m without " +
        'the flagpole). Source: https://example.org/eiffel-tower',
      usage: usage(2, 48),
    },
  ]),
};

/** One judge vote as a forced score_criteria call, the way salvo asks for it. */
function judgeVote(scores: Record<string, [number, string]>): FakeReply {
  const entries = Object.entries(scores).map(([criterion, [score, reason]]) => ({ criterion, score, reason }));
  return {
    toolCalls: [{ name: 'score_criteria', arguments: { scores: entries } }],
    usage: { input: 900, output: 60 },
    model: SCRIPTED_MODEL_ID,
  };
}

/**
 * The judge's votes on the examples that have judge assertions, scripted like
 * the agent's replies (served in order to the k votes of each request). One
 * dissenting vote shows what a split looks like in reports.
 */
export const exampleJudgeVotes: Record<string, FakeReply[]> = {
  'support-refund': [
    judgeVote({
      empathy: [1, 'Apologises for the damaged mug first'],
      clarity: [1, 'Gives the 18.50 USD amount and the original card'],
    }),
    judgeVote({
      empathy: [0.9, 'Acknowledges the damage and apologises'],
      clarity: [0.8, 'States the amount; the card is implied'],
    }),
    judgeVote({ empathy: [0.4, 'The apology is brief'], clarity: [0.5, 'Does not say when the money arrives'] }),
  ],
  'anthropic-research': [
    judgeVote({ grounded: [1, 'Height and source match the fetched page'], concise: [1, 'Two sentences'] }),
    judgeVote({ grounded: [0.9, 'The figure is on the page'], concise: [1, 'Short answer'] }),
    judgeVote({ grounded: [1, 'Cites the page it fetched'], concise: [0.8, 'Slightly wordy'] }),
  ],
};

/**
 * The simulated users of the examples that have one, keyed by file stem: each picks its reply from the agent
 * replies it has seen so far (the `AGENT:` lines of the conversation salvo shows it).
 */
export const exampleSimulatorScripts: Record<string, ExampleScript> = {
  'shop-simulated-customer': (request) => {
    const agentReplies = (request.userMessages[0] ?? '').split('\n').filter((line) => line.startsWith('AGENT:'));
    const usageOfSimulator = { input: 310 + agentReplies.length * 60, output: 16 };
    if (agentReplies.length < 2)
      return {
        text: "A replacement, please. And no, you can't have my phone number.",
        usage: usageOfSimulator,
        model: SCRIPTED_MODEL_ID,
      };
    return {
      toolCalls: [
        { name: 'finish', arguments: { reason: 'goal_met', note: 'The agent confirmed a replacement ships today.' } },
      ],
      usage: usageOfSimulator,
      model: SCRIPTED_MODEL_ID,
    };
  },
};
