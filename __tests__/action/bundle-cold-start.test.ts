import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.ts';

// What the runner loads before the first scenario starts is dist/index.js
// alone; ncc puts each dynamic import() into its own chunk, loaded only when
// the code path that needs it runs. These markers are definitions that exist
// only inside those libraries.
const entry = readFileSync(join(repoRoot, 'dist', 'index.js'), 'utf8');

describe('the action bundle loads heavy clients lazily', () => {
  it.each([
    ['the artifact client and the Azure blob SDK behind it', /class BlockBlobClient\b/],
    ['the OpenAI SDK', /class OpenAI\b/],
    ['the Anthropic SDK', /class Anthropic\b/],
    ['Octokit (only needed for the PR comment)', /class Octokit\b/],
    ['@actions/core and its HTTP client (only needed after the run)', /class HttpClient\b/],
    ["@actions/core's job summary writer", /class Summary\b/],
  ])('keeps %s out of dist/index.js', (_what, definition) => {
    expect(entry).not.toMatch(definition);
  });

  it('still reaches them through chunks that exist', () => {
    const chunks = [...entry.matchAll(/__nccwpck_require__\.e\(\s*(?:\/\* import\(\) \*\/\s*)?(\d+)\)/g)].map((match) => match[1]);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of new Set(chunks)) expect(readFileSync(join(repoRoot, 'dist', `${chunk}.index.js`), 'utf8').length).toBeGreaterThan(0);
  });
});
