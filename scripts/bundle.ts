// Builds the committed bundles with ncc: the action at dist/index.js (what
// action.yml runs, an ES module) and the CLI at dist/cli/index.js (what
// bin/salvo.js runs, CommonJS: bin/run-bundle.js compiles it with vm.Script to
// keep V8's code cache, which only a classic script can do).
// `node scripts/bundle.ts [outDir]` builds into outDir instead of dist/, which
// is how the freshness test compares a fresh build with the committed one.
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { checkSameMeaning, escapeNonAscii } from './ascii-only.ts';
import { bundledPackageDirectories, renderLicences, type BundleCompilation } from './bundle-licences.ts';
import { applyBundlePatches } from './bundle-patches.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? join(root, 'dist'));

interface NccOutput {
  code: string;
  assets: Record<string, { source: string | Buffer; permissions?: number }>;
  stats: { compilation: BundleCompilation };
}
type Ncc = (entry: string, options: { esm: boolean; quiet: boolean }) => Promise<NccOutput>;
// ncc's command line decides the module format from the entry's package.json
// (ours says "module"); its API lets each entry choose.
const ncc = createRequire(import.meta.url)('@vercel/ncc') as Ncc;

const entries = [
  { source: 'src/action/index.ts', target: '.', esm: true },
  { source: 'src/cli/start.ts', target: 'cli', esm: false },
].filter((entry) => existsSync(join(root, entry.source)));

const staging = mkdtempSync(join(tmpdir(), 'salvo-bundle-'));
try {
  for (const entry of entries) {
    writeBuild(join(staging, entry.target), await ncc(join(root, entry.source), { esm: entry.esm, quiet: true }), entry.esm);
  }
  for (const entry of entries) postProcess(join(staging, entry.target), entry.target);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(staging, outDir, { recursive: true });
} finally {
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Writes what ncc built the way its command line does, with the package.json
 * that says how Node must read it and the licences of the packages bundled
 * (bundle-licences.ts: ncc's own licenses.txt leaves out the entry chunk's).
 */
function writeBuild(dir: string, output: NccOutput, esm: boolean): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.js'), output.code);
  for (const [name, asset] of Object.entries(output.assets)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), asset.source, { mode: asset.permissions });
  }
  writeFileSync(join(dir, 'licenses.txt'), renderLicences(bundledPackageDirectories(output.stats.compilation)));
  // The repository's package.json says "module"; a CommonJS bundle needs its own word.
  if (!esm) writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
}

/**
 * Applies the checked patches (bundle-patches.ts), then makes every file ASCII
 * only (ascii-only.ts: a one-byte string in V8, half the memory and cheaper to
 * load), writing only the files that changed.
 */
function postProcess(dir: string, bundle: string): void {
  const files = new Map(readdirSync(dir).filter((file) => file.endsWith('.js')).map((file) => [join(dir, file), readFileSync(join(dir, file), 'utf8')]));
  const patched = new Map([...files, ...applyBundlePatches(files, undefined, bundle)]);
  for (const [path, before] of patched) {
    const { text, kept } = escapeNonAscii(before, path);
    if (text !== before) checkSameMeaning(before, text, path);
    if (kept > 0) process.stderr.write(`${path}: ${kept} non-ASCII characters kept in tagged templates\n`);
    if (text !== files.get(path)) writeFileSync(path, text);
  }
}
