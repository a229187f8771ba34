import { UsageError } from '../core/errors.ts';
import type { ProjectConfig } from '../core/scenario/project-config-schema.ts';
import { parseScenarioFilters, type ScenarioFilter } from '../core/scenario/scenario-filter.ts';
import { parseShard, type Shard } from '../core/scenario/shard.ts';
import { ADAPTERS, type AdapterName } from '../core/scenario/schema.ts';
import { collectSecrets, type NamedSecret } from '../engine/secrets.ts';
import type { ProviderSettings } from '../providers/registry.ts';

/** The flags of `salvo run` as commander hands them over (strings until validated here). */
export interface RunFlags {
  concurrency?: string;
  maxCostUsd?: string;
  timeoutSeconds?: string;
  requestTimeoutSeconds?: string;
  json?: boolean;
  model?: string;
  adapter?: string;
  trials?: string;
  earlyStop?: boolean;
  /** Commander's `--no-prompt-cache`: false when given. */
  promptCache?: boolean;
  junit?: string;
  filter?: string[];
  shard?: string;
  judgeModel?: string;
  simulatorModel?: string;
}

/** Everything `salvo run` needs from flags, environment and salvo.yaml, read once and validated. */
export interface RunSettings {
  patterns: string[];
  concurrency: number;
  maxCostUsd: number | null;
  timeoutMs: number | null;
  /** Per provider request; null for salvo.yaml's request_timeout_seconds or the default. */
  requestTimeoutMs: number | null;
  json: boolean;
  model: string | null;
  adapter: AdapterName | null;
  /** `--judge-model`: for judge assertions that no scenario or salvo.yaml gives a model. */
  judgeModel: string | null;
  /** `--simulator-model`: for simulated users that no scenario or salvo.yaml gives a model. */
  simulatorModel: string | null;
  /** Null: each scenario's own `trials` (or salvo.yaml's, else 1). */
  trials: number | null;
  filters: ScenarioFilter[];
  shard: Shard | null;
  earlyStop: boolean;
  noPromptCache: boolean;
  /** Where to write JUnit XML (as given, relative to the working directory), or null. */
  junitPath: string | null;
  providers: Record<AdapterName, ProviderSettings>;
  /** Every secret value salvo knows of (src/engine/secrets.ts), removed from whatever it stores or prints. */
  secrets: NamedSecret[];
  redactionPatterns: string[];
}

export const DEFAULT_CONCURRENCY = 4;

export function readRunSettings(
  patterns: string[],
  flags: RunFlags,
  env: NodeJS.ProcessEnv,
  config: ProjectConfig,
): RunSettings {
  const adapter = flags.adapter === undefined ? null : parseAdapter(flags.adapter);
  return {
    patterns,
    concurrency:
      flags.concurrency === undefined
        ? (config.concurrency ?? DEFAULT_CONCURRENCY)
        : parseInteger('--concurrency', flags.concurrency, 1, 64),
    maxCostUsd:
      flags.maxCostUsd === undefined
        ? (config.max_cost_usd ?? null)
        : parsePositive('--max-cost-usd', flags.maxCostUsd),
    timeoutMs:
      flags.timeoutSeconds === undefined ? null : parsePositive('--timeout-seconds', flags.timeoutSeconds) * 1000,
    requestTimeoutMs:
      flags.requestTimeoutSeconds === undefined
        ? null
        : parsePositive('--request-timeout-seconds', flags.requestTimeoutSeconds) * 1000,
    json: flags.json === true,
    model: flags.model === undefined ? null : nonEmpty('--model', flags.model),
    adapter,
    judgeModel: flags.judgeModel === undefined ? null : nonEmpty('--judge-model', flags.judgeModel),
    simulatorModel: flags.simulatorModel === undefined ? null : nonEmpty('--simulator-model', flags.simulatorModel),
    trials: flags.trials === undefined ? null : parseInteger('--trials', flags.trials, 1, 100),
    filters: parseScenarioFilters(flags.filter ?? [], '--filter'),
    shard: flags.shard === undefined ? null : parseShard(flags.shard, '--shard'),
    earlyStop: flags.earlyStop === true,
    noPromptCache: flags.promptCache === false,
    junitPath: flags.junit === undefined ? null : nonEmpty('--junit', flags.junit),
    providers: providersFromEnv(env),
    secrets: collectSecrets(env),
    redactionPatterns: config.redaction_patterns,
  };
}

/** Keys and base URLs of every provider, from the environment. */
export function providersFromEnv(env: NodeJS.ProcessEnv): Record<AdapterName, ProviderSettings> {
  return {
    openai: providerSettings(env, 'OPENAI_API_KEY', 'OPENAI_BASE_URL'),
    anthropic: providerSettings(env, 'ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL'),
  };
}

function providerSettings(env: NodeJS.ProcessEnv, keyName: string, urlName: string): ProviderSettings {
  const settings: ProviderSettings = { keySource: `environment variable ${keyName}` };
  const key = env[keyName]?.trim();
  const baseUrl = env[urlName]?.trim();
  if (key) settings.apiKey = key;
  if (baseUrl) settings.baseUrl = baseUrl;
  return settings;
}

function parseAdapter(value: string): AdapterName {
  if ((ADAPTERS as readonly string[]).includes(value)) return value as AdapterName;
  throw new UsageError(`--adapter must be one of ${ADAPTERS.join(', ')}, not '${value}'`);
}

function parseInteger(flag: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not '${value}'`);
  }
  return number;
}

function parsePositive(flag: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0)
    throw new UsageError(`${flag} must be a positive number, not '${value}'`);
  return number;
}

function nonEmpty(flag: string, value: string): string {
  if (value.trim() === '') throw new UsageError(`${flag} must not be empty`);
  return value.trim();
}
