/**
 * Times the redactor in a process of its own (pure functions; the headline
 * process figures are cases 1-4):
 * `node bench/cases/redaction-worker.ts <large bytes> <small bytes> <repeats>`.
 * Prints one JSON line: every timing, in milliseconds, of the trace
 * (redactor.deep, what the runner does to every trace) and of the same text as
 * one string, at both sizes.
 *
 * Both sizes are timed in the same process, alternately, after the same
 * warm-up: the linearity ratio compares the two under one state of V8's
 * compilers. Timed in separate processes, it swung between 6.5x and 16x for
 * the same code, as each process tiered the redactor up at a different moment
 * (bench/README.md, case 5).
 */
import { createRedactor } from '../../src/core/redaction/index.ts';
import { adversarialText, adversarialTrace, literalSecrets, userPatterns } from './adversarial-text.ts';

const [large, small, repeats] = process.argv.slice(2, 5).map(Number) as [number, number, number];
const redactor = createRedactor({ secrets: literalSecrets, extraPatterns: userPatterns });
const inputs = [large, small].map((size) => ({ size, trace: adversarialTrace(size), text: adversarialText(size) }));

/** Each run gets its own copy: V8 caches the results of a global replace on the very same string. */
const copyText = (value: string, run: number) => `${run}${value.slice(String(run).length)}`;
const copyTrace = (value: Record<string, unknown>, run: number) =>
  JSON.parse(JSON.stringify(value).replace('"bench"', `"bench-${run}"`)) as Record<string, unknown>;
/**
 * Started from a collected heap (the driver passes --expose-gc): a collection left over from building the input is
 * not timed.
 */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
const timed = (work: () => unknown): number => {
  collect();
  const started = performance.now();
  work();
  return performance.now() - started;
};

const samples = inputs.map(() => ({ trace_ms: [] as number[], text_ms: [] as number[] }));
// Warm-up: compile the patterns and tier the code up on both sizes before anything is timed.
for (const input of inputs) {
  redactor.deep(copyTrace(input.trace, -1));
  redactor.text(copyText(input.text, -1));
}
for (let run = 0; run < repeats; run += 1) {
  inputs.forEach((input, index) => {
    const trace = copyTrace(input.trace, run);
    samples[index]!.trace_ms.push(timed(() => redactor.deep(trace)));
    const text = copyText(input.text, run);
    samples[index]!.text_ms.push(timed(() => redactor.text(text)));
  });
}
const redacted = redactor.text(inputs[0]!.text);
const leaked = literalSecrets.filter((secret) => redacted.includes(secret)).length;
console.log(
  JSON.stringify({
    large: { bytes: inputs[0]!.text.length, ...samples[0] },
    small: { bytes: inputs[1]!.text.length, ...samples[1] },
    leaked_literals: leaked,
    redactions: redacted.split('[REDACTED]').length - 1,
  }),
);
