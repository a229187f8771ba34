import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Recording } from '../../src/core/recording/format.ts';
import { readRecordingFile, writeRecordingFile } from '../../src/node-adapters/recording-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'salvo-recordings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const recording: Recording = {
  format_version: 1,
  scenario_name: 'hello',
  scenario_file: 'hello.yaml',
  scenario_hash: 'h',
  source: {
    kind: 'scripted',
    label: 'hand-written for a test',
    provider: 'openai',
    recorded_at: '2026-01-01T00:00:00.000Z',
    salvo_version: '0.1.0',
  },
  trials: [],
};

describe('recording files', () => {
  it('reads back what it wrote, creating the __recordings__ folder, and leaves no temporary file', async () => {
    const path = join(dir, '__recordings__', 'hello.json');
    await writeRecordingFile(path, recording);
    expect(await readRecordingFile(path)).toEqual(recording);
    expect(readdirSync(join(dir, '__recordings__'))).toEqual(['hello.json']);
    expect(readFileSync(path, 'utf8')).toContain('"label": "hand-written for a test"');
  });

  it('answers null for a scenario without a recording', async () => {
    expect(await readRecordingFile(join(dir, 'missing.json'))).toBeNull();
  });
});
