import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNodeSourceReader } from '../../../src/io/node-source-reader.ts';
import { loadScenario } from '../../../src/core/scenario/load-scenario.ts';
import { defaultProjectConfig, parseProjectConfig } from '../../../src/core/scenario/project-config.ts';
import { repoRoot } from '../../helpers/run-cli.ts';

afterEach(() => vi.restoreAllMocks());

describe('files read once per run are parsed without compiling parsers (parse-once.ts)', () => {
  it('loads salvo.yaml and a scenario without making code with the Function constructor', async () => {
    // zod's JIT compiles one parser per object schema with `new Function` on that schema's first parse.
    const makeCode = vi.spyOn(globalThis, 'Function');
    const config = await parseProjectConfig('concurrency: 2\ndefault_model: gpt-5.4-mini\n', 'salvo.yaml');
    const loaded = await loadScenario('examples/support-refund.yaml', { reader: createNodeSourceReader(repoRoot), projectRoot: repoRoot, config });
    expect(config.concurrency).toBe(2);
    expect(loaded.scenario.tools.map((tool) => tool.name)).toContain('lookup_order');
    expect(makeCode).not.toHaveBeenCalled();
    expect(defaultProjectConfig().scenarios_dir).toBeTruthy();
    expect(makeCode).not.toHaveBeenCalled();
  });
});
