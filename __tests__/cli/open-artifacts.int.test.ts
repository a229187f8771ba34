import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageArtifactFiles } from '../../src/action/stage-artifact.ts';
import type { RunResults } from '../../src/core/results.ts';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/llm-server.ts';
import { runCli } from '../helpers/run-cli.ts';

// A real run through the CLI, then its Action artifact as a reviewer downloads and extracts it, opened by
// `salvo report`, `show` and `runs` from another folder.
let server: FakeLlmServer;
const dirs: string[] = [];
let project: string;
let runId: string;
let runDir: string;
let artifact: string;

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

const weather = (prompt: string, assertion: string) => `
adapter: openai
model: gpt-4o-mini
system_prompt: You answer questions about the weather.
prompt: ${JSON.stringify(prompt)}
tools:
  - name: get_weather
    description: Current weather for a city
    parameters: { type: object, properties: { city: { type: string } } }
    mock_response: { temp_c: 21, sky: clear }
assertions:
  - ${assertion}
`;

beforeAll(async () => {
  server = await startFakeLlmServer();
  project = tempDir('salvo-artifacts-');
  mkdirSync(join(project, 'checks'));
  writeFileSync(join(project, 'salvo.yaml'), 'scenarios_dir: checks\n');
  writeFileSync(
    join(project, 'checks/paris.yaml'),
    weather('Weather in Paris?', '{type: tool_called, tool: get_weather}'),
  );
  writeFileSync(
    join(project, 'checks/rome.yaml'),
    weather('Weather in Rome?', '{type: tool_not_called, tool: get_weather, required: true}'),
  );
  const run = await runCli(['run'], {
    cwd: project,
    env: { OPENAI_API_KEY: 'sk-artifact-test-KEY-9f3', OPENAI_BASE_URL: server.openaiBaseUrl },
  });
  expect(run.code, run.stderr).toBe(1);
  runId = /Run saved: ([0-9a-f-]{36})/.exec(run.stdout)![1]!;
  runDir = join(project, '.salvo', 'runs', runId);
  // The artifact exactly as the Action stages it, extracted into a folder of its own.
  const staging = tempDir('salvo-staging-');
  const results = JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8')) as RunResults;
  await stageArtifactFiles({ stagingDirectory: staging, runDirectory: runDir, results, metadata: { run_id: runId } });
  artifact = join(tempDir('salvo-download-'), 'salvo-results');
  cpSync(staging, artifact, { recursive: true });
});
afterAll(async () => {
  await server.close();
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

describe('a run and its artifact are salvo documents', () => {
  it('names trace files after their scenario and trial, and writes report.html beside the run', () => {
    const names = readdirSync(join(runDir, 'traces')).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^paris-t1-[0-9a-f-]{36}\.json$/);
    expect(names[1]).toMatch(/^rome-t1-[0-9a-f-]{36}\.json$/);
    const html = readFileSync(join(runDir, 'report.html'), 'utf8');
    expect(html).toContain('<script type="application/json" id="salvo-data">');
    expect(html).toContain('Weather in Rome?');
    expect(html).not.toContain('sk-artifact-test-KEY-9f3');
  });

  it('stages report.html at the top of the artifact, once', () => {
    const files = readdirSync(artifact, { recursive: true }).map(String).sort();
    expect(files.filter((file) => file.endsWith('report.html'))).toEqual(['report.html']);
    expect(files).toContain('results.json');
    expect(readFileSync(join(artifact, 'report.html'), 'utf8')).toContain('Weather in Paris?');
  });

  it('salvo runs lists the stored run with its counts and cost', async () => {
    const listed = await runCli(['runs'], { cwd: project });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^Run\s+Started\s+Scenarios\s+Cost/m);
    expect(listed.stdout).toMatch(
      new RegExp(
        `^${runId}\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ\\s+2 scenarios: 1 passed, 1 failed\\s+\\$`,
        'm',
      ),
    );
  });

  it('salvo report opens the extracted artifact folder, its results.json and a trace file in it', async () => {
    const elsewhere = tempDir('salvo-elsewhere-');
    for (const reference of [artifact, join(artifact, 'results.json')]) {
      const report = await runCli(['report', reference], { cwd: elsewhere });
      expect(report.code, report.stderr).toBe(0);
      expect(report.stdout).toContain(`Run ${runId}`);
      expect(report.stdout).toMatch(/HARD.FAIL/);
      expect(report.stdout).toContain('Trial 1: hard_fail');
    }
    const trace = readdirSync(join(artifact, 'run', 'traces')).find((name) => name.startsWith('rome-'))!;
    const fromTrace = await runCli(['report', join(artifact, 'run', 'traces', trace)], { cwd: elsewhere });
    expect(fromTrace.code, fromTrace.stderr).toBe(0);
    expect(fromTrace.stdout).toContain(`Run ${runId}`);
  });

  it('salvo report --html writes the viewer where -o says, or into the run folder', async () => {
    const elsewhere = tempDir('salvo-html-');
    const written = await runCli(['report', '--html', artifact, '-o', 'viewer.html'], { cwd: elsewhere });
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toContain('HTML report written: viewer.html');
    const html = readFileSync(join(elsewhere, 'viewer.html'), 'utf8');
    expect(html).toContain('Weather in Rome?');
    expect(html).toContain('get_weather');

    rmSync(join(runDir, 'report.html'));
    const stored = await runCli(['report', '--html', runId.slice(0, 18)], { cwd: project });
    expect(stored.code, stored.stderr).toBe(0);
    expect(readFileSync(join(runDir, 'report.html'), 'utf8')).toContain('Weather in Paris?');
  });

  it('salvo show filters an artifact by scenario name and by verdict, and opens one trace file', async () => {
    const elsewhere = tempDir('salvo-show-');
    const failed = await runCli(['show', artifact, '--failed'], { cwd: elsewhere });
    expect(failed.code, failed.stderr).toBe(0);
    expect(failed.stdout).toContain('Scenario: rome');
    expect(failed.stdout).not.toContain('Scenario: paris');

    const named = await runCli(['show', artifact, '--scenario', 'PAR'], { cwd: elsewhere });
    expect(named.stdout).toContain('Scenario: paris');
    expect(named.stdout).not.toContain('Scenario: rome');
    expect(named.stdout).toContain('-> get_weather');

    const none = await runCli(['show', artifact, '--scenario', 'paris', '--failed'], { cwd: elsewhere });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("none of the 2 traces matches --scenario 'paris' --failed");

    const trace = readdirSync(join(artifact, 'run', 'traces')).find((name) => name.startsWith('paris-'))!;
    const one = await runCli(['show', join(artifact, 'run', 'traces', trace)], { cwd: elsewhere });
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain('Scenario: paris');
    expect(one.stdout).not.toContain('Scenario: rome');
  });

  it('still reads traces stored under their bare id, as runs before the readable names were', async () => {
    const traces = join(runDir, 'traces');
    for (const name of readdirSync(traces))
      renameSync(join(traces, name), join(traces, name.replace(/^[a-z]+-t1-/, '')));
    const shown = await runCli(['show', runId, '--failed'], { cwd: project });
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('Scenario: rome');
    const traceId = readdirSync(traces)[0]!.replace('.json', '');
    const byId = await runCli(['show', traceId.slice(0, 30)], { cwd: project });
    expect(byId.code, byId.stderr).toBe(0);
    expect(byId.stdout).toContain(`Trace ${traceId}`);
  });
});
