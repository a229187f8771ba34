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

type Node = Record<string, unknown>;

/** Every property of every object in a JSON Schema, with its path, wherever it sits (anyOf, items, $defs, ...). */
function* propertiesOf(node: unknown, path: string): Generator<[string, Node]> {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) yield* propertiesOf(child, `${path}[${index}]`);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, child] of Object.entries(node as Node)) {
    if (key === 'properties' && typeof child === 'object' && child !== null) {
      for (const [name, property] of Object.entries(child as Node)) {
        yield [`${path}.${name}`, property as Node];
        yield* propertiesOf(property, `${path}.${name}`);
      }
    } else {
      yield* propertiesOf(child, `${path}.${key}`);
    }
  }
}

/** A property is described when it, or the one schema it refers to or wraps, says what it is. */
function isDescribed(property: Node, root: Node): boolean {
  if (typeof property.description === 'string' && property.description.length > 0) return true;
  if (typeof property.$ref === 'string') {
    const target = property.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((at, key) => (at as Node)[key], root);
    return typeof (target as Node).description === 'string';
  }
  return false;
}

describe('JSON Schema descriptions (editor hovers)', () => {
  it('describe every property of the scenario and salvo.yaml schemas, so none can be added without one', () => {
    for (const [name, schema] of [
      ['scenario', scenarioJsonSchema()],
      ['salvo.yaml', projectConfigJsonSchema()],
    ] as const) {
      const undescribed = [...propertiesOf(schema, name)]
        .filter(([, property]) => !isDescribed(property, schema))
        .map(([path]) => path);
      expect(undescribed, `add .describe() to these fields in src/core/scenario/*schema*.ts`).toEqual([]);
    }
  });
});
