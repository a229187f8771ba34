/**
 * The benchmark suite: `npm run bench` (full size), `npm run bench -- --smoke`
 * (or SALVO_BENCH_SMOKE=1: tiny sizes, proves the suite works, figures mean
 * nothing). Options: --repeats N (runs per figure, median quoted; default 3),
 * --only overhead,concurrency,... , --out DIR (default bench/results),
 * --build DIR (measure that checkout's bin/salvo.js and dist/ instead of this one's),
 * --anthropic (also run the overhead case with Anthropic scenarios), --profile cpu|heap
 * (write the measured salvo processes' profiles to bench/profiles/; the figures then include the profiler).
 * Exit code: 0 when every case ran (missed targets are reported, not fatal;
 * --strict makes a missed target exit 1), 1 when a case could not run.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cachingCase } from './cases/caching.ts';
import { coldStartCase } from './cases/cold-start.ts';
import { concurrencyCase, memoryCase, overheadCase } from './cases/process-cases.ts';
import { redactionCase, reportingCase } from './cases/pure-cases.ts';
import { formatValue, machine, printCase, writeCase, type BenchSettings, type CaseResult } from './lib/report.ts';
import { repoRoot } from './lib/spawn-measured.ts';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: process.env.SALVO_BENCH_SMOKE === '1' },
    repeats: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string' },
    anthropic: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    profile: { type: 'string' },
    build: { type: 'string' },
  },
});
// Another checkout's build to measure (its bin/ and dist/), for old-versus-new runs in the same minutes.
if (values.build) process.env.SALVO_BENCH_BUILD = resolve(values.build);
if (values.profile) {
  // Profiles of the measured salvo processes land in bench/profiles/ (open them in Chrome DevTools).
  const dir = join(repoRoot, 'bench', 'profiles');
  const flags: Record<string, string> = {
    cpu: `--cpu-prof --cpu-prof-dir=${dir}`,
    heap: `--heap-prof --heap-prof-dir=${dir}`,
  };
  if (!flags[values.profile]) {
    console.error('--profile must be cpu or heap');
    process.exit(2);
  }
  process.env.SALVO_BENCH_NODE_OPTIONS = flags[values.profile];
}

const settings: BenchSettings = {
  smoke: values.smoke === true,
  repeats: Number(values.repeats ?? (values.smoke ? 1 : 3)),
  outDir: values.out ?? join(repoRoot, 'bench', 'results'),
};
if (!Number.isInteger(settings.repeats) || settings.repeats < 1) {
  console.error('--repeats must be a whole number of at least 1');
  process.exit(2);
}

const cases: Record<string, () => Promise<CaseResult> | CaseResult> = {
  overhead: () => overheadCase(settings, 'openai'),
  ...(values.anthropic ? { 'overhead-anthropic': () => overheadCase(settings, 'anthropic') } : {}),
  concurrency: () => concurrencyCase(settings, 200, 0.9),
  'concurrency-1s': () => concurrencyCase(settings, 1000, 0.97),
  memory: () => memoryCase(settings),
  'cold-start': () => coldStartCase(settings),
  redaction: () => redactionCase(settings),
  reporting: () => reportingCase(settings),
  caching: () => cachingCase(settings),
};
const selected = values.only ? values.only.split(',').map((name) => name.trim()) : Object.keys(cases);
const unknown = selected.filter((name) => !(name in cases));
if (unknown.length > 0) {
  console.error(`unknown case(s): ${unknown.join(', ')}; known: ${Object.keys(cases).join(', ')}`);
  process.exit(2);
}

const info = machine();
console.log(
  `salvo bench: ${info.cores} cores (${info.cpu_model}), ${info.memory_gb} GB, ` +
    `Node ${info.node}, ${info.platform}, ${info.date}\nmeasuring the build in ${info.build}`,
);
const done: CaseResult[] = [];
let broken = 0;
for (const name of selected) {
  try {
    const result = await cases[name]!();
    printCase(result, settings);
    writeCase(result, settings);
    done.push(result);
  } catch (error) {
    broken += 1;
    console.error(
      `\n## ${name}: could not run\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
}

console.log('\n| case | figure | median | target | |\n| --- | --- | ---: | --- | --- |');
for (const result of done) {
  for (const item of result.figures.filter((entry) => entry.target !== null)) {
    console.log(
      `| ${result.title} | ${item.name} | ${formatValue(item)} | ${item.target} | ${item.met ? 'met' : 'MISSED'} |`,
    );
  }
}
const missed = done.flatMap((result) => result.figures).filter((item) => item.met === false).length;
console.log(
  `\n${done.length} case(s) ran, ${broken} could not run; ${missed} target(s) missed. Results in ${settings.outDir}`,
);
process.exit(broken > 0 || (values.strict && missed > 0) ? 1 : 0);
