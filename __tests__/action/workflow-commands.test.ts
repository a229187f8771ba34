import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as commands from '../../src/action/workflow-commands.ts';

// The action writes these runner commands itself so that @actions/core is not
// loaded before the first model request; the runner must see exactly what
// @actions/core would have written, above all for the mask.
function stdoutOf(write: () => void): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    write();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

const awkward = 'sk-live%41 line one\r\nline two: 100% :: done';

describe('workflow commands written without @actions/core', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['setSecret', () => commands.setSecret(awkward), () => core.setSecret(awkward)],
    ['debug', () => commands.debug(awkward), () => core.debug(awkward)],
    ['warning', () => commands.warning(awkward), () => core.warning(awkward)],
    ['info', () => commands.info(awkward), () => core.info(awkward)],
  ])('%s writes what @actions/core writes', (_name, ours, theirs) => {
    expect(stdoutOf(ours)).toBe(stdoutOf(theirs));
  });

  it('masks a multi-line secret as one escaped command line', () => {
    expect(stdoutOf(() => commands.setSecret('a\nb%'))).toBe('::add-mask::a%0Ab%25\n');
  });
});
