// Redaction time on a 5 MB adversarial trace: `node bench/redaction.bench.ts`.
// Timing lives here, not in the tests (no timed assertions in unit tests).
import { createRedactor } from '../src/core/redaction/index.ts';

const shapes = {
  'near-miss keys': `sk-${'b'.repeat(19)} `,
  'open key=value': `token${' '.repeat(5)}=${'a'.repeat(200)}`,
  'bearer runs': `bearer${' '.repeat(20)}`,
  'separators only': '=:'.repeat(100),
  'plain prose': 'The quick brown fox jumps over the lazy dog. ',
};
const redactor = createRedactor({
  secrets: ['configured-secret-1', 'configured-secret-2'],
  extraPatterns: ['ACME-[0-9]{6}'],
});
for (const [name, unit] of Object.entries(shapes)) {
  const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
  const started = performance.now();
  redactor.text(text);
  console.log(
    `${name.padEnd(18)} ${(text.length / 1e6).toFixed(1)} MB  ${(performance.now() - started).toFixed(0)} ms`,
  );
}
