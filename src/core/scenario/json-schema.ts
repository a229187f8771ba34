import { z } from 'zod';
import { COMMON_ASSERTION_FIELDS, JMESPATH_OPERATORS } from './assertion-schema.ts';
import { projectConfigSchema } from './project-config-schema.ts';
import { scenarioSchema } from './schema.ts';

/**
 * JSON Schemas for editors (yaml-language-server), generated from the zod
 * schemas so they cannot drift: `npm run schema` writes them to schema/, and
 * a test fails when the committed files differ from this output.
 */

export const SCHEMA_BASE_URL = 'https://unpkg.com/salvo-ai@0/schema';
export const SCENARIO_SCHEMA_FILE = 'scenario.schema.json';
export const CONFIG_SCHEMA_FILE = 'salvo-config.schema.json';

type JsonObject = Record<string, unknown>;

/** The shorthand `{path: <expression>, <operator>: <value>}`, one variant per operator so exactly one is allowed. */
function shorthandVariants(): JsonObject[] {
  return JMESPATH_OPERATORS.map((operator) => {
    const variant = z.strictObject({
      path: z
        .string()
        .min(1)
        .default('response.content')
        .describe('A JMESPath expression over the trace (default response.content).'),
      [operator]: (operator === 'exists' ? z.literal(true) : z.unknown()).describe(
        `The value the path's result is compared with by '${operator}'.`,
      ),
      ...COMMON_ASSERTION_FIELDS,
    });
    const json = z.toJSONSchema(variant, { io: 'input', target: 'draft-7' }) as JsonObject;
    delete json.$schema;
    return {
      ...json,
      required: [operator],
      description: `shorthand for a jmespath assertion with operator '${operator}'`,
    };
  });
}

function objectAt(parent: JsonObject, ...keys: string[]): JsonObject {
  let current: unknown = parent;
  for (const key of keys) current = (current as JsonObject)[key];
  if (typeof current !== 'object' || current === null) throw new Error(`no object at ${keys.join('.')}`);
  return current as JsonObject;
}

export function scenarioJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-7' }) as JsonObject;
  // salvo.yaml's default_model may supply the model.
  schema.required = (schema.required as string[]).filter((name) => name !== 'model');
  const tools = objectAt(schema, 'properties', 'tools');
  // A mock case answers in exactly one way (the loader checks this too, with positions).
  objectAt(schema, 'properties', 'tools', 'items', 'properties', 'mocks', 'items').oneOf = [
    'response',
    'responses',
    'error',
  ].map((key) => ({ required: [key] }));
  tools.items = {
    anyOf: [
      tools.items,
      {
        type: 'string',
        description: '!include path/to/tools.yaml (relative to this file): one tool or a list of tools',
      },
    ],
  };
  // One user message (`prompt`), a scripted conversation (`turns`) or a simulated user, exactly one of them.
  schema.oneOf = [{ required: ['prompt'] }, { required: ['turns'] }, { required: ['user_simulator'] }];
  const assertionItems = objectAt(schema, 'properties', 'assertions', 'items');
  assertionItems.oneOf = [...(assertionItems.oneOf as JsonObject[]), ...shorthandVariants()];
  return {
    $schema: schema.$schema,
    $id: `${SCHEMA_BASE_URL}/${SCENARIO_SCHEMA_FILE}`,
    title: 'salvo scenario',
    description:
      'One salvo scenario: a prompt, scripted turns or a simulated user, ' +
      'tools with mocked results, and assertions about what the agent does.',
    ...schema,
  };
}

export function projectConfigJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(projectConfigSchema, { io: 'input', target: 'draft-7' }) as JsonObject;
  return {
    $schema: schema.$schema,
    $id: `${SCHEMA_BASE_URL}/${CONFIG_SCHEMA_FILE}`,
    title: 'salvo.yaml',
    description: 'salvo project settings; every key is optional and scenario files override them.',
    ...schema,
  };
}

/** File name -> content, exactly as committed under schema/. */
export function renderJsonSchemas(): Record<string, string> {
  return {
    [SCENARIO_SCHEMA_FILE]: `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`,
    [CONFIG_SCHEMA_FILE]: `${JSON.stringify(projectConfigJsonSchema(), null, 2)}\n`,
  };
}
