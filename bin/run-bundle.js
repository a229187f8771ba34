// Loads the CLI's CommonJS bundle (dist/cli/) the way require would, but
// compiles each file with vm.Script so that V8's code cache can be written
// after a run and read at the next start.
//
// Why not Node's compile cache (module.enableCompileCache)? It writes a
// module's cache right after compiling it, when V8 has compiled only the top
// level; every function is compiled again on its first call, in every run.
// A cache made after a run holds every function that run called: about 15 ms
// less from start to the first model request (bench/README.md, finding 10).
//
// Plain JavaScript, not bundled: bin/salvo.js loads it after the Node version
// check, so an old Node still gets a sentence.
import { hash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { constants as vmConstants, Script } from 'node:vm';

// Part of every cache file's name: a change to how files are wrapped (wrapAsNodeDoes) must change it.
const CACHE_FORMAT = 'v1.bin';

/**
 * The directory of salvo's code caches for this user, or null when caching is
 * off: NODE_DISABLE_COMPILE_CACHE (Node's own switch) is set, or the directory
 * cannot be made, or it could be written by someone else (a cache is code
 * this process will run).
 */
export function codeCacheDirectory(env, parent = tmpdir()) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return null;
  const uid = process.getuid?.();
  const directory = join(parent, uid === undefined ? 'salvo-code-cache' : `salvo-code-cache-${uid}`);
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stats = lstatSync(directory);
    if (!stats.isDirectory()) return null;
    if (uid !== undefined && (stats.uid !== uid || (stats.mode & 0o022) !== 0)) return null;
    return directory;
  } catch {
    return null;
  }
}

/**
 * The code caches of one bundle for one purpose (the CLI's command: each
 * command calls different functions, so each keeps its own cache). A file's
 * cache is named by a hash of its source: V8 itself only checks the source's
 * length, and two builds of the same length must never share a cache.
 */
export class CodeCache {
  #directory;
  #purpose;
  #versionTag = cachedDataVersionTag();
  /** @type {Array<{ name: string, path: string, script: Script, state: 'accepted' | 'rejected' | 'absent' | 'written' }>} */
  #files = [];

  /** @param {string | null} directory from codeCacheDirectory; null keeps nothing */
  constructor(directory, purpose) {
    this.#directory = directory;
    this.#purpose = purpose.replace(/[^a-z0-9]/gi, '_').slice(0, 40) || 'none';
  }

  /**
   * Compiles the file `filename`, read as `bytes`, as `source` (its text in
   * a wrapper), from this cache when it holds a cache V8 accepts.
   */
  compile(filename, bytes, source) {
    const path = this.#directory ? join(this.#directory, this.#cacheName(filename, bytes)) : null;
    const cachedData = path ? readIfPresent(path) : undefined;
    const script = new Script(source, { filename, cachedData, importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    const state = cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted';
    if (path) this.#files.push({ name: basename(filename), path, script, state });
    return script;
  }

  /**
   * `<file>-<purpose>-<hash of its bytes>-<V8 version and flags>.<format>`. The
   * bytes are hashed rather than the wrapped text: half the time, and the
   * wrapper is part of the format.
   */
  #cacheName(filename, bytes) {
    const build = hash('sha256', bytes).slice(0, 20);
    return `${basename(filename, '.js')}-${this.#purpose}-${build}-${this.#versionTag.toString(16)}.${CACHE_FORMAT}`;
  }

  /**
   * Writes the cache of every file compiled without one, once. Skipped when a
   * V8 flag changed since start: V8 would reject that cache at the next start.
   * Never throws: a cache that cannot be written only costs time.
   */
  save() {
    if (cachedDataVersionTag() !== this.#versionTag) return;
    for (const file of this.#files) {
      if (file.state === 'accepted' || file.state === 'written') continue;
      const temporary = `${file.path}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, file.script.createCachedData(), { mode: 0o600 });
        // Another salvo may be reading this cache: it sees the old file or the new one, never half of one.
        renameSync(temporary, file.path);
        file.state = 'written';
        this.#forgetOtherBuilds(file.path);
      } catch {
        rmSync(temporary, { force: true });
      }
    }
  }

  /** Removes this file's caches for other builds or Node versions, so that upgrades do not pile them up. */
  #forgetOtherBuilds(path) {
    const fileAndPurpose = (name) => name.split('.').slice(0, -2).join('.').split('-').slice(0, -2).join('-');
    const sameFile = (name) => name.endsWith('.bin') && fileAndPurpose(name) === fileAndPurpose(basename(path));
    for (const name of readdirSync(this.#directory)) {
      if (sameFile(name) && name !== basename(path)) rmSync(join(this.#directory, name), { force: true });
    }
  }

  /** What happened to each file's cache, for tests and debugging. */
  report() {
    return this.#files.map(({ name, state }) => ({ name, state }));
  }
}

function readIfPresent(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Runs the CommonJS file `entry` and returns its exports. A relative require
 * (`./152.index.js`: how the bundle loads its chunks) is loaded the same way;
 * anything else (Node's own modules) goes to Node's require.
 */
export function loadCommonJsBundle(entry, codeCache) {
  const loaded = new Map();
  const load = (filename) => {
    const known = loaded.get(filename);
    if (known) return known.exports;
    const module = { exports: {}, filename, loaded: false };
    loaded.set(filename, module);
    const bytes = readFileSync(filename);
    const compiled = codeCache.compile(filename, bytes, wrapAsNodeDoes(bytes.toString('utf8'))).runInThisContext();
    compiled.call(module.exports, module.exports, requireFrom(filename, load), module, filename, dirname(filename));
    module.loaded = true;
    return module.exports;
  };
  return load(entry);
}

/** Node's own CommonJS wrapper, so the bundle sees what require would give it. */
function wrapAsNodeDoes(source) {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

function requireFrom(filename, load) {
  const nodeRequire = createRequire(filename);
  const bundleRequire = (id) => (id.startsWith('./') || id.startsWith('../') ? load(join(dirname(filename), id)) : nodeRequire(id));
  bundleRequire.resolve = nodeRequire.resolve;
  bundleRequire.cache = nodeRequire.cache;
  return bundleRequire;
}

/**
 * What bin/salvo.js does: run dist/cli/ with the code cache of this command,
 * written before the run changes a V8 flag, or else at exit after a run that
 * got through (exit 0 or 1): a first run that stops at a usage error has
 * called too little to be worth keeping.
 */
export function runBundledCli() {
  const codeCache = new CodeCache(codeCacheDirectory(process.env), process.argv[2] ?? 'none');
  process.on('exit', (code) => {
    if (code === 0 || code === 1) codeCache.save();
  });
  const cli = loadCommonJsBundle(join(import.meta.dirname, '..', 'dist', 'cli', 'index.js'), codeCache);
  cli.startCli({ saveCodeCache: () => codeCache.save() });
}
