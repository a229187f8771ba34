/**
 * The rate-limit benchmark on its own (minutes long, so not part of
 * `npm run bench`): `npm run bench:rate-limit`, or
 * `node bench/rate-limit.ts [--smoke] [--repeats N] [--only retry-after=0,3-turn] [--cli PATH] [--out DIR]`.
 * --only keeps the variants whose name contains one of the comma-separated
 * parts; --cli runs another salvo entry than src/cli/index.ts (a bin/salvo.js
 * beside a bundle built from this tree). Exit 0 when it ran (--strict: 1 when
 * a target was missed).
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rateLimitCase } from './cases/rate-limit.ts';
import { formatValue, machine, printCase, writeCase, type BenchSettings } from './lib/report.ts';
import { repoRoot } from './lib/spawn-measured.ts';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: process.env.SALVO_BENCH_SMOKE === '1' },
    repeats: { type: 'string' },
    only: { type: 'string' },
    cli: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
});
const settings: BenchSettings = {
  smoke: values.smoke === true,
  repeats: Number(values.repeats ?? (values.smoke ? 1 : 3)),
  outDir: values.out ?? join(repoRoot, 'bench', 'results'),
};
const info = machine();
console.log(
  `salvo bench, rate limits: ${info.cores} cores (${info.cpu_model}), ` +
    `${info.memory_gb} GB, Node ${info.node}, ${info.date}`,
);
const only = values.only ? values.only.split(',').map((part) => part.trim()) : null;
const result = await rateLimitCase(settings, only, values.cli === undefined ? undefined : resolve(values.cli));
printCase(result, settings);
writeCase(result, settings);
console.log('\n| figure | median | target | |\n| --- | ---: | --- | --- |');
for (const item of result.figures.filter((entry) => entry.target !== null)) {
  console.log(`| ${item.name} | ${formatValue(item)} | ${item.target} | ${item.met ? 'met' : 'MISSED'} |`);
}
const missed = result.figures.filter((item) => item.met === false).length;
console.log(`\n${missed} target(s) missed. Results in ${join(settings.outDir, `${result.case}.json`)}`);
process.exit(values.strict && missed > 0 ? 1 : 0);
