import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer, type FakeLlmRequest, type FakeLlmServer, type FakeReply } from '../fakes/llm-server.ts';
import { runCli } from '../helpers/run-cli.ts';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'salvo-init-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('salvo init', () => {
  it('creates a project whose example validates, and ignores .salvo/ in git', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, '.gitignore'), 'node_modules/');
    const init = await runCli(['init'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('created salvo/example.yaml');
    for (const file of ['salvo.yaml', 'salvo/example.yaml', 'tools/run_tests.yaml'])
      expect(existsSync(join(dir, file))).toBe(true);
    expect(readFileSync(join(dir, 'salvo', 'example.yaml'), 'utf8')).toContain('- !include ../tools/run_tests.yaml');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\n.salvo/\n');

    const validate = await runCli(['validate'], { cwd: dir });
    expect(validate.stdout).toContain('✓ salvo/example.yaml');
    expect(validate.code).toBe(0);
  });

  it('refuses to overwrite, listing the conflicts, and exits 1; --force overwrites', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'salvo.yaml'), 'default_model: mine\n');
    const refused = await runCli(['init'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('salvo init would overwrite this file:\n  salvo.yaml\n');
    expect(readFileSync(join(dir, 'salvo.yaml'), 'utf8')).toBe('default_model: mine\n');
    expect(existsSync(join(dir, 'salvo'))).toBe(false);

    const forced = await runCli(['init', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'salvo.yaml'), 'utf8')).toContain('default_model: gpt-5.4-mini');
    const again = await runCli(['init', '--force'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('.salvo/\n');
  });

  it('writes into a named directory', async () => {
    const dir = freshDir();
    const run = await runCli(['init', 'my-evals'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'my-evals', 'salvo.yaml'))).toBe(true);
  });

  it('lists init and validate under --help', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toMatch(/validate \[options\] \[paths\.\.\.\]/);
    expect(run.stdout).toMatch(/init \[options\] \[dir\]/);
    const help = await runCli(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--json');
  });
});

describe("salvo init's example, run end to end", () => {
  let server: FakeLlmServer;
  afterAll(async () => server?.close());

  /** A model that fixes the bug as the example expects, and a judge that scores both of its criteria. */
  function fixingModel(request: FakeLlmRequest): FakeReply {
    if (request.toolNames.includes('score_criteria')) {
      const score = (criterion: string) => ({ criterion, score: 0.9, reason: `${criterion} holds` });
      return { toolCalls: [{ name: 'score_criteria', arguments: { scores: [score('grounded'), score('concise')] } }] };
    }
    const steps: FakeReply[] = [
      { toolCalls: [{ name: 'read_file', arguments: { path: 'utils/paginate.py' } }] },
      { toolCalls: [{ name: 'write_file', arguments: { path: 'utils/paginate.py', content: 'fixed' } }] },
      { toolCalls: [{ name: 'run_tests', arguments: {} }] },
      { text: 'Fixed the slice end in paginate; all 4 tests pass.' },
    ];
    return steps[Math.min(request.turn, steps.length - 1)]!;
  }

  it('judges live with --record, then replays the agent and the judge offline with no key and no request', async () => {
    server = await startFakeLlmServer({ reply: fixingModel });
    const dir = freshDir();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    const env = { OPENAI_API_KEY: 'sk-init-test-0123456789', OPENAI_BASE_URL: server.openaiBaseUrl };
    const live = await runCli(['run', '--record', '--json'], { cwd: dir, env });
    expect(live.stderr).toContain('Recorded 1 trial -> salvo/__recordings__/example.json');
    const liveRow = JSON.parse(live.stdout).scenarios[0];
    expect(liveRow).toMatchObject({ verdict: 'PASS', mode: 'live' });
    const judged = liveRow.trials[0].assertions.find((assertion: { type: string }) => assertion.type === 'judge');
    expect(judged).toMatchObject({ passed: true });
    expect(judged.reason).toContain('3 of 3 usable votes passed');
    const sent = server.requests.length;
    expect(sent).toBe(4 + 3);

    const replayed = await runCli(['run', '--mode', 'replay', '--json'], { cwd: dir });
    const replayRow = JSON.parse(replayed.stdout).scenarios[0];
    expect(replayRow).toMatchObject({ verdict: 'PASS', mode: 'replay' });
    expect(replayRow.trials[0].assertions).toEqual(liveRow.trials[0].assertions);
    expect(server.requests).toHaveLength(sent);
  });
});
