import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bundledPackageDirectories,
  packageDirectoryOf,
  renderLicences,
  type BundledModule,
} from '../../scripts/bundle-licences.ts';

const root = join(import.meta.dirname, '..', '..');

/**
 * The packages a bundle's own text names: ncc keeps a `// CONCATENATED MODULE: ./node_modules/<pkg>/…` (or EXTERNAL
 * MODULE) comment for each module of an ES module graph.
 */
function packagesNamedIn(bundleDir: string): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(bundleDir).filter((name) => name.endsWith('.js'))) {
    const text = readFileSync(join(bundleDir, file), 'utf8');
    for (const [, name] of text.matchAll(
      /\/\/ (?:CONCATENATED|EXTERNAL) MODULE: \.\/(?:.*\/)?node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//g,
    ))
      names.add(name!);
  }
  return [...names].sort();
}

/** The package names licenses.txt lists: each entry opens with the name on its own line, after a blank line. */
function packagesListedIn(licences: string): Set<string> {
  return new Set([...`\n\n${licences}`.matchAll(/\n\n([^\s]+)\n/g)].map(([, name]) => name!));
}

describe.each([
  ['the action', 'dist'],
  ['the CLI', join('dist', 'cli')],
])('the licences shipped with %s (%s/licenses.txt)', (_bundle, dir) => {
  it('list every package whose code the committed bundle holds', () => {
    const bundled = packagesNamedIn(join(root, dir));
    expect(bundled.length, 'no module paths found in the bundle: has ncc changed its comments?').toBeGreaterThan(0);
    const listed = packagesListedIn(readFileSync(join(root, dir, 'licenses.txt'), 'utf8'));
    expect(
      bundled.filter((name) => !listed.has(name)),
      `missing from ${dir}/licenses.txt (run npm run bundle)`,
    ).toEqual([]);
  });
});

describe('bundledPackageDirectories (scripts/bundle-licences.ts)', () => {
  const file = (path: string): BundledModule => ({ resource: `/repo/${path}` });

  it("counts the entry chunk's packages and each module webpack concatenated, not salvo's own files", () => {
    const entryChunk = [
      file('src/cli/index.ts'),
      {
        modules: [
          file('node_modules/zod/v4/core/util.js'),
          file('node_modules/@jmespath-community/jmespath/dist/index.mjs'),
        ],
      },
    ];
    const lazyChunk = [
      file('node_modules/openai/client.js'),
      file('node_modules/openai/core.js'),
      { resource: undefined },
    ];
    const chunks = [entryChunk, lazyChunk];
    const compilation = {
      chunks,
      chunkGraph: { getChunkModulesIterable: (chunk: unknown) => chunk as BundledModule[] },
    };
    expect(bundledPackageDirectories(compilation)).toEqual([
      '/repo/node_modules/@jmespath-community/jmespath',
      '/repo/node_modules/openai',
      '/repo/node_modules/zod',
    ]);
  });

  it('takes the innermost node_modules, for a second version nested under another package', () => {
    expect(packageDirectoryOf('/repo/node_modules/lazystream/node_modules/isarray/index.js')).toBe(
      '/repo/node_modules/lazystream/node_modules/isarray',
    );
    expect(packageDirectoryOf('/repo/src/index.ts')).toBeUndefined();
  });
});

describe('renderLicences (scripts/bundle-licences.ts)', () => {
  const modules = mkdtempSync(join(tmpdir(), 'salvo-licences-'));
  afterAll(() => rmSync(modules, { recursive: true, force: true }));
  const aPackage = (name: string, manifest: object, files: Record<string, string> = {}): string => {
    const directory = join(modules, name);
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...manifest }));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(directory, file), text);
    return directory;
  };

  it("writes ncc's format, sorted by name whatever the order found, one entry for one text", () => {
    const zod = aPackage('zod', { license: 'MIT' }, { LICENSE: 'MIT text\r\n' });
    const scoped = aPackage('@scope/thing', { license: { type: 'ISC' } }, { 'LICENCE.md': 'ISC text' });
    const copying = aPackage('copier', { licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] }, { COPYING: 'either' });
    expect(renderLicences([zod, copying, scoped, zod])).toBe(
      '@scope/thing\nISC\nISC text\n\ncopier\nMIT OR Apache-2.0\neither\n\nzod\nMIT\nMIT text\n',
    );
  });

  it('fails the build for a bundled package with no licence file or no licence id', () => {
    const noFile = aPackage('no-file', { license: 'MIT' });
    const noId = aPackage('no-id', {}, { LICENSE: 'text' });
    expect(() => renderLicences([noFile, noId])).toThrow(
      /no-file@1\.0\.0 .*no LICENSE, LICENCE or COPYING file\n.*no-id@1\.0\.0 .*no "license" in package.json/,
    );
  });

  it('lists a package known to ship no licence file with its id alone, and says so', () => {
    const known = aPackage('standardwebhooks', { license: 'MIT', version: '1.1.1' });
    const warnings: string[] = [];
    expect(renderLicences([known], (message) => warnings.push(message))).toBe('standardwebhooks\nMIT\n');
    expect(warnings).toEqual([expect.stringMatching(/standardwebhooks@1\.1\.1 has no licence file/)]);
  });
});
