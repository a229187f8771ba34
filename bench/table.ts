/**
 * Prints the Markdown table of the last measured figures from bench/results/*.json
 * (or another directory): `node bench/table.ts [dir]`. The README's table is its output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatValue, type CaseResult } from './lib/report.ts';
import { repoRoot } from './lib/spawn-measured.ts';

const dir = process.argv[2] ?? join(repoRoot, 'bench', 'results');
const order = ['overhead', 'overhead-anthropic', 'concurrency', 'memory', 'cold-start', 'redaction', 'reporting'];
const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
const cases = files
  .map(
    (name) =>
      JSON.parse(readFileSync(join(dir, name), 'utf8')) as CaseResult & {
        machine: { cores: number; node: string; date: string };
      },
  )
  .sort((left, right) => order.indexOf(left.case) - order.indexOf(right.case));
console.log('| case | figure | median | target | | runs | measured |\n| --- | --- | ---: | --- | --- | ---: | --- |');
for (const result of cases) {
  for (const item of result.figures) {
    const verdict = item.met === null ? '' : item.met ? 'met' : '**missed**';
    const value = item.value === null ? 'n/a' : formatValue(item);
    console.log(
      `| ${result.title} | ${item.name} | ${value} | ${item.target ?? ''} | ${verdict} | ${result.repeats} ` +
        `| ${result.machine.cores} cores, Node ${result.machine.node}, ${result.machine.date.slice(0, 16)} |`,
    );
  }
}
