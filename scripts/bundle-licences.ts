// Writes each bundle's licenses.txt: every third-party package with code in
// the bundle, its licence id and its licence text, which MIT, ISC, BSD and
// Apache-2.0 all require to ship with the code.
//
// Why not ncc's own file: ncc's licence plugin (license-webpack-plugin) writes
// one file per chunk, and ncc names them all licenses.txt, so each chunk's file
// replaces the one before. The async chunks have no name and share one entry in
// the plugin's cache, so the file that survives lists every package of the
// async chunks and none that only the entry chunk (index.js) holds: zod,
// @jmespath-community/jmespath and, in the CLI, commander.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** What this needs of a webpack module: its file, or the modules webpack concatenated into it. */
export interface BundledModule {
  resource?: string;
  modules?: Iterable<BundledModule>;
}

/** What this needs of webpack's compilation (ncc's output.stats.compilation). */
export interface BundleCompilation {
  chunks: Iterable<unknown>;
  chunkGraph: { getChunkModulesIterable(chunk: unknown): Iterable<BundledModule> };
}

/**
 * Bundled packages (name@version) that ship no licence file, so that only the
 * licence id they declare can be listed. Any other package without a licence
 * file, or without a "license" in its package.json, fails the build: nobody
 * should ship a bundle short of a notice by accident. Keyed by version because
 * an upgrade may add the file.
 */
export const PACKAGES_WITHOUT_LICENCE_FILE: ReadonlyMap<string, string> = new Map([
  ['@nodable/entities@3.1.0', 'fast-xml-parser; "license": "MIT", the README says MIT'],
  ['binary@0.3.0', '@actions/artifact via unzip-stream; "license": "MIT"'],
  ['buffers@0.1.1', '@actions/artifact via unzip-stream and binary; declares no licence at all'],
  ['chainsaw@0.1.0', '@actions/artifact via unzip-stream and binary; "license": "MIT/X11"'],
  [
    'isarray@1.0.0',
    '@actions/artifact via archiver and readable-stream 2; "license": "MIT", the text only in its README',
  ],
  ['standardwebhooks@1.1.1', '@anthropic-ai/sdk; "license": "MIT"'],
]);

const licenceFileName = /^(licen[cs]e|copying)/i;

/**
 * The directory (…/node_modules/<name>) of every package with code in a chunk
 * of the compilation, sorted. The entry chunk counts as much as the lazily
 * loaded ones, and a concatenated module counts for each module inside it.
 */
export function bundledPackageDirectories(compilation: BundleCompilation): string[] {
  const directories = new Set<string>();
  const visit = (module: BundledModule): void => {
    if (module.modules !== undefined) for (const inner of module.modules) visit(inner);
    const directory = module.resource === undefined ? undefined : packageDirectoryOf(module.resource);
    if (directory !== undefined) directories.add(directory);
  };
  for (const chunk of compilation.chunks)
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(module);
  return [...directories].sort();
}

/**
 * node_modules/<name> or node_modules/@scope/<name> of the innermost node_modules in the path; undefined for salvo's
 * own files.
 */
export function packageDirectoryOf(file: string): string | undefined {
  const parts = file.split(sep);
  const last = parts.lastIndexOf('node_modules');
  if (last === -1) return undefined;
  const end = last + (parts[last + 1]?.startsWith('@') ? 3 : 2);
  return end < parts.length ? parts.slice(0, end).join(sep) : undefined;
}

interface LicenceEntry {
  name: string;
  licence: string;
  text: string;
}

/**
 * licenses.txt in ncc's format (name, licence id, text; entries apart by a
 * blank line), sorted so that a rebuild is byte-identical. Two versions of one
 * package are listed once, unless their licence texts differ.
 */
export function renderLicences(
  packageDirectories: readonly string[],
  warn: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
): string {
  const entries = new Map<string, LicenceEntry>();
  const unlicensed: string[] = [];
  for (const directory of packageDirectories) {
    const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      license?: unknown;
      licenses?: unknown;
    };
    const known = PACKAGES_WITHOUT_LICENCE_FILE.has(`${manifest.name}@${manifest.version}`);
    const file = readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isFile() && licenceFileName.test(entry.name))
      .map((entry) => entry.name)
      .sort()[0];
    // NOASSERTION is SPDX's word for a package that states no licence.
    const licence = licenceIdOf(manifest) ?? (known ? 'NOASSERTION' : undefined);
    if (licence === undefined || (file === undefined && !known)) {
      unlicensed.push(
        `${manifest.name}@${manifest.version} (${directory}): ` +
          `${licence === undefined ? 'no "license" in package.json' : 'no LICENSE, LICENCE or COPYING file'}`,
      );
      continue;
    }
    if (file === undefined)
      warn(
        `licenses.txt: ${manifest.name}@${manifest.version} has no licence file, ` +
          `listed as "${licence}" alone (PACKAGES_WITHOUT_LICENCE_FILE, scripts/bundle-licences.ts)`,
      );
    const text = file === undefined ? '' : readFileSync(join(directory, file), 'utf8').replace(/\r\n/g, '\n');
    entries.set(`${manifest.name}\0${licence}\0${text}`, { name: manifest.name, licence, text });
  }
  if (unlicensed.length > 0) {
    throw new Error(
      'bundled packages without a licence to ship, ' +
        `add the licence or list them in scripts/bundle-licences.ts:\n  ${unlicensed.join('\n  ')}`,
    );
  }
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
  // Exactly what ncc's plugin writes, so that the file only changes where it was wrong.
  return `${sorted
    .map(({ name, licence, text }) => `${name}\n${licence}${text === '' ? '' : `\n${text}`}\n\n`)
    .join('')
    .trim()}\n`;
}

/** The SPDX expression of package.json's "license", or of the old "licenses" array (joined with OR). */
function licenceIdOf(manifest: { license?: unknown; licenses?: unknown }): string | undefined {
  const idOf = (value: unknown): string | undefined =>
    typeof value === 'string'
      ? value
      : typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
        ? (value as { type: string }).type
        : undefined;
  if (manifest.license !== undefined) return idOf(manifest.license);
  if (Array.isArray(manifest.licenses)) {
    const ids = manifest.licenses.map(idOf).filter((id) => id !== undefined);
    return ids.length > 0 ? ids.join(' OR ') : undefined;
  }
  return undefined;
}
