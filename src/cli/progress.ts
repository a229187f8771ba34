import { formatCost, formatCount, verdictLabel } from '../core/format.ts';
import type { SuiteEvent } from '../core/runner/run-suite.ts';
import type { ScenarioResult } from '../core/results.ts';
import type { CliIO } from './cli-io.ts';
import { renderScenarioLine } from './scenario-line.ts';
import { fitTo, type Terminal } from './terminal.ts';

interface ProgressOptions {
  json: boolean;
  /** The redactor, then control sequences stripped (src/cli/cli-redaction.ts). */
  shown(text: string): string;
  terminal: Terminal;
  /** Milliseconds since some fixed point; Date.now unless a test sets it. */
  now?(): number;
}

interface Progress {
  onEvent(event: SuiteEvent): void;
  clear(): void;
}

/** A name on one line: a line break in a name must not break the status line or start a new one. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** `1:12`, `12:05`, `1:02:03`. */
export function formatElapsed(milliseconds: number): string {
  const total = Math.floor(milliseconds / 1000);
  const [hours, minutes, seconds] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const mmss = `${hours > 0 ? String(minutes).padStart(2, '0') : minutes}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/**
 * What `salvo run` prints while it works: one line per finished scenario
 * (stdout), and on a terminal one live status line underneath (stderr),
 * `[37/200] 2 failed · 1:12 elapsed · $0.84 spent`, cut to the terminal's
 * width so that erasing it erases all of it, redrawn each second. In CI logs
 * (no TTY) the same lines without the status line or control characters.
 * With --json nothing goes to stdout but the final document.
 *
 * Lines are gathered for the rest of the event-loop turn and written together
 * (in order, consecutive ones to the same stream as one write): scenarios
 * finish in bursts, and one write per line to a pipe costs more than the line.
 * `clear()` writes what is pending at once.
 *
 * Everything a scenario or a model wrote passes through `shown` (the
 * redactor, then control sequences stripped) before it is cut or written.
 */
export function createProgress(io: CliIO, options: ProgressOptions): Progress {
  const { shown, terminal } = options;
  const now = options.now ?? Date.now;
  const live = terminal.live && !options.json;
  const started = now();
  /** Scenarios running, by their place in the suite, with their names as shown. */
  const running = new Map<number, string>();
  let done = 0;
  let total = 0;
  let failed = 0;
  let spent = 0;
  let statusShown = false;
  const pending: { stream: NodeJS.WritableStream; text: string }[] = [];
  let flushScheduled = false;
  let ticker: NodeJS.Timeout | null = null;

  const flush = () => {
    flushScheduled = false;
    while (pending.length > 0) {
      const { stream } = pending[0]!;
      let text = '';
      while (pending.length > 0 && pending[0]!.stream === stream) text += pending.shift()!.text;
      stream.write(text);
    }
  };
  const write = (stream: NodeJS.WritableStream, text: string) => {
    pending.push({ stream, text });
    if (!flushScheduled) {
      flushScheduled = true;
      setImmediate(flush);
    }
  };
  const writeLine = (stream: NodeJS.WritableStream, text: string) => write(stream, `${text}\n`);

  const eraseStatus = () => {
    if (statusShown) write(io.stderr, '\r\x1b[2K');
    statusShown = false;
  };
  const clear = () => {
    if (ticker) clearInterval(ticker);
    ticker = null;
    eraseStatus();
    flush();
  };
  const drawStatus = () => {
    if (!live) return;
    eraseStatus();
    const { paint } = terminal;
    const failures = failed > 0 ? paint.red(`${formatCount(failed)} failed`) : '0 failed';
    const names = [...running.values()].join(', ');
    const status =
      `[${done}/${total}] ${failures} · ${formatElapsed(now() - started)} elapsed ` +
      `· ${formatCost(spent)} spent${names ? ` · ${paint.dim(names)}` : ''}`;
    // One column short of the width: a line that fills it exactly wraps on some terminals and then cannot be erased.
    write(io.stderr, fitTo(status, terminal.width - 1));
    statusShown = true;
  };
  const finish = (result: ScenarioResult) => {
    if (result.status === 'failed' || result.status === 'errored') failed += 1;
    spent += (result.cost_usd ?? 0) + (result.judge_cost_usd ?? 0);
    const name = oneLine(shown(result.name));
    if (options.json) writeLine(io.stderr, `[${done}/${total}] ${name}: ${verdictLabel(result.verdict)}`);
    else writeLine(io.stdout, renderScenarioLine(result, name, terminal));
  };

  const onEvent = (event: SuiteEvent) => {
    switch (event.type) {
      case 'suite_started':
        total = event.total;
        if (live && !ticker) {
          ticker = setInterval(drawStatus, 1000);
          ticker.unref();
        }
        break;
      case 'scenario_started':
        running.set(event.index, oneLine(shown(event.name)));
        break;
      case 'scenario_finished':
        running.delete(event.index);
        done = event.done;
        total = event.total;
        eraseStatus();
        finish(event.result);
        break;
      case 'budget_reached':
        eraseStatus();
        writeLine(
          io.stderr,
          `Spend cap reached: ${formatCost(event.spentUsd)} of ${formatCost(event.maxCostUsd)}; ` +
            'no new scenario will start.',
        );
        break;
      case 'cost_uncounted':
        eraseStatus();
        writeLine(
          io.stderr,
          `warning: model ${oneLine(shown(event.model))} has no known price; ` +
            'the spend cap cannot count its cost (add it under prices: in salvo.yaml).',
        );
        break;
      case 'interrupted':
        eraseStatus();
        break;
      case 'trial_finished':
        break;
    }
    drawStatus();
  };
  return { onEvent, clear };
}
