// Copies the request-body schemas of the provider APIs salvo calls out of the
// published OpenAPI specs (shared/specs: anthropic-openapi.json,
// openai-openapi.yaml) into __tests__/fixtures/schemas/, so the wire tests
// validate request bodies from a clean clone. Only the schemas reachable from
// the request bodies are kept, without descriptions and examples.
//   node scripts/extract-api-schemas.ts [specs-dir]   (default ../shared/specs)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Spec = { components: { schemas: Record<string, Json> } };

const root = resolve(import.meta.dirname, '..');
const specsDir = resolve(root, process.argv[2] ?? '../shared/specs');
const outDir = join(root, '__tests__', 'fixtures', 'schemas');
const DROPPED = new Set(['description', 'example', 'examples', 'title', 'x-stainless-const', 'deprecated']);

function strip(value: Json): Json {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const kept: Record<string, Json> = {};
  for (const [key, child] of Object.entries(value)) {
    // OpenAPI 3.0's `nullable` in a 3.1 document: a null type where a type is named, else nothing.
    if (key === 'nullable' && typeof child === 'boolean') {
      if (child && typeof value.type === 'string') kept.type = [value.type, 'null'];
      continue;
    }
    if (key === 'type' && kept.type !== undefined) continue;
    // `properties` names fields (a field may be called `description`); only schema keywords are dropped.
    if (DROPPED.has(key) && typeof child !== 'object') continue;
    kept[key] = strip(child);
  }
  return kept;
}

/** The named schemas and every schema they reference, as one JSON Schema with `$defs`. */
function extract(spec: Spec, roots: string[], source: string): Json {
  const defs: Record<string, Json> = {};
  const pending = [...roots];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (name in defs) continue;
    const schema = spec.components.schemas[name];
    if (schema === undefined) throw new Error(`${source}: no schema ${name}`);
    // Draft 2019-09's recursive reference to the schema itself becomes a plain $ref to its definition.
    const text = JSON.stringify(schema)
      .replaceAll('#/components/schemas/', '#/$defs/')
      .replaceAll('"$recursiveAnchor":true,', '')
      .replaceAll('{"$recursiveRef":"#"}', `{"$ref":"#/$defs/${name}"}`);
    defs[name] = strip(JSON.parse(text) as Json);
    for (const match of text.matchAll(/#\/\$defs\/([\w.-]+)/g)) pending.push(match[1]!);
  }
  const sorted = Object.fromEntries(
    Object.keys(defs)
      .sort()
      .map((name) => [name, defs[name]!]),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $comment: `Extracted from ${source} by scripts/extract-api-schemas.ts; do not edit.`,
    $defs: sorted,
  };
}

const anthropic = JSON.parse(readFileSync(join(specsDir, 'anthropic-openapi.json'), 'utf8')) as Spec;
const openai = parse(readFileSync(join(specsDir, 'openai-openapi.yaml'), 'utf8'), { maxAliasCount: -1 }) as Spec;
const outputs: [string, Json][] = [
  ['anthropic-messages-request.json', extract(anthropic, ['CreateMessageParams'], 'anthropic-openapi.json')],
  ['openai-requests.json', extract(openai, ['CreateChatCompletionRequest', 'CreateResponse'], 'openai-openapi.yaml')],
];
for (const [file, schema] of outputs) {
  writeFileSync(join(outDir, file), `${JSON.stringify(schema, null, 1)}\n`);
  console.log(`wrote __tests__/fixtures/schemas/${file}`);
}
