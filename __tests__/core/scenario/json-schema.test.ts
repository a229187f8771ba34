import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// ajv (draft-07, a devDependency) stands in for the editor's validator here.
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ASSERTION_TYPES } from '../../../src/core/scenario/assertion-schema.ts';
import {
  renderJsonSchemas,
  scenarioJsonSchema,
  projectConfigJsonSchema,
} from '../../../src/core/scenario/json-schema.ts';
import { repoRoot } from '../../helpers/run-cli.ts';

const includeTag = { tag: '!include', resolve: (value: string) => value };
const readYaml = (path: string) => parse(readFileSync(path, 'utf8'), { customTags: [includeTag] });

describe('JSON Schemas under schema/', () => {
  it('are what npm run schema generates from the zod schemas (run it when this fails)', () => {
    for (const [file, content] of Object.entries(renderJsonSchemas())) {
      expect(readFileSync(join(repoRoot, 'schema', file), 'utf8'), `schema/${file} is stale: run npm run schema`).toBe(
        content,
      );
    }
  });

  it('accept every example, as an editor with !include configured sees it', () => {
    const validate = new Ajv({ allErrors: true }).compile(scenarioJsonSchema());
    const examples = readdirSync(join(repoRoot, 'examples')).filter((name) => name.endsWith('.yaml'));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) {
      const valid = validate(readYaml(join(repoRoot, 'examples', example)));
      expect(validate.errors ?? [], example).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('reject typos, unknown assertion types and foreign assertion fields', () => {
    const validate = new Ajv().compile(scenarioJsonSchema());
    const base = { model: 'm', prompt: 'hi' };
    expect(validate({ ...base, modle: 'x' })).toBe(false);
    expect(validate({ ...base, assertions: [{ type: 'tool_caled', tool: 'a' }] })).toBe(false);
    expect(validate({ ...base, assertions: [{ type: 'cost_limit', max_usd: 1, max_seconds: 2 }] })).toBe(false);
    expect(validate({ ...base, assertions: [{ path: 'a', eq: 1, contains: 2 }] })).toBe(false);
    expect(validate({ ...base, assertions: [{ path: 'a', eq: 1 }, { contains: 'x' }] })).toBe(true);
    expect(validate({ prompt: 'hi' })).toBe(true);
  });

  it('describe every assertion type and every salvo.yaml key', () => {
    const text = JSON.stringify(scenarioJsonSchema());
    for (const type of ASSERTION_TYPES) expect(text).toContain(`"const":"${type}"`);
    const validate = new Ajv().compile(projectConfigJsonSchema());
    expect(validate({ default_model: 'gpt-5.4-mini', judge: { k: 3 }, prices: { m: { input: 1, output: 2 } } })).toBe(
      true,
    );
    expect(validate({ default_modle: 'x' })).toBe(false);
  });
});
