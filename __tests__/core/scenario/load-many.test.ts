import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/errors.ts';
import type { SourceReader } from '../../../src/core/scenario/load-scenario.ts';
import { loadScenarios, READ_AHEAD, type LoadOutcome } from '../../../src/core/scenario/load-scenarios.ts';
import { projectConfigSchema } from '../../../src/core/scenario/project-config-schema.ts';
import { memoryReader, PROJECT_ROOT } from '../../helpers/scenario-loading.ts';

const valid = (index: number) =>
  `description: scenario ${index}\nadapter: openai\nmodel: gpt-4o-mini\nprompt: hello ${index}\n`;
const options = (reader: SourceReader) => ({
  reader,
  projectRoot: PROJECT_ROOT,
  config: projectConfigSchema.parse({}),
});

async function collect(files: string[], reader: SourceReader): Promise<LoadOutcome[]> {
  const outcomes: LoadOutcome[] = [];
  for await (const outcome of loadScenarios(files, options(reader))) outcomes.push(outcome);
  return outcomes;
}

/** A reader whose reads finish in reverse order of their start, counting how many are open at once. */
function slowReader(files: Record<string, string>) {
  const inner = memoryReader(files);
  const stats = { open: 0, mostOpen: 0 };
  const reader: SourceReader = {
    realPath: inner.realPath,
    async readFile(path) {
      stats.open += 1;
      stats.mostOpen = Math.max(stats.mostOpen, stats.open);
      const index = Number(/(\d+)/.exec(path)?.[1] ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 40 - (index % 20)));
      stats.open -= 1;
      return inner.readFile(path);
    },
  };
  return { reader, stats };
}

describe('loading many scenario files', () => {
  it('yields every file in the order given, valid ones loaded and invalid ones with their problems', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 40 }, (_, index) => [`s${index}.yaml`, index === 7 ? 'prompt: [unclosed\n' : valid(index)]),
    );
    const { reader } = slowReader(files);
    const outcomes = await collect(Object.keys(files), reader);
    expect(outcomes.map((outcome) => outcome.file)).toEqual(Object.keys(files));
    expect(
      outcomes.filter((outcome) => 'loaded' in outcome).map((outcome) => 'loaded' in outcome && outcome.loaded.name),
    ).toEqual(
      Array.from({ length: 40 }, (_, index) => index)
        .filter((index) => index !== 7)
        .map((index) => `scenario ${index}`),
    );
    const broken = outcomes[7]!;
    expect('error' in broken && broken.error.problems.map(formatProblem).join('\n')).toMatch(
      /^s7\.yaml:\d+:\d+: YAML syntax error/,
    );
  });

  it('reads ahead, but never holds more than READ_AHEAD files open at once', async () => {
    const files = Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`s${index}.yaml`, valid(index)]));
    const { reader, stats } = slowReader(files);
    await collect(Object.keys(files), reader);
    expect(stats.mostOpen).toBe(READ_AHEAD);
  });

  it('stops with the failure when loading fails for a reason other than the file (a bug, not bad input)', async () => {
    const files = { 'a.yaml': valid(1), 'b.yaml': valid(2) };
    const broken: SourceReader = {
      ...memoryReader(files),
      readFile: async (path) => (path === 'b.yaml' ? (undefined as unknown as string) : files['a.yaml']),
    };
    const seen: string[] = [];
    const run = async () => {
      for await (const outcome of loadScenarios(['a.yaml', 'b.yaml'], options(broken))) seen.push(outcome.file);
    };
    await expect(run()).rejects.toBeInstanceOf(TypeError);
    expect(seen).toEqual(['a.yaml']);
  });
});
