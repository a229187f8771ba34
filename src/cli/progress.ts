import { formatCost } from '../core/format.ts';
import type { SuiteEvent } from '../core/runner/run-suite.ts';
import { renderScenarioSummary, statusWord } from '../core/report/scenario-summary.ts';
import type { CliIO } from './cli-io.ts';

interface ProgressOptions {
  json: boolean;
  /** The redactor, then control sequences stripped (src/cli/cli-redaction.ts). */
  shown(text: string): string;
}

interface Progress {
  onEvent(event: SuiteEvent): void;
  clear(): void;
}

/** A name on one line: a line break in a name must not break the status line or start a new one. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * What `salvo run` prints while it works. On a terminal: each scenario's
 * summary as it finishes, with one live status line redrawn underneath. In CI
 * logs (no TTY): the same summaries and plain lines, no control characters.
 * With --json nothing goes to stdout but the final document.
 *
 * Lines are gathered for the rest of the event-loop turn and written together
 * (in order, consecutive ones to the same stream as one write): scenarios
 * finish in bursts, and one write per line to a pipe costs more than the line. `clear()` writes what
 * is pending at once.
 *
 * Everything a scenario or a model wrote passes through `shown` (the
 * redactor, then control sequences stripped) before it is cut or written:
 * the finished rows were redacted by the runner, but the names in
 * `scenario_started` are the scenario's own.
 */
export function createProgress(io: CliIO, options: ProgressOptions): Progress {
  const live = io.stderr.isTTY === true && !options.json;
  const { shown } = options;
  /** Scenarios running, by their place in the suite, with their names as shown. */
  const running = new Map<number, string>();
  let done = 0;
  let total = 0;
  let statusShown = false;
  const pending: { stream: NodeJS.WritableStream; text: string }[] = [];
  let flushScheduled = false;

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
    eraseStatus();
    flush();
  };
  const drawStatus = () => {
    if (!live) return;
    eraseStatus();
    const names = [...running.values()].slice(0, 3).join(', ');
    write(
      io.stderr,
      `[${done}/${total}] running ${running.size}: ${names}${running.size > 3 ? ', ...' : ''}`.slice(0, 160),
    );
    statusShown = true;
  };

  const onEvent = (event: SuiteEvent) => {
    switch (event.type) {
      case 'suite_started':
        total = event.total;
        break;
      case 'scenario_started':
        running.set(event.index, oneLine(shown(event.name)));
        if (!live && !options.json) writeLine(io.stderr, `started ${running.get(event.index)}`);
        break;
      case 'scenario_finished':
        running.delete(event.index);
        done = event.done;
        total = event.total;
        eraseStatus();
        if (options.json)
          writeLine(io.stderr, `[${done}/${total}] ${oneLine(shown(event.result.name))}: ${statusWord(event.result)}`);
        else writeLine(io.stdout, `${shown(renderScenarioSummary(event.result))}\n`);
        break;
      case 'budget_reached':
        eraseStatus();
        writeLine(
          io.stderr,
          `Spend cap reached: ${formatCost(event.spentUsd)} of ${formatCost(event.maxCostUsd)}; no new scenario will start.`,
        );
        break;
      case 'cost_uncounted':
        eraseStatus();
        writeLine(
          io.stderr,
          `warning: model ${oneLine(shown(event.model))} has no known price; the spend cap cannot count its cost (add it under prices: in salvo.yaml).`,
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
