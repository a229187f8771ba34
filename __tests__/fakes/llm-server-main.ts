/**
 * Runs the fake LLM server on its own for manual runs and benchmarks:
 *   node __tests__/fakes/llm-server-main.ts --port 0 --delay-ms 50
 * prints one JSON line with the base URLs, serves simpleAgentReply until killed.
 */
import { parseArgs } from 'node:util';
import { startFakeLlmServer } from './llm-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, 'delay-ms': { type: 'string', default: '0' } },
});
const port = Number(values.port);
const delayMs = Number(values['delay-ms']);
if (!Number.isInteger(port) || port < 0 || !Number.isFinite(delayMs) || delayMs < 0) {
  console.error('usage: llm-server-main.ts [--port N] [--delay-ms N]');
  process.exit(2);
}
// Requests are not kept: a long benchmark must not grow the server's memory.
const server = await startFakeLlmServer({ port, delayMs, record: false });
console.log(JSON.stringify({ openaiBaseUrl: server.openaiBaseUrl, anthropicBaseUrl: server.anthropicBaseUrl }));
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
