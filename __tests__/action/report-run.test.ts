import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readActionSettings } from '../../src/action/read-action-settings.ts';
import { reportRun, type ActionReporters } from '../../src/action/report-run.ts';
import { makeResults, makeScenario } from '../helpers/results-fixtures.ts';

/** In-memory reporters: what reportRun asked GitHub to do, in order. */
function recordingReporters(options: { uploadFails?: boolean } = {}) {
  const calls: string[] = [];
  const markers: string[] = [];
  const reporters: ActionReporters = {
    artifacts: {
      upload: async (name) => {
        calls.push(`upload ${name}`);
        if (options.uploadFails)
          throw new Error('Failed to CreateArtifact: Received non-retryable error: (403) Forbidden');
        return { id: '9', url: 'https://github.com/acme/agents/actions/runs/5/artifacts/9', name };
      },
    },
    summary: { write: async () => void calls.push('summary') },
    comments: {
      publish: async (marker) => {
        markers.push(marker);
        calls.push('comment');
        return { url: 'https://github.com/acme/agents/pull/7#issuecomment-1', action: 'created' };
      },
    },
    setOutput: (name, value) => calls.push(`output ${name}=${name === 'results-file' ? '<path>' : value}`),
    annotate: (annotation) => calls.push(`annotate ${annotation.level}`),
    warning: (message) => calls.push(`warning ${message}`),
  };
  return { reporters, calls, markers };
}

const env = (extra: Record<string, string> = {}) => ({
  GITHUB_WORKSPACE: '/repo',
  RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'salvo-report-')),
  GITHUB_WORKFLOW: 'CI',
  GITHUB_JOB: 'agents',
  ...extra,
});

describe('reportRun', () => {
  it('writes outputs first, then the artifact, the summary and the comment last', async () => {
    const { reporters, calls, markers } = recordingReporters();
    await reportRun(
      readActionSettings(env(), () => undefined),
      { results: makeResults([makeScenario()]), runDirectory: null, invalidProblems: [] },
      reporters,
    );
    expect(calls).toEqual([
      'output results-file=<path>',
      'output total=1',
      'output passed=1',
      'output failed=0',
      'output errored=0',
      'output skipped=0',
      'output total-cost-usd=0.000400',
      // The fixture's row carries no trial statistics (the engine's rows always do; the e2e test checks those).
      'output trials-run=0',
      'output pass-rate=',
      'output flaky=0',
      // Not a pull request compared with a baseline: empty, so a workflow can tell "not compared" from "0 regressed".
      'output regressed=',
      'output improved=',
      'output baseline-run-id=',
      'upload salvo-traces',
      'output artifact-id=9',
      'output artifact-url=https://github.com/acme/agents/actions/runs/5/artifacts/9',
      'summary',
      'comment',
      'output comment-url=https://github.com/acme/agents/pull/7#issuecomment-1',
    ]);
    expect(markers).toEqual(['<!-- salvo-run-action:CI/agents -->']);
  });

  it('gives each matrix leg its own comment when artifact-name is set per leg', async () => {
    const { reporters, markers } = recordingReporters();
    const settings = readActionSettings(env({ 'INPUT_ARTIFACT-NAME': 'salvo-traces-gpt' }), () => undefined);
    await reportRun(
      settings,
      { results: makeResults([makeScenario()]), runDirectory: null, invalidProblems: [] },
      reporters,
    );
    expect(markers).toEqual(['<!-- salvo-run-action:CI/agents/salvo-traces-gpt -->']);
  });

  it('turns a failed upload into a warning and still writes the summary and comment', async () => {
    const { reporters, calls } = recordingReporters({ uploadFails: true });
    await reportRun(
      readActionSettings(env(), () => undefined),
      { results: makeResults([makeScenario()]), runDirectory: null, invalidProblems: [] },
      reporters,
    );
    expect(calls).toContain(
      "warning salvo could not upload the artifact 'salvo-traces': Failed to CreateArtifact: " +
        'Received non-retryable error: (403) Forbidden. The results file is still on the runner.',
    );
    expect(calls).toContain('output artifact-id=');
    expect(calls.slice(-3)).toEqual([
      'summary',
      'comment',
      'output comment-url=https://github.com/acme/agents/pull/7#issuecomment-1',
    ]);
  });
});
