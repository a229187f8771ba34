/**
 * Prompt-cache accounting for the fake LLM server, as each provider bills it
 * (about 4 bytes a token, like the fake's other usage figures):
 *
 * Anthropic: the prompt is a list of blocks in cache order (each tool, each
 * system block, each message block). A block with `cache_control` is a
 * breakpoint. A request reads the longest prefix that an earlier request
 * wrote (still within the TTL), found at a breakpoint or up to 20 blocks
 * before one; it writes the rest up to its last breakpoint. A prefix shorter
 * than the model's minimum is neither written nor read. Entries become
 * readable once the writing request is answered, and every hit refreshes
 * the TTL. `cache_control` itself is not part of the cached content.
 *
 * OpenAI: caching is automatic: the longest prefix (tools, system, then the
 * messages, as sent) shared with an earlier request of the same
 * `prompt_cache_key` within the TTL is billed as `cached_tokens`, in steps of
 * 128 tokens from 1,024 on; shorter prompts are never cached.
 */
import { createHash } from 'node:crypto';
import { isObject, type JsonObject } from './llm-wire-shared.ts';

export interface FakePromptCacheOptions {
  /** Default 5 minutes (Anthropic's ephemeral cache); OpenAI keeps prefixes at least that long. */
  ttlMs?: number;
  /** The clock the TTL runs on (tests move it). */
  now?: () => number;
  /** Anthropic's minimum cacheable prefix per model; default: ANTHROPIC_MINIMUMS, else 1,024. */
  anthropicMinimum?: (model: string) => number;
}

export interface CacheAccount {
  read: number;
  write: number;
  /** Makes this request's writes readable (called when its answer is sent). */
  commit(): void;
}

export const BYTES_PER_TOKEN = 4;
export const LOOKBACK_BLOCKS = 20;
export const OPENAI_MINIMUM = 1024;
export const OPENAI_STEP = 128;

/** The minimums Anthropic's prompt-caching page lists, by id prefix. */
export const ANTHROPIC_MINIMUMS: [string, number][] = [
  ['claude-sonnet-4-6', 2048],
  ['claude-haiku-4-5', 4096],
  ['claude-opus-4-5', 4096],
  ['claude-opus-4-6', 4096],
  ['claude-3-5-haiku', 2048],
  ['claude-3-haiku', 2048],
];

const tokensOf = (value: unknown) => Math.ceil(JSON.stringify(value).length / BYTES_PER_TOKEN);
const digest = (previous: string, value: unknown) =>
  createHash('sha256').update(previous).update(JSON.stringify(value)).digest('hex');

function withoutCacheControl(block: JsonObject): JsonObject {
  const { cache_control: _mark, ...rest } = block;
  return rest;
}

export class FakePromptCache {
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #minimum: (model: string) => number;
  /** Anthropic: prefix digest -> expiry. */
  readonly #entries = new Map<string, number>();
  /** OpenAI: cache key -> prompts seen (text and expiry). */
  readonly #prompts = new Map<string, { text: string; expires: number }[]>();

  constructor(options: FakePromptCacheOptions = {}) {
    this.#ttlMs = options.ttlMs ?? 5 * 60_000;
    this.#now = options.now ?? Date.now;
    this.#minimum =
      options.anthropicMinimum ??
      ((model) => ANTHROPIC_MINIMUMS.find(([prefix]) => model.startsWith(prefix))?.[1] ?? 1024);
  }

  account(api: 'messages' | 'chat_completions' | 'responses', body: JsonObject): CacheAccount {
    return api === 'messages' ? this.#anthropic(body) : this.#openai(body);
  }

