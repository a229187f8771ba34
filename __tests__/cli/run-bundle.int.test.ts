import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.ts';

const loaderUrl = new URL('../../bin/run-bundle.js', import.meta.url).href;

let dir: string;
let cacheParent: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'salvo-run-bundle-'));
  cacheParent = join(dir, 'tmp');
  mkdirSync(cacheParent);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A two-file CommonJS bundle like ncc's: the entry loads its chunk with require('./...'). */
function writeBundle(answer: string): string {
  const bundle = join(dir, 'bundle');
  mkdirSync(bundle, { recursive: true });
  writeFileSync(join(bundle, '1.index.js'), `exports.answer = () => ${JSON.stringify(answer)};\n`);
  writeFileSync(
    join(bundle, 'index.js'),
    [
      `const { basename } = require('node:path');`,
      `const chunk = require('./1.index.js');`,
      `module.exports = { answer: chunk.answer(), file: basename(__filename), dir: basename(__dirname), same: require('./1.index.js') === chunk };`,
      '',
    ].join('\n'),
  );
  return join(bundle, 'index.js');
}

interface LoadResult {
  exports: Record<string, unknown>;
  report: Array<{ name: string; state: string }>;
  directory: string | null;
}

/** Loads the bundle in a fresh process (as bin/salvo.js would), saves its cache, and reports what happened. */
function loadInFreshProcess(entry: string, options: { env?: Record<string, string>; beforeSave?: string } = {}): LoadResult {
  const script = `
    const { CodeCache, codeCacheDirectory, loadCommonJsBundle } = await import(${JSON.stringify(loaderUrl)});
    const directory = codeCacheDirectory(process.env, ${JSON.stringify(cacheParent)});
    const cache = new CodeCache(directory, 'run');
    const exports = loadCommonJsBundle(${JSON.stringify(entry)}, cache);
    ${options.beforeSave ?? ''}
    cache.save();
    console.log(JSON.stringify({ exports, report: cache.report(), directory }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, ...options.env } });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as LoadResult;
}

function cacheFiles(): string[] {
  const directories = readdirSync(cacheParent).filter((name) => name.startsWith('salvo-code-cache'));
  return directories.flatMap((name) => readdirSync(join(cacheParent, name)).map((file) => join(cacheParent, name, file)));
}

describe('bin/run-bundle.js: the CLI bundle with V8 code cache', () => {
  it('runs a CommonJS bundle and its chunks as require would', () => {
    const result = loadInFreshProcess(writeBundle('first'));
    expect(result.exports).toEqual({ answer: 'first', file: 'index.js', dir: 'bundle', same: true });
  });

  it('writes a cache on the first run and uses it, unchanged, on the next', () => {
    const entry = writeBundle('first');
    const first = loadInFreshProcess(entry);
    expect(first.report).toEqual([
      { name: 'index.js', state: 'written' },
      { name: '1.index.js', state: 'written' },
    ]);
    const written = cacheFiles().map((file) => [file, statSync(file).mtimeMs]);
    expect(written).toHaveLength(2);
    expect(statSync(first.directory!).mode & 0o777).toBe(0o700);

    const second = loadInFreshProcess(entry);
    expect(second.report).toEqual([
      { name: 'index.js', state: 'accepted' },
      { name: '1.index.js', state: 'accepted' },
    ]);
    expect(second.exports.answer).toBe('first');
    expect(cacheFiles().map((file) => [file, statSync(file).mtimeMs])).toEqual(written);
  });

  it('never runs an old cache for a changed file of the same length, which V8 alone would accept', () => {
    const entry = writeBundle('AAAA');
    loadInFreshProcess(entry);
    writeBundle('BBBB');
    const changed = loadInFreshProcess(entry);
    expect(changed.exports.answer).toBe('BBBB');
    expect(changed.report).toContainEqual({ name: '1.index.js', state: 'written' });
    // The old build's cache is removed, not left to pile up.
    expect(cacheFiles()).toHaveLength(2);
  });

  it('replaces a cache that V8 rejects, and still runs the file', () => {
    const entry = writeBundle('first');
    loadInFreshProcess(entry);
    for (const file of cacheFiles()) writeFileSync(file, 'not a code cache');
    const result = loadInFreshProcess(entry);
    expect(result.exports.answer).toBe('first');
    expect(result.report).toEqual([
      { name: 'index.js', state: 'written' },
      { name: '1.index.js', state: 'written' },
    ]);
    expect(loadInFreshProcess(entry).report.map((file) => file.state)).toEqual(['accepted', 'accepted']);
  });

  it('writes nothing once a V8 flag has changed: V8 would reject that cache at the next start', () => {
    const result = loadInFreshProcess(writeBundle('first'), { beforeSave: `(await import('node:v8')).setFlagsFromString('--heap-growing-percent=25');` });
    expect(result.report.map((file) => file.state)).toEqual(['absent', 'absent']);
    expect(cacheFiles()).toEqual([]);
  });

  it("keeps no cache under Node's own switch NODE_DISABLE_COMPILE_CACHE", () => {
    const result = loadInFreshProcess(writeBundle('first'), { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect(result).toMatchObject({ directory: null, report: [], exports: { answer: 'first' } });
    expect(cacheFiles()).toEqual([]);
  });

  it.runIf(process.getuid !== undefined)('uses no cache directory that someone else could write, or that is a link', () => {
    const entry = writeBundle('first');
    const directory = join(cacheParent, `salvo-code-cache-${process.getuid!()}`);
    mkdirSync(directory);
    chmodSync(directory, 0o777);
    expect(loadInFreshProcess(entry).directory).toBeNull();
    rmSync(directory, { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), directory);
    expect(loadInFreshProcess(entry)).toMatchObject({ directory: null, exports: { answer: 'first' } });
  });

  it('is what bin/salvo.js runs: a cache per command, written by the first run and used by the next', async () => {
    const env = { TMPDIR: cacheParent };
    const first = await runCli(['validate', 'examples'], { cwd: repoRoot, env, bundled: true });
    expect(first.code).toBe(0);
    const written = cacheFiles();
    expect(written.map((file) => file.replace(/.*\//, ''))).toContainEqual(expect.stringMatching(/^index-validate-[0-9a-f]{20}-[0-9a-f]+\.v1\.bin$/));
    const times = written.map((file) => statSync(file).mtimeMs);

    const second = await runCli(['validate', 'examples'], { cwd: repoRoot, env, bundled: true });
    expect(second).toMatchObject({ code: 0, stdout: first.stdout, stderr: first.stderr });
    expect(cacheFiles()).toEqual(written);
    expect(written.map((file) => statSync(file).mtimeMs)).toEqual(times);
  });

  it('keeps nothing from a first run that stopped at a usage error, which calls too little to be worth keeping', async () => {
    const run = await runCli(['run', 'no-such-directory'], { cwd: dir, env: { TMPDIR: cacheParent }, bundled: true });
    expect(run.code).toBe(2);
    expect(cacheFiles()).toEqual([]);
  });
});
