/** The parts of an Anthropic Messages response salvo reads, as minimal zod schemas. */
import { z } from 'zod';
import { onFirstUse } from '../../core/on-first-use.ts';

// Built on first use (the first response), not at import: the client module is
// loaded on the way to the first request (bench case 4, cold start).
function buildAnthropicWireSchemas() {
  const count = z.number().nullish().transform((value) => value ?? 0);

  const anthropicUsageSchema = z.looseObject({
    input_tokens: count,
    output_tokens: count,
    cache_creation_input_tokens: count,
    cache_read_input_tokens: count,
    output_tokens_details: z.looseObject({ thinking_tokens: count }).nullish(),
  });

  const anthropicBlockSchema = z.looseObject({
    type: z.string(),
    text: z.string().nullish(),
    id: z.string().nullish(),
    name: z.string().nullish(),
    input: z.unknown().optional(),
  });

  const anthropicMessageSchema = z.looseObject({
    id: z.string().nullish(),
    model: z.string().nullish(),
    // Empty content (`[]` with end_turn) is legal after side-effect-only tools.
    content: z.array(anthropicBlockSchema).nullish().transform((blocks) => blocks ?? []),
    stop_reason: z.string().nullish(),
    usage: anthropicUsageSchema.nullish(),
  });
  return { anthropicUsageSchema, anthropicBlockSchema, anthropicMessageSchema };
}

type WireSchemas = ReturnType<typeof buildAnthropicWireSchemas>;
const schemas = onFirstUse(buildAnthropicWireSchemas);

export const anthropicUsageSchema = z.lazy(() => schemas().anthropicUsageSchema);
export const anthropicBlockSchema = z.lazy(() => schemas().anthropicBlockSchema);
export const anthropicMessageSchema = z.lazy(() => schemas().anthropicMessageSchema);

export type AnthropicMessageWire = z.infer<WireSchemas['anthropicMessageSchema']>;
export type AnthropicUsageWire = z.infer<WireSchemas['anthropicUsageSchema']>;
export type AnthropicBlockWire = z.infer<WireSchemas['anthropicBlockSchema']>;
