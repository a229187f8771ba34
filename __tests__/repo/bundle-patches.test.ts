import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBundlePatches, type BundlePatch } from '../../scripts/bundle-patches.ts';

const root = join(import.meta.dirname, '..', '..');
const patch: BundlePatch = { find: 'if (debug)', replace: 'if (false)', why: 'a test patch' };

describe('bundle patches (scripts/bundle-patches.ts, applied by scripts/bundle.ts)', () => {
  it('replaces the one match, in whichever file of the bundle holds it', () => {
    const files = new Map([
      ['a.js', 'const a = 1;'],
      ['b.js', 'if (debug) log();'],
    ]);
    expect(applyBundlePatches(files, [patch])).toEqual(new Map([['b.js', 'if (false) log();']]));
  });

  it('fails the build when a patch no longer matches exactly once (a dependency changed)', () => {
    expect(() => applyBundlePatches(new Map([['a.js', 'nothing here']]), [patch])).toThrow(/must match once, matched 0 times/);
    const twice = new Map([['a.js', 'if (debug) a();'], ['b.js', 'if (debug) b();']]);
    expect(() => applyBundlePatches(twice, [patch])).toThrow(/matched 2 times/);
  });

  it('applies a patch marked for one bundle to that bundle only', () => {
    const cliOnly: BundlePatch = { ...patch, only: 'cli' };
    const files = new Map([['a.js', 'if (debug) log();']]);
    expect(applyBundlePatches(files, [cliOnly], 'cli')).toEqual(new Map([['a.js', 'if (false) log();']]));
    expect(applyBundlePatches(files, [cliOnly], '.')).toEqual(new Map());
  });

  it('the shipped CLI does not load child_process, which it never uses (commander would load it at start)', () => {
    const hook = join(root, '__tests__', 'fixtures', 'report-builtins-at-exit.cjs');
    const run = spawnSync(process.execPath, ['--require', hook, join(root, 'bin', 'salvo.js'), 'validate', join(root, 'examples', 'plain-question.yaml')], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const loaded = JSON.parse(/^builtins: (.*)$/m.exec(run.stderr)![1]!) as string[];
    expect(loaded).toContain('fs');
    expect(loaded).not.toContain('child_process');
  });

  it("the shipped CLI no longer reads yaml's LOG_TOKENS switch: no token dump with it set", () => {
    const output = execFileSync(process.execPath, [join(root, 'bin', 'salvo.js'), 'validate', join(root, 'examples', 'plain-question.yaml')], {
      env: { ...process.env, LOG_TOKENS: '1', LOG_STREAM: '1' },
      encoding: 'utf8',
    });
    expect(output).not.toMatch(/^\| /m);
    expect(output).toMatch(/plain-question\.yaml/);
  });
});
