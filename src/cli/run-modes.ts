import { UsageError } from '../core/errors.ts';
import { RUN_MODES, type RunMode } from '../core/recording/resolve-mode.ts';
import type { ModeLine } from '../engine/run-engine.ts';
import { plural } from '../core/format.ts';

/** The record/replay flags of `salvo run`, as commander hands them over. */
export interface ModeFlags {
  mode?: string;
  record?: boolean;
  recordLabel?: string;
}

export interface ModeSettings {
  mode: RunMode;
  record: boolean;
  /** Set when the replies being recorded are scripted or hand-written, not a real model's. */
  recordLabel: string | null;
}

export function readModeSettings(flags: ModeFlags): ModeSettings {
  const mode = flags.mode ?? 'auto';
  if (!(RUN_MODES as readonly string[]).includes(mode)) {
    throw new UsageError(`--mode must be one of ${RUN_MODES.join(', ')}, not '${mode}'`);
  }
  const record = flags.record === true;
  if (record && mode === 'replay') {
    throw new UsageError('--record calls the model to record it, so it cannot be combined with --mode replay');
  }
  const label = flags.recordLabel?.trim() ?? null;
  if (label !== null && !record) throw new UsageError('--record-label only applies with --record');
  if (label === '') throw new UsageError('--record-label must not be empty');
  return { mode: mode as RunMode, record, recordLabel: label };
}

/** Registers the flags on `salvo run`. */
export const MODE_OPTIONS: [flags: string, description: string][] = [
  [
    '--mode <mode>',
    'auto (default): live where the provider key is set, ' +
      'else replay the recording; live: never replay; replay: never call a model',
  ],
  ['--record', 'call the model and write what it said to <scenario dir>/__recordings__/<name>.json, for replay'],
  [
    '--record-label <text>',
    'with --record: the replies are scripted or hand-written, ' +
      "not a real model's; say by whom (stored as the recording's source)",
  ],
];

/** One line per scenario: what ran it (live, replay, skipped, error) and why. */
export function renderModeLines(modes: ModeLine[]): string {
  const lines = modes.map(({ file, decision }) => `  ${decision.action.padEnd(6)}  ${file}: ${decision.reason}`);
  return lines.length > 0 ? ['Modes:', ...lines].join('\n') : '';
}

/**
 * The modes in a few lines however many scenarios ran: `Modes: 5 replayed from recordings, 3 live (environment
 * variable OPENAI_API_KEY is set)`; only the scenarios that could not run (skip, error) are named, one a line.
 */
export function renderModeSummary(modes: ModeLine[]): string {
  if (modes.length === 0) return '';
  const live = new Map<string, number>();
  let replayed = 0;
  const problems: string[] = [];
  for (const { file, decision } of modes) {
    if (decision.action === 'live') live.set(decision.reason, (live.get(decision.reason) ?? 0) + 1);
    else if (decision.action === 'replay') replayed += 1;
    else problems.push(`  ${decision.action.padEnd(5)}  ${file}: ${decision.reason}`);
  }
  const parts = [...live].map(([reason, count]) => `${count} live (${reason})`);
  if (replayed > 0) parts.push(`${replayed} replayed from recordings`);
  return [`Modes: ${parts.length > 0 ? parts.join(', ') : 'none ran'}`, ...problems].join('\n');
}

export function renderRecordingLines(saved: { file: string; trials: number }[]): string {
  return saved
    .map((entry) =>
      entry.trials > 0
        ? `Recorded ${plural(entry.trials, 'trial')} -> ${entry.file}`
        : `Not recorded: ${entry.file} (no trial got all its replies; the file was left as it was)`,
    )
    .join('\n');
}
