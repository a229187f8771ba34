/**
 * Anthropic prompt caching: `cache_control` breakpoints where the runner's
 * plan says a prefix will be re-sent and the prefix is long enough for the
 * model to cache (src/core/cost/prompt-cache.ts). The cache prefix runs
 * tools -> system -> messages, so:
 *  - one breakpoint closes tools and system (on the system prompt, else the
 *    last tool), read by every later call, trial and sharing scenario;
 *  - one closes the conversation so far (the last block of the last message),
 *    so the next call of the tool loop reads everything before it;
 *  - when more than LOOKBACK_BLOCKS blocks came in since the previous call,
 *    one more marks where that call ended: the API looks back only about 20
 *    blocks from a breakpoint for an earlier cache entry.
 * Never more than the API's four, counting a top-level `cache_control` the
 * scenario's extras may set. The marks change nothing the model sees.
 */
import type { ModelRequest } from '../../core/model-client.ts';
import { estimateTokens, isLongEnoughToCache, MAX_ANTHROPIC_BREAKPOINTS } from '../../core/cost/index.ts';

type JsonObject = Record<string, unknown>;
type WireMessage = { role: string; content: JsonObject[] };

/** The 5-minute cache (the API's default TTL): writes at 1.25x input, enough for the trials of a run. */
const BREAKPOINT = { type: 'ephemeral' } as const;
/** Blocks the API searches back from a breakpoint is about 20; a margin keeps salvo clear of the edge. */
export const LOOKBACK_BLOCKS = 18;
/** Blocks the API refuses a cache_control on. */
const UNMARKABLE = new Set(['thinking', 'redacted_thinking']);

export interface CacheableBody {
  system?: string | JsonObject[];
  tools?: JsonObject[];
  messages: WireMessage[];
  cache_control?: unknown;
}

/** Returns the body with breakpoints placed (a copy where marked; the conversation's own blocks are never mutated). */
export function withCacheBreakpoints<T extends CacheableBody>(body: T, request: ModelRequest): T {
  const hint = request.cache;
  if (!hint) return body;
  const model = request.settings.model;
  let budget = MAX_ANTHROPIC_BREAKPOINTS - (body.cache_control === undefined ? 0 : 1);
  const prefixTokens = estimateTokens(JSON.stringify(body.tools ?? [])) + estimateTokens(systemText(body.system));
  const marked: T = { ...body };
  if (hint.prefixReused && budget > 0 && isLongEnoughToCache('anthropic', model, prefixTokens)) {
    if (markPrefix(marked)) budget -= 1;
  }
  const promptTokens = prefixTokens + estimateTokens(JSON.stringify(body.messages));
  if (!hint.conversationReused || budget === 0 || !isLongEnoughToCache('anthropic', model, promptTokens)) return marked;
  const messages = [...body.messages];
  const lastIndex = messages.length - 1;
  if (markLastBlock(messages, lastIndex)) budget -= 1;
  // The previous call ended three messages back (its last user message, then the reply and the tool results).
  const previousEnd = lastIndex - 2;
  const blocksSince = messages.slice(previousEnd + 1).reduce((sum, message) => sum + message.content.length, 0);
  if (budget > 0 && previousEnd >= 0 && blocksSince > LOOKBACK_BLOCKS) markLastBlock(messages, previousEnd);
  return { ...marked, messages };
}

function systemText(system: CacheableBody['system']): string {
  if (typeof system === 'string') return system;
  return (system ?? []).map((block) => String(block.text ?? '')).join('');
}

/** The system prompt as one text block carrying the breakpoint; without one, the last tool carries it. */
function markPrefix(body: CacheableBody): boolean {
  if (typeof body.system === 'string' && body.system !== '') {
    body.system = [{ type: 'text', text: body.system, cache_control: BREAKPOINT }];
    return true;
  }
  const tools = body.tools ?? [];
  const last = tools.at(-1);
  if (!last) return false;
  body.tools = [...tools.slice(0, -1), { ...last, cache_control: BREAKPOINT }];
  return true;
}

function markLastBlock(messages: WireMessage[], index: number): boolean {
  const message = messages[index];
  if (!message) return false;
  const position = message.content.findLastIndex((block) => !UNMARKABLE.has(String(block.type)));
  if (position === -1) return false;
  const content = [...message.content];
  content[position] = { ...content[position], cache_control: BREAKPOINT };
  messages[index] = { ...message, content };
  return true;
}
