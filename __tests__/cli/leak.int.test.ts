import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleAgentReply, startFakeLlmServer, type FakeLlmServer } from '../fakes/llm-server.ts';
import {
  escapedArguments,
  filesBelow,
  findLeaks,
  PLANTED,
  plantedErrorBody,
  plantedMockText,
  plantedReplyText,
} from '../helpers/leak-check.ts';
import { runCli, type CliRun } from '../helpers/run-cli.ts';

// The CLI as a process against the loopback fake, with distinct secrets planted in the environment and in
// mocks, prompts, names, replies, tool arguments, provider error bodies, assertion values, a base URL and
// --record-label, literally and encoded. None may show in any file salvo writes or anything it prints.

let server: FakeLlmServer;
let dir: string;
/** The files the test wrote (the planted secrets' sources); everything else below `dir` salvo wrote. */
let inputs: string[];
const runs: Record<string, CliRun> = {};

const reply = (request: Parameters<typeof simpleAgentReply>[0]) => {
  if (request.firstUserMessage.includes('HTMLERROR'))
    return { error: { status: 400, message: 'unused', rawBody: plantedErrorBody() } };
  if (request.firstUserMessage.includes('LEAKCHECK')) {
    if (request.turn === 0) {
      return {
        toolCalls: [
          { name: 'lookup', arguments: { query: PLANTED.toolArgToken } },
          { name: 'lookup', arguments: escapedArguments(PLANTED.escapedToken) },
        ],
      };
    }
    const results = request.toolResults.map((result) => result.content).join(' | ');
    return { text: `${plantedReplyText()} tools said: ${results} (auth was ${request.headers.authorization ?? ''})` };
  }
  return simpleAgentReply(request);
};

const leakScenario = (
  adapter: 'openai' | 'anthropic',
  keyword: string,
) => `description: "leak check ${PLANTED.nameToken} \\x1b[2J (${keyword})"
adapter: ${adapter}
model: ${adapter === 'openai' ? 'gpt-4o-mini' : 'claude-haiku-4-5'}
system_prompt: "system ${PLANTED.promptSecret}"
prompt: "${keyword} ${PLANTED.promptSecret}"
tools:
  - name: lookup
    description: Looks things up.
    mock_response: ${JSON.stringify(plantedMockText())}
assertions:
  - type: output_contains
    value: "${'x'.repeat(45)} ${PLANTED.labelSecret} and more"
  - type: tool_called
    tool: lookup
    arguments: { query: "${'q'.repeat(40)}${PLANTED.labelSecret}" }
`;

const env = () => ({
  OPENAI_API_KEY: PLANTED.openaiKey,
  ANTHROPIC_API_KEY: PLANTED.anthropicKey,
  OPENAI_BASE_URL: server.openaiBaseUrl,
  // The anthropic scenario goes through a gateway URL with credentials: refused, never quoted.
  ANTHROPIC_BASE_URL: server.anthropicBaseUrl.replace(
    'http://',
    `http://${PLANTED.baseUrlUser}:${PLANTED.baseUrlPassword}@`,
  ),
  MOCK_PASSWORD: PLANTED.mockPassword,
  URLENC_SECRET: PLANTED.urlEncodedSecret,
  BASE64_SECRET: PLANTED.base64Secret,
  BASIC_PASSWORD: PLANTED.basicPassword,
  PROMPT_SECRET: PLANTED.promptSecret,
  NAME_TOKEN: PLANTED.nameToken,
  REPLY_SECRET: PLANTED.replySecret,
  TOOLARG_TOKEN: PLANTED.toolArgToken,
  ESCAPED_TOKEN: PLANTED.escapedToken,
  ERROR_PASSWORD: PLANTED.errorPassword,
  LABEL_SECRET: PLANTED.labelSecret,
  RECORD_LABEL_TOKEN: PLANTED.recordLabelToken,
  LOCAL_API_KEY: 'local',
});

const planted = Object.values(PLANTED);

