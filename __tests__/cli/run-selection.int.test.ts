import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleAgentReply, startFakeLlmServer, type FakeLlmServer } from '../fakes/llm-server.ts';
import { runCli } from '../helpers/run-cli.ts';

// `salvo run` choosing what runs and how often: --filter, and trials from the
// flag, the scenario file and salvo.yaml (in that order of precedence).

let server: FakeLlmServer;
const projects: string[] = [];
beforeAll(async () => {
  server = await startFakeLlmServer({ reply: (request) => simpleAgentReply(request) });
});
afterAll(async () => {
  await server.close();
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'salvo-select-'));
  projects.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const env = () => ({ OPENAI_API_KEY: 'sk-select-test-0123456789', OPENAI_BASE_URL: server.openaiBaseUrl });

interface Row {
  file: string;
  model: string;
  stats: { trials_run: number };
}

async function runJson(dir: string, args: string[]): Promise<Row[]> {
  const run = await runCli(['run', '--json', ...args], { cwd: dir, env: env() });
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { scenarios: Row[] }).scenarios;
}

const files = {
  'salvo.yaml': 'scenarios_dir: scenarios\ntrials: 2\n',
  'scenarios/billing/refund.yaml':
    'description: refund policy\ntags: { team: billing, tier: smoke }\n' +
    'model: gpt-4o-mini\nprompt: Refund?\ntrials: 3\n',
  'scenarios/billing/invoice.yaml':
    'description: invoice lookup\ntags: { team: billing }\nmodel: gpt-4o-mini\nprompt: Invoice?\n',
  'scenarios/search/query.yaml':
    'description: search query\ntags: { team: search, tier: smoke }\nmodel: gpt-4o-mini\nprompt: Search?\n',
};

describe('salvo run: trials', () => {
  it("runs a scenario's own trials, else salvo.yaml's, and --trials wins over both", async () => {
    const dir = project(files);
    const own = await runJson(dir, []);
    expect(own.map((row) => [row.file, row.stats.trials_run])).toEqual([
      ['scenarios/billing/invoice.yaml', 2],
      ['scenarios/billing/refund.yaml', 3],
      ['scenarios/search/query.yaml', 2],
    ]);
    const flag = await runJson(dir, ['--trials', '4']);
    expect(flag.map((row) => row.stats.trials_run)).toEqual([4, 4, 4]);
  });
});

describe('salvo run --shard', () => {
  it('splits the scenario files between the shards, each file in exactly one', async () => {
    const dir = project(files);
    const first = await runJson(dir, ['--trials', '1', '--shard', '1/2']);
    const second = await runJson(dir, ['--trials', '1', '--shard', '2/2']);
    expect([...first, ...second].map((row) => row.file).sort()).toEqual([
      'scenarios/billing/invoice.yaml',
      'scenarios/billing/refund.yaml',
      'scenarios/search/query.yaml',
    ]);
    expect(first.map((row) => row.file)).toEqual(['scenarios/billing/invoice.yaml', 'scenarios/search/query.yaml']);
    const bad = await runCli(['run', '--shard', '3/2'], { cwd: dir, env: env() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--shard is '3/2'");
  });
});

describe('salvo merge', () => {
  it('merges shard results into one report, and names a shard that never reported', async () => {
    const dir = project(files);
    for (const index of [1, 2, 3]) {
      const run = await runCli(['run', '--json', '--trials', '1', '--shard', `${index}/3`], { cwd: dir, env: env() });
      expect(run.code, run.stderr).toBe(0);
      mkdirSync(join(dir, 'artifacts', `salvo-traces-shard-${index}-of-3`), { recursive: true });
      writeFileSync(join(dir, 'artifacts', `salvo-traces-shard-${index}-of-3`, 'results.json'), run.stdout);
    }
    const all = await runCli(['merge', 'artifacts', '--output', 'merged.json'], { cwd: dir });
    expect(all.code, all.stderr).toBe(0);
    expect(all.stderr).toContain('Merged 3 results files: 3 scenarios.');
    expect(all.stdout).toMatch(/^Total\s+3\/3 passed/m);
    const merged = JSON.parse(readFileSync(join(dir, 'merged.json'), 'utf8')) as {
      totals: { total: number };
      scenarios: { file: string }[];
    };
    expect(merged.scenarios.map((row) => row.file)).toEqual([
      'scenarios/billing/invoice.yaml',
      'scenarios/billing/refund.yaml',
      'scenarios/search/query.yaml',
    ]);
    const partial = await runCli(
      ['merge', 'artifacts/salvo-traces-shard-1-of-3', 'artifacts/salvo-traces-shard-3-of-3/results.json'],
      { cwd: dir },
    );
    expect(partial.code).toBe(4);
    expect(partial.stderr).toContain('Missing: shard 2 of 3 (shard-2-of-3) never reported');
  });
});

describe('salvo run --filter', () => {
  it('selects by tag, by name or path glob, and narrows when repeated', async () => {
    const dir = project(files);
    const byTag = await runJson(dir, ['--trials', '1', '--filter', 'team=billing']);
    expect(byTag.map((row) => row.file)).toEqual(['scenarios/billing/invoice.yaml', 'scenarios/billing/refund.yaml']);
    const byName = await runJson(dir, ['--trials', '1', '--filter', 'search*']);
    expect(byName.map((row) => row.file)).toEqual(['scenarios/search/query.yaml']);
    const byPath = await runJson(dir, ['--trials', '1', '--filter', 'scenarios/billing/**']);
    expect(byPath.map((row) => row.file)).toEqual(['scenarios/billing/invoice.yaml', 'scenarios/billing/refund.yaml']);
    const narrowed = await runJson(dir, ['--trials', '1', '--filter', 'tier=smoke', '--filter', 'team=billing']);
    expect(narrowed.map((row) => row.file)).toEqual(['scenarios/billing/refund.yaml']);
  });

  it('is a usage error naming the filter when nothing matches', async () => {
    const dir = project(files);
    const run = await runCli(['run', '--filter', 'team=nobody'], { cwd: dir, env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("matches the filter 'team=nobody'");
    const empty = await runCli(['run', '--filter', '=x'], { cwd: dir, env: env() });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--filter');
  });

  it('--model runs every scenario on the given model', async () => {
    const dir = project(files);
    const rows = await runJson(dir, ['--trials', '1', '--model', 'gpt-4.1-nano']);
    expect(rows.map((row) => row.model)).toEqual(['gpt-4.1-nano', 'gpt-4.1-nano', 'gpt-4.1-nano']);
  });
});
