import type { SuiteEvent } from '../core/runner/run-suite.ts';
import { renderScenarioSummary, statusWord } from '../core/report/scenario-summary.ts';
import { writeLine, type CliIO } from './cli-io.ts';

/**
 * What `salvo run` prints while it works. On a terminal: each scenario's
 * summary as it finishes, with one live status line redrawn underneath. In CI
 * logs (no TTY): the same summaries and plain lines, no control characters.
 * With --json nothing goes to stdout but the final document.
 */
export function createProgress(io: CliIO, options: { total: number; json: boolean }): { onEvent(event: SuiteEvent): void; clear(): void } {
  const live = io.stderr.isTTY === true && !options.json;
  const running = new Set<string>();
  let done = 0;
  let statusShown = false;

  const clear = () => {
    if (statusShown) io.stderr.write('\r\x1b[2K');
    statusShown = false;
  };
  const drawStatus = () => {
    if (!live) return;
    clear();
    const names = [...running].slice(0, 3).join(', ');
    io.stderr.write(`[${done}/${options.total}] running ${running.size}: ${names}${running.size > 3 ? ', ...' : ''}`.slice(0, 160));
    statusShown = true;
  };

  const onEvent = (event: SuiteEvent) => {
    switch (event.type) {
      case 'scenario_started':
        running.add(event.name);
        if (!live && !options.json) writeLine(io.stderr, `started ${event.name}`);
        break;
      case 'scenario_finished':
        running.delete(event.result.name);
        done = event.done;
        clear();
        if (options.json) writeLine(io.stderr, `[${done}/${options.total}] ${event.result.name}: ${statusWord(event.result)}`);
        else writeLine(io.stdout, `${renderScenarioSummary(event.result)}\n`);
        break;
      case 'budget_reached':
        clear();
        writeLine(io.stderr, `Spend cap reached: $${event.spentUsd.toFixed(6)} of $${event.maxCostUsd.toFixed(2)}; no new scenario will start.`);
        break;
      case 'cost_uncounted':
        clear();
        writeLine(io.stderr, `warning: model ${event.model} has no known price; the spend cap cannot count its cost (add it under prices: in salvo.yaml).`);
        break;
      case 'interrupted':
        clear();
        break;
      case 'trial_finished':
        break;
    }
    drawStatus();
  };
  return { onEvent, clear };
}
