/**
 * The parts of OpenAI responses salvo reads, as minimal zod schemas. Lenient
 * where OpenAI-compatible servers deviate (missing ids, object arguments,
 * absent usage); strict where nothing sensible could follow.
 */
import { z } from 'zod';

const count = z
  .number()
  .nullish()
  .transform((value) => value ?? 0);

export const chatUsageSchema = z.looseObject({
  prompt_tokens: count,
  completion_tokens: count,
  prompt_tokens_details: z.looseObject({ cached_tokens: count, cache_write_tokens: count }).nullish(),
  completion_tokens_details: z.looseObject({ reasoning_tokens: count }).nullish(),
});

export const chatToolCallSchema = z.looseObject({
  id: z.string().nullish(),
  type: z.string().nullish(),
  function: z.looseObject({ name: z.string(), arguments: z.unknown().optional() }),
});

export const chatCompletionSchema = z.looseObject({
  id: z.string().nullish(),
  model: z.string().nullish(),
  choices: z
    .array(
      z.looseObject({
        finish_reason: z.string().nullish(),
        message: z.looseObject({
          content: z
            .union([z.string(), z.array(z.looseObject({ type: z.string(), text: z.string().nullish() }))])
            .nullish(),
          refusal: z.string().nullish(),
          tool_calls: z.array(chatToolCallSchema).nullish(),
        }),
      }),
    )
    .min(1),
  usage: chatUsageSchema.nullish(),
});

export const responsesUsageSchema = z.looseObject({
  input_tokens: count,
  output_tokens: count,
  input_tokens_details: z.looseObject({ cached_tokens: count, cache_write_tokens: count }).nullish(),
  output_tokens_details: z.looseObject({ reasoning_tokens: count }).nullish(),
});

export const responseItemSchema = z.looseObject({
  type: z.string(),
  role: z.string().nullish(),
  call_id: z.string().nullish(),
  name: z.string().nullish(),
  arguments: z.unknown().optional(),
  content: z
    .array(z.looseObject({ type: z.string(), text: z.string().nullish(), refusal: z.string().nullish() }))
    .nullish(),
});

export const responseSchema = z.looseObject({
  id: z.string().nullish(),
  model: z.string().nullish(),
  status: z.string().nullish(),
  incomplete_details: z.looseObject({ reason: z.string().nullish() }).nullish(),
  output: z.array(responseItemSchema),
  usage: responsesUsageSchema.nullish(),
});

export type ChatCompletionWire = z.infer<typeof chatCompletionSchema>;
export type ChatUsageWire = z.infer<typeof chatUsageSchema>;
export type ResponseWire = z.infer<typeof responseSchema>;
export type ResponseItemWire = z.infer<typeof responseItemSchema>;
export type ResponsesUsageWire = z.infer<typeof responsesUsageSchema>;
