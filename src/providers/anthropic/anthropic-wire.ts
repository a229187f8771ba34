/** The parts of an Anthropic Messages response salvo reads, as minimal zod schemas. */
import { z } from 'zod';

const count = z
  .number()
  .nullish()
  .transform((value) => value ?? 0);

export const anthropicUsageSchema = z.looseObject({
  input_tokens: count,
  output_tokens: count,
  cache_creation_input_tokens: count,
  cache_read_input_tokens: count,
  cache_creation: z.looseObject({ ephemeral_1h_input_tokens: count }).nullish(),
  output_tokens_details: z.looseObject({ thinking_tokens: count }).nullish(),
});

export const anthropicBlockSchema = z.looseObject({
  type: z.string(),
  text: z.string().nullish(),
  id: z.string().nullish(),
  name: z.string().nullish(),
  input: z.unknown().optional(),
});

export const anthropicMessageSchema = z.looseObject({
  id: z.string().nullish(),
  model: z.string().nullish(),
  // A Messages response says so; a server that omits the field is given the benefit of the doubt.
  type: z.literal('message').optional(),
  // Required: without it the reply is no Messages response (`{"foo":1}`, an OpenAI-shaped body) and must not
  // read as an empty answer that blames the model. Empty content (`[]` with end_turn) is legal after
  // side-effect-only tools.
  content: z.array(anthropicBlockSchema),
  stop_reason: z.string().nullish(),
  usage: anthropicUsageSchema.nullish(),
});

export type AnthropicMessageWire = z.infer<typeof anthropicMessageSchema>;
export type AnthropicUsageWire = z.infer<typeof anthropicUsageSchema>;
export type AnthropicBlockWire = z.infer<typeof anthropicBlockSchema>;
