import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import { SalvoError } from '../errors.ts';
import { stableStringify } from '../canonical-json.ts';

/**
 * The recording file: what a model was asked and what it answered, turn by
 * turn, for every trial of one scenario. Committed next to the scenario so a
 * run without a key (fork pull requests, a fresh clone) can replay it. Public
 * and snake_case like traces; bump RECORDING_FORMAT_VERSION on any change a
 * reader of the previous version could not understand.
 *
 * Version 2 added `simulator` (the simulated user's replies) and made `judge`
 * official (it arrived in version 1 files without a bump). Version 1 files
 * are still read: they have no simulator replies, and their judge votes are
 * read as they are.
 *
 * Location: `<scenario dir>/__recordings__/<scenario file stem>.json`. The
 * folder holds only .json files, so scenario globs (*.yaml, *.yml) never
 * pick them up.
 */
export const RECORDING_FORMAT_VERSION = 2;
/** Versions this salvo reads; it writes only RECORDING_FORMAT_VERSION. */
export const READABLE_FORMAT_VERSIONS = [1, 2] as const;
export const RECORDINGS_DIR = '__recordings__';

/** Where a recording came from. Nothing may claim a real model produced text it did not. */
const liveSourceSchema = z.strictObject({
  kind: z.literal('live'),
  provider: z.string(),
  /** The model the scenario asked for; each reply also carries the id the provider reported. */
  model: z.string(),
  recorded_at: z.string(),
  salvo_version: z.string(),
});

/** Hand-written or scripted replies (salvo's own fake server, a test double): labelled as such. */
const scriptedSourceSchema = z.strictObject({
  kind: z.literal('scripted'),
  /** Who or what wrote the replies, in words, e.g. "scripted replies from salvo's fake LLM server". */
  label: z.string().min(1),
  /** The wire format the replies were served in. */
  provider: z.string(),
  recorded_at: z.string(),
  salvo_version: z.string(),
});

export const recordingSourceSchema = z.discriminatedUnion('kind', [liveSourceSchema, scriptedSourceSchema]);

const messageFingerprintSchema = z.strictObject({
  role: z.enum(['user', 'assistant', 'tool']),
  digest: z.string(),
  tool_name: z.string().optional(),
});

const settingsSchema = z.strictObject({
  temperature: z.number().optional(),
  seed: z.number().optional(),
  max_tokens: z.number().optional(),
  api: z.string().optional(),
  extras: z.record(z.string(), z.unknown()),
});

/**
 * What was asked, as digests of the redacted, normalised request: enough to
 * tell whether a new request is the same and, when it is not, what changed.
 * `messages_added` lists only the messages new since the previous turn, so a
 * long conversation stays linear in size.
 */
const requestFingerprintSchema = z.strictObject({
  digest: z.string(),
  model: z.string(),
  system: z.string().nullable(),
  tools: z.record(z.string(), z.string()),
  settings: settingsSchema,
  messages_added: z.array(messageFingerprintSchema),
});

const toolCallSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  arguments: z.record(z.string(), z.unknown()).nullable(),
  raw_arguments: z.string().optional(),
  arguments_error: z.string().optional(),
});

const usageSchema = z.strictObject({
  input_tokens: z.number(),
  output_tokens: z.number(),
  cache_read_tokens: z.number(),
  cache_write_tokens: z.number(),
  reasoning_tokens: z.number(),
});

/** A normalised ModelTurn, redacted and size-capped. */
const replySchema = z.strictObject({
  text: z.string().nullable(),
  tool_calls: z.array(toolCallSchema),
  usage: usageSchema,
  finish_reason: z.enum(['stop', 'tool_calls', 'length', 'content_filter', 'refusal', 'other']),
  raw_finish_reason: z.string().nullable(),
  model: z.string(),
  request_id: z.string().nullable(),
  latency_ms: z.number(),
  retries: z.number(),
  truncated: z.boolean().optional(),
});

/** One recorded turn: the request's fingerprint and the normalised reply. */
const turnSchema = z.strictObject({ request: requestFingerprintSchema, reply: replySchema });
const trialSchema = z.strictObject({ turns: z.array(turnSchema) });
/**
 * One request keyed by its digest and the replies it got, in order: a judge request (criteria, judge model, what
 * the agent did) and its votes, or a simulated-user request (persona, goal, the conversation so far) and its replies.
 */
const keyedRequestSchema = z.strictObject({ request: requestFingerprintSchema, replies: z.array(replySchema) });

export const recordingSchema = z.strictObject({
  format_version: z.union([z.literal(1), z.literal(RECORDING_FORMAT_VERSION)]),
  scenario_name: z.string(),
  /** The scenario file as it was given when recording, for people reading the file. */
  scenario_file: z.string(),
  /** Informational: assertions change it too, and they must not make a recording stale. */
  scenario_hash: z.string(),
  source: recordingSourceSchema,
  trials: z.array(trialSchema),
  /** The judge's votes, apart from the agent's replies: a changed criterion makes only these stale. */
  judge: z.array(keyedRequestSchema).optional(),
  /** The simulated user's replies (version 2), apart from the agent's: replay serves them by request digest. */
  simulator: z.array(keyedRequestSchema).optional(),
});

export type RecordingSource = z.infer<typeof recordingSourceSchema>;
export type MessageFingerprint = z.infer<typeof messageFingerprintSchema>;
export type RecordedSettings = z.infer<typeof settingsSchema>;
export type RequestFingerprint = z.infer<typeof requestFingerprintSchema>;
export type RecordedReply = z.infer<typeof replySchema>;
export type RecordedTurn = z.infer<typeof turnSchema>;
export type RecordedTrial = z.infer<typeof trialSchema>;
export type RecordedKeyedRequest = z.infer<typeof keyedRequestSchema>;
export type RecordedJudgeRequest = RecordedKeyedRequest;
export type Recording = z.infer<typeof recordingSchema>;

/** `examples/refund.yaml` -> `examples/__recordings__/refund.json`. */
export function recordingPathFor(scenarioFile: string): string {
  const stem = basename(scenarioFile, extname(scenarioFile));
  return join(dirname(scenarioFile), RECORDINGS_DIR, `${stem}.json`);
}

/** Sorted keys, 2-space indent, trailing newline: stable and diff-friendly. */
export function serialiseRecording(recording: Recording): string {
  return `${stableStringify(recording)}\n`;
}

export function parseRecording(text: string, file: string): Recording {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw invalidRecording(file, `it is not valid JSON (${(error as Error).message})`);
  }
  const version = (document as { format_version?: unknown } | null)?.format_version;
  if (typeof version === 'number' && version > RECORDING_FORMAT_VERSION) {
    throw new SalvoError(
      'E_RECORDING_FORMAT',
      `recording ${file} has format_version ${version}; this salvo reads version ${RECORDING_FORMAT_VERSION}`,
      { hint: 'upgrade salvo, or re-record the scenario with this version' },
    );
  }
  if ((version === 1 || version === undefined) && (document as { simulator?: unknown } | null)?.simulator !== undefined)
    throw invalidRecording(file, 'simulated-user replies need format_version 2');
  const parsed = recordingSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw invalidRecording(file, `${issue?.message ?? 'invalid'}${where}`);
  }
  return parsed.data;
}

function invalidRecording(file: string, why: string): SalvoError {
  return new SalvoError('E_RECORDING_INVALID', `recording ${file} cannot be read: ${why}`, {
    hint: 'delete it and re-record with `salvo run --record <scenario file>`',
  });
}
