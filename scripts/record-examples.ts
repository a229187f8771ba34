// Re-creates the recordings shipped under examples/__recordings__/ so that a
// fresh clone runs every example with no key (`npx salvo run examples`).
//
// The replies are NOT from a real model: this starts salvo's loopback fake LLM
// server (__tests__/fakes/llm-server.ts), serves the hand-written replies in
// scripts/example-scripts/replies.ts, and records the examples against it with
// the engine `salvo run --record` uses, labelling every recording's `source`
// as `"kind": "scripted"`. To record a real model instead, set a real key and
// run `salvo run --record examples`.
//
//   node scripts/record-examples.ts            (from the repository root)
import { basename, extname, resolve } from 'node:path';
import { startFakeLlmServer, type FakeLlmRequest, type FakeReply } from '../__tests__/fakes/llm-server.ts';
import { runEngine } from '../__tests__/helpers/run-engine.ts';
import { loadScenario } from '../src/core/scenario/load-scenario.ts';
import { nodeSourceReader } from '../src/io/node-source-reader.ts';
import { loadProject } from '../src/io/project.ts';
import { expandScenarioPaths } from '../src/io/scenario-files.ts';
import { exampleScripts, type ExampleScript } from './example-scripts/replies.ts';

export const SCRIPTED_LABEL =
  "scripted replies from salvo's fake LLM server (scripts/example-scripts/replies.ts); no real model produced this text";

const root = resolve(import.meta.dirname, '..');

/** Which script answers a request: the example whose prompt opens the conversation. */
async function scriptsByPrompt(): Promise<Map<string, ExampleScript>> {
  const project = await loadProject(root);
  const files = await expandScenarioPaths(['examples'], root);
  const byPrompt = new Map<string, ExampleScript>();
  for (const file of files) {
    const stem = basename(file, extname(file));
    const script = exampleScripts[stem];
    if (!script) throw new Error(`${file} has no scripted replies: add them to scripts/example-scripts/replies.ts`);
    const loaded = await loadScenario(file, { reader: nodeSourceReader, projectRoot: project.root, config: project.config });
    byPrompt.set(loaded.scenario.prompt, script);
  }
  return byPrompt;
}

const scripts = await scriptsByPrompt();
const server = await startFakeLlmServer({
  reply: (request: FakeLlmRequest): FakeReply =>
    scripts.get(request.firstUserMessage)?.(request) ?? { error: { status: 500, message: 'no script for this prompt' } },
});
try {
  // The fake server ignores keys; these placeholders only satisfy salvo's key check.
  const { results, recordings } = await runEngine({
    cwd: root,
    paths: ['examples'],
    record: { scriptedLabel: SCRIPTED_LABEL },
    keys: { openai: 'fake-server-placeholder', anthropic: 'fake-server-placeholder' },
    baseUrls: { openai: server.openaiBaseUrl, anthropic: server.anthropicBaseUrl },
  });
  for (const scenario of results.scenarios) console.log(`${scenario.verdict.padEnd(9)} ${scenario.file}  ${scenario.summary}`);
  for (const recording of recordings) console.log(`recorded ${recording.trials} trial(s) -> ${recording.file}`);
  if (results.scenarios.some((scenario) => scenario.status !== 'passed')) process.exitCode = 1;
} finally {
  await server.close();
}
