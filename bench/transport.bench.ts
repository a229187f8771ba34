// What the transport costs before salvo does anything: 3,000 POSTs of a bench-sized chat request, 8 in flight,
// against the bench's fake model, through node:http, Node's fetch and the OpenAI SDK over fetch. Each client runs in
// a process of its own (the fake in the same one, so both sides are counted alike): CPU, peak heap and RSS.
// `node bench/transport.bench.ts [rounds]` (default 2, clients alternated). bench/log/2026-12-07-issue-18-perf.md.
import { spawnSync } from 'node:child_process';
import { request, Agent } from 'node:http';
import OpenAI from 'openai';
import { startFakeModel } from './lib/fake-model.ts';
import { BENCH_OPENAI_KEY } from './lib/salvo-process.ts';

const CLIENTS = ['node:http', 'fetch', 'openai-sdk'] as const;
type Client = (typeof CLIENTS)[number];
const REQUESTS = 3000;
const IN_FLIGHT = 8;

const tools = [
  {
    type: 'function' as const,
    function: {
      name: 'lookup_order',
      description: 'Fetch an order by its id',
      parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
    },
  },
  { type: 'function' as const, function: { name: 'get_refund_policy', parameters: { type: 'object' } } },
];
const messagesFor = (worker: number, index: number) => [
  { role: 'system' as const, content: 'You are the support agent of an online shop. '.repeat(3) },
  { role: 'user' as const, content: `My order arrived broken, please refund it. Order B${worker}-${index}` },
];

async function measure(client: Client): Promise<void> {
  const fake = await startFakeModel({ delayMs: 0 });
  const url = new URL(`${fake.openaiBaseUrl}/chat/completions`);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${BENCH_OPENAI_KEY}` };
  const agent = new Agent({ keepAlive: true });
  const sdk = new OpenAI({ apiKey: BENCH_OPENAI_KEY, baseURL: fake.openaiBaseUrl, maxRetries: 0 });
  const send: Record<Client, (body: { model: string; messages: unknown[]; tools: unknown[] }) => Promise<unknown>> = {
    'node:http': (body) =>
      new Promise((resolve, reject) => {
        const text = JSON.stringify(body);
        const outgoing = request(
          url,
          { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(text) } },
          (incoming) => {
            let reply = '';
            incoming.setEncoding('utf8');
            incoming.on('data', (chunk: string) => (reply += chunk));
            incoming.on('end', () => resolve(JSON.parse(reply)));
          },
        );
        outgoing.on('error', reject);
        outgoing.end(text);
      }),
    fetch: async (body) => (await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })).json(),
    'openai-sdk': (body) => sdk.chat.completions.create(body as OpenAI.ChatCompletionCreateParamsNonStreaming),
  };
  let peakUsed = 0;
  let peakTotal = 0;
  const sampler = setInterval(() => {
    const memory = process.memoryUsage();
    peakUsed = Math.max(peakUsed, memory.heapUsed);
    peakTotal = Math.max(peakTotal, memory.heapTotal);
  }, 20);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async (_, worker) => {
      for (let index = 0; index < REQUESTS / IN_FLIGHT; index += 1)
        await send[client]({ model: 'gpt-4o-mini', messages: messagesFor(worker, index), tools });
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  await fake.close();
  agent.destroy();
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  console.log(
    `${client.padEnd(11)} ${REQUESTS} requests  wall ${(performance.now() - started).toFixed(0)} ms  ` +
      `CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms  heap used/total ${mb(peakUsed)} / ${mb(peakTotal)}  ` +
      `RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}

const client = process.argv[2];
if (CLIENTS.includes(client as Client)) {
  await measure(client as Client);
} else {
  const rounds = Number(process.argv[2] ?? 2);
  for (let round = 0; round < rounds; round += 1) {
    for (const each of CLIENTS) {
      spawnSync(process.execPath, [import.meta.filename, each], { stdio: 'inherit' });
    }
  }
}
