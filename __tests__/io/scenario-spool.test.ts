import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioSpool } from '../../src/io/scenario-spool.ts';
import { load } from '../helpers/scenario-loading.ts';

const examples = join(import.meta.dirname, '../../examples');
const parents: string[] = [];
function spoolIn(): { spool: ScenarioSpool; parent: string } {
  const parent = mkdtempSync(join(tmpdir(), 'salvo-spool-test-'));
  parents.push(parent);
  return { spool: new ScenarioSpool(parent), parent };
}
afterEach(() => {
  for (const parent of parents.splice(0)) rmSync(parent, { recursive: true, force: true });
});

describe('the scenario spool (where a run keeps validated scenarios until their turn)', () => {
  it('gives every shipped example back exactly as it was loaded', async () => {
    const names = readdirSync(examples).filter((name) => name.endsWith('.yaml'));
    const shared = Object.fromEntries(readdirSync(join(examples, '_shared')).map((name) => [`_shared/${name}`, readFileSync(join(examples, '_shared', name), 'utf8')]));
    expect(names.length).toBeGreaterThan(3);
    const { spool } = spoolIn();
    const loaded = await Promise.all(names.map((name) => load(readFileSync(join(examples, name), 'utf8'), { file: name, files: shared })));
    // All spooled first, read back afterwards in another order, as a run does.
    const spooled = loaded.map((scenario) => spool.add(scenario));
    for (const index of [...loaded.keys()].reverse()) {
      const [original, back] = [loaded[index]!, spooled[index]!];
      expect(back).not.toBe(original);
      expect({ file: back.file, name: back.name, hash: back.hash, lines: back.assertionLines, scenario: back.scenario }).toEqual({
        file: original.file,
        name: original.name,
        hash: original.hash,
        lines: original.assertionLines,
        scenario: original.scenario,
      });
      expect(back.scenario).toBe(back.scenario);
    }
    spool.close();
  });

  it('keeps a scenario JSON cannot write exactly (an infinite number in a mock) as it was', async () => {
    const text = 'description: measure\nadapter: openai\nmodel: gpt-4o-mini\nprompt: hi\ntools:\n  - name: measure\n    description: measure things\n    mock_response: {limit: .inf, below: -.inf}\n';
    const loaded = await load(text);
    const { spool } = spoolIn();
    const back = spool.add(loaded);
    expect(back.scenario.tools[0]!.mock_response).toEqual({ limit: Number.POSITIVE_INFINITY, below: Number.NEGATIVE_INFINITY });
    expect(back.scenario).toEqual(loaded.scenario);
    spool.close();
  });

  it('leaves no file behind, even before it is closed', async () => {
    const { spool, parent } = spoolIn();
    const back = spool.add(await load('description: one\nadapter: openai\nmodel: gpt-4o-mini\nprompt: hello\n'));
    expect(readdirSync(parent)).toEqual([]);
    expect(back.scenario.prompt).toBe('hello');
    spool.close();
    spool.close();
    expect(readdirSync(parent)).toEqual([]);
  });
});
