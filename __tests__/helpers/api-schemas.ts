/**
 * Request bodies checked against the providers' published OpenAPI schemas
 * (extracted into __tests__/fixtures/schemas/ by scripts/extract-api-schemas.ts):
 * a field salvo sends that the API does not define, or sends in the wrong
 * shape, fails the test before it could fail in production.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { repoRoot } from './run-cli.ts';

const schemas = join(repoRoot, '__tests__', 'fixtures', 'schemas');
// The specs use OpenAPI keywords (discriminator, x-*) that are not JSON Schema: ignored, not refused.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema(
  JSON.parse(readFileSync(join(schemas, 'anthropic-messages-request.json'), 'utf8')) as object,
  'anthropic',
);
ajv.addSchema(JSON.parse(readFileSync(join(schemas, 'openai-requests.json'), 'utf8')) as object, 'openai');

const validators = {
  messages: ajv.getSchema('anthropic#/$defs/CreateMessageParams'),
  chat_completions: ajv.getSchema('openai#/$defs/CreateChatCompletionRequest'),
  responses: ajv.getSchema('openai#/$defs/CreateResponse'),
};

/** The schema's complaints about a request body of this API, as text; empty when it conforms. */
export function specProblems(api: keyof typeof validators, body: unknown): string {
  const validate = validators[api];
  if (!validate) throw new Error(`no schema for ${api}`);
  if (validate(body)) return '';
  return JSON.stringify(validate.errors?.slice(0, 5), null, 1);
}
