// Builds the committed bundles with ncc, both ES modules: the action at
// dist/index.js (what action.yml runs) and the CLI at dist/cli/index.js (what
// bin/salvo.js imports once it has checked the Node version).
// `node scripts/bundle.ts [outDir]` builds into outDir instead of dist/, which
// is how `npm run check:dist` (scripts/check-dist.ts) compares a fresh build
// with the committed one.
import { createRequire } from 'node:module';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { bundledPackageDirectories, renderLicences, type BundleCompilation } from './bundle-licences.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? join(root, 'dist'));

interface NccOutput {
  code: string;
  assets: Record<string, { source: string | Buffer; permissions?: number }>;
  stats: { compilation: BundleCompilation };
}
type Ncc = (entry: string, options: { esm: boolean; quiet: boolean; externals: string[] }) => Promise<NccOutput>;
const ncc = createRequire(import.meta.url)('@vercel/ncc') as Ncc;

// Packages that a bundled library only tries to load (in a try/catch) and
// works without. Left out of the bundles, so that what ships does not depend
// on whether a dev tool happens to have installed one: debug (under the
// artifact client's proxy agents) colours its output with supports-color when
// it can load it, and madge's chalk installs it.
const optionalPeers = ['supports-color'];

const entries = [
  { source: 'src/action/index.ts', target: '.' },
  { source: 'src/cli/index.ts', target: 'cli' },
];

// Built aside and copied in whole, so that a failed build leaves dist/ as it was.
const staging = mkdtempSync(join(tmpdir(), 'salvo-bundle-'));
try {
  for (const entry of entries) {
    writeBuild(
      join(staging, entry.target),
      await ncc(join(root, entry.source), { esm: true, quiet: true, externals: optionalPeers }),
    );
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(staging, outDir, { recursive: true });
} finally {
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Writes what ncc built the way its command line does (ncc's assets include the
 * package.json that says "module"), with the licences of the packages bundled
 * (bundle-licences.ts: ncc's own licenses.txt leaves out the entry chunk's).
 */
function writeBuild(dir: string, output: NccOutput): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.js'), output.code);
  for (const [name, asset] of Object.entries(output.assets)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), asset.source, { mode: asset.permissions });
  }
  writeFileSync(join(dir, 'licenses.txt'), renderLicences(bundledPackageDirectories(output.stats.compilation)));
}
