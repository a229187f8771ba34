/**
 * Issue 19: a user's regular expression cannot hang salvo. The patterns below
 * backtrack exponentially on V8's engine against the long runs of `a` the fake
 * model sends (`^(a|a)*$` has 2^30000 ways to fail), so before they ran on a
 * linear-time engine `salvo run` never finished: no verdict, no results, and
 * timeouts and SIGTERM could not interrupt the blocked event loop. Now each
 * gives its verdict through the CLI as a real process, and validate refuses
 * what the linear-time engine cannot run, at its file, line and column.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResults } from '../../src/core/results.ts';
import { startFakeLlmServer, type FakeLlmRequest, type FakeLlmServer, type FakeReply } from '../fakes/llm-server.ts';
import { joinPatterns } from '../helpers/join-patterns.ts';
import { runCli, type CliRun } from '../helpers/run-cli.ts';

const RUN = 'a'.repeat(30_000);

function reply(request: FakeLlmRequest): FakeReply {
  const prompt = request.firstUserMessage;
  if (prompt.includes('MOCKED')) {
    if (request.turn === 0) return { toolCalls: [{ name: 'lookup', arguments: { q: `${RUN}!` } }] };
    return { text: `the tool said: ${request.toolResults.map((result) => result.content).join(', ')}` };
  }
  // The redaction pattern meets the long run too, in the reply and everything stored from it.
  if (prompt.includes('BANG')) return { text: `${RUN}! host db-internal` };
  return { text: RUN };
}

let server: FakeLlmServer;
const dirs: string[] = [];

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'salvo-user-regex-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const scenario = (prompt: string, assertion: string, extra = '') =>
  `adapter: openai\nmodel: gpt-4o-mini\nprompt: ${prompt}\n${extra}assertions:\n  - ${assertion}\n`;

const mockedTool = `tools:
  - name: lookup
    description: Looks things up.
    parameters: {type: object, properties: {q: {type: string}}}
    mock_response: not all a
    mocks:
      - when: {q: {matches: "^(a|a)*$"}}
        response: all a
`;

beforeAll(async () => {
  server = await startFakeLlmServer({ reply });
});
afterAll(async () => {
  await server.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('catastrophic user patterns give their verdict', () => {
  let dir: string;
  let run: CliRun;
  let results: RunResults;
  beforeAll(async () => {
    dir = project({
      'salvo.yaml': 'redaction_patterns: ["([a-z]|[a-z0-9])+-internal"]\n',
      'salvo/bang.yaml': scenario('BANG', '{type: output_matches, pattern: "^(a|a)*$"}'),
      'salvo/plain.yaml': scenario('PLAIN', '{type: output_matches, pattern: "^(a|a)*$"}'),
      'salvo/state.yaml': scenario(
        'PLAIN again',
        '{type: jmespath, expression: response.content, operator: regex, value: "^(a|a)*$"}',
      ),
      'salvo/mocked.yaml': scenario('MOCKED', '{type: output_contains, value: "not all a"}', mockedTool),
    });
    run = await runCli(['run'], {
      cwd: dir,
      env: { OPENAI_API_KEY: 'sk-test-user-regex', OPENAI_BASE_URL: server.openaiBaseUrl },
    });
    const runId = /Run saved: ([0-9a-f-]{36})/.exec(run.stdout)?.[1] ?? 'missing';
    results = JSON.parse(readFileSync(join(dir, '.salvo', 'runs', runId, 'results.json'), 'utf8')) as RunResults;
  }, 90_000);

  it('finishes with each verdict right, exit 1 for the one failure', () => {
    expect(run.signal, run.stderr).toBeNull();
    expect(run.code, run.stderr).toBe(1);
    const verdicts = Object.fromEntries(results.scenarios.map((row) => [row.file.split('/').pop(), row.verdict]));
    expect(verdicts).toEqual({
      'bang.yaml': 'FAIL',
      'plain.yaml': 'PASS',
      'state.yaml': 'PASS',
      'mocked.yaml': 'PASS',
    });
    expect(run.stdout).toMatch(/output does not match \/\^\(a\|a\)\*\$\//);
  });

  it('applies the catastrophic redaction pattern to what it stores', () => {
    const runs = join(dir, '.salvo', 'runs');
    const stored = readdirSync(runs, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
      .join('\n');
    expect(stored).toContain('! host [REDACTED]');
    expect(stored + run.stdout + run.stderr).not.toContain('db-internal');
  });
});

describe('validate refuses what the linear-time engine cannot run', () => {
  it('names the scenario file, line, column and why', async () => {
    const dir = project({
      'salvo/lookahead.yaml': scenario('PLAIN', '{type: output_matches, pattern: "a(?=b)"}'),
      'salvo/backreference.yaml': scenario(
        'PLAIN',
        '{type: tool_called, tool: lookup, arguments: {q: {matches: "(a)\\\\1"}}}',
        mockedTool,
      ),
    });
    const validate = await runCli(['validate'], { cwd: dir });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(
      'salvo/lookahead.yaml:5:37: invalid regular expression: /a(?=b)/: ' +
        'lookahead `(?=` is not supported; salvo runs regular expressions on a linear-time engine (RE2)',
    );
    expect(validate.stdout).toMatch(
      joinPatterns(
        /salvo\/backreference\.yaml:13:64: invalid regular expression: \/\(a\)\\1\/: /,
        /the backreference `\\1` is not supported; .*no backreferences/,
      ),
    );
  });

  it('names salvo.yaml, the line, column and field of a redaction pattern, and runs nothing', async () => {
    const dir = project({
      'salvo.yaml': 'redaction_patterns:\n  - "ACME-[0-9]{6}"\n  - "(?<!x)secret"\n',
      'salvo/plain.yaml': scenario('PLAIN', '{type: output_contains, value: a}'),
    });
    for (const command of ['validate', 'run']) {
      const outcome = await runCli([command], { cwd: dir, env: { OPENAI_API_KEY: 'sk-test-user-regex' } });
      expect(outcome.code, command).toBe(2);
      expect(outcome.stderr, command).toMatch(
        joinPatterns(
          /salvo\.yaml:3:5: redaction_patterns\.1: redaction pattern "\(\?<!x\)secret" /,
          /is not a valid regular expression: .*lookbehind `\(\?<!` is not supported; /,
          /salvo runs regular expressions on a linear-time engine/,
        ),
      );
    }
  });
});