beforeAll(async () => {
  server = await startFakeLlmServer({ reply });
  dir = mkdtempSync(join(tmpdir(), 'salvo-leak-'));
  const files: Record<string, string> = {
    'salvo.yaml': 'scenarios_dir: checks\nredaction_patterns: ["ACME-[0-9]{6}"]\n',
    'checks/leak.yaml': leakScenario('openai', 'LEAKCHECK'),
    'checks/html-error.yaml': leakScenario('openai', 'HTMLERROR'),
    'checks/gateway.yaml': leakScenario('anthropic', 'LEAKCHECK'),
    'invalid/bad.yaml':
      `prompt: hi\nmodel: gpt-4o-mini\ntimeout_seconds: "${PLANTED.errorPassword}"\n` +
      `max_turns: "${PLANTED.labelSecret}${'z'.repeat(50)}"\n`,
  };
  inputs = Object.keys(files);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const cli = (args: string[]) => runCli(args, { cwd: dir, env: env() });
  runs.run = await cli(['run', '--junit', 'junit.xml']);
  runs.json = await cli(['run', '--json']);
  runs.record = await cli([
    'run',
    'checks/leak.yaml',
    '--record',
    '--record-label',
    `fixtures by ${PLANTED.recordLabelToken}`,
  ]);
  runs.report = await cli(['report']);
  runs.reportJson = await cli(['report', '--json']);
  runs.show = await cli(['show']);
  runs.reeval = await cli(['reeval']);
  runs.reevalJson = await cli(['reeval', '--json']);
  runs.validate = await cli(['validate', 'invalid']);
  runs.validateJson = await cli(['validate', '--json', 'invalid']);
  runs.invalidRun = await cli(['run', 'invalid']);
}, 240_000);

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('no planted secret leaves the CLI', () => {
  it('ran what it was asked to (the checks below would pass vacuously otherwise)', () => {
    expect(runs.run!.code, runs.run!.stderr).toBe(1);
    expect(runs.run!.stdout).toContain('leak check [REDACTED]');
    expect(runs.run!.stdout).toMatch(/^[A-Z ]+ {2}leak check \[REDACTED\]/m);
    expect(runs.record!.stderr + runs.record!.stdout).toContain('Recorded 1 trial -> checks/__recordings__/leak.json');
    expect(runs.validate!.code).toBe(1);
    expect(runs.invalidRun!.code).toBe(2);
    const stored = filesBelow(dir);
    expect(Object.keys(stored)).toEqual(expect.arrayContaining(['junit.xml', 'checks/__recordings__/leak.json']));
    expect(Object.keys(stored).filter((path) => path.includes('/traces/')).length).toBeGreaterThanOrEqual(4);
    expect(Object.values(stored).join('\n')).toContain('[REDACTED]');
  });

  it('in any trace, result, journal, recording or JUnit file', () => {
    const written = Object.fromEntries(Object.entries(filesBelow(dir)).filter(([path]) => !inputs.includes(path)));
    expect(findLeaks(written, planted)).toEqual([]);
  });

  it('in any progress line, table, --json document, report, show, reeval or validate output, or error', () => {
    const printed: Record<string, string> = {};
    for (const [name, run] of Object.entries(runs))
      Object.assign(printed, { [`${name} stdout`]: run.stdout, [`${name} stderr`]: run.stderr });
    expect(findLeaks(printed, planted)).toEqual([]);
  });

  it('nor a terminal control sequence a model or a scenario wrote', () => {
    for (const [name, run] of Object.entries(runs))
      expect(`${run.stdout}${run.stderr}`, name).not.toMatch(/[\x1b\x9b\x07]/);
  });

  it("refuses the gateway URL's credentials and says once which secret is too short to redact", () => {
    const results = JSON.parse(runs.json!.stdout) as {
      scenarios: { file: string; error?: { code: string; message: string } }[];
    };
    const gateway = results.scenarios.find((row) => row.file === 'checks/gateway.yaml');
    expect(JSON.stringify(gateway)).toContain('E_BASE_URL');
    expect(JSON.stringify(gateway)).toContain('base URL carries credentials (http://[REDACTED]@127.0.0.1');
    expect(runs.run!.stderr.match(/shorter than 8 characters/g)).toHaveLength(1);
    expect(runs.run!.stderr).toContain('(environment variable LOCAL_API_KEY)');
  });
});

describe('a secret equal to a field name', () => {
  it('leaves run, report and reeval working: values are redacted, keys never', async () => {
    const project = mkdtempSync(join(tmpdir(), 'salvo-fieldname-'));
    try {
      writeFileSync(
        join(project, 'one.yaml'),
        'prompt: Hello\nmodel: gpt-4o-mini\nassertions:\n  - type: turn_limit\n    max_turns: 3\n',
      );
      const fieldEnv = {
        OPENAI_API_KEY: PLANTED.openaiKey,
        OPENAI_BASE_URL: server.openaiBaseUrl,
        SOME_TOKEN: 'assertions',
        OTHER_SECRET: 'scenarios',
      };
      const run = await runCli(['run', 'one.yaml', '--json'], { cwd: project, env: fieldEnv });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).scenarios[0].trials[0].assertions).toHaveLength(1);
      const report = await runCli(['report'], { cwd: project, env: fieldEnv });
      expect(report.code, report.stderr).toBe(0);
      expect(report.stdout).toMatch(/^Total\s+1\/1 passed/m);
      const reeval = await runCli(['reeval', '--json'], { cwd: project, env: fieldEnv });
      expect(reeval.code, reeval.stderr).toBe(0);
      expect(JSON.parse(reeval.stdout).scenarios).toHaveLength(1);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
