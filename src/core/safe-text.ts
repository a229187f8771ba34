/**
 * Text from outside (model replies, provider error bodies, scenario names and
 * descriptions) made safe for the two places that interpret what they print:
 * a terminal, which obeys escape sequences, and a GitHub runner's log, which
 * obeys any line that starts with `::` (or the older `##[`).
 */
import { REDACTED } from './redaction/patterns.ts';

// Operating system commands (OSC: titles, hyperlinks, clipboard) and the other string sequences (DCS, SOS, PM, APC),
// control sequences (CSI: colours, cursor moves, clearing), any other escape, C1 controls, and C0 controls but tab
// and newline. Every quantifier is bounded, so a hostile reply cannot make this slow.
const CONTROL_SEQUENCE = new RegExp(
  [
    '\\x1b\\][^\\x07\\x1b]{0,8192}(?:\\x07|\\x1b\\\\)?',
    '\\x1b[P^_X][^\\x1b]{0,8192}(?:\\x1b\\\\)?',
    '(?:\\x1b\\[|\\x9b)[0-?]{0,64}[ -/]{0,16}[@-~]?',
    '\\x1b[\\s\\S]?',
    '[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]',
  ].join('|'),
  'g',
);

/**
 * `text` without terminal control sequences: no colours, cursor moves, screen
 * clearing, window titles or hyperlinks from a model reaches the user's
 * terminal. A carriage return (which lets a line overwrite itself) becomes a
 * line break.
 */
export function stripControlSequences(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_SEQUENCE, '');
}

/** A runner command: `::name::`, after any leading whitespace, or the older `##[name]`. */
const WORKFLOW_COMMAND = /^\s*(?:::|##\[)/;

/** Put before a line that would read as a runner command, so it is printed instead of obeyed. */
export const COMMAND_QUOTE = '> ';

/**
 * `text` as it may go to a GitHub runner's log through stdout: control
 * sequences stripped, and every line that the runner would take for a
 * workflow command (`::add-mask::`, `::set-output`, `::stop-commands::`, a
 * fake `::error`) quoted with `> ` so it shows as text.
 */
export function neutraliseWorkflowCommands(text: string): string {
  return stripControlSequences(text)
    .split('\n')
    .map((line) => (WORKFLOW_COMMAND.test(line) ? `${COMMAND_QUOTE}${line}` : line))
    .join('\n');
}

/** A URL as it may be shown: a `user:password@` in it becomes `[REDACTED]@`; anything else is kept. */
export function withoutCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]{0,30}:\/\/)[^\s/?#@]{1,1024}@/gi, `$1${REDACTED}@`);
}
