import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.ts';

const run = promisify(execFile);

// Records every module a fresh Node process resolves while it builds one client.
const probe = (adapter: string) =>
  `
import { registerHooks } from 'node:module';
const loaded = [];
registerHooks({ resolve(specifier, context, next) { ` +
  `const result = next(specifier, context); loaded.push(result.url); return result; } });
const { createModelClient } = await import('./src/providers/registry.ts');
await createModelClient('${adapter}', { apiKey: 'k', keySource: 'test', baseUrl: 'http://127.0.0.1:9' });
console.log(JSON.stringify({
  openai: loaded.some((url) => url.includes('/node_modules/openai/')),
  anthropic: loaded.some((url) => url.includes('/node_modules/@anthropic-ai/sdk/')),
}));
`;

describe('provider registry', () => {
  it.each([
    ['openai', { openai: true, anthropic: false }],
    ['anthropic', { openai: false, anthropic: true }],
  ])('loads only the %s SDK when building its client', async (adapter, expected) => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probe(adapter)], { cwd: repoRoot });
    expect(JSON.parse(stdout)).toEqual(expected);
  });
});
