import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module shipped in bin/, without type declarations
import { nodeVersionProblem } from '../../bin/require-node.js';

describe('the Node version guard of bin/salvo.js', () => {
  it('lets Node 22 and newer through', () => {
    expect(nodeVersionProblem('22.12.0')).toBeNull();
    expect(nodeVersionProblem('24.21.0')).toBeNull();
  });

  it('names the required and the running version on an older Node, instead of a stack trace', () => {
    expect(nodeVersionProblem('20.20.2')).toBe('error: salvo needs Node.js 22 or newer; this is Node.js 20.20.2');
  });
});
