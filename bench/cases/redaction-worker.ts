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

/**
 * Each run gets its own copy of the input: V8 caches the results of a global
 * replace on the very same string, which would make repeats look free.
 */
const time = <T>(input: T, copy: (value: T, run: number) => T, work: (value: T) => unknown): number[] => {
  work(copy(input, -1)); // warm-up: compile the patterns, tier up the code
  const samples: number[] = [];
  for (let run = 0; run < repeats; run += 1) {
    const fresh = copy(input, run);
    const started = performance.now();
    work(fresh);
    samples.push(performance.now() - started);
  }
  return samples;
};
const copyText = (value: string, run: number) => `${run}${value.slice(String(run).length)}`;
const copyTrace = (value: Record<string, unknown>, run: number) => JSON.parse(JSON.stringify(value).replace('"bench"', `"bench-${run}"`)) as Record<string, unknown>;

const traceSamples = time(trace, copyTrace, (value) => redactor.deep(value));
const textSamples = time(text, copyText, (value) => redactor.text(value));
const redacted = redactor.text(text);
const leaked = literalSecrets.filter((secret) => redacted.includes(secret)).length;
console.log(JSON.stringify({ bytes: text.length, trace_ms: traceSamples, text_ms: textSamples, leaked_literals: leaked, redactions: redacted.split('[REDACTED]').length - 1 }));
