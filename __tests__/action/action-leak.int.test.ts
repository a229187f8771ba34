import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeRuntimeToken, startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.ts';
import { startFakeGithub, type FakeGithub } from '../fakes/github-rest-server.ts';
import { simpleAgentReply, startFakeLlmServer, type FakeLlmServer } from '../fakes/llm-server.ts';
import {
  escapedArguments,
  findLeaks,
  PLANTED,
  plantedErrorBody,
  plantedMockText,
  plantedReplyText,
} from '../helpers/leak-check.ts';
import { joinPatterns } from '../helpers/join-patterns.ts';
import { runAction, type ActionRun } from '../helpers/run-action.ts';

// The bundled action (dist/index.js) as the runner runs it, with the workflow's secrets in its inputs and its
// environment (`env: DB_PASSWORD: ${{ secrets.DB_PASSWORD }}`) and more planted in mocks, prompts, names, replies,
// tool arguments and a provider's error body. None may reach the log (but the ::add-mask:: that registers it),
// the job summary, an annotation, an output, the results file, the PR comment or the uploaded artifact; and no
// scenario or provider text may become a runner command.

const scenario = (keyword: string) =>
  `description: "leak check ${PLANTED.nameToken}\\n::set-output name=failed::0\\n` +
  `::add-mask::Xdescription-mask\\n\\x1b[31m (${keyword})"
model: gpt-4.1-mini
system_prompt: "system ${PLANTED.promptSecret}"
prompt: "${keyword} ${PLANTED.promptSecret}"
tools:
  - name: lookup
    description: Looks things up.
    mock_response: ${JSON.stringify(`${plantedMockText()} account ACME-424242`)}
assertions:
  - type: output_contains
    value: "${'x'.repeat(45)} ${PLANTED.labelSecret} and more"
  - type: tool_called
    tool: lookup
    arguments: { query: "${'q'.repeat(40)}${PLANTED.labelSecret}" }
`;

const planted = Object.values(PLANTED).filter(
  (secret) =>
    secret !== PLANTED.baseUrlUser && secret !== PLANTED.baseUrlPassword && secret !== PLANTED.recordLabelToken,
);

