// Builds the committed bundles with ncc: the action at dist/index.js (what
// action.yml runs) and the CLI at dist/cli/index.js (what bin/salvo.js runs).
// `node scripts/bundle.ts [outDir]` builds into outDir instead of dist/, which
// is how the freshness test compares a fresh build with the committed one.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkSameMeaning, escapeNonAscii } from './ascii-only.ts';
import { applyBundlePatches } from './bundle-patches.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? join(root, 'dist'));
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const entries = [
  { source: 'src/action/index.ts', target: '.' },
  { source: 'src/cli/index.ts', target: 'cli' },
].filter((entry) => existsSync(join(root, entry.source)));

const staging = mkdtempSync(join(tmpdir(), 'salvo-bundle-'));
try {
  for (const entry of entries) {
    const entryOut = join(staging, entry.target);
    execFileSync(process.execPath, [ncc, 'build', join(root, entry.source), '-o', entryOut, '--license', 'licenses.txt', '-q'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  for (const entry of entries) postProcess(join(staging, entry.target));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(staging, outDir, { recursive: true });
} finally {
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Applies the checked patches (bundle-patches.ts), then makes every file ASCII
 * only (ascii-only.ts: a one-byte string in V8, half the memory and cheaper to
 * load), writing only the files that changed.
 */
function postProcess(dir: string): void {
  const files = new Map(readdirSync(dir).filter((file) => file.endsWith('.js')).map((file) => [join(dir, file), readFileSync(join(dir, file), 'utf8')]));
  const patched = new Map([...files, ...applyBundlePatches(files)]);
  for (const [path, before] of patched) {
    const { text, kept } = escapeNonAscii(before, path);
    if (text !== before) checkSameMeaning(before, text, path);
    if (kept > 0) process.stderr.write(`${path}: ${kept} non-ASCII characters kept in tagged templates\n`);
    if (text !== files.get(path)) writeFileSync(path, text);
  }
}
