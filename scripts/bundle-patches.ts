// Textual patches to third-party code in the bundles, each for a measured cost
// that no option of the library avoids (ncc has no way to define constants).
// Every patch must match exactly once per bundle: a dependency upgrade that
// changes the text fails the build instead of silently dropping the patch.

export interface BundlePatch {
  find: string;
  replace: string;
  why: string;
  /** The one bundle (scripts/bundle.ts's target: '.' or 'cli') that holds the code; every bundle when absent. */
  only?: string;
}

export const BUNDLE_PATCHES: readonly BundlePatch[] = [
  {
    // yaml's parser reads process.env.LOG_TOKENS for every token it parses (a
    // switch for yaml's own debugging). Each read of process.env is a call into
    // C++ and getenv: about 400 per scenario file, 3% of the CPU of a
    // 1,000-scenario run (bench case 1, bench/README.md).
    find: 'if (node_process.env.LOG_TOKENS)',
    replace: 'if (false /* salvo: yaml token logging, see scripts/bundle-patches.ts */)',
    why: "yaml's per-token debug switch",
  },
  {
    find: 'if (node_process.env.LOG_STREAM)',
    replace: 'if (false /* salvo: yaml stream logging, see scripts/bundle-patches.ts */)',
    why: "yaml's per-document debug switch",
  },
  {
    // commander loads child_process when it loads (for subcommands that are
    // separate executables, which salvo has none of): about 3 ms of every
    // start of the CLI (bench case 4, finding 10). Loaded on first use instead.
    find: 'const childProcess = __nccwpck_require__(1421);',
    replace: 'const childProcess = { get spawn() { return __nccwpck_require__(1421).spawn; } }; /* salvo: see scripts/bundle-patches.ts */',
    why: "commander's child_process, loaded at start",
    only: 'cli',
  },
];

/** Applies every patch for `bundle` to its files (path -> text); returns the changed files. */
export function applyBundlePatches(files: ReadonlyMap<string, string>, patches: readonly BundlePatch[] = BUNDLE_PATCHES, bundle?: string): Map<string, string> {
  const changed = new Map<string, string>();
  for (const patch of patches.filter((candidate) => candidate.only === undefined || candidate.only === bundle)) {
    const holders = [...files].filter(([, text]) => text.includes(patch.find));
    const matches = holders.reduce((count, [, text]) => count + text.split(patch.find).length - 1, 0);
    if (matches !== 1) {
      throw new Error(`bundle patch (${patch.why}) must match once, matched ${matches} times: ${JSON.stringify(patch.find)}; see scripts/bundle-patches.ts`);
    }
    const [path, text] = holders[0]!;
    changed.set(path, (changed.get(path) ?? text).replace(patch.find, patch.replace));
  }
  return changed;
}
