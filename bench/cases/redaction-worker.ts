/**
 * Times the redactor in a process of its own (pure functions; the headline
 * process figures are cases 1-4): `node bench/cases/redaction-worker.ts <bytes> <repeats>`.
 * Prints one JSON line: the median milliseconds for the trace (redactor.deep,
 * what the runner does to every trace) and for the same text as one string.
 */
import { createRedactor } from '../../src/core/redaction/index.ts';
import { adversarialText, adversarialTrace, literalSecrets, userPatterns } from './adversarial-text.ts';

const size = Number(process.argv[2]);
const repeats = Number(process.argv[3] ?? 3);
const redactor = createRedactor({ secrets: literalSecrets, extraPatterns: userPatterns });
const trace = adversarialTrace(size);
const text = adversarialText(size);

const time = (work: () => unknown): number[] => {
  work(); // warm-up: compile the patterns, tier up the code
  const samples: number[] = [];
  for (let run = 0; run < repeats; run += 1) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return samples;
};

const traceSamples = time(() => redactor.deep(trace));
const textSamples = time(() => redactor.text(text));
const redacted = redactor.text(text);
const leaked = literalSecrets.filter((secret) => redacted.includes(secret)).length;
console.log(JSON.stringify({ bytes: text.length, trace_ms: traceSamples, text_ms: textSamples, leaked_literals: leaked, redactions: redacted.split('[REDACTED]').length - 1 }));
