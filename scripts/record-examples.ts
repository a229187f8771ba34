// Re-creates the recordings shipped under examples/__recordings__/ so that a
// fresh clone runs every example with no key (`npx salvo run examples`).
//
// The replies are NOT from a real model: this starts salvo's loopback fake LLM
// server (__tests__/fakes/llm-server.ts), serves the hand-written replies in
// scripts/example-scripts/replies.ts, and runs
// `salvo run examples --record --record-label ...` against it, so every
// recording's `source` says `"kind": "scripted"`. To record a real model instead, set a real key and
// run `salvo run --record examples`.
//
//   node scripts/record-examples.ts            (from the repository root)
import { spawn } from 'node:child_process';
import { basename, extname, resolve } from 'node:path';
import { startFakeLlmServer, type FakeLlmRequest, type FakeReply } from '../__tests__/fakes/llm-server.ts';
import { loadScenario } from '../src/core/scenario/load-scenario.ts';
import { userTurnsOf } from '../src/core/scenario/schema.ts';
import { nodeSourceReader } from '../src/node-adapters/node-source-reader.ts';
import { loadProject } from '../src/node-adapters/project.ts';
import { expandScenarioPaths } from '../src/node-adapters/scenario-files.ts';
import {
  exampleJudgeVotes,
  exampleScripts,
  exampleSimulatorScripts,
  type ExampleScript,
} from './example-scripts/replies.ts';

export const SCRIPTED_LABEL =
  "scripted replies from salvo's fake LLM server (scripts/example-scripts/replies.ts); " +
  'no real model produced this text';

const root = resolve(import.meta.dirname, '..');

/** Which script answers a request: the example whose prompt opens the conversation. */
const stemsByPrompt = new Map<string, string>();
/** Which simulated user answers a simulator request (it offers `finish`): the example whose persona it plays. */
const personas = new Map<string, string>();

function simulatorReply(request: FakeLlmRequest): FakeReply {
  const stem = [...personas].find(([persona]) => request.system?.includes(persona))?.[1];
  const script = stem === undefined ? undefined : exampleSimulatorScripts[stem];
  return script?.(request) ?? { error: { status: 500, message: 'no simulated user scripted for this persona' } };
}

async function scriptsByPrompt(): Promise<Map<string, ExampleScript>> {
  const project = await loadProject(root);
  const files = await expandScenarioPaths(['examples'], root);
  const byPrompt = new Map<string, ExampleScript>();
  for (const file of files) {
    const stem = basename(file, extname(file));
    const script = exampleScripts[stem];
    if (!script) throw new Error(`${file} has no scripted replies: add them to scripts/example-scripts/replies.ts`);
    const loaded = await loadScenario(file, {
      reader: nodeSourceReader,
      projectRoot: project.root,
      config: project.config,
    });
    const { user_simulator: simulator } = loaded.scenario;
    const firstMessage = simulator ? simulator.opening : userTurnsOf(loaded.scenario)[0]!.user;
    if (firstMessage === undefined) throw new Error(`${file}: give the simulated user an opening to script the agent`);
    byPrompt.set(firstMessage, script);
    stemsByPrompt.set(firstMessage, stem);
    if (simulator) personas.set(simulator.persona, stem);
  }
  return byPrompt;
}

/**
 * Judge requests (they offer score_criteria) quote the example's prompt in a data block; their votes are served in
 * turn.
 */
const votesServed = new Map<string, number>();
function judgeReply(request: FakeLlmRequest): FakeReply {
  const stem = [...stemsByPrompt].find(([prompt]) => request.firstUserMessage.includes(prompt))?.[1];
  const votes = stem === undefined ? undefined : exampleJudgeVotes[stem];
  if (!stem || !votes) return { error: { status: 500, message: 'no judge votes scripted for this example' } };
  const served = votesServed.get(stem) ?? 0;
  votesServed.set(stem, served + 1);
  return votes[served % votes.length]!;
}

const scripts = await scriptsByPrompt();
const server = await startFakeLlmServer({
  reply: (request: FakeLlmRequest): FakeReply =>
    request.toolNames.includes('score_criteria')
      ? judgeReply(request)
      : request.toolNames.includes('finish')
        ? simulatorReply(request)
        : (scripts.get(request.firstUserMessage)?.(request) ?? {
            error: { status: 500, message: 'no script for this prompt' },
          }),
});
try {
  // The fake server ignores keys; these placeholders only satisfy salvo's key check.
  const env = {
    ...process.env,
    OPENAI_API_KEY: 'fake-server-placeholder',
    ANTHROPIC_API_KEY: 'fake-server-placeholder',
    OPENAI_BASE_URL: server.openaiBaseUrl,
    ANTHROPIC_BASE_URL: server.anthropicBaseUrl,
  };
  const args = [
    resolve(root, 'src/cli/index.ts'),
    'run',
    'examples',
    '--record',
    '--record-label',
    SCRIPTED_LABEL,
    '--trials',
    '1',
  ];
  process.exitCode = await new Promise<number>((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', fail);
    child.on('close', (code) => done(code ?? 1));
  });
} finally {
  await server.close();
}
