import { formatCost } from '../core/format.ts';
import type { SuiteEvent } from '../core/runner/run-suite.ts';
import { renderScenarioSummary, statusWord } from '../core/report/scenario-summary.ts';
import type { CliIO } from './cli-io.ts';

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
 */
export function createProgress(
  io: CliIO,
  options: { json: boolean },
): { onEvent(event: SuiteEvent): void; clear(): void } {
  const live = io.stderr.isTTY === true && !options.json;
  const running = new Set<string>();
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
    const names = [...running].slice(0, 3).join(', ');
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
        running.add(event.name);
        if (!live && !options.json) writeLine(io.stderr, `started ${event.name}`);
        break;
      case 'scenario_finished':
        running.delete(event.result.name);
        done = event.done;
        total = event.total;
        eraseStatus();
        if (options.json) writeLine(io.stderr, `[${done}/${total}] ${event.result.name}: ${statusWord(event.result)}`);
        else writeLine(io.stdout, `${renderScenarioSummary(event.result)}\n`);
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
          `warning: model ${event.model} has no known price; the spend cap cannot count its cost (add it under prices: in salvo.yaml).`,
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
