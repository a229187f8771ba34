#!/usr/bin/env node
// The published CLI runs the bundled build in dist/cli/, which a test keeps
// identical to a fresh build of src/, through run-bundle.js: it keeps V8's
// code cache of the bundle, which spares every later run most of the bundle's
// compile time (bench/ case 4).
import { nodeVersionProblem } from './require-node.js';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(2);
}
// Loaded only now: it uses APIs an older Node lacks.
const { runBundledCli } = await import('./run-bundle.js');
runBundledCli();
