// `npm run check:dist [-- keepDir]`: fails when dist/ is not what a fresh
// `npm run bundle` of the current src/ makes. dist/ is committed (action.yml
// runs dist/index.js, bin/salvo.js imports dist/cli/index.js), so a change to
// src/ that was not bundled would ship the old code.
//
// The fresh build goes to a temporary directory (or keepDir, for CI to upload
// what dist/ should have been): dist/ itself is only read, so the check never
// touches the working tree and also sees changes not yet committed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const committed = join(root, 'dist');
const keep = process.argv[2] === undefined ? undefined : resolve(process.argv[2]);
const fresh = keep ?? mkdtempSync(join(tmpdir(), 'salvo-check-dist-'));

try {
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.ts'), fresh], { cwd: root, stdio: 'inherit' });
  const problems = compare(committed, fresh);
  if (problems.length > 0) {
    process.stderr.write(
      `dist/ is stale: it differs from a fresh build of src/.\n  ${problems.join('\n  ')}\n` +
        `Run \`npm run bundle\` and commit dist/.${keep === undefined ? '' : ` The fresh build is in ${keep}.`}\n`,
    );
    process.exitCode = 1;
  } else {
    process.stdout.write('dist/ is up to date with src/.\n');
  }
} finally {
  if (keep === undefined) rmSync(fresh, { recursive: true, force: true });
}

/** One line per file that is missing, extra or different in `actual` compared with `expected`. */
function compare(actual: string, expected: string): string[] {
  const actualFiles = listFiles(actual);
  const expectedFiles = listFiles(expected);
  const problems: string[] = [];
  for (const file of expectedFiles) {
    if (!actualFiles.has(file)) problems.push(`missing: dist/${file}`);
    else if (!readFileSync(join(actual, file)).equals(readFileSync(join(expected, file))))
      problems.push(`changed: dist/${file}`);
  }
  for (const file of actualFiles) if (!expectedFiles.has(file)) problems.push(`not built from src/: dist/${file}`);
  return problems;
}

function listFiles(dir: string): Set<string> {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return new Set();
  }
  return new Set(names.filter((name) => statSync(join(dir, name)).isFile()).sort());
}
