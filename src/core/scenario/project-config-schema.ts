import { z } from 'zod';
import { ADAPTERS } from './schema.ts';

/** The one default scenario folder (what `salvo init` writes and the README's layout uses). */
export const DEFAULT_SCENARIOS_DIR = 'salvo';

/** A user-supplied price row, USD per million tokens. */
export const priceSchema = z.strictObject({
  input: z.number().nonnegative().describe('USD per million input tokens.'),
  output: z.number().nonnegative().describe('USD per million output tokens.'),
  cache_read: z.number().nonnegative().optional().describe('USD per million tokens read from the prompt cache.'),
  cache_write: z.number().nonnegative().optional().describe('USD per million tokens written to the prompt cache.'),
});

export const judgeDefaultsSchema = z.strictObject({
  adapter: z.enum(ADAPTERS).optional().describe("The judge's provider."),
  model: z
    .string()
    .min(1)
    .optional()
    .describe('The model of judge assertions that name none; `--judge-model` comes after it.'),
  k: z.int().min(1).max(21).optional().describe('Votes per judge assertion that sets none (1-21).'),
  temperature: z.number().min(0).max(2).optional().describe("The judge's sampling temperature (0-2)."),
  max_tokens: z.int().min(1).optional().describe("The judge's output token limit per vote."),
  default_threshold: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('The judge score needed to pass when an assertion sets no threshold (0-1).'),
});

/**
 * Per-provider limits (`providers: {openai: {...}}`), read by the rate-limit layer (src/providers/shared/rate-limit/).
 */
export const providerLimitsSchema = z.strictObject({
  /** Requests in flight at once to this provider, at most (the layer may allow fewer after a 429). */
  max_concurrency: z
    .int()
    .min(1)
    .max(64)
    .optional()
    .describe('Requests in flight at once to this provider, at most (1-64; fewer after a 429).'),
  /** Requests started per minute, at most: one every 60/rpm seconds. */
  requests_per_minute: z
    .number()
    .positive()
    .optional()
    .describe('Requests started per minute, at most: one every 60/rpm seconds.'),
  /** How long one request may wait in total for rate limits (429, 529) before it errors. Default 600. */
  max_rate_limit_wait_seconds: z
    .number()
    .nonnegative()
    .optional()
    .describe('How long one request may wait in total for rate limits (429, 529) before it errors (default 600).'),
});

/** The model scenarios' `user_simulator` uses when it names none. */
export const simulatorDefaultsSchema = z.strictObject({
  model: z
    .string()
    .min(1)
    .optional()
    .describe(
      'The model of simulated users that name none; ' +
        "`--simulator-model` / the action's `simulator-model` come after it.",
    ),
  /** The provider of that model; else the model's family, else the scenario's adapter. */
  adapter: z
    .enum(ADAPTERS)
    .optional()
    .describe("The provider of that model; else the model's family, else the scenario's adapter."),
});

/** `salvo.yaml` at the project root; every key optional, scenario values override it. */
export const projectConfigSchema = z.strictObject({
  default_adapter: z.enum(ADAPTERS).optional().describe('Adapter of scenarios that set none.'),
  default_model: z.string().min(1).optional().describe('Model of scenarios that set none.'),
  /** Where scenarios live when no paths are given; the CLI and the Action share it. */
  scenarios_dir: z
    .string()
    .min(1)
    .default(DEFAULT_SCENARIOS_DIR)
    .describe(
      'The folder `salvo run`, `salvo validate` and the action use when given no paths ' +
        'or `scenarios` input (default `salvo`).',
    ),
  storage_dir: z
    .string()
    .min(1)
    .default('.salvo')
    .describe('Where runs, traces and recordings are kept (default `.salvo`; add it to .gitignore).'),
  judge: judgeDefaultsSchema
    .default({})
    .describe('Defaults for judge assertions: adapter, model, k, temperature, max_tokens, default_threshold.'),
  simulator: simulatorDefaultsSchema
    .default({})
    .describe('The model of simulated users that name none: model, and adapter.'),
  /** Prices by model id, for models the built-in table does not know (self-hosted, gateways). */
  prices: z
    .record(z.string(), priceSchema)
    .default({})
    .describe(
      'USD per million tokens for models salvo does not know, ' +
        'by model id: `{my-model: {input, output, cache_read, cache_write}}`.',
    ),
  /** Spend cap for one `salvo run`, in USD. */
  max_cost_usd: z
    .number()
    .positive()
    .optional()
    .describe('Spend cap for one run, in USD: once reached, no new scenario starts.'),
  concurrency: z.int().min(1).max(64).optional().describe('Trials run at once (1-64).'),
  /** Trials per scenario when a scenario sets none; `--trials` / the action's `trials` input win over it. */
  trials: z
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe(
      'Trials of every scenario that sets no `trials` of its own (1-100); ' +
        "`--trials` / the action's `trials` input win.",
    ),
  /** How long one request to a provider may take, per attempt (default 120 s). */
  request_timeout_seconds: z
    .number()
    .positive()
    .max(3600)
    .optional()
    .describe(
      'How long one request to a provider may take, ' +
        'per attempt (default 120; a timed-out request is retried up to twice).',
    ),
  /** Prompt caching for every scenario that sets none (`auto` when absent); `--no-prompt-cache` turns it off. */
  prompt_caching: z
    .enum(['auto', 'off'])
    .optional()
    .describe(
      'Prompt caching for scenarios that set none: `auto` (default) or `off`; ' +
        "`--no-prompt-cache` and the action's `prompt-caching: off` win.",
    ),
  /** Extra regular expressions whose matches are redacted from every trace (added to the built-ins). */
  redaction_patterns: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Extra regular expressions redacted from everything salvo stores or prints (added to the built-ins); ' +
        'linear-time, without backreferences or lookaround.',
    ),
  /** Limits per provider (and every base URL it is reached at). */
  providers: z
    .partialRecord(z.enum(ADAPTERS), providerLimitsSchema)
    .default({})
    .describe(
      'Limits per provider (`openai`, `anthropic`): max_concurrency, requests_per_minute, max_rate_limit_wait_seconds.',
    ),
});

export type ProjectConfig = z.infer<typeof projectConfigSchema>;
export type Price = z.infer<typeof priceSchema>;
export type ProviderLimits = z.infer<typeof providerLimitsSchema>;
export type JudgeDefaults = z.infer<typeof judgeDefaultsSchema>;
export type SimulatorDefaults = z.infer<typeof simulatorDefaultsSchema>;