  #anthropic(body: JsonObject): CacheAccount {
    const blocks = anthropicBlocks(body);
    const minimum = this.#minimum(String(body.model));
    // Running totals: the digest and token count of the prompt up to and including each block.
    const keys: string[] = [];
    const tokens: number[] = [];
    let key = String(body.model);
    let total = 0;
    for (const block of blocks) {
      key = digest(key, withoutCacheControl(block));
      total += tokensOf(withoutCacheControl(block));
      keys.push(key);
      tokens.push(total);
    }
    const breakpoints = blocks.flatMap((block, index) => (block.cache_control === undefined ? [] : [index]));
    const now = this.#now();
    let read = 0;
    for (const point of breakpoints) {
      for (let index = point; index >= Math.max(0, point - LOOKBACK_BLOCKS + 1); index -= 1) {
        const expires = this.#entries.get(keys[index]!);
        if (expires === undefined || expires <= now) continue;
        this.#entries.set(keys[index]!, now + this.#ttlMs);
        read = Math.max(read, tokens[index]!);
        break;
      }
    }
    const cacheable = breakpoints.filter((point) => tokens[point]! >= minimum);
    const last = cacheable.at(-1);
    const write = last === undefined ? 0 : Math.max(0, tokens[last]! - read);
    return {
      read,
      write,
      commit: () => {
        for (const point of cacheable) this.#entries.set(keys[point]!, this.#now() + this.#ttlMs);
      },
    };
  }

  #openai(body: JsonObject): CacheAccount {
    const text = openAiPrompt(body);
    const bucket = typeof body.prompt_cache_key === 'string' ? body.prompt_cache_key : '';
    const now = this.#now();
    const seen = (this.#prompts.get(bucket) ?? []).filter((prompt) => prompt.expires > now);
    const shared = Math.max(0, ...seen.map((prompt) => commonPrefixLength(prompt.text, text)));
    const sharedTokens = Math.floor(shared / BYTES_PER_TOKEN);
    const read =
      sharedTokens < OPENAI_MINIMUM
        ? 0
        : OPENAI_MINIMUM + Math.floor((sharedTokens - OPENAI_MINIMUM) / OPENAI_STEP) * OPENAI_STEP;
    return {
      read,
      write: 0,
      commit: () => {
        if (text.length / BYTES_PER_TOKEN < OPENAI_MINIMUM) return;
        this.#prompts.set(bucket, [...seen, { text, expires: this.#now() + this.#ttlMs }]);
      },
    };
  }
}

/** Tools, then system, then every message block: Anthropic's cache order. */
function anthropicBlocks(body: JsonObject): JsonObject[] {
  const tools = Array.isArray(body.tools) ? body.tools.filter(isObject) : [];
  const system =
    typeof body.system === 'string'
      ? [{ type: 'text', text: body.system }]
      : Array.isArray(body.system)
        ? body.system.filter(isObject)
        : [];
  const messages = Array.isArray(body.messages) ? body.messages.filter(isObject) : [];
  const content = messages.flatMap((message) =>
    typeof message.content === 'string'
      ? [{ role: message.role, type: 'text', text: message.content }]
      : (Array.isArray(message.content) ? message.content.filter(isObject) : []).map((block, index) =>
          // The role and the block's place in its message are part of what the model reads.
          index === 0 ? { ...block, role: message.role } : block,
        ),
  );
  return [...tools, ...system, ...content];
}

/** The prompt in the order OpenAI tokenizes it: tools, instructions or system, then the conversation. */
function openAiPrompt(body: JsonObject): string {
  const tools = JSON.stringify(body.tools ?? []);
  const instructions = typeof body.instructions === 'string' ? body.instructions : '';
  const conversation = (Array.isArray(body.messages) ? body.messages : Array.isArray(body.input) ? body.input : [])
    .map((item) => JSON.stringify(item))
    .join('\n');
  return `${tools}\n${instructions}\n${conversation}`;
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let index = 0;
  while (index < limit && a.charCodeAt(index) === b.charCodeAt(index)) index += 1;
  return index;
}

/** The API's own limits on breakpoints, as its 400s say them; null when the body respects them. */
export function breakpointProblem(body: JsonObject): string | null {
  const blocks = anthropicBlocks(body);
  const marked = blocks.filter((block) => block.cache_control !== undefined);
  const count = marked.length + (body.cache_control === undefined ? 0 : 1);
  if (count > 4) return `A maximum of 4 blocks with cache_control may be provided. Found ${count}.`;
  const thinking = marked.find((block) => block.type === 'thinking' || block.type === 'redacted_thinking');
  if (thinking) return `${String(thinking.type)} blocks cannot be marked with cache_control`;
  const bad = marked.find((block) => !isObject(block.cache_control) || block.cache_control.type !== 'ephemeral');
  if (bad) return "cache_control.type: Input should be 'ephemeral'";
  return null;
}
