import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'salvo-validate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of an example with some lines changed; returns its path relative to `work`. */
function brokenCopy(example: string, edits: [string, string][]): string {
  let text = readFileSync(join(repoRoot, 'examples', example), 'utf8');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`example ${example} no longer contains ${from}`);
    text = text.replace(from, to);
  }
  mkdirSync(join(work, 'broken'), { recursive: true });
  writeFileSync(join(work, 'broken', example), text);
  return join('broken', example);
}

const lineOf = (file: string, needle: string) =>
  readFileSync(join(work, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle)) + 1;

describe('salvo validate', () => {
  it('reports every example valid and exits 0', async () => {
    const run = await runCli(['validate', 'examples']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ examples/support-refund.yaml');
    expect(run.stdout).not.toContain('_shared');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('9 files valid');
  });

  it('reports each error of a broken example at its line and column, with the source line, and exits 1', async () => {
    const file = brokenCopy('support-refund.yaml', [
      ['model: gpt-5.4-mini', 'modle: gpt-5.4-mini'],
      ['mode: in_order, weight: 2}', 'mode: inorder, weight: 2}'],
      ['{type: tool_not_called, tool: escalate_to_human}', '{type: tool_not_called, tool: escalate_to_humans}'],
      ['    k: 3', '    k: 30'],
    ]);
    const run = await runCli(['validate', file, join(repoRoot, 'examples', 'plain-question.yaml')], { cwd: work });
    expect(run.code).toBe(1);
    const problems = run.stdout.split('\n').filter((line) => line.startsWith(`${file}:`));
    expect(problems).toEqual([
      `${file}:${lineOf(file, 'modle:')}:1: unknown field 'modle', did you mean 'model'?`,
      `${file}:${lineOf(file, 'inorder')}:92: unknown mode 'inorder', ` +
        "did you mean 'in_order'? (one of: exact, in_order, any_order)",
      `${file}:${lineOf(file, 'escalate_to_humans}')}:35: 'tool_not_called' assertion names tool ` +
        "'escalate_to_humans', which the scenario does not define, did you mean 'escalate_to_human'?",
      `${file}:${lineOf(file, 'k: 30')}:8: 'k' must be at most 21, got 30`,
    ]);
    expect(run.stdout).toContain(`✗ ${file} (4 problems)`);
    expect(run.stdout).toMatch(/\| {3}- \{type: tool_not_called, tool: escalate_to_humans\}\n\s+\| {35}\^/);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('1 of 2 files valid, 1 invalid');
  });

  it('points into an included tool file with its own line numbers', async () => {
    mkdirSync(join(work, 'inc', '_shared'), { recursive: true });
    cpSync(join(repoRoot, 'examples', 'anthropic-research.yaml'), join(work, 'inc', 'research.yaml'));
    const tools = readFileSync(join(repoRoot, 'examples', '_shared', 'web-tools.yaml'), 'utf8').replace(
      '  description: Fetch',
      '  descripton: Fetch',
    );
    writeFileSync(join(work, 'inc', '_shared', 'web-tools.yaml'), tools);
    const run = await runCli(['validate', 'inc'], { cwd: work });
    expect(run.code).toBe(1);
    const line = tools.split('\n').findIndex((text) => text.includes('descripton')) + 1;
    expect(run.stdout).toContain(
      `inc/_shared/web-tools.yaml:${line}:3: unknown field 'descripton', did you mean 'description'?`,
    );
  });

  it('prints machine-readable results with --json', async () => {
    const file = brokenCopy('plain-question.yaml', [['max_turns: 1', 'max_turns: 0']]);
    const run = await runCli(['validate', '--json', file, join(repoRoot, 'examples', 'travel-parallel-tools.yaml')], {
      cwd: work,
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.valid).toBe(false);
    expect(report.counts).toEqual({ files: 2, valid: 1, invalid: 1 });
    expect(report.files.find((entry: { valid: boolean }) => !entry.valid)).toEqual({
      file,
      valid: false,
      name: null,
      scenario_hash: null,
      problems: [
        {
          file,
          line: lineOf(file, 'max_turns: 0'),
          column: 12,
          message: "'max_turns' must be at least 1, got 0",
          path: 'max_turns',
        },
      ],
    });
    const valid = report.files.find((entry: { valid: boolean }) => entry.valid);
    expect(valid).toMatchObject({
      valid: true,
      name: 'Travel agent checks the weather and the flight at the same time',
      problems: [],
    });
    expect(valid.scenario_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('validates the configured scenarios_dir by default, from a subdirectory too', async () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'evals', 'deep'), { recursive: true });
    writeFileSync(join(project, 'salvo.yaml'), 'scenarios_dir: evals\ndefault_model: gpt-5.4-mini\n');
    writeFileSync(join(project, 'evals', 'a.yaml'), 'prompt: hi\n');
    const run = await runCli(['validate'], { cwd: join(project, 'evals', 'deep') });
    expect(run.stdout).toContain('✓ ../a.yaml');
    expect(run.code).toBe(0);
  });

  it.each([
    [['validate', 'does-not-exist.yaml'], "error: no such file or directory: 'does-not-exist.yaml'"],
    [['validate', 'examples/*.json'], "error: no scenario files match 'examples/*.json'"],
    [['validate', '--no-such-flag'], "error: unknown option '--no-such-flag'"],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when there is nothing to validate by default, or salvo.yaml is invalid', async () => {
    const empty = mkdtempSync(join(work, 'empty-'));
    const none = await runCli(['validate'], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("the scenarios directory 'salvo' does not exist");
    writeFileSync(join(empty, 'salvo.yaml'), 'default_modle: x\n');
    const bad = await runCli(['validate', join(repoRoot, 'examples')], { cwd: empty });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`salvo.yaml:1:1: unknown field 'default_modle', did you mean 'default_model'?`);
  });

  it('rejects hostile files quickly with a clear message', async () => {
    const lines = [
      'model: m',
      'prompt: hi',
      'extras:',
      '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ];
    for (let level = 1; level < 12; level += 1) {
      lines.push(
        `  l${level}: &${String.fromCharCode(97 + level)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + level)}`)
          .join(',')}]`,
      );
    }
    writeFileSync(join(work, 'bomb.yaml'), `${lines.join('\n')}\n`);
    writeFileSync(join(work, 'huge.yaml'), `model: m\nprompt: "${'x'.repeat(2 * 1024 * 1024)}"\n`);
    const run = await runCli(['validate', 'bomb.yaml', 'huge.yaml'], { cwd: work });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^bomb\.yaml:5:\d+: too many aliases/m);
    expect(run.stdout).toContain('huge.yaml:1:1: file is larger than 1 MB');
  });

  it('quotes no credential from a file it reads: an include of .git/config, a scenario that is a key', async () => {
    const project = mkdtempSync(join(work, 'leaky-'));
    const token = 'eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldHNlY3JldHNlY3JldA==';
    mkdirSync(join(project, '.git'));
    mkdirSync(join(project, 'salvo'));
    writeFileSync(join(project, 'salvo.yaml'), 'default_model: gpt-5.4-mini\n');
    writeFileSync(
      join(project, '.git', 'config'),
      `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${token}\n`,
    );
    writeFileSync(join(project, 'salvo', 'include.yaml'), 'prompt: hi\ntools:\n  - !include ../.git/config\n');
    writeFileSync(
      join(project, 'salvo', 'key.yaml'),
      '-----BEGIN OPENSSH PRIVATE KEY----- ' +
        `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${'Q'.repeat(300)}\n`,
    );
    writeFileSync(
      join(project, 'salvo', 'value.yaml'),
      `prompt: hi\ntimeout_seconds: "Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123456789"\n`,
    );
    const run = await runCli(['validate', 'salvo'], { cwd: project });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('include.yaml');
    expect(run.stdout).toMatch(
      /key\.yaml:1:1: a scenario must be a mapping of fields \(key: value\), found the value ".{1,60}"/,
    );
    expect(run.stdout).toContain("'timeout_seconds' must be a number");
    for (const secret of [token, token.slice(0, 16), 'b3BlbnNzaC1rZXktdjEAAAAA', 'abcdefghijklmnop'])
      expect(run.stdout).not.toContain(secret);
  });
});
