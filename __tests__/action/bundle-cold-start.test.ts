import { readdirSync, readFileSync } from 'node:fs';
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
  ])('keeps %s out of dist/index.js', (_what, definition) => {
    expect(entry).not.toMatch(definition);
  });

  it('still reaches them through chunks that exist', () => {
    const chunks = [...entry.matchAll(/__nccwpck_require__\.e\(\s*(?:\/\* import\(\) \*\/\s*)?(\d+)\)/g)].map(
      (match) => match[1],
    );
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of new Set(chunks))
      expect(readFileSync(join(repoRoot, 'dist', `${chunk}.index.js`), 'utf8').length).toBeGreaterThan(0);
  });
});

describe('the OpenAI chunk holds the client salvo uses and nothing beside it', () => {
  // The provider imports `openai/client`, not the package index, which would
  // add the Azure and Bedrock clients and the computer-use toolset to the
  // chunk compiled before the first OpenAI request (bench case 4).
  const chunks = readdirSync(join(repoRoot, 'dist'))
    .filter((name) => /^\d+\.index\.js$/.test(name))
    .map((name) => readFileSync(join(repoRoot, 'dist', name), 'utf8'));
  const openaiChunk = chunks.find((text) => /class OpenAI\b/.test(text));

  it('has an OpenAI chunk', () => {
    expect(openaiChunk).toBeDefined();
  });

  it.each([
    ['the Azure OpenAI client', /class AzureOpenAI\b/],
    ['the Bedrock OpenAI client', /class BedrockOpenAI\b/],
    ['the computer-use toolset', /class ComputerToolset\b/],
  ])('leaves out %s', (_what, definition) => {
    expect(openaiChunk).not.toMatch(definition);
  });
});
