// Writes the JSON Schemas for scenario files and salvo.yaml, generated from
// the zod schemas, into schema/. Run `npm run schema` after changing
// src/core/scenario/*schema.ts; a test fails while the files are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderJsonSchemas } from '../src/core/scenario/json-schema.ts';

const outDir = resolve(import.meta.dirname, '..', 'schema');
mkdirSync(outDir, { recursive: true });
for (const [file, content] of Object.entries(renderJsonSchemas())) {
  writeFileSync(join(outDir, file), content);
  console.log(`wrote schema/${file}`);
}
