import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Input, Output } from '../../src/action/action-names.ts';
import { repoRoot } from '../helpers/run-cli.ts';

// ajv (devDependency) because the schemastore schemas use draft-07 features
// (oneOf, patternProperties, $ref chains, if/then) that a home-made checker
// would get subtly wrong; these schemas are what editors and actionlint use.
const specs = join(repoRoot, '__tests__', 'fixtures', 'schemas');
const readJson = (path: string): object => JSON.parse(readFileSync(path, 'utf8')) as object;
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validateAction = ajv.compile(readJson(join(specs, 'github-action.json')));
const validateWorkflow = ajv.compile(readJson(join(specs, 'github-workflow.json')));

const actionYaml = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/** The README's example workflows, in order: the basic one, then the sharded one. */
function exampleWorkflows(): unknown[] {
  const blocks = [...readme.matchAll(/<!-- example-workflow[^>]*-->\s*```yaml\n([\s\S]*?)```/g)];
  if (blocks.length === 0) throw new Error('README has no example workflow block');
  return blocks.map((match) => parse(match[1] ?? '') as unknown);
}

function exampleWorkflow(): unknown {
  return exampleWorkflows()[0];
}

describe('action.yml', () => {
  it('is valid against the GitHub Action metadata schema', () => {
    const validate = validateAction;
    expect(validate(actionYaml), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('runs dist/index.js on node24', () => {
    expect(actionYaml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs and outputs the code reads and writes', () => {
    expect(Object.keys(actionYaml.inputs).sort()).toEqual(Object.values(Input).sort());
    expect(Object.keys(actionYaml.outputs).sort()).toEqual(Object.values(Output).sort());
  });

  it('the schema check can fail: an unknown runtime is rejected', () => {
    const validate = validateAction;
    expect(validate({ ...actionYaml, runs: { using: 'node18', main: 'dist/index.js' } })).toBe(false);
  });
});

describe('README', () => {
  it('shows an example workflow that is valid against the workflow schema', () => {
    const validate = validateWorkflow;
    const workflow = exampleWorkflow();
    expect(validate(workflow), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(workflow).toMatchObject({
      permissions: { contents: 'read', 'pull-requests': 'write' },
      concurrency: { 'cancel-in-progress': true },
    });
    expect(JSON.stringify(workflow)).toContain('${{ secrets.OPENAI_API_KEY }}');
  });

  it('shows a sharded workflow (shard legs, then a merge job that always runs) valid against the schema', () => {
    const sharded = exampleWorkflows()[1] as {
      jobs: Record<string, { needs?: string; if?: string; steps: { with?: Record<string, string> }[] }>;
    };
    expect(validateWorkflow(sharded), JSON.stringify(validateWorkflow.errors, null, 2)).toBe(true);
    expect(sharded).toMatchObject({ permissions: { actions: 'read' }, concurrency: { 'cancel-in-progress': true } });
    const shardStep = sharded.jobs.shard?.steps.find((step) => step.with?.shard);
    expect(shardStep?.with?.shard).toBe('${{ matrix.shard }}/3');
    expect(sharded.jobs.report).toMatchObject({ needs: 'shard', if: 'always()' });
    expect(sharded.jobs.report?.steps.some((step) => step.with?.mode === 'merge')).toBe(true);
  });

  it("keeps the repository's own workflows valid too", () => {
    for (const file of readdirSync(join(repoRoot, '.github', 'workflows'))) {
      const workflow = parse(readFileSync(join(repoRoot, '.github', 'workflows', file), 'utf8')) as unknown;
      expect(validateWorkflow(workflow), `${file}: ${JSON.stringify(validateWorkflow.errors, null, 2)}`).toBe(true);
    }
  });

  it('documents every input and output in its tables', () => {
    for (const name of [...Object.values(Input), ...Object.values(Output)]) {
      expect(readme, `README does not document '${name}'`).toMatch(new RegExp(`^\\| [^\\n]*\`${name}\``, 'm'));
    }
  });
});
