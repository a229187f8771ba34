import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { YOUNG_GENERATION_BYTES } from '../../src/io/heap-bounds.ts';

const moduleUrl = new URL('../../src/io/heap-bounds.ts', import.meta.url).href;

/** A process that allocates like a run (mostly short-lived, some kept for a while) and reports its heap. */
function allocateLikeARun(bound: boolean): { youngMb: number } {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    ${bound ? `const { boundHeapGrowth } = await import(${JSON.stringify(moduleUrl)}); boundHeapGrowth(1);` : ''}
    const kept = [];
    let youngMax = 0;
    for (let round = 0; round < 400; round += 1) {
      for (let i = 0; i < 2000; i += 1) {
        const turn = { messages: Array.from({ length: 8 }, (_, n) => ({ role: 'user', content: 'x'.repeat(40) + n + i })) };
        if (i % 50 === 0) kept.push(turn);
      }
      if (kept.length > 4000) kept.splice(0, 2000);
      await new Promise((resolve) => setImmediate(resolve));
      const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
      youngMax = Math.max(youngMax, young);
    }
    console.log(JSON.stringify({ youngMb: youngMax / 1048576 }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as { youngMb: number };
}

describe('bounded heap growth (salvo run and the action set it at start)', () => {
  it('stops the young generation growing past its bound, where V8 alone grows it several times larger', () => {
    const unbounded = allocateLikeARun(false);
    const bounded = allocateLikeARun(true);
    const boundMb = YOUNG_GENERATION_BYTES / 1048576;
    expect(unbounded.youngMb).toBeGreaterThan(boundMb * 2);
    // One doubling may happen between two checks of the timer.
    expect(bounded.youngMb).toBeLessThanOrEqual(boundMb * 2 + 1);
  });
});

describe('beforeV8FlagsChange (how the CLI writes its code cache in time)', () => {
  function listenerCalls(suiteFiles: string, allocate: boolean): { calls: Array<{ moment: string; beforeChange: boolean }>; changed: boolean } {
    const script = `
      import { cachedDataVersionTag } from 'node:v8';
      const { beforeV8FlagsChange, boundHeapGrowth, EAGER_FROM_FILES } = await import(${JSON.stringify(moduleUrl)});
      const atStart = cachedDataVersionTag();
      const calls = [];
      beforeV8FlagsChange((moment) => calls.push({ moment, beforeChange: cachedDataVersionTag() === atStart }));
      boundHeapGrowth(${suiteFiles});
      const kept = [];
      for (let round = 0; round < (${allocate} ? 300 : 0); round += 1) {
        for (let i = 0; i < 2000; i += 1) kept.push({ text: 'x'.repeat(40) + i });
        if (kept.length > 40000) kept.splice(0, 20000);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      console.log(JSON.stringify({ calls, changed: cachedDataVersionTag() !== atStart }));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout) as { calls: Array<{ moment: string; beforeChange: boolean }>; changed: boolean };
  }

  it('tells its listener once, before loading a large suite, while V8 would still accept a cache', () => {
    expect(listenerCalls('EAGER_FROM_FILES', true)).toEqual({ calls: [{ moment: 'before-loading', beforeChange: true }], changed: true });
  });

  it('tells a small suite\'s listener once its run is under way and its young generation reached the bound', () => {
    expect(listenerCalls('1', true)).toEqual({ calls: [{ moment: 'during-run', beforeChange: true }], changed: true });
  });

  it('never calls it in a short run, which changes no flag', () => {
    expect(listenerCalls('1', false)).toEqual({ calls: [], changed: false });
  });
});
