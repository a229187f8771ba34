import { z } from 'zod';
import { ADAPTERS } from './schema.ts';

/** The one default scenario folder (what `salvo init` writes and the README's layout uses). */
export const DEFAULT_SCENARIOS_DIR = 'salvo';

/** A user-supplied price row, USD per million tokens. */
export const priceSchema = z.strictObject({
  input: z.number().nonnegative(),
  output: z.number().nonnegative(),
  cache_read: z.number().nonnegative().optional(),
  cache_write: z.number().nonnegative().optional(),
});

export const judgeDefaultsSchema = z.strictObject({
  adapter: z.enum(ADAPTERS).optional(),
  model: z.string().min(1).optional(),
  k: z.int().min(1).max(21).optional(),
  temperature: z.number().min(0).max(2).optional(),
  max_tokens: z.int().min(1).optional(),
  default_threshold: z.number().min(0).max(1).optional(),
});

/**
 * Per-provider limits (`providers: {openai: {...}}`), read by the rate-limit layer (src/providers/shared/rate-limit/).
 */
export const providerLimitsSchema = z.strictObject({
  /** Requests in flight at once to this provider, at most (the layer may allow fewer after a 429). */
  max_concurrency: z.int().min(1).max(64).optional(),
  /** Requests started per minute, at most: one every 60/rpm seconds. */
  requests_per_minute: z.number().positive().optional(),
  /** How long one request may wait in total for rate limits (429, 529) before it errors. Default 600. */
  max_rate_limit_wait_seconds: z.number().nonnegative().optional(),
});

/** The model scenarios' `user_simulator` uses when it names none. */
export const simulatorDefaultsSchema = z.strictObject({
  model: z.string().min(1).optional(),
  /** The provider of that model; else the model's family, else the scenario's adapter. */
  adapter: z.enum(ADAPTERS).optional(),
});

/** `salvo.yaml` at the project root; every key optional, scenario values override it. */
export const projectConfigSchema = z.strictObject({
  default_adapter: z.enum(ADAPTERS).optional(),
  default_model: z.string().min(1).optional(),
  /** Where scenarios live when no paths are given; the CLI and the Action share it. */
  scenarios_dir: z.string().min(1).default(DEFAULT_SCENARIOS_DIR),
  storage_dir: z.string().min(1).default('.salvo'),
  judge: judgeDefaultsSchema.default({}),
  simulator: simulatorDefaultsSchema.default({}),
  /** Prices by model id, for models the built-in table does not know (self-hosted, gateways). */
  prices: z.record(z.string(), priceSchema).default({}),
  /** Spend cap for one `salvo run`, in USD. */
  max_cost_usd: z.number().positive().optional(),
  concurrency: z.int().min(1).max(64).optional(),
  /** Trials per scenario when a scenario sets none; `--trials` / the action's `trials` input win over it. */
  trials: z.int().min(1).max(100).optional(),
  /** How long one request to a provider may take, per attempt (default 120 s). */
  request_timeout_seconds: z.number().positive().max(3600).optional(),
  /** Prompt caching for every scenario that sets none (`auto` when absent); `--no-prompt-cache` turns it off. */
  prompt_caching: z.enum(['auto', 'off']).optional(),
  /** Extra regular expressions whose matches are redacted from every trace (added to the built-ins). */
  redaction_patterns: z.array(z.string().min(1)).default([]),
  /** Limits per provider (and every base URL it is reached at). */
  providers: z.partialRecord(z.enum(ADAPTERS), providerLimitsSchema).default({}),
});

export type ProjectConfig = z.infer<typeof projectConfigSchema>;
export type Price = z.infer<typeof priceSchema>;
export type ProviderLimits = z.infer<typeof providerLimitsSchema>;
export type JudgeDefaults = z.infer<typeof judgeDefaultsSchema>;
export type SimulatorDefaults = z.infer<typeof simulatorDefaultsSchema>;
