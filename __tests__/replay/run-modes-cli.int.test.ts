import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer } from '../fakes/llm-server.ts';
import { joinPatterns } from '../helpers/join-patterns.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'salvo-modes-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const KEY = 'sk-cli-test-0123456789abcdefghijkl';

writeFileSync(
  join(dir, 'weather.yaml'),
  `model: gpt-4o-mini
prompt: Weather in Paris?
tools:
  - {name: get_weather, description: Current weather, mock_response: {temp_c: 21}}
assertions:
  - {type: tool_called, tool: get_weather}
`,
);

describe('salvo run --record / --mode', () => {
  it('records against the fake server, then replays with it stopped and no key', async () => {
    const server = await startFakeLlmServer();
    const recorded = await runCli(['run', '--record', 'weather.yaml'], {
      cwd: dir,
      env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.openaiBaseUrl },
    });
    await server.close();
    expect(recorded.stdout).toContain('Recorded 1 trial -> __recordings__/weather.json');
    expect(recorded.code).toBe(0);
    expect(readFileSync(join(dir, '__recordings__/weather.json'), 'utf8')).not.toContain(KEY);

    const replayed = await runCli(['run', 'weather.yaml'], { cwd: dir });
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toMatch(/PASS\s+1\/1\s+replay\s+2/);
    // A replay is summarised once; only scenarios that could not run get a line of their own.
    expect(replayed.stdout).toContain('Modes: 1 replayed from recordings');
  });

  it('--mode live without a key errors the scenario instead of replaying', async () => {
    const run = await runCli(['run', '--mode', 'live', 'weather.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '  error  weather.yaml: --mode live needs a key, and environment variable OPENAI_API_KEY is not set',
    );
  });

  it('auto without a key or a recording skips, and bad flag combinations are usage errors', async () => {
    writeFileSync(join(dir, 'new.yaml'), 'model: gpt-4o-mini\nprompt: Hi\n');
    const skipped = await runCli(['run', 'new.yaml'], { cwd: dir });
    expect(skipped.stdout).toMatch(
      joinPatterns(
        /^ {2}skip +new\.yaml: environment variable OPENAI_API_KEY is not set /m,
        /and there is no recording at __recordings__\/new\.json$/,
      ),
    );
    expect(skipped.stdout).toContain('1 skipped');
    const bad = await runCli(['run', '--record', '--mode', 'replay', 'new.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--record calls the model to record it, so it cannot be combined with --mode replay');
  });
});
