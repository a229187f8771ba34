import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGithubArtifactStore } from '../../src/action/artifact-store.ts';
import { createGithubCommentPublisher } from '../../src/action/github-comment-publisher.ts';
import { stageArtifactFiles } from '../../src/action/stage-artifact.ts';
import { buildCommentMarker } from '../../src/core/report/comment-marker.ts';
import { fakeRuntimeToken, startFakeArtifactService, type FakeArtifactService } from '../fakes/artifact-service.ts';
import { startFakeGithub, type FakeGithub } from '../fakes/github-rest-server.ts';
import { makeResults, makeScenario } from '../helpers/results-fixtures.ts';
import { traceFixture } from '../helpers/trace-fixture.ts';
import { emptyUsage } from '../../src/core/model-client.ts';

// The real @actions/github and @actions/artifact clients, over loopback fakes of GitHub.

describe('sticky PR comment (GitHub REST fake)', () => {
  let github: FakeGithub;
  const marker = buildCommentMarker('CI', 'agents');
  const logs: string[] = [];
  const log = {
    info: (message: string) => logs.push(`info: ${message}`),
    warning: (message: string) => logs.push(`warning: ${message}`),
  };
  beforeAll(async () => {
    github = await startFakeGithub();
  });
  afterAll(() => github.close());
  afterEach(() => {
    logs.length = 0;
    github.forbidWrites = false;
  });
  const publisher = (issueNumber: number) =>
    createGithubCommentPublisher(
      { token: 'ghs_test', apiUrl: github.apiUrl, owner: 'acme', repo: 'agents', issueNumber },
      log,
    );

  it('pages through comments, creates once, updates when changed, and leaves an unchanged body alone', async () => {
    github.seedComments('acme', 'agents', 7, [
      ...Array.from({ length: 104 }, (_, index) => ({ body: `unrelated ${index}` })),
      { body: '<!-- salvo-run-action:CI/other-job -->\nanother job', login: 'github-actions[bot]' },
    ]);
    const first = await publisher(7).publish(marker, `${marker}\nfirst`);
    expect(first.action).toBe('created');
    const listCalls = github.requests.filter((request) => request.method === 'GET');
    expect(listCalls.map((request) => request.query.page ?? '1')).toEqual(['1', '2']);
    expect(listCalls[0]?.query.per_page).toBe('100');

    const second = await publisher(7).publish(marker, `${marker}\nsecond`);
    expect(second).toEqual({ action: 'updated', url: first.url });
    const third = await publisher(7).publish(marker, `${marker}\nsecond\n`);
    expect(third.action).toBe('unchanged');

    const comments = github.comments('acme', 'agents', 7);
    expect(comments).toHaveLength(106);
    expect(comments.filter((comment) => comment.body.includes(marker)).map((comment) => comment.body)).toEqual([
      `${marker}\nsecond`,
    ]);
    expect(github.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    expect(github.requests.every((request) => request.authorization === 'token ghs_test')).toBe(true);
  });

  it('turns a 403 into a warning naming the missing pull-requests: write permission', async () => {
    github.forbidWrites = true;
    const outcome = await publisher(8).publish(marker, `${marker}\nbody`);
    expect(outcome).toEqual({ url: null, action: 'skipped' });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(
      /^warning: salvo could not comment on pull request #8: Resource not accessible by integration.*\(HTTP 403\)/,
    );
    expect(logs[0]).toContain("'pull-requests: write'");
  });
});

describe('artifact upload (results service fake)', () => {
  let service: FakeArtifactService;
  let workDir: string;
  beforeAll(async () => {
    service = await startFakeArtifactService();
    workDir = mkdtempSync(join(tmpdir(), 'salvo-artifact-'));
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', fakeRuntimeToken());
    vi.stubEnv('ACTIONS_RESULTS_URL', service.resultsUrl);
    vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com');
    vi.stubEnv('GITHUB_WORKSPACE', workDir);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    rmSync(workDir, { recursive: true, force: true });
    await service.close();
  });

  it('stages results, metadata and traces under safe names and uploads them as one zip', async () => {
    const runDirectory = join(workDir, 'run');
    mkdirSync(join(runDirectory, 'traces'), { recursive: true });
    writeFileSync(join(runDirectory, 'traces', 'a:b|c?.json'), '{"trace":1}');
    const files = await stageArtifactFiles({
      stagingDirectory: join(workDir, 'staging'),
      runDirectory,
      results: makeResults([makeScenario()]),
      metadata: { workflow: 'CI' },
    });
    const infos: string[] = [];
    const store = createGithubArtifactStore({
      serverUrl: 'https://github.com',
      owner: 'acme',
      repo: 'agents',
      runId: '77',
      job: 'agents',
      retentionDays: 7,
      log: { info: (m) => infos.push(m) },
    });
    const uploaded = await store.upload('salvo-traces', join(workDir, 'staging'), files);
    expect(uploaded).toEqual({
      id: '1000',
      url: 'https://github.com/acme/agents/actions/runs/77/artifacts/1000',
      name: 'salvo-traces',
    });
    const zipped = service.files('salvo-traces');
    expect([...zipped.keys()].sort()).toEqual([
      'report.html',
      'results.json',
      'run-metadata.json',
      'run/traces/a_b_c_.json',
    ]);
    expect(JSON.parse(zipped.get('results.json')?.toString() ?? '{}').totals.total).toBe(1);
    expect(service.artifacts[0]?.expiresAt).toBeTruthy();

    // A second job of the same run (a matrix leg) gets a unique name instead of failing.
    const again = await store.upload('salvo-traces', join(workDir, 'staging'), files);
    expect(again.name).toBe('salvo-traces-agents');
    expect(service.files('salvo-traces-agents').has('results.json')).toBe(true);
  });

  it("prices the viewer's per-turn costs with salvo.yaml's prices, as the trials were priced", async () => {
    const runDirectory = join(workDir, 'priced-run');
    mkdirSync(join(runDirectory, 'traces'), { recursive: true });
    const usage = { ...emptyUsage(), inputTokens: 1000, outputTokens: 250 };
    const turn = { index: 0, model: 'acme-internal-1', request_id: null, latency_ms: 900, usage };
    const trace = traceFixture({
      trace_id: 'trace-1',
      model: 'acme-internal-1',
      turns: [{ ...turn, finish_reason: 'stop', raw_finish_reason: 'stop', retries: 0 }],
      usage,
      cost_usd: 0.004,
    });
    writeFileSync(join(runDirectory, 'traces', 'trace-1.json'), JSON.stringify(trace));
    const results = makeResults([makeScenario({ model: 'acme-internal-1' })]);
    const stage = async (name: string, prices?: Record<string, { input: number; output: number }>) => {
      const stagingDirectory = join(workDir, name);
      await stageArtifactFiles({
        stagingDirectory,
        runDirectory,
        results,
        metadata: {},
        ...(prices ? { prices } : {}),
      });
      return readFileSync(join(stagingDirectory, 'report.html'), 'utf8');
    };
    // 1,000 tokens in at $2/M and 250 out at $8/M: $0.004 for the turn.
    expect(await stage('priced', { 'acme-internal-1': { input: 2, output: 8 } })).toContain('"cost":"$0.004"');
    expect(await stage('unpriced')).toContain('"cost":"unknown"');
  });
});