describe('the action lets no planted secret out and obeys no planted command', () => {
  let root: string;
  let github: FakeGithub;
  let artifacts: FakeArtifactService;
  let llm: FakeLlmServer;
  let run: ActionRun;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'salvo-action-leak-'));
    [github, artifacts] = await Promise.all([startFakeGithub(), startFakeArtifactService()]);
    llm = await startFakeLlmServer({
      reply: (request) => {
        if (request.firstUserMessage.includes('HTMLERROR'))
          return { error: { status: 400, message: 'unused', rawBody: plantedErrorBody() } };
        if (request.turn === 0 && request.toolNames.length > 0) {
          return {
            toolCalls: [
              { name: 'lookup', arguments: { query: PLANTED.toolArgToken } },
              { name: 'lookup', arguments: escapedArguments(PLANTED.escapedToken) },
            ],
          };
        }
        if (request.toolResults.length > 0) {
          return {
            text:
              `${plantedReplyText()} tools said: ` +
              `${request.toolResults.map((result) => result.content).join(' | ')} ` +
              `(auth was ${request.headers.authorization ?? ''})`,
          };
        }
        return simpleAgentReply(request);
      },
    });
    const workspace = join(root, 'workspace');
    const files: Record<string, string> = {
      'salvo.yaml': 'redaction_patterns: ["ACME-[0-9]{6}"]\n',
      'salvo/leak.yaml': scenario('LEAKCHECK'),
      'salvo/html-error.yaml': scenario('HTMLERROR'),
      'salvo/invalid.yaml': `model: gpt-4.1-mini\nprompt: hi\ntimeout_seconds: "${PLANTED.errorPassword}"\n`,
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(workspace, path, '..'), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
    const event = join(root, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ number: 7, pull_request: { number: 7, head: { repo: { full_name: 'acme/agents' } } } }),
    );
    run = await runAction({
      directory: root,
      inputs: {
        'openai-api-key': PLANTED.openaiKey,
        'anthropic-api-key': PLANTED.anthropicKey,
        'openai-base-url': llm.openaiBaseUrl,
        'github-token': PLANTED.githubToken,
      },
      env: {
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/agents',
        GITHUB_WORKFLOW: 'Agent tests',
        GITHUB_JOB: 'agents',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: github.apiUrl,
        ACTIONS_RESULTS_URL: artifacts.resultsUrl,
        ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken('run-4242', 'job-4242'),
        // The workflow's `env:`: secrets the action is not told about by name.
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
      },
    });
  }, 240_000);

  afterAll(async () => {
    await Promise.all([github.close(), artifacts.close(), llm.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  it('ran, uploaded and commented (so the checks below are not vacuous)', () => {
    expect(run.exitCode, run.log).toBe(1);
    expect(run.outputs).toMatchObject({ total: '3', failed: '1', errored: '1', skipped: '1' });
    expect(artifacts.artifacts.filter((artifact) => artifact.finalized)).toHaveLength(1);
    expect(github.comments('acme', 'agents', 7)).toHaveLength(1);
    expect(run.summary).toMatch(/leak check \\?\[REDACTED\\?\]/);
  });

  it('in the log (but for add-mask commands), the summary, annotations, outputs, results, comment or artifact', () => {
    const artifact = artifacts.artifacts.flatMap((uploaded) =>
      [...artifacts.filesById(String(uploaded.id))].map(([name, file]) => [`artifact ${name}`, file.toString('utf8')]),
    );
    const texts: Record<string, string> = {
      log: run.log
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      summary: run.summary,
      outputs: JSON.stringify(run.outputs),
      results: readFileSync(run.outputs['results-file'] ?? '', 'utf8'),
      comment: github
        .comments('acme', 'agents', 7)
        .map((comment) => comment.body)
        .join('\n'),
      ...Object.fromEntries(artifact),
    };
    expect(Object.keys(texts).filter((name) => name.startsWith('artifact run/')).length).toBeGreaterThanOrEqual(3);
    expect(findLeaks(texts, planted)).toEqual([]);
    // salvo.yaml's redaction_patterns apply in the action too.
    expect(
      Object.entries(texts)
        .filter(([, text]) => text.includes('ACME-424242'))
        .map(([where]) => where),
    ).toEqual([]);
  });

  it("registers the environment's secrets with the runner too, and only those", () => {
    const masked = run.log
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length));
    expect(masked).toEqual(
      expect.arrayContaining([PLANTED.openaiKey, PLANTED.githubToken, PLANTED.mockPassword, PLANTED.errorPassword]),
    );
    expect(masked.filter((value) => value.startsWith('X'))).toEqual([]);
  });

  it('turns no line of a description or HTML error body into a runner command, and still annotates failures', () => {
    const commands = run.log.split('\n').filter((line) => /^\s*(::|##\[)/.test(line));
    // Only salvo's own commands: masks for the secrets, debug lines, annotations.
    // None from a description or an error body.
    const names = new Set(commands.map((line) => /^\s*::([a-z-]+)/.exec(line)?.[1] ?? line));
    expect([...names].filter((name) => !['add-mask', 'debug', 'error', 'notice', 'warning'].includes(name))).toEqual(
      [],
    );
    expect(commands.filter((line) => /^::(add-mask::X|warning title=forged)/.test(line))).toEqual([]);
    // The progress line keeps the provider's words on one line, where the runner obeys nothing.
    expect(run.log).toMatch(
      joinPatterns(
        /^\[\d\/2\] ERRORED leak check \[REDACTED\] ::set-output name=failed::0 /m,
        /.*upstream refused \[REDACTED\] ::add-mask::Xinjected-mask-value /,
        /.*::stop-commands::pwned-token/,
      ),
    );
    // The annotations after the would-be ::stop-commands:: still arrive: the failed scenario's, the errored one's (a
    // warning: infrastructure says nothing about the file) and the invalid file's.
    expect(commands.filter((line) => line.startsWith('::error title=salvo%3A leak check [REDACTED]%0A'))).toHaveLength(
      1,
    );
    expect(
      commands.filter((line) => line.startsWith('::warning title=salvo%3A leak check [REDACTED]%0A')),
    ).toHaveLength(1);
    expect(commands.filter((line) => line.startsWith('::error title=salvo%3A invalid scenario file'))).toHaveLength(1);
    expect(run.outputs.failed).toBe('1');
    expect(run.log).not.toMatch(/[\x1b\x9b]/);
  });
});
