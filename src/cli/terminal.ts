import picocolors from 'picocolors';
import type { Verdict } from '../core/results.ts';
import { columnsOf, cutTo } from '../core/report/text-width.ts';
import type { CliIO } from './cli-io.ts';

type Colors = ReturnType<typeof picocolors.createColors>;

/**
 * What the terminal allows, decided once per command from the environment
 * and the streams, then handed to everything that prints: whether to colour,
 * how wide a line may be, and whether a live status line can be redrawn.
 */
export interface Terminal {
  colour: boolean;
  /** Columns a printed line may take; nothing printed is wider. */
  width: number;
  /** The width is the terminal's (or COLUMNS): long reasons are wrapped to it; in a log they stay whole. */
  widthKnown: boolean;
  /** stderr is a terminal: one status line is redrawn in place. */
  live: boolean;
  paint: Colors;
}

/** Where the width is unknown (a CI log, a pipe): wide enough for a table, narrow enough to read. */
export const DEFAULT_WIDTH = 120;
const MIN_WIDTH = 40;

/**
 * Colour follows the no-color.org and FORCE_COLOR conventions: NO_COLOR (any
 * non-empty value) turns it off, FORCE_COLOR (other than 0 or false) turns it
 * on, otherwise stdout must be a terminal. The width is COLUMNS when set, else
 * the terminal's, else DEFAULT_WIDTH.
 */
export function readTerminal(io: CliIO): Terminal {
  const { env } = io;
  const forced = env.FORCE_COLOR !== undefined && !['0', 'false'].includes(env.FORCE_COLOR.toLowerCase());
  const colour = env.NO_COLOR ? false : forced || io.stdout.isTTY === true;
  const columns = Number.parseInt(env.COLUMNS ?? '', 10);
  const streamColumns = (io.stdout as { columns?: number }).columns ?? (io.stderr as { columns?: number }).columns;
  const fromEnv = Number.isInteger(columns) && columns > 0;
  const width = fromEnv ? columns : (streamColumns ?? DEFAULT_WIDTH);
  return {
    colour,
    width: Math.max(MIN_WIDTH, width),
    widthKnown: fromEnv || streamColumns !== undefined,
    live: io.stderr.isTTY === true,
    paint: picocolors.createColors(colour),
  };
}

/** Columns a string takes on screen (wide characters count twice, colour codes not at all). */
export function widthOf(text: string): number {
  return columnsOf(text);
}

/** Cut to `columns` on screen, an ellipsis marking the cut. */
export function fitTo(text: string, columns: number): string {
  return cutTo(text, Math.max(1, columns));
}

/** Pads to `columns` on screen (left-aligned), counting wide characters as the terminal does. */
export function padTo(text: string, columns: number, align: 'left' | 'right' = 'left'): string {
  const padding = ' '.repeat(Math.max(0, columns - widthOf(text)));
  return align === 'left' ? text + padding : padding + text;
}

/** The verdict in its colour: green passes, red failures, yellow what needs a look, dim what did not run. */
export function paintVerdict(paint: Colors, verdict: Verdict, text: string): string {
  switch (verdict) {
    case 'PASS':
      return paint.green(text);
    case 'FAIL':
    case 'HARD_FAIL':
      return paint.red(text);
    case 'PARTIAL':
    case 'INFRA_ERROR':
      return paint.yellow(text);
    case 'SKIPPED':
      return paint.dim(text);
  }
}

type WrapAnsi = (typeof import('wrap-ansi'))['default'];

/**
 * Breaks each line of a text to at most `columns` on screen, at spaces (wrap-ansi: wide characters and colour codes
 * counted as the terminal shows them), continuation lines indented under their first: reasons are kept whole, never
 * cut. Loaded when a run's results are printed, not when salvo starts.
 */
export async function lineWrapper(columns: number): Promise<(text: string) => string> {
  const { default: wrapAnsi } = await import('wrap-ansi');
  return (text) =>
    text
      .split('\n')
      .flatMap((line) => wrapLine(wrapAnsi, line, columns))
      .join('\n');
}

function wrapLine(wrapAnsi: WrapAnsi, line: string, columns: number): string[] {
  if (widthOf(line) <= columns) return [line];
  const indent = ' '.repeat(Math.min(/^ */.exec(line)![0].length + 2, Math.floor(columns / 2)));
  const [first = '', ...rest] = wrapAnsi(line, columns, { hard: true }).split('\n');
  if (rest.length === 0) return [first];
  const continued = wrapAnsi(rest.join(' '), columns - indent.length, { hard: true }).split('\n');
  return [first, ...continued.map((part) => indent + part)];
}
